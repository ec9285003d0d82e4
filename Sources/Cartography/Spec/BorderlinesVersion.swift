/// The version of Borderlines, written into PDF and SVG metadata and printed by `--version`.
public enum BorderlinesVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
