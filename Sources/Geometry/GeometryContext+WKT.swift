import CGEOS

extension GeometryContext {
    /// Parses Well-Known Text; a syntax error throws with GEOS's ParseException message.
    public func geometry(wkt: String) throws(GeometryError) -> Geometry {
        resetMessages()
        let reader = try WKTReader(self)
        return try wrap(GEOSWKTReader_read_r(handle, reader.pointer, wkt), "WKT reader")
    }
}

/// A GEOS WKT reader, destroyed with its owner.
final class WKTReader {
    let context: GeometryContext
    let pointer: OpaquePointer

    init(_ context: GeometryContext) throws(GeometryError) {
        guard let p = GEOSWKTReader_create_r(context.handle) else { throw context.error("WKT reader") }
        self.context = context
        pointer = p
    }

    deinit {
        GEOSWKTReader_destroy_r(context.handle, pointer)
    }
}

/// A GEOS WKT writer (2D, trimmed), destroyed with its owner.
final class WKTWriter {
    let context: GeometryContext
    let pointer: OpaquePointer

    /// A writer with `precision` decimals (negative: all significant digits).
    init(_ context: GeometryContext, precision: Int) throws(GeometryError) {
        guard let p = GEOSWKTWriter_create_r(context.handle) else { throw context.error("WKT writer") }
        self.context = context
        pointer = p
        // Trim drops trailing zeros ("1" not "1.000000"), so the text is stable and short.
        GEOSWKTWriter_setTrim_r(context.handle, p, 1)
        GEOSWKTWriter_setOutputDimension_r(context.handle, p, 2)
        if precision >= 0 { GEOSWKTWriter_setRoundingPrecision_r(context.handle, p, Int32(clamping: precision)) }
    }

    deinit {
        GEOSWKTWriter_destroy_r(context.handle, pointer)
    }

    /// The text of a geometry.
    func write(_ g: Geometry) throws(GeometryError) -> String {
        context.resetMessages()
        guard let text = GEOSWKTWriter_write_r(context.handle, pointer, g.handle) else { throw context.error("WKT writer") }
        return context.takeString(text)
    }
}

extension Geometry {
    /// Well-Known Text with `precision` decimals (negative: full precision), trailing zeros trimmed.
    public func wkt(precision: Int = 6) throws(GeometryError) -> String {
        try WKTWriter(context, precision: precision).write(self)
    }
}
