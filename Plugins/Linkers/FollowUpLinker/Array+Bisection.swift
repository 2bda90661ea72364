extension Array {
    /// The first index whose element satisfies `isAtOrPast`, which must be false then true along
    /// the array (a sorted array and a threshold): found by bisection.
    func firstIndex(atOrPast isAtOrPast: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
