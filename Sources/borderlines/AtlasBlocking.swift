import Foundation

/// Runs async work from a synchronous command (the root command is synchronous).
enum AtlasBlocking {
    /// Starts `body` as a task and blocks this (main, non-pool) thread until it ends.
    static func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Carries a result across the semaphore; the signal/wait pair orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
