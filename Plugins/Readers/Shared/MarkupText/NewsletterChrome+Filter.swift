import DocGraphKit
import ReaderSupport

extension NewsletterChrome {
    /// The blocks without chrome: each chrome block is dropped, and when a footer marker
    /// (copyright, unsubscribe, mailing address) opens a run of short blocks in the second half
    /// of the page, that whole run goes as the footer it is.
    public static func removingChrome(from blocks: [HTMLBlock]) -> [HTMLBlock] {
        let footerStart = footerStart(in: blocks)
        var kept: [HTMLBlock] = []
        var carried: HTMLBlock.Separator?
        for (index, block) in blocks.enumerated() {
            let text = block.visibleText
            let isChrome = index >= footerStart || isChrome(text)
                || isSocialButtons(text, links: block.links, allLinks: block.isAllLinks)
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
    private static func footerStart(in blocks: [HTMLBlock]) -> Int {
        guard let start = blocks.indices.first(where: { $0 >= blocks.count / 2 && isFooterMarker(blocks[$0].visibleText) })
        else { return blocks.count }
        let rest = blocks[start...]
        let isShort = rest.allSatisfy { $0.visibleText.count <= maxChromeLength && !($0.kind == .heading && $0.level <= 2) }
        return isShort ? start : blocks.count
    }
}

extension HTMLBlock {
    /// The separator type, named for use in the filter.
    public typealias Separator = TextAssembler.Separator
}
