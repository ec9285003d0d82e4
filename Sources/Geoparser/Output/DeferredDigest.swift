/// A formatter whose header names the document's SHA-256, written before the hash is known when
/// the document is hashed in the same pass as it is scanned, and filled in at the end.
public protocol DeferredDigest: AnyObject {
    /// Puts the hex digest in the header in place of the placeholder; false when the output cannot
    /// be rewritten (the caller then must not have used a placeholder).
    func fillSHA256(_ hex: String) -> Bool
}

/// The placeholder for a SHA-256 not known yet: as many bytes as the hex digest it stands for,
/// so filling it in moves nothing after it.
enum DigestPlaceholder {
    /// 64 ASCII zeros.
    static let bytes = [UInt8](repeating: 0x30, count: 64)

    /// Appends the header's `"sha256"` value: the digest when known (returns nil), else the
    /// placeholder (returns the index in `o` where its 64 digits start).
    static func append(_ sha256: String?, into o: inout [UInt8]) -> Int? {
        if let sha256 {
            JSONText.string(sha256, into: &o)
            return nil
        }
        o.append(0x22)
        let at = o.count
        o.append(contentsOf: bytes)
        o.append(0x22)
        return at
    }

    /// The placeholder's bytes replaced by the digest, when it is one (64 lower-case hex digits).
    static func fill(_ hex: String, at position: Int?, in out: ByteWriter) -> Bool {
        let digits = Array(hex.utf8)
        guard let position, digits.count == bytes.count else { return false }
        return out.overwrite(at: position, with: digits)
    }
}
