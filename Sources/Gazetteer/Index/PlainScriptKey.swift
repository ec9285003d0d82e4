/// `NameNormalizer.key` for names written only in Latin (to U+024F), basic Cyrillic (А–я, Ё, ё),
/// kana, Hangul syllables and CJK unified ideographs, without Foundation.
///
/// These are most of the gazetteer's names and all the Russian case forms generated from them,
/// and keying them through Foundation's NFD and NFC was most of compiling the names at start-up.
/// For these scalars the general path reduces to a per-scalar map: a precomposed Latin letter, Й/й
/// and Ё/ё decompose to a base letter and marks, which the key drops (`latinBases`); voiced kana and
/// Hangul syllables decompose and the closing NFC composes them back, so they stay as they are;
/// the result has no marks, so nothing else composes. Any other scalar (a lone mark, a jamo, other
/// scripts) returns nil and the caller takes the general path. A test checks every scalar taken.
enum PlainScriptKey {
    /// The key, or nil when `name` has a scalar outside the plain scripts.
    static func key(_ name: String) -> String? {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            let v = scalar.value
            let mapped: UInt32
            switch v {
            case 0x41...0x5A: mapped = v + 0x20                 // A–Z
            case 0x00...0x7F: mapped = v
            case 0x0419, 0x0439: mapped = 0x0438                // Й, й: и + breve; the breve is dropped
            case 0x0401, 0x0451: mapped = 0x0435                // Ё, ё: е + diaeresis; likewise
            case 0x0410...0x042F: mapped = v + 0x20             // А–Я
            case 0x0430...0x044F: mapped = v                    // а–я
            case 0x00C0...0x024F:
                if let base = latinBases[v] { mapped = base; break }
                // No decomposition: its lower case, when that is one scalar.
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                guard lower.count == 1, let l = lower.first else { return nil }
                mapped = l.value
            case 0x2010...0x201B: mapped = v                    // dashes and quotes: no decomposition, no case
            case 0x3041...0x3096, 0x309B...0x30FF: mapped = v   // kana, not the combining voicing marks
            case 0xAC00...0xD7A3: mapped = v                    // Hangul syllables
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: mapped = v   // CJK unified ideographs: no decomposition
            default: return nil
            }
            guard let s = Unicode.Scalar(mapped) else { return nil }
            if NameNormalizer.isSeparator(s) { continue }
            out.append(NameNormalizer.fold(s))
        }
        return String(out)
    }

    /// Precomposed Latin letters (U+00C0–U+024F) → the lower case of their base letter, pairwise:
    /// what NFD, dropping the marks and lower-casing give (generated from the Unicode data).
    static let latinBases: [UInt32: UInt32] = {
        let pairs = Array("""
        ÀaÁaÂaÃaÄaÅaÇcÈeÉeÊeËeÌiÍiÎiÏiÑnÒoÓoÔoÕoÖoÙuÚuÛuÜuÝyàaáaâaãaäaåa
        çcèeéeêeëeìiíiîiïiñnòoóoôoõoöoùuúuûuüuýyÿyĀaāaĂaăaĄaąaĆcćcĈcĉcĊc
        ċcČcčcĎdďdĒeēeĔeĕeĖeėeĘeęeĚeěeĜgĝgĞgğgĠgġgĢgģgĤhĥhĨiĩiĪiīiĬiĭiĮi
        įiİiĴjĵjĶkķkĹlĺlĻlļlĽlľlŃnńnŅnņnŇnňnŌoōoŎoŏoŐoőoŔrŕrŖrŗrŘrřrŚsśs
        ŜsŝsŞsşsŠsšsŢtţtŤtťtŨuũuŪuūuŬuŭuŮuůuŰuűuŲuųuŴwŵwŶyŷyŸyŹzźzŻzżzŽz
        žzƠoơoƯuưuǍaǎaǏiǐiǑoǒoǓuǔuǕuǖuǗuǘuǙuǚuǛuǜuǞaǟaǠaǡaǢæǣæǦgǧgǨkǩkǪo
        ǫoǬoǭoǮʒǯʒǰjǴgǵgǸnǹnǺaǻaǼæǽæǾøǿøȀaȁaȂaȃaȄeȅeȆeȇeȈiȉiȊiȋiȌoȍoȎoȏo
        ȐrȑrȒrȓrȔuȕuȖuȗuȘsșsȚtțtȞhȟhȦaȧaȨeȩeȪoȫoȬoȭoȮoȯoȰoȱoȲyȳy
        """.unicodeScalars.filter { $0 != "\n" && $0 != " " })
        var map: [UInt32: UInt32] = [:]
        for i in stride(from: 0, to: pairs.count - 1, by: 2) { map[pairs[i].value] = pairs[i + 1].value }
        return map
    }()
}
