/// Feeding a mapped file with no copy: valid UTF-8 is scanned where it lies in the map.
///
/// The buffers are exactly those `feed(_:)` would build from the same bytes read in `readSize`
/// pieces (the repair still runs, without output, to find invalid bytes and to hold back a sequence
/// cut by a piece's end), so the output is the same byte for byte. A piece with invalid bytes is
/// copied and repaired as `feed(_:)` does; once the replaced bytes are behind the buffer, the
/// buffer is the file's own bytes again.
extension StreamingExtractor {
    /// Feeds all of `file`, as `feed(_:)` would in pieces of `readSize` bytes; `observe` sees every
    /// byte of the file once, in order (for the digest).
    func feed(file: MappedWindow, readSize: Int = 1 << 20, observe: (UnsafeRawBufferPointer) -> Void) throws(ExtractError) {
        source = file
        var x = 0
        var pieceEnd = 0
        while x < file.size {
            if x == pieceEnd { pieceEnd = min(file.size, x + readSize) }
            if borrowedStart == nil && bufferBase >= replacedEnd { borrow(at: x) }
            let n = min(room, pieceEnd - x)
            let bytes = try file.bytes(x..<(x + n), keeping: borrowedStart ?? x)
            observe(bytes)
            if let start = borrowedStart {
                let before = repair
                repair.repair(bytes, final: false, into: &buffer)   // emits nothing while borrowed
                if repair.replacements == before.replacements {
                    count = x + n - repair.pendingCount - start
                    noteNonASCII()
                } else {
                    // Invalid bytes: this piece is repaired into a copy, as `feed(_:)` does.
                    repair = before
                    try materialize()
                    copy(try file.bytes(x..<(x + n), keeping: x))
                }
            } else {
                copy(bytes)
            }
            x += n
            if isFull { try processFile(final: false) }
        }
    }

    /// Ends a document fed with `feed(file:)`.
    func finishFile() throws(ExtractError) {
        // A sequence cut off by the end of the file becomes U+FFFD: that needs the copy.
        if borrowedStart != nil && repair.pendingCount > 0 { try materialize() }
        if borrowedStart == nil {
            copy(UnsafeRawBufferPointer(start: nil, count: 0), final: true)
            process(final: true)
        } else {
            try processFile(final: true)
        }
        source = nil
        scanner.finish()
    }

    /// Scans the buffer wherever it is.
    private func processFile(final: Bool) throws(ExtractError) {
        guard let start = borrowedStart, let file = source else { return process(final: final) }
        let bytes = try file.bytes(start..<(start + count), keeping: start)
        borrowedStart = start + scanAndAdvance(bytes.assumingMemoryBound(to: UInt8.self), final: final)
    }

    /// Takes the buffer's bytes from the file from now on: they are all unrepaired input, the
    /// last of it just before `x` but for the incomplete sequence the repair holds back.
    private func borrow(at x: Int) {
        borrowedStart = x - repair.pendingCount - buffer.count
        buffer.removeAll(keepingCapacity: true)
        repair.emits = false
    }

    /// Copies the buffer out of the file, to go on with repaired input.
    private func materialize() throws(ExtractError) {
        guard let start = borrowedStart, let file = source else { return }
        let bytes = try file.bytes(start..<(start + count), keeping: start)
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: bytes)
        borrowedStart = nil
        repair.emits = true
    }
}

extension StreamingExtractor {
    /// Feeds a whole document file and ends the document: a regular file from its map, anything
    /// else read into the buffer. `observe` sees every byte once, in order; returns the byte count.
    func run(file: DocumentFile, window: Int = MappedWindow.defaultWindow, observe: (UnsafeRawBufferPointer) -> Void) throws(ExtractError) -> Int {
        if let mapped = file.mapped(window: window) {
            try feed(file: mapped, observe: observe)
            try finishFile()
            return mapped.size
        }
        var total = 0
        try file.forEachChunk { chunk throws(ExtractError) in
            observe(chunk)
            total += chunk.count
            feed(chunk)
        }
        finish()
        return total
    }
}
