import Foundation
@_exported import TestSupport

/// Paths of the repository, found from this file.
enum Repository {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The bundled GeoData directory.
    static var geoData: String { root + "/GeoData" }

    /// The seed document (outside the repository, in the shared corpus), if present.
    static var seedDocument: String? {
        let path = root + "/../shared/corpus/litvinov-shigemitsu-1938-08-07.txt"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Every regular file under a directory, relative and sorted.
    static func files(under dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []).filter { rel in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }
}
