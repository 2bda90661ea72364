import CLibXML2
import DocGraphKit
import MarkupText
import Testing

@Suite struct MarkupWalkerTests {
    @Test func visitsInDocumentOrderAndLeavesAfterChildren() throws {
        let parsed = try #require(ParsedMarkup.xml(Array("<a><b><c/></b><d>t</d></a>".utf8)))
        let root = try #require(parsed.root)
        var events: [String] = []
        MarkupWalker.walk(root, enter: { node, depth in
            events.append(MarkupNode.isText(node) ? "text:\(MarkupNode.content(node))" : "+\(MarkupNode.name(node))\(depth)")
            return MarkupNode.isElement(node)
        }, leave: { node, depth in
            events.append("-\(MarkupNode.name(node))\(depth)")
        })
        #expect(events == ["+a0", "+b1", "+c2", "-c2", "-b1", "+d1", "text:t", "-d1", "-a0"])
    }

    @Test func skippedSubtreesAreNotLeft() throws {
        let parsed = try #require(ParsedMarkup.xml(Array("<a><skip><x/></skip><y/></a>".utf8)))
        let root = try #require(parsed.root)
        var events: [String] = []
        MarkupWalker.walk(root, enter: { node, _ in
            events.append("+" + MarkupNode.name(node))
            return MarkupNode.name(node) != "skip"
        }, leave: { node, _ in events.append("-" + MarkupNode.name(node)) })
        #expect(events == ["+a", "+skip", "+y", "-y", "-a"])
    }

    @Test func walksAHundredThousandLevelsWithoutRecursion() throws {
        let parsed = try ParsedMarkup.html(String(repeating: "<span>", count: 100_000) + "end")
        let root = try #require(parsed.root)
        var deepest = 0
        MarkupWalker.walk(root, enter: { _, depth in
            deepest = max(deepest, depth)
            return true
        }, leave: { _, _ in })
        #expect(deepest > 100_000)
    }

    @Test func malformedXMLIsNil() {
        #expect(ParsedMarkup.xml(Array("<a><b></a>".utf8)) == nil)
        #expect(ParsedMarkup.xml([]) == nil)
    }

    @Test func attributesAreReadByLocalName() throws {
        let parsed = try #require(ParsedMarkup.xml(Array(#"<a xmlns:w="urn:w" w:val="Heading2" plain="x"/>"#.utf8)))
        let root = try #require(parsed.root)
        #expect(MarkupNode.attribute("val", of: root) == "Heading2")
        #expect(MarkupNode.attribute("plain", of: root) == "x")
        #expect(MarkupNode.attribute("missing", of: root) == nil)
    }
}
