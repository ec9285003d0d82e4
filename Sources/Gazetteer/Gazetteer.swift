import Foundation

/// Every loaded dispute, validated, with a name index over all their places.
public struct Gazetteer: Sendable {
    /// The disputes, in the order their files were given (directories sorted by name).
    public let disputes: [Dispute]
    /// Builds the index of the names of every place of every dispute (a method, not a stored
    /// property: no command looks names up through it, and building it at every load was 2 % of
    /// start-up; keep the result to look up many names).
    public func makeNameIndex() -> NameIndex { NameIndex(places: disputes.flatMap(\.places)) }
    /// Warnings found while loading (errors make loading fail).
    public let warnings: [Diagnostic]

    /// Loads and validates every `.geojson` file in `paths` (files or directories).
    /// Throws `.cannotRead` for a missing or unreadable path and `.invalidData` with every problem otherwise.
    /// `readBasemap: false` leaves basemap features out, unread and unchecked (for commands that
    /// draw no map; see `DisputeLoader.parse`).
    public static func load(paths: [String], documents: [SourceDocument] = [], readBasemap: Bool = true) throws(GazetteerError) -> Gazetteer {
        let files = try expand(paths)
        var disputes: [Dispute] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let loaded = try DisputeLoader.load(path: file, readBasemap: readBasemap)
            diagnostics += loaded.diagnostics
            guard let dispute = loaded.dispute else { continue }
            let checks = DisputeValidator.validate(dispute, documents: documents)
            diagnostics += checks
            if let earlier = disputes.first(where: { $0.id == dispute.id }) {
                diagnostics.append(Diagnostic(.error, file: file, message: "dispute id \"\(dispute.id)\" is also defined by \(earlier.path)",
                                              hint: "a dispute's id is its file name: rename one of them"))
                continue
            }
            disputes.append(dispute)
        }
        if diagnostics.hasErrors { throw .invalidData(diagnostics) }
        return Gazetteer(disputes: disputes, warnings: diagnostics)
    }

    /// Wraps disputes already in memory (tests, tools).
    public init(disputes: [Dispute], warnings: [Diagnostic] = []) {
        self.disputes = disputes
        self.warnings = warnings
    }

    /// Expands directories into their `.geojson` files (sorted, not recursive).
    public static func expand(_ paths: [String]) throws(GazetteerError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw .cannotRead(path: path, reason: "no such file or directory")
            }
            if isDir.boolValue {
                let names: [String]
                do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                    throw .cannotRead(path: path, reason: "cannot list the directory")
                }
                let found = names.filter { $0.hasSuffix(".geojson") }.sorted()
                if found.isEmpty { throw .cannotRead(path: path, reason: "holds no .geojson files") }
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// The dispute with an id.
    public func dispute(_ id: String) -> Dispute? { disputes.first { $0.id == id } }

    /// The first place with an id, searching disputes in order.
    public func place(_ id: String) -> Place? {
        for d in disputes { if let p = d.place(id) { return p } }
        return nil
    }

    /// The incident with an id, in any dispute.
    public func incident(_ id: String) -> Incident? {
        for d in disputes { if let i = d.incident(id) { return i } }
        return nil
    }
}
