/// What the first pass over a document learns, chunk by chunk: its SHA-256, its size and whether
/// it is valid UTF-8. Shared by `inspect` (a file) and `spool` (a stream copied once).
struct FirstPass {
    private var digest = DocumentDigest()
    private var repair: UTF8Repair = {
        var r = UTF8Repair()
        r.emits = false
        return r
    }()
    private var scratch: [UInt8] = []
    /// Bytes seen so far.
    private(set) var total = 0

    /// Takes the next chunk.
    mutating func update(_ chunk: UnsafeRawBufferPointer) {
        total += chunk.count
        digest.update(chunk)
        // Once one invalid sequence is seen the answer is known; the rest need not be decoded.
        if !repair.sawInvalid {
            scratch.removeAll(keepingCapacity: true)
            repair.repair(chunk, final: false, into: &scratch)
        }
    }

    /// The document's info, after the last chunk (a sequence cut off at the end is invalid).
    mutating func finish(path: String) -> DocumentInfo {
        if !repair.sawInvalid {
            scratch.removeAll(keepingCapacity: true)
            repair.repair(UnsafeRawBufferPointer(start: nil, count: 0), final: true, into: &scratch)
        }
        return DocumentInfo(path: path, sha256: digest.finalize(), bytes: total, invalidUTF8: repair.sawInvalid)
    }
}
