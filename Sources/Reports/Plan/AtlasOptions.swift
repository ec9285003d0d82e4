import Canvas
import Cartography

/// What `borderlines atlas` is asked to make.
public struct AtlasOptions: Sendable {
    /// The directory everything is written into (created if missing).
    public var outputDirectory: String
    /// Formats of every figure, in the order given (the first image format is shown in the report).
    public var formats: [OutputFormat]
    /// How many figures are drawn at once (≥ 1).
    public var jobs: Int
    /// Page size and resolution of every map and timeline.
    public var page: PageSize
    /// Colours and line styles.
    public var theme: Theme
    /// Label language of the maps.
    public var lang: String

    /// Options with the defaults of the command line: `Renders/`, PNG + SVG + PDF, one job per core.
    public init(outputDirectory: String = "Renders", formats: [OutputFormat] = [.png, .svg, .pdf], jobs: Int = AtlasOptions.defaultJobs,
                page: PageSize = .standard, theme: Theme = .standard, lang: String = "en") {
        self.outputDirectory = outputDirectory
        self.formats = formats
        self.jobs = jobs
        self.page = page
        self.theme = theme
        self.lang = lang
    }

    /// The number of active cores: each job is CPU-bound, so more only adds switching.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The most figures drawn at once: each holds a page raster (up to ~50 MB at A4 300 dpi) in memory.
    public static let maxJobs = 64
}

import Foundation
