import CCairo

/// Turns a cairo status into a CanvasError carrying cairo's own message.
@inline(__always)
func checkCairo(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    throw CanvasError.cairo(operation: operation(), message: String(cString: cairo_status_to_string(status)))
}
