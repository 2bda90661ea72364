import CLibXML2
import DocGraphKit

/// A document parsed by libxml2, freed when the value goes away.
///
/// Parsing never touches the network, never expands external entities and prints nothing; HTML
/// is parsed with recovery, so malformed markup still yields a tree.
public final class ParsedMarkup {
    /// The libxml2 document; valid while this object lives.
    public let document: xmlDocPtr

    private init(document: xmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element, if the document has one.
    public var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// Parses HTML given as text. The text is handed to libxml2 as UTF-8 and any encoding the
    /// document declares is ignored, since it is already decoded.
    /// - Throws: ``ReadError`` when the text is too large for libxml2 or yields no document.
    public static func html(_ text: String) throws -> ParsedMarkup {
        docgraph_xml_silence_errors()
        let bytes = Array(text.utf8)
        guard bytes.count < Int32.max else { throw ReadError("the HTML is larger than 2 GB, which libxml2 cannot parse") }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    htmlReadMemory(chars, Int32(bytes.count), "", "UTF-8", docgraph_html_options())
                }
            }
        }
        guard let parsed else { throw ReadError("the HTML holds no document that libxml2 could parse") }
        return ParsedMarkup(document: parsed)
    }

    /// Parses an XML part (such as `word/document.xml`), or returns `nil` when it is not
    /// well-formed XML.
    public static func xml(_ bytes: [UInt8]) -> ParsedMarkup? {
        docgraph_xml_silence_errors()
        guard !bytes.isEmpty, bytes.count < Int32.max else { return nil }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    xmlReadMemory(chars, Int32(bytes.count), "", nil, docgraph_xml_options())
                }
            }
        }
        return parsed.map(ParsedMarkup.init(document:))
    }
}
