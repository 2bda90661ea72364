import DocGraphKit
import ReaderSupport

extension NewsletterChrome {
    /// The blocks without chrome: each chrome block is dropped, and when a footer marker
    /// (copyright, unsubscribe, mailing address) opens a run of short blocks in the second half
    /// of the page, that whole run goes as the footer it is.
    public static func removingChrome(from blocks: [HTMLBlock]) -> [HTMLBlock] {
        let texts = blocks.map(\.text)
        let footerStart = footerStart(in: blocks, texts: texts)
        var kept: [HTMLBlock] = []
        var carried: HTMLBlock.Separator?
        for (index, block) in blocks.enumerated() {
            let text = texts[index]
            let isChrome = index >= footerStart || isChrome(text)
                || (!block.links.isEmpty && isSocialButtons(text, links: block.links, allLinks: block.isAllLinks))
            if isChrome {
                carried = (carried ?? block.separator).strongest(block.separator)
                continue
            }
            var copy = block
            if let carried, !kept.isEmpty { copy.separator = carried.strongest(block.separator) }
            carried = nil
            kept.append(copy)
        }
        return kept
    }

    /// The index of the first footer block, or the block count when there is no footer.
    private static func footerStart(in blocks: [HTMLBlock], texts: [String]) -> Int {
        guard let start = blocks.indices.first(where: { $0 >= blocks.count / 2 && isFooterMarker(texts[$0]) })
        else { return blocks.count }
        let isShort = blocks.indices[start...].allSatisfy { index in
            texts[index].unicodeScalars.count <= maxChromeLength && !(blocks[index].kind == .heading && blocks[index].level <= 2)
        }
        return isShort ? start : blocks.count
    }
}

extension HTMLBlock {
    /// The separator type, named for use in the filter.
    public typealias Separator = TextAssembler.Separator
}
