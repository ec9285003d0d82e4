import Canvas
import Cartography
import Gazetteer

/// What drawing one figure in one format produced.
public enum FigureOutput: Sendable, Equatable {
    /// A map and its facts.
    case map(MapInfo)
    /// A timeline and its facts.
    case timeline(TimelineInfo)

    /// Output size in pixels.
    var pixels: [Int] {
        switch self {
        case .map(let i): return i.pixels
        case .timeline(let i): return i.pixels
        }
    }
}

/// Draws one job of an atlas; safe to call from many tasks at once (every call builds its own
/// GEOS, PROJ and Cairo objects, and shares only immutable values).
public struct FigureRenderer: Sendable {
    /// The data.
    public let gazetteer: Gazetteer
    /// The documents of `--text`.
    public let documents: [AtlasDocument]
    /// The plan's figures.
    public let figures: [AtlasFigure]
    /// Page, theme, language.
    public let options: AtlasOptions

    /// Creates a renderer for a plan.
    public init(gazetteer: Gazetteer, documents: [AtlasDocument], figures: [AtlasFigure], options: AtlasOptions) {
        self.gazetteer = gazetteer
        self.documents = documents
        self.figures = figures
        self.options = options
    }

    /// Draws a job and writes its file atomically under `options.outputDirectory`.
    public func render(_ job: AtlasJob) throws -> FigureOutput {
        let figure = figures[job.figure]
        precondition(PathSafety.isContained(job.path), "planner produced an unsafe path")
        let target = OutputTarget.file(options.outputDirectory + "/" + job.path)
        var request = MapRequest(disputeID: figure.dispute, page: options.page, format: job.format, lang: options.lang, theme: options.theme)
        switch figure.kind {
        case .timeline:
            guard let dispute = gazetteer.dispute(figure.dispute) else { throw RenderError.badData("unknown dispute \(figure.dispute)") }
            let drawn = try TimelineFigure.render(dispute, theme: options.theme, format: job.format, scale: options.page.scale,
                                                  width: options.page.width, to: target)
            return .timeline(drawn.info)
        case .overview:
            break
        case .incident(let id):
            request.incidentID = id
        case .document(let n):
            guard let dispute = gazetteer.dispute(figure.dispute) else { throw RenderError.badData("unknown dispute \(figure.dispute)") }
            let doc = documents[n]
            request.documentLayer = doc.layer(in: dispute)
            request.title = "Places named in \(doc.id)"
        }
        return .map(try MapRenderer.render(gazetteer, request, to: target).info)
    }
}
