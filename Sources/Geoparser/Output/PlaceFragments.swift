/// Per gazetteer place, its mention object's fixed JSON parts — `"id"` and `, "kind": …,
/// "coordinate": …` — built on first use and kept in one block of raw memory.
///
/// An array of byte arrays cost a retain and a release of each array per mention, which was a
/// visible part of writing one; these spans cost none.
final class PlaceFragments {
    /// Bytes of every fragment, back to back.
    private var bytes: UnsafeMutablePointer<UInt8>
    private var used = 0, capacity = 4096
    /// Per place: offset and length of the id, offset and length of the tail (offset -1: not built).
    private var spans: UnsafeMutablePointer<(Int32, Int32, Int32, Int32)>
    private var places = 0

    /// An empty store.
    init() {
        bytes = .allocate(capacity: capacity)
        spans = .allocate(capacity: 1)
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    /// True when the place's fragments are stored.
    @inline(__always)
    func has(_ place: Int) -> Bool { place < places && spans[place].0 >= 0 }

    /// Stores the place's fragments.
    func store(_ place: Int, id: [UInt8], tail: [UInt8]) {
        if place >= places {
            let grown = UnsafeMutablePointer<(Int32, Int32, Int32, Int32)>.allocate(capacity: place + 1)
            grown.update(from: spans, count: places)
            for k in places...place { grown[k] = (-1, 0, -1, 0) }
            spans.deallocate()
            spans = grown
            places = place + 1
        }
        let need = used + id.count + tail.count
        if need > capacity {
            capacity = max(capacity * 2, need)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: bytes, count: used)
            bytes.deallocate()
            bytes = grown
        }
        (bytes + used).update(from: id, count: id.count)
        (bytes + used + id.count).update(from: tail, count: tail.count)
        spans[place] = (Int32(used), Int32(id.count), Int32(used + id.count), Int32(tail.count))
        used = need
    }

    /// The stored `"id"` of a place (`has` must be true).
    @inline(__always)
    func id(_ place: Int) -> UnsafeBufferPointer<UInt8> {
        let s = spans[place]
        return UnsafeBufferPointer(start: bytes + Int(s.0), count: Int(s.1))
    }

    /// The stored `, "kind": …, "coordinate": …` of a place (`has` must be true).
    @inline(__always)
    func tail(_ place: Int) -> UnsafeBufferPointer<UInt8> {
        let s = spans[place]
        return UnsafeBufferPointer(start: bytes + Int(s.2), count: Int(s.3))
    }
}
