import Gazetteer

/// A sink that takes mentions, treaty references and dates as bytes of the scan buffer, without
/// a `Mention`, `TreatyReference` or `DateMention` value.
///
/// At ~180,000 mentions per 100 MB, building a `Mention` (a `String` for the surface, the id and kind
/// retained) only to encode it again cost more than writing the bytes straight to the output.
protocol RawMentionSink: AnyObject {
    /// A mention of gazetteer place `place` (an index fixed for the whole document), or of a place the
    /// gazetteer lacks (`place` < 0); `surface` is valid UTF-8, exactly the decoded text of the span.
    func mention(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, place: Int, id: String?, kind: String,
                 coordinate: Coordinate?, confidence: Double)
    /// A treaty reference (`surface` as for mentions).
    func treaty(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, id: String?)
    /// A date of a known year, written as `DateState.iso` writes it (`surface` as for mentions).
    func date(surface: UnsafeBufferPointer<UInt8>, start: Int, end: Int, year: Int, month: Int, day: Int?, qualifier: String?)
}
