import Foundation

/// Finds the bundled GeoData directory without configuration.
public enum DataLocator {
    /// `BORDERLINES_DATA` if set; else a `GeoData` directory beside or above the executable
    /// (a checkout's `.build/…/borderlines` or an install's `share/borderlines/GeoData`); else `./GeoData`.
    public static func bundledDataDirectory() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["BORDERLINES_DATA"], !env.isEmpty { return env }
        var candidates: [String] = []
        if let exe = executablePath() {
            var dir = (exe as NSString).deletingLastPathComponent
            for _ in 0..<6 {
                candidates.append((dir as NSString).appendingPathComponent("GeoData"))
                candidates.append((dir as NSString).appendingPathComponent("share/borderlines/GeoData"))
                let parent = (dir as NSString).deletingLastPathComponent
                if parent == dir { break }
                dir = parent
            }
        }
        candidates.append((fm.currentDirectoryPath as NSString).appendingPathComponent("GeoData"))
        for c in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: c, isDirectory: &isDir), isDir.boolValue,
               let names = try? fm.contentsOfDirectory(atPath: c), names.contains(where: { $0.hasSuffix(".geojson") }) {
                return c
            }
        }
        return nil
    }

    private static func executablePath() -> String? {
        #if os(Linux)
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        #endif
        return CommandLine.arguments.first.map { ($0 as NSString).standardizingPath }
    }
}
