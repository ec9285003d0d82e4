import CCairo

/// The cairo user-data key under which an image surface holds its `PixelMemory` (only its address matters).
nonisolated(unsafe) private var pixelMemoryKey = cairo_user_data_key_t()

/// Owns one cairo_surface_t; destroyed exactly once in deinit.
final class CairoSurface {
    let handle: OpaquePointer
    private var finished = false
    /// The stream sink a PDF surface writes to. Owned here, not by the caller, because
    /// cairo_surface_destroy of an unfinished PDF surface still writes to it: it must be
    /// released only after the surface (stored properties go after the deinit body).
    private let sink: ByteSink?

    /// Takes ownership of a freshly created surface, throwing (and freeing it) if it is in error.
    init(owning handle: OpaquePointer, operation: String, sink: ByteSink? = nil) throws {
        self.handle = handle
        self.sink = sink
        try checkCairo(cairo_surface_status(handle), operation)
    }

    /// An ARGB32 image surface of the given pixel size, transparent black; large ones on huge pages.
    static func image(width: Int, height: Int) throws -> CairoSurface {
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
        if stride > 0, stride * height >= PixelMemory.hugePage, let memory = PixelMemory(count: stride * height),
           let surface = cairo_image_surface_create_for_data(memory.base.assumingMemoryBound(to: UInt8.self),
                                                             CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(stride)) {
            // The surface owns the memory: released when cairo drops the surface's last reference,
            // whoever holds it (a context, a pattern), never while cairo can still draw into it.
            let retained = Unmanaged.passRetained(memory).toOpaque()
            if cairo_surface_set_user_data(surface, &pixelMemoryKey, retained, { Unmanaged<PixelMemory>.fromOpaque($0!).release() }) == CAIRO_STATUS_SUCCESS {
                return try CairoSurface(owning: surface, operation: "cairo_image_surface_create_for_data(\(width)×\(height))")
            }
            Unmanaged<PixelMemory>.fromOpaque(retained).release()
            cairo_surface_destroy(surface)
        }
        return try CairoSurface(owning: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                                operation: "cairo_image_surface_create(\(width)×\(height))")
    }

    /// Flushes pending drawing and checks the surface status.
    func flush() throws {
        cairo_surface_flush(handle)
        try checkCairo(cairo_surface_status(handle), "cairo_surface_flush")
    }

    /// Finishes the surface (PDF: writes the trailer) and checks the status right after.
    func finish() throws {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(handle)
        try checkCairo(cairo_surface_status(handle), "cairo_surface_finish")
    }

    deinit { cairo_surface_destroy(handle) }
}
