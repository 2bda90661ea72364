extension RandomAccessCollection where Index == Int {
    /// The first index whose element satisfies `isAtOrPast`, which must be false then true along
    /// the collection (a sorted array and a threshold): found by bisection. `endIndex` when none does.
    func firstIndex(atOrPast isAtOrPast: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
