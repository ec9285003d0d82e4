import Foundation

/// The test process's one scratch directory for temporary files, `$TMPDIR/borderlines-test-run-<pid>`, removed at exit.
public enum TestScratch {
    // Per process, so parallel test workers never share one; the programs a test launches may
    // write into it too, since it outlives them. A run killed by a signal leaves its root behind.

    /// The root's path (the directory itself is created by `root`).
    private static let rootPath = (NSTemporaryDirectory() as NSString)
        .appendingPathComponent("borderlines-test-run-\(getpid())")

    /// The root, created on first use, when its removal at process exit is registered.
    public static let root: String = {
        do {
            try FileManager.default.createDirectory(atPath: rootPath, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the test scratch directory \(rootPath): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: TestScratch.rootPath) }
        return rootPath
    }()

    /// A fresh path under the root, `<name>-<UUID>` plus `.<ext>` when given; nothing is created there.
    public static func path(_ name: String, ext: String? = nil) -> String {
        let file = "\(name)-\(UUID().uuidString)" + (ext.map { ".\($0)" } ?? "")
        return (root as NSString).appendingPathComponent(file)
    }

    /// A fresh empty directory under the root, `<name>-<UUID>`.
    public static func directory(_ name: String) throws -> String {
        let dir = path(name)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
