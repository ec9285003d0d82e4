import CCairo

/// Collects bytes from cairo's stream writers (PDF surface, cairo's PNG writer).
final class ByteSink {
    var bytes: [UInt8] = []

    /// The C callback cairo calls with each chunk; `closure` is an unretained ByteSink.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if length > 0, let data {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }

    /// The pointer to hand to cairo; the sink must outlive every use (the owner keeps it).
    var unretained: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
