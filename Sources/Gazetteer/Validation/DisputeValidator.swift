/// Runs every check on a loaded dispute: references, geometry (GEOS) and, with documents, citations.
public enum DisputeValidator {
    /// All problems of a dispute beyond those found while parsing it.
    public static func validate(_ dispute: Dispute, documents: [SourceDocument] = []) -> [Diagnostic] {
        ReferenceChecks.run(dispute) + GeometryChecks.run(dispute) + CitationChecks.run(dispute, documents: documents)
    }
}
