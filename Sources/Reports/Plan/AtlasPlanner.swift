import Canvas
import Gazetteer

/// One unit of parallel work: a figure in one format.
public struct AtlasJob: Sendable, Hashable {
    /// Index into the plan's figures.
    public var figure: Int
    /// The format to draw.
    public var format: OutputFormat
    /// Path relative to the output directory.
    public var path: String
}

/// The figures of an atlas in report order, and the jobs that draw them.
public struct AtlasPlan: Sendable {
    /// Figures in report order: per dispute the overview, the timeline, each incident, each document map.
    public var figures: [AtlasFigure]
    /// One job per figure and format, in figure order.
    public var jobs: [AtlasJob]
    /// The directories (relative) the jobs write into.
    public var directories: [String]
}

/// Decides the figures of an atlas and their file names.
///
/// Layout: `<dispute>/overview.<ext>`, `<dispute>/timeline.<ext>`, `<dispute>/<incident>.<ext>`,
/// `<dispute>/text-<document>.<ext>`, each with `<name>.json` beside it; ids pass through
/// `PathSafety.component`, and clashes get `-2`, `-3`… in plan order, so names are stable.
public enum AtlasPlanner {
    /// The plan for every dispute of `gazetteer` and every document.
    public static func plan(_ gazetteer: Gazetteer, documents: [AtlasDocument], formats: [OutputFormat]) -> AtlasPlan {
        var figures: [AtlasFigure] = []
        var directories = NameRegistry(reserved: ["index"])
        var dirs: [String] = []
        for dispute in gazetteer.disputes {
            let dir = directories.claim(dispute.id)
            dirs.append(dir)
            // Fixed names first, so an incident called "overview" cannot take the overview's file.
            var names = NameRegistry()
            func add(_ kind: AtlasFigure.Kind, _ id: String) {
                figures.append(AtlasFigure(number: figures.count + 1, dispute: dispute.id, kind: kind, directory: dir, name: names.claim(id)))
            }
            add(.overview, "overview")
            add(.timeline, "timeline")
            for incident in dispute.incidents where incident.coordinate != nil { add(.incident(incident.id), incident.id) }
            for (n, doc) in documents.enumerated() where doc.dispute == dispute.id { add(.document(n), "text-" + doc.id) }
        }
        let jobs = figures.enumerated().flatMap { i, f in formats.map { AtlasJob(figure: i, format: $0, path: f.path($0)) } }
        return AtlasPlan(figures: figures, jobs: jobs, directories: dirs)
    }
}
