/// "Did you mean …?" for unknown ids: the nearest known ids by edit distance.
public enum Suggestions {
    /// Up to `limit` candidates nearest to `word`, closest first (ties alphabetical); substring matches count as close.
    public static func nearest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let w = Array(word.lowercased())
        let scored = candidates.map { candidate -> (String, Int) in
            let c = candidate.lowercased()
            var d = editDistance(w, Array(c))
            if !word.isEmpty && (c.contains(word.lowercased()) || word.lowercased().contains(c)) { d = min(d, 1) }
            return (candidate, d)
        }
        let threshold = max(3, w.count / 2)
        return scored.filter { $0.1 <= threshold }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit).map(\.0)
    }

    /// Levenshtein distance between two character arrays.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
