/// Reads a PNG's chunk list independently of the encoder under test.
struct PNGChunks {
    struct Chunk {
        let type: String
        let data: [UInt8]
        let crcValid: Bool
    }

    let chunks: [Chunk]

    /// Parses `bytes`; nil unless it has the PNG signature and well-formed chunk framing.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 8, Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        var i = 8
        var out: [Chunk] = []
        while i + 12 <= bytes.count {
            let n = Int(PNGChunks.be32(bytes, i))
            guard i + 12 + n <= bytes.count else { return nil }
            let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
            let crc = PNGChunks.be32(bytes, i + 8 + n)
            out.append(Chunk(type: type, data: Array(bytes[(i + 8)..<(i + 8 + n)]),
                             crcValid: crc == PNGChunks.crc32(Array(bytes[(i + 4)..<(i + 8 + n)]))))
            i += 12 + n
        }
        guard i == bytes.count else { return nil }
        chunks = out
    }

    var types: [String] { chunks.map(\.type) }
    var ihdr: [UInt8] { chunks.first { $0.type == "IHDR" }?.data ?? [] }
    var width: Int { Int(PNGChunks.be32(ihdr, 0)) }
    var height: Int { Int(PNGChunks.be32(ihdr, 4)) }
    var colorType: UInt8 { ihdr[9] }

    static func be32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    /// Bitwise CRC-32 (IEEE), slow but independent of zlib.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return ~c
    }
}
