import Foundation

/// A map theme: every colour, line width and dash pattern the renderer uses.
///
/// Widths and sizes are in points at scale 1 (1 pt = 1/72 in); the renderer multiplies them by
/// the output scale, so nothing shrinks at 2× or 300 dpi.
public struct Theme: Sendable, Equatable {
    /// An RGBA colour, components 0…1.
    public struct Color: Sendable, Equatable, Hashable {
        /// Red.
        public var r: Double
        /// Green.
        public var g: Double
        /// Blue.
        public var b: Double
        /// Alpha.
        public var a: Double

        /// A colour from "#rrggbb" with an optional alpha.
        public init(hex: String, alpha: Double = 1) {
            let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
            let v = UInt32(digits, radix: 16) ?? 0
            r = Double((v >> 16) & 0xFF) / 255
            g = Double((v >> 8) & 0xFF) / 255
            b = Double(v & 0xFF) / 255
            a = alpha
        }

        /// The same colour with another alpha.
        public func withAlpha(_ alpha: Double) -> Color {
            var c = self
            c.a = alpha
            return c
        }

        /// Relative luminance (WCAG), to check that a theme survives greyscale printing.
        public var luminance: Double {
            func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : Foundation.pow((c + 0.055) / 1.055, 2.4) }
            return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
        }

        /// "#rrggbb".
        public var hex: String {
            func h(_ c: Double) -> String {
                let v = Int((c * 255).rounded())
                return (v < 16 ? "0" : "") + String(v, radix: 16)
            }
            return "#" + h(r) + h(g) + h(b)
        }
    }

    /// How one claimant's line is drawn.
    public struct ClaimStyle: Sendable, Equatable {
        /// Line colour.
        public var color: Color
        /// Line width in points.
        public var width: Double
        /// Dash pattern in points (empty = solid).
        public var dash: [Double]
    }

    /// The theme's name (`default`, `print`, `colorblind`).
    public var name: String
    public var paper: Color
    public var land: Color
    public var sea: Color
    public var water: Color
    public var waterLine: Color
    public var coast: Color
    public var modernBorder: Color
    public var modernBorderDash: [Double]
    public var graticule: Color
    public var frame: Color
    public var text: Color
    public var mutedText: Color
    public var halo: Color
    /// Claim styles in party order; parties beyond the list reuse it cyclically.
    public var claims: [ClaimStyle]
    /// Opacity multiplier for schematic or uncertain claim lines (they are drawn lighter).
    public var schematicOpacity: Double
    public var disputedFill: Color
    public var disputedHatch: Color
    public var uncertaintyLine: Color
    public var uncertaintyFill: Color
    public var hill: Color
    public var settlement: Color
    public var marker: Color
    public var incident: Color
    public var incidentText: Color
    public var highlight: Color

    /// The default theme: Okabe–Ito colours (safe for the common colour-vision deficiencies),
    /// claims told apart by dash pattern as well as hue so that greyscale print keeps them apart.
    public static let standard = Theme(
        name: "default",
        paper: Color(hex: "#ffffff"), land: Color(hex: "#f3f0e8"), sea: Color(hex: "#cfe2f3"), water: Color(hex: "#a9cce8"),
        waterLine: Color(hex: "#4f8fc0"), coast: Color(hex: "#6d9cc4"), modernBorder: Color(hex: "#7a7a7a"),
        modernBorderDash: [5, 2, 1, 2], graticule: Color(hex: "#9a9a9a", alpha: 0.6), frame: Color(hex: "#222222"),
        text: Color(hex: "#1a1a1a"), mutedText: Color(hex: "#555555"), halo: Color(hex: "#ffffff", alpha: 0.92),
        claims: [
            ClaimStyle(color: Color(hex: "#d55e00"), width: 2.4, dash: []),
            ClaimStyle(color: Color(hex: "#0072b2"), width: 2.4, dash: [7, 3.5]),
            ClaimStyle(color: Color(hex: "#009e73"), width: 2.4, dash: [1.5, 2.5]),
            ClaimStyle(color: Color(hex: "#cc79a7"), width: 2.4, dash: [6, 2, 1.5, 2]),
        ],
        schematicOpacity: 0.8,
        disputedFill: Color(hex: "#e69f00", alpha: 0.22), disputedHatch: Color(hex: "#b07800", alpha: 0.75),
        uncertaintyLine: Color(hex: "#444444", alpha: 0.9), uncertaintyFill: Color(hex: "#444444", alpha: 0.07),
        hill: Color(hex: "#5b4636"), settlement: Color(hex: "#333333"), marker: Color(hex: "#333333"),
        incident: Color(hex: "#1a1a1a"), incidentText: Color(hex: "#ffffff"), highlight: Color(hex: "#f0e442"))

    /// For black-and-white print: greys only, claims by dash pattern.
    public static let print: Theme = {
        var t = standard
        t.name = "print"
        t.land = Color(hex: "#ffffff")
        t.sea = Color(hex: "#e6e6e6")
        t.water = Color(hex: "#d0d0d0")
        t.waterLine = Color(hex: "#707070")
        t.coast = Color(hex: "#707070")
        t.claims = [
            ClaimStyle(color: Color(hex: "#000000"), width: 2.4, dash: []),
            ClaimStyle(color: Color(hex: "#000000"), width: 2.0, dash: [7, 3.5]),
            ClaimStyle(color: Color(hex: "#000000"), width: 2.0, dash: [1.5, 2.5]),
            ClaimStyle(color: Color(hex: "#000000"), width: 2.0, dash: [6, 2, 1.5, 2]),
        ]
        t.disputedFill = Color(hex: "#000000", alpha: 0.08)
        t.disputedHatch = Color(hex: "#000000", alpha: 0.6)
        t.hill = Color(hex: "#000000")
        t.highlight = Color(hex: "#bdbdbd")
        return t
    }()

    /// Paul Tol's high-contrast scheme: distinct under every colour-vision deficiency and in greyscale by lightness.
    public static let colorblind: Theme = {
        var t = standard
        t.name = "colorblind"
        t.claims = [
            ClaimStyle(color: Color(hex: "#bb5566"), width: 2.6, dash: []),
            ClaimStyle(color: Color(hex: "#004488"), width: 2.6, dash: [7, 3.5]),
            ClaimStyle(color: Color(hex: "#ddaa33"), width: 2.6, dash: [1.5, 2.5]),
            ClaimStyle(color: Color(hex: "#000000"), width: 2.6, dash: [6, 2, 1.5, 2]),
        ]
        t.disputedFill = Color(hex: "#ddaa33", alpha: 0.25)
        t.disputedHatch = Color(hex: "#886600", alpha: 0.75)
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
