/// Relative locations: number + unit + compass word + "of"/"from" + anchor ("22 kilometers south-west
/// of Carlisle"), the Russian forms ("в 22 км юго-западнее X", "22 км к юго-западу от X") and the
/// Chinese/Japanese forms ("X西南22公里", "Xの南西約22キロ"), resolved by the direct geodesic.
extension DocumentScanner {
    /// Looks for a relative expression around the anchor mention at `start..<end` and reports it.
    /// Returns the end of a Chinese/Japanese expression (which follows its anchor), so scanning resumes after it.
    /// `prev` is `tokenBefore(start)` when the caller has it already.
    @discardableResult
    func checkRelative(anchor: Int, start: Int, end: Int, cjk: Bool, prev known: Token? = nil) -> Int? {
        guard hasGeodesic else { return nil }
        if cjk {
            if let (azimuth, meters, exprEnd) = cjkRelative(after: end) {
                reportRelative(anchor: anchor, exprStart: start, exprEnd: exprEnd, azimuth: azimuth, meters: meters)
                return exprEnd
            }
            return nil
        }
        let prev = known ?? tokenBefore(start, maxNewlines: 1)
        guard prev.kind == .word else { return nil }
        var azimuth: Double?
        var beforeCompass = 0
        if prev.hash == Words.of || prev.hash == Words.from {
            // "south-west", "southwest", "SW", "south west", "north-north-east"; optional "to the" / "due".
            var c = tokenBefore(prev.start, maxNewlines: 1)
            // Abbreviations only in capitals ("SW"), so the words "we", "new" are not compass points.
            guard c.kind == .word, var az = Words.compass[c.hash], c.length > 3 || c.allUpper else { return nil }
            var compassStart = c.start
            let c0 = tokenBefore(c.start, maxNewlines: 1)
            if c0.kind == .word, c0.length >= 4, Words.compass[c0.hash] != nil, let combined = DocumentScanner.compassAzimuth(text(c0) + text(c)) {
                az = combined
                compassStart = c0.start
                c = c0
            }
            azimuth = az
            var q = tokenBefore(compassStart, maxNewlines: 1)
            if q.kind == .word && q.hash == Words.the {
                let to = tokenBefore(q.start, maxNewlines: 1)
                if to.kind == .word && to.hash == Words.to { q = tokenBefore(to.start, maxNewlines: 1) }
            } else if q.kind == .word && (q.hash == Words.due || q.hash == Words.directly) {
                q = tokenBefore(q.start, maxNewlines: 1)
            }
            beforeCompass = q.end
            _ = c
        } else if let az = Words.russianCompass[prev.hash], isRussianAdverb(prev) {
            azimuth = az
            beforeCompass = prev.start
        } else if prev.hash == Words.ot {
            let c = tokenBefore(prev.start, maxNewlines: 1)
            guard c.kind == .word, let az = Words.russianCompass[c.hash] else { return nil }
            let k = tokenBefore(c.start, maxNewlines: 1)
            guard k.kind == .word, k.hash == Words.k else { return nil }
            azimuth = az
            beforeCompass = k.start
        }
        guard let azimuth, beforeCompass > lo else { return nil }
        guard let (meters, exprStart) = distanceBefore(beforeCompass) else { return nil }
        reportRelative(anchor: anchor, exprStart: exprStart, exprEnd: end, azimuth: azimuth, meters: meters)
        return nil
    }

    /// True for the comparative forms ("юго-западнее"); the dative forms need «к … от».
    private func isRussianAdverb(_ t: Token) -> Bool { text(t).hasSuffix("нее") }

    /// Reads "<number> <unit>" ending at `pos` (backwards); returns metres and where the number starts.
    func distanceBefore(_ pos: Int) -> (Double, Int)? {
        let u = tokenBefore(pos, maxNewlines: 1)
        if u.isPunct(".") {
            // "22 km." is unusual before a compass word; accept "km." abbreviations.
            let w = tokenBefore(u.start, maxNewlines: 0)
            guard w.kind == .word, let unit = Words.units[w.hash] else { return nil }
            return numberBefore(w.start).map { ($0.0 * unit, $0.1) }
        }
        guard u.kind == .word || u.kind == .number else { return nil }
        if let unit = Words.units[u.hash] {
            return numberBefore(u.start).map { ($0.0 * unit, $0.1) }
        }
        // "22km": number and unit in one token.
        let s = text(u)
        let digits = s.prefix { $0.isNumber || $0 == "." }
        let rest = s.dropFirst(digits.count)
        if !digits.isEmpty, let v = Double(digits), let unit = Words.units[TokenHash.of(String(rest))] { return (v * unit, u.start) }
        return nil
    }

    /// Reads a number ending at `pos` (backwards): digits, a decimal, or English number words.
    func numberBefore(_ pos: Int) -> (Double, Int)? {
        let n = tokenBefore(pos, maxNewlines: 1)
        if n.kind == .number, let v = Double(text(n)) {
            // "1.5" or "1,5": a decimal split by the tokenizer.
            let sep = tokenBefore(n.start, maxNewlines: 0)
            if (sep.isPunct(".") || sep.isPunct(",")) && sep.end == n.start {
                let whole = tokenBefore(sep.start, maxNewlines: 0)
                if whole.kind == .number, whole.end == sep.start, let w = Double(text(whole) + "." + text(n)) { return (w, whole.start) }
            }
            return (v, n.start)
        }
        guard n.kind == .word else { return nil }
        let parts = text(n).lowercased().split(separator: "-").map(String.init)
        var total = 0.0
        for part in parts {
            guard let v = Words.numberWords[TokenHash.of(part)] else { return nil }
            total += v
        }
        var start = n.start
        // "twenty two": a tens word before a units word.
        if parts.count == 1, total < 10 {
            let t = tokenBefore(n.start, maxNewlines: 0)
            if t.kind == .word, let tens = Words.numberWords[t.hash], tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0 {
                total += tens
                start = t.start
            }
        }
        // "a half mile": the article belongs to the expression.
        if total == 0.5 {
            let a = tokenBefore(n.start, maxNewlines: 0)
            if a.kind == .word, a.length == 1, Words.numberWords[a.hash] == 1 { start = a.start }
        }
        return total > 0 ? (total, start) : nil
    }

    /// A compass word as an azimuth: N, NE, NNE…, "south-west", "southwest", "north-north-east".
    static func compassAzimuth(_ raw: String) -> Double? {
        let letters = raw.filter { $0 != "-" && $0 != "." && $0 != " " }
        guard !letters.isEmpty, letters.count <= 18 else { return nil }
        var dirs: [Double] = []
        var rest = Substring(letters.lowercased())
        let words: [(String, Double)] = [("north", 0), ("south", 180), ("east", 90), ("west", 270)]
        while !rest.isEmpty {
            guard let w = words.first(where: { rest.hasPrefix($0.0) }) else { dirs = []; break }
            dirs.append(w.1)
            rest = rest.dropFirst(w.0.count)
        }
        if dirs.isEmpty {
            // Abbreviations only in capitals ("SW", "NNE"), so the words "we", "new" are not compass points.
            guard letters.count <= 3, letters.allSatisfy({ "NSEW".contains($0) }) else { return nil }
            dirs = letters.map { ["N": 0.0, "S": 180, "E": 90, "W": 270][String($0)]! }
        }
        return azimuth(dirs)
    }

    /// Combines one to three cardinal directions into a 16-point azimuth.
    static func azimuth(_ dirs: [Double]) -> Double? {
        func mid(_ a: Double, _ b: Double) -> Double {
            let d = abs(a - b)
            var m = d > 180 ? (a + b + 360) / 2 : (a + b) / 2
            if m >= 360 { m -= 360 }
            return m
        }
        func isNS(_ x: Double) -> Bool { x == 0 || x == 180 }
        switch dirs.count {
        case 1: return dirs[0]
        case 2:
            guard isNS(dirs[0]) != isNS(dirs[1]) else { return nil }
            return mid(dirs[0], dirs[1])
        case 3:
            guard let pair = azimuth(Array(dirs[1...])), dirs[0] == dirs[1] || dirs[0] == dirs[2] else { return nil }
            return mid(dirs[0], pair)
        default: return nil
        }
    }

    /// After a CJK anchor: [の/之/以] compass [方/方向/約/约] number unit.
    func cjkRelative(after e: Int) -> (Double, Double, Int)? {
        var i = e
        for particle in ["の", "之", "以"] where hasSuffix(at: i, particle) { i += 3; break }
        var dirs: [Double] = []
        while dirs.count < 3, i < hi {
            let (v, len) = decodeScalar(p, i, hi)
            switch v {
            case 0x5317: dirs.append(0)        // 北
            case 0x5357: dirs.append(180)      // 南
            case 0x6771, 0x4E1C: dirs.append(90) // 東 东
            case 0x897F: dirs.append(270)      // 西
            default: break
            }
            if dirs.count == 0 || (v != 0x5317 && v != 0x5357 && v != 0x6771 && v != 0x4E1C && v != 0x897F) { break }
            i += len
        }
        guard !dirs.isEmpty else { return nil }
        // Chinese writes 西南 and Japanese 南西 for south-west: order the pair north/south first.
        if dirs.count == 2, !(dirs[0] == 0 || dirs[0] == 180) { dirs.swapAt(0, 1) }
        if dirs.count == 3, !(dirs[1] == 0 || dirs[1] == 180) { dirs.swapAt(1, 2) }
        guard let az = DocumentScanner.azimuth(dirs) else { return nil }
        for filler in ["方向", "方約", "方约", "方", "約", "约", "約", "偏"] where hasSuffix(at: i, filler) { i += filler.utf8.count; break }
        guard let (value, after) = cjkNumberWithNumerals(at: i) else { return nil }
        i = after
        while i < hi && p[i] == 0x20 { i += 1 }
        for (unit, meters) in Lexicon.cjkUnits where hasSuffix(at: i, unit) {
            return (az, value * meters, i + unit.utf8.count)
        }
        return nil
    }

    /// CJK numerals and their values (一 … 十, 百, and the "two" forms 两 兩).
    static let cjkNumerals: [UInt32: Int] = [0x4E00: 1, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6, 0x4E03: 7, 0x516B: 8,
                                             0x4E5D: 9, 0x5341: 10, 0x767E: 100, 0x4E24: 2, 0x5169: 2]

    /// A number in ASCII/full-width digits (with a decimal point) or Chinese numerals (二十二).
    func cjkNumberWithNumerals(at i: Int) -> (Double, Int)? {
        if let (n, after) = cjkNumber(at: i) {
            if after < hi, p[after] == 0x2E, let (f, after2) = cjkNumber(at: after + 1) {
                return (Double("\(n).\(f)") ?? Double(n), after2)
            }
            return (Double(n), after)
        }
        let numerals = DocumentScanner.cjkNumerals
        var j = i
        var total = 0, current = 0, seen = 0
        while j < hi, seen < 8 {
            let (v, len) = decodeScalar(p, j, hi)
            guard let n = numerals[v] else { break }
            if n == 10 || n == 100 {
                total += max(current, 1) * n
                current = 0
            } else {
                current = n
            }
            seen += 1
            j += len
        }
        guard seen > 0 else { return nil }
        return (Double(total + current), j)
    }

    /// Computes and reports a relative location whose expression spans `exprStart..<exprEnd`.
    func reportRelative(anchor: Int, exprStart: Int, exprEnd: Int, azimuth: Double, meters: Double) {
        let place = compiled.places[anchor]
        guard meters > 0, let geodesic, let origin = place.anchorPoint,
              let point = geodesic.destination(from: origin, azimuthDegrees: azimuth, distanceMeters: meters) else { return }
        // A line (a river) is not a point to measure from.
        if place.type == "river" { return }
        let uncertainty = max(0.1 * meters, 1000, place.uncertaintyMeters ?? 0)
        var target: String? = nil
        let before = state.pointee.previousPlace
        if before >= 0, case let id = compiled.places[Int(before)].id, id != place.id {
            let gapStart = state.pointee.previousEnd - base
            if gapStart >= lo, gapStart <= exprStart, exprStart - gapStart <= 80 {
                var clean = true
                for k in gapStart..<exprStart where [0x2E, 0x3B, 0x21, 0x3F, 0x3002].contains(UInt32(p[k])) { clean = false }
                if clean { target = id }
            }
        }
        sink.relative(RelativeLocation(surface: text(exprStart, exprEnd), start: cp(exprStart), end: cp(exprEnd), anchor: place.id,
                                       distanceMeters: meters, azimuthDegrees: azimuth, coordinate: point,
                                       uncertaintyMeters: uncertainty, target: target))
    }
}
