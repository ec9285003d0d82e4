import Canvas
import Cartography

/// Writes report files so readers see the old file or the complete new one, never a partial one
/// (Canvas's `AtomicFile`, with its errors as the renderer's `cannotWrite`).
enum AtomicWriter {
    /// Writes `text` as UTF-8 to `path`.
    static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }

    /// Writes bytes to `path` atomically.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try AtomicFile.write(bytes, to: path)
        } catch let error as CanvasError {
            throw RenderError.cannotWrite(error.description)
        }
    }
}
