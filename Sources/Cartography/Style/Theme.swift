import Canvas
import Foundation

/// Shorthand for theme constants: a colour from a hex literal.
private func rgb(_ hex: String, alpha: Double = 1) -> RGBA {
    // Literals below are all valid; a typo would show at once in every test.
    (RGBA(hex: hex) ?? .black).withAlpha(alpha)
}

/// A map theme: every colour, line width and dash pattern the renderer uses.
///
/// Widths and sizes are in points at scale 1 (1 pt = 1/72 in); the renderer multiplies them by
/// the output scale, so nothing shrinks at 2× or 300 dpi.
public struct Theme: Sendable, Equatable {
    /// How one claimant's line is drawn.
    public struct ClaimStyle: Sendable, Equatable {
        /// Line colour.
        public var color: RGBA
        /// Line width in points.
        public var width: Double
        /// Dash pattern in points (empty = solid).
        public var dash: [Double]
    }

    /// The theme's name (`default`, `print`, `colorblind`).
    public var name: String
    public var paper: RGBA
    public var land: RGBA
    public var sea: RGBA
    public var water: RGBA
    public var waterLine: RGBA
    public var coast: RGBA
    public var modernBorder: RGBA
    public var modernBorderDash: [Double]
    public var graticule: RGBA
    public var frame: RGBA
    public var text: RGBA
    public var mutedText: RGBA
    public var halo: RGBA
    /// Claim styles in party order; parties beyond the list reuse it cyclically.
    public var claims: [ClaimStyle]
    /// Opacity multiplier for schematic or uncertain claim lines (they are drawn lighter).
    public var schematicOpacity: Double
    public var disputedFill: RGBA
    public var disputedHatch: RGBA
    public var uncertaintyLine: RGBA
    public var uncertaintyFill: RGBA
    public var hill: RGBA
    public var settlement: RGBA
    public var marker: RGBA
    public var incident: RGBA
    public var incidentText: RGBA
    public var highlight: RGBA

    /// The default theme: Okabe–Ito colours (safe for the common colour-vision deficiencies),
    /// claims told apart by dash pattern as well as hue so that greyscale print keeps them apart.
    public static let standard = Theme(
        name: "default",
        paper: rgb("#ffffff"), land: rgb("#f3f0e8"), sea: rgb("#cfe2f3"), water: rgb("#a9cce8"),
        waterLine: rgb("#4f8fc0"), coast: rgb("#6d9cc4"), modernBorder: rgb("#7a7a7a"),
        modernBorderDash: [5, 2, 1, 2], graticule: rgb("#9a9a9a", alpha: 0.6), frame: rgb("#222222"),
        text: rgb("#1a1a1a"), mutedText: rgb("#555555"), halo: rgb("#ffffff"),
        claims: [
            ClaimStyle(color: rgb("#d55e00"), width: 2.4, dash: []),
            ClaimStyle(color: rgb("#0072b2"), width: 2.4, dash: [7, 3.5]),
            ClaimStyle(color: rgb("#009e73"), width: 2.4, dash: [1.5, 2.5]),
            ClaimStyle(color: rgb("#cc79a7"), width: 2.4, dash: [6, 2, 1.5, 2]),
        ],
        schematicOpacity: 0.8,
        disputedFill: rgb("#e69f00", alpha: 0.22), disputedHatch: rgb("#b07800", alpha: 0.75),
        uncertaintyLine: rgb("#444444", alpha: 0.9), uncertaintyFill: rgb("#444444", alpha: 0.07),
        hill: rgb("#5b4636"), settlement: rgb("#333333"), marker: rgb("#333333"),
        incident: rgb("#1a1a1a"), incidentText: rgb("#ffffff"), highlight: rgb("#f0e442"))

    /// For black-and-white print: greys only, claims by dash pattern.
    public static let print: Theme = {
        var t = standard
        t.name = "print"
        t.land = rgb("#ffffff")
        t.sea = rgb("#e6e6e6")
        t.water = rgb("#d0d0d0")
        t.waterLine = rgb("#707070")
        t.coast = rgb("#707070")
        t.claims = [
            ClaimStyle(color: rgb("#000000"), width: 2.4, dash: []),
            ClaimStyle(color: rgb("#000000"), width: 2.0, dash: [7, 3.5]),
            ClaimStyle(color: rgb("#000000"), width: 2.0, dash: [1.5, 2.5]),
            ClaimStyle(color: rgb("#000000"), width: 2.0, dash: [6, 2, 1.5, 2]),
        ]
        t.disputedFill = rgb("#000000", alpha: 0.08)
        t.disputedHatch = rgb("#000000", alpha: 0.6)
        t.hill = rgb("#000000")
        t.highlight = rgb("#bdbdbd")
        return t
    }()

    /// Paul Tol's high-contrast scheme: distinct under every colour-vision deficiency and in greyscale by lightness.
    public static let colorblind: Theme = {
        var t = standard
        t.name = "colorblind"
        t.claims = [
            ClaimStyle(color: rgb("#bb5566"), width: 2.6, dash: []),
            ClaimStyle(color: rgb("#004488"), width: 2.6, dash: [7, 3.5]),
            ClaimStyle(color: rgb("#ddaa33"), width: 2.6, dash: [1.5, 2.5]),
            ClaimStyle(color: rgb("#000000"), width: 2.6, dash: [6, 2, 1.5, 2]),
        ]
        t.disputedFill = rgb("#ddaa33", alpha: 0.25)
        t.disputedHatch = rgb("#886600", alpha: 0.75)
        return t
    }()

    /// The theme with a name, or nil.
    public static func named(_ name: String) -> Theme? {
        switch name {
        case "default": return standard
        case "print": return print
        case "colorblind": return colorblind
        default: return nil
        }
    }

    /// Every theme name, for help texts.
    public static let names = ["default", "print", "colorblind"]

    /// The style of the claim of the party at `index` in the dispute's party list.
    public func claimStyle(partyIndex index: Int) -> ClaimStyle { claims[((index % claims.count) + claims.count) % claims.count] }
}

extension RGBA {
    /// Relative luminance (WCAG), to check that a theme survives greyscale printing.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }
}
