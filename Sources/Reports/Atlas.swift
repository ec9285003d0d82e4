import Canvas
import Cartography
import Foundation
import Gazetteer

/// `borderlines atlas`: every dispute's overview, timeline and incident maps, document maps,
/// a sidecar JSON per figure, and `index.md` / `index.html` around them.
public enum Atlas {
    /// What an atlas run made.
    public struct Result: Sendable {
        /// The report (also written as index.md, index.html and the sidecars).
        public var report: AtlasReport
        /// Every file written, relative to the output directory, sorted.
        public var files: [String]
    }

    /// Draws the atlas into `options.outputDirectory`. Figures are drawn `options.jobs` at a time;
    /// the bytes of every file are the same for any number of jobs. Throws `RenderError`.
    public static func make(_ gazetteer: Gazetteer, documents: [AtlasDocument] = [], options: AtlasOptions,
                            progress: ProgressReporter = ProgressReporter(mode: .silent) { _ in }) async throws -> Result {
        guard options.jobs >= 1 else { throw RenderError.badRequest("--jobs must be at least 1") }
        guard !options.formats.isEmpty else { throw RenderError.badRequest("--formats must name at least one of png, svg, pdf") }
        guard !gazetteer.disputes.isEmpty else { throw RenderError.badData("no dispute is loaded") }
        let plan = AtlasPlanner.plan(gazetteer, documents: documents, formats: options.formats)
        let out = options.outputDirectory
        try makeDirectory(out)
        for dir in plan.directories { try makeDirectory(out + "/" + dir) }

        // Side-of-claim facts are cheap; computing them once per dispute keeps every table identical.
        var facts: [String: SideOfClaimFacts] = [:]
        for d in gazetteer.disputes {
            do { facts[d.id] = try SideOfClaimFacts(dispute: d) } catch {
                throw RenderError.badData("dispute \(d.id): cannot compute side-of-claim facts: \(error)")
            }
        }

        let renderer = FigureRenderer(gazetteer: gazetteer, documents: documents, figures: plan.figures, options: options)
        let total = plan.jobs.count + plan.figures.count + 2
        var done = 0
        let outputs = try await ParallelRunner.map(plan.jobs, width: options.jobs, work: { try renderer.render($0) }) { _, job in
            done += 1
            progress.finished(done, of: total, path: job.path)
        }

        let builder = RecordBuilder(gazetteer: gazetteer, documents: documents, facts: facts)
        var records: [FigureRecord] = []
        var written = plan.jobs.map(\.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for (i, figure) in plan.figures.enumerated() {
            let mine = plan.jobs.indices.filter { plan.jobs[$0].figure == i }.map { (plan.jobs[$0], outputs[$0]) }
            let record = builder.record(figure, outputs: mine)
            records.append(record)
            var sidecar = Sidecar(figure: record)
            switch mine.first?.1 {
            case .map(let info)?: sidecar.map = info
            case .timeline(let info)?: sidecar.timeline = info
            case nil: break
            }
            try AtomicWriter.write(Array(try encoder.encode(sidecar)) + [0x0A], to: out + "/" + figure.sidecarPath)
            written.append(figure.sidecarPath)
            done += 1
            progress.finished(done, of: total, path: figure.sidecarPath)
        }

        let report = AtlasReport(title: "Borderlines atlas", disputes: gazetteer.disputes.map(DisputeRecord.init), figures: records)
        try AtomicWriter.write(MarkdownWriter.render(report), to: out + "/index.md")
        done += 1
        progress.finished(done, of: total, path: "index.md")
        try AtomicWriter.write(HTMLWriter.render(report), to: out + "/index.html")
        done += 1
        progress.finished(done, of: total, path: "index.html")
        written += ["index.md", "index.html"]
        progress.completed("wrote \(written.count) files (\(plan.figures.count) figures × \(options.formats.count) formats, sidecars, index.md, index.html) to \(out)/")
        return Result(report: report, files: written.sorted())
    }

    /// Creates a directory (and parents); throws `.cannotWrite` naming it.
    static func makeDirectory(_ path: String) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw RenderError.cannotWrite("cannot write into \(path): it is a file, not a directory") }
            return
        }
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw RenderError.cannotWrite("cannot create the directory \(path): \(error.localizedDescription) — choose another --out")
        }
    }
}

extension DisputeRecord {
    /// The heading of a dispute.
    init(_ d: Dispute) {
        self.init(id: d.id, title: d.title, period: d.period, summary: d.summary, parties: d.parties.map(\.name),
                  file: (d.path as NSString).lastPathComponent)
    }
}
