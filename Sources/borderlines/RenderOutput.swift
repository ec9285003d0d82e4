import ArgumentParser
import Canvas

/// One destination of `render`: a file, or "-" for standard output, and its format. Several
/// `-o` in one run share the start-up, the data and the loaded fonts; each is drawn in its format.
struct RenderOutput: Equatable {
    let path: String
    let format: OutputFormat

    /// Extensions of formats we do not write: a PNG named .jpg would mislead every program that opens it.
    static let otherImageExtensions: Set<String> = ["jpg", "jpeg", "gif", "tif", "tiff", "webp", "bmp", "eps", "ps",
                                                    "svgz", "heic", "avif", "html", "htm", "jp2"]

    /// Throws a usage error for a bad combination of `-o` values and `--format`, before any data is read.
    static func validate(_ paths: [String], format: String?) throws {
        if let format, OutputFormat(fileExtension: format) == nil { throw ValidationError("--format must be png, svg or pdf, not \"\(format)\"") }
        for output in paths {
            if output != "-", let format, let fromExt = OutputFormat(path: output), fromExt != OutputFormat(fileExtension: format) {
                throw ValidationError("--format \(format) contradicts the extension of -o \(output)")
            }
            if output == "-" && format == nil { throw ValidationError("with -o - give --format png, svg or pdf") }
            if output != "-", let ext = OutputFormat.fileExtension(ofPath: output), OutputFormat(fileExtension: ext) == nil {
                if otherImageExtensions.contains(ext.lowercased()) {
                    throw ValidationError("-o \(output): Borderlines writes png, svg or pdf, not \(ext); name the file .png, .svg or .pdf")
                }
                if format == nil {
                    throw ValidationError("-o \(output): cannot tell the format from \".\(ext)\"; give --format png, svg or pdf")
                }
            }
        }
        // Two outputs to one place would race each other's atomic rename, or interleave on stdout.
        var seen: Set<String> = []
        for output in paths where !seen.insert(output).inserted {
            throw ValidationError(output == "-" ? "-o - is given twice; standard output takes one map" : "-o \(output) is given twice")
        }
    }

    /// The destinations of `paths` (format: --format, else the extension, else png); with no
    /// `-o`, the one file `defaultName` names for the format.
    static func resolve(_ paths: [String], format: String?, defaultName: (OutputFormat) -> String) -> [RenderOutput] {
        let given = format.flatMap { OutputFormat(fileExtension: $0) }
        guard !paths.isEmpty else {
            let f = given ?? .png
            return [RenderOutput(path: defaultName(f), format: f)]
        }
        return paths.map { RenderOutput(path: $0, format: given ?? ($0 == "-" ? nil : OutputFormat(path: $0)) ?? .png) }
    }

    /// Throws `.cannotWrite` unless this file's directory exists and is writable (nothing to check for "-").
    func checkWritable() throws {
        if path != "-" { try AtomicFile.checkDirectory(of: path) }
    }

    /// Writes `bytes` here: a file atomically (never partly), "-" to standard output.
    func write(_ bytes: [UInt8]) throws {
        if path == "-" { Output.bytes(bytes) } else { try AtomicFile.write(bytes, to: path) }
    }
}
