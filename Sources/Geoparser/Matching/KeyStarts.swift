/// Which scalars can begin a name key, learnt lazily per BMP scalar from the automaton's root.
///
/// In Chinese and Japanese text every character is a possible name start, and walking the
/// automaton from each one (through the wide nodes under the first UTF-8 byte) was most of the
/// scan; one byte per scalar answers for all but the few that do begin a key.
final class KeyStarts {
    /// Per BMP scalar: 0 not yet known, 1 begins no key, 2 may begin one.
    private let table: UnsafeMutablePointer<UInt8>

    /// An empty table.
    init() {
        table = .allocate(capacity: 0x10000)
        table.initialize(repeating: 0, count: 0x10000)
    }

    deinit { table.deallocate() }

    /// False when no key begins with the folded bytes of `scalar` (then a walk from it finds
    /// nothing); true otherwise, and for scalars outside the BMP and those that fold to nothing.
    @inline(__always)
    func mayStart(_ scalar: UInt32, folding: ScalarFolding, tables: FlatTables) -> Bool {
        guard scalar < 0x10000 else { return true }
        var known = table[Int(scalar)]
        if known == 0 {
            var node: Int32 = 0
            for b in folding.fold(scalar).1 {
                node = tables.child(node, b)
                if node < 0 { break }
            }
            known = node < 0 ? 1 : 2
            table[Int(scalar)] = known
        }
        return known == 2
    }
}
