/// `Lexicon.genericBefore` / `genericAfter` lookups by a word's bytes, for compiling names.
///
/// The linear scans compared each word with ~60 generic nouns as Strings, which for Cyrillic
/// means canonical-equivalence comparisons: a visible part of start-up. A plain word (only
/// scalars that are graphemes of their own and change under no normalisation, see `NameWords`)
/// is in NFC, like the literals, and two NFC strings are equal exactly when their bytes are; any
/// other word is compared as before.
enum GenericWordLookup {
    /// The class of the first `genericBefore` entry equal to `word`, as `first(where:)` gives it.
    static func before(_ word: String) -> Lexicon.TypeClass? { lookup(word, beforeTable, Lexicon.genericBefore) }

    /// The class of the first `genericAfter` entry equal to `word`.
    static func after(_ word: String) -> Lexicon.TypeClass? { lookup(word, afterTable, Lexicon.genericAfter) }

    /// True when some `genericBefore` entry equals `word`.
    static func isBefore(_ word: String) -> Bool { before(word) != nil }

    private static let beforeTable = table(Lexicon.genericBefore)
    private static let afterTable = table(Lexicon.genericAfter)

    /// Entries by their UTF-8 bytes, the first of equal ones kept; nil if an entry is not plain
    /// (then every lookup compares Strings).
    private static func table(_ entries: [(String, Lexicon.TypeClass)]) -> [[UInt8]: Lexicon.TypeClass]? {
        var t: [[UInt8]: Lexicon.TypeClass] = [:]
        for (word, cls) in entries where t[Array(word.utf8)] == nil {
            guard word.unicodeScalars.allSatisfy(NameWords.isPlain) else { return nil }
            t[Array(word.utf8)] = cls
        }
        return t
    }

    /// By bytes for a plain word, else by String comparison as before.
    private static func lookup(_ word: String, _ table: [[UInt8]: Lexicon.TypeClass]?, _ entries: [(String, Lexicon.TypeClass)]) -> Lexicon.TypeClass? {
        if let table, word.unicodeScalars.allSatisfy(NameWords.isPlain) { return table[Array(word.utf8)] }
        return entries.first(where: { $0.0 == word })?.1
    }
}
