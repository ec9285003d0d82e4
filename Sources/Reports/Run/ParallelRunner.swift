/// Runs independent jobs in a task group, at most `width` at a time, and returns results in job order.
public enum ParallelRunner {
    /// Applies `work` to every item with at most `width` running at once. `finished` is called in
    /// completion order from the calling task (never concurrently). The first failure (lowest
    /// index among those that ran) is thrown after the running jobs end; no new job starts after it.
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], width: Int,
        work: @escaping @Sendable (Item) throws -> Output,
        finished: (_ index: Int, _ item: Item) -> Void = { _, _ in }
    ) async throws -> [Output] {
        precondition(width >= 1, "width must be at least 1")
        var results = [Output?](repeating: nil, count: items.count)
        var failure: (index: Int, error: any Error)?
        await withTaskGroup(of: (Int, Result<Output, any Error>).self) { group in
            var next = 0
            func launch() {
                let i = next
                let item = items[i]
                next += 1
                // Each child builds its own GEOS/PROJ/Cairo objects inside `work`: none is shared.
                group.addTask { (i, Result { try work(item) }) }
            }
            while next < min(width, items.count) { launch() }
            for await (i, result) in group {
                switch result {
                case .success(let output):
                    results[i] = output
                    finished(i, items[i])
                case .failure(let error):
                    if failure == nil || i < failure!.index { failure = (i, error) }
                }
                if failure == nil && next < items.count { launch() }
            }
        }
        if let failure { throw failure.error }
        return results.map { $0! }
    }
}
