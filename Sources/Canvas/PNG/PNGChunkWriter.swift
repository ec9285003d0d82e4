import CZlib

/// Appends PNG chunks (length, type, data, CRC-32 of type+data) to a byte buffer.
struct PNGChunkWriter {
    /// The 8-byte PNG signature.
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private(set) var bytes: [UInt8] = PNGChunkWriter.signature

    /// Appends one chunk; `type` is the 4-letter ASCII chunk type.
    mutating func chunk(_ type: String, _ data: ArraySlice<UInt8>) {
        let typeBytes = Array(type.utf8)
        precondition(typeBytes.count == 4, "PNG chunk types are 4 ASCII letters")
        PNGChunkWriter.appendBigEndian(UInt32(data.count), to: &bytes)
        bytes.append(contentsOf: typeBytes)
        bytes.append(contentsOf: data)
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, 4) }
        crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, UInt32($0.count)) }
        PNGChunkWriter.appendBigEndian(UInt32(truncatingIfNeeded: crc), to: &bytes)
    }

    /// Appends `v` in network byte order.
    static func appendBigEndian(_ v: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(v >> 24))
        out.append(UInt8((v >> 16) & 0xFF))
        out.append(UInt8((v >> 8) & 0xFF))
        out.append(UInt8(v & 0xFF))
    }
}
