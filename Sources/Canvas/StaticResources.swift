import CCairo
import CPangoCairo

extension Canvas {
    /// Frees Pango's font map, cairo's static caches and fontconfig's data. For leak-check
    /// runs only (valgrind otherwise reports fontconfig's caches as "definitely lost"); call
    /// it last, after every Canvas and TextMeasurer is gone. Text drawing after it is undefined.
    public static func releaseStaticResources() {
        pango_cairo_font_map_set_default(nil)
        cairo_debug_reset_static_data()
        FcFini()
    }
}
