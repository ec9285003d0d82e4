import Foundation

/// Folds a place name to a lookup key so that spelling variants meet:
/// case, diacritics, apostrophes, hyphens, dots and spaces, ё/е, 峯/峰, traditional/simplified Chinese
/// and Japanese shinjitai forms.
///
/// "Ben-a-von", "Benavon" and "BENAVON" give one key; so do "U.S.A." and "U S A",
/// "Ладожское" and "Ладожское", "富士山" and "富士山".
public enum NameNormalizer {
    /// The lookup key of a name.
    public static func key(_ name: String) -> String {
        // ASCII: normalisation is the identity and no fold applies; lower-case and drop separators
        // directly (Foundation's NFD/NFC were most of the cost of compiling a gazetteer's names).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for b in name.utf8 where !isSeparator(Unicode.Scalar(b)) {
                bytes.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        if let key = PlainScriptKey.key(name) { return key }
        return unicodeKey(name)
    }

    /// The general key: Foundation's NFD, marks dropped, lower case, folds, NFC.
    static func unicodeKey(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var lastBase: Unicode.Scalar = " "
        // NFD first, so that a precomposed "é" becomes "e" + U+0301 and the mark can be dropped.
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                // Drop accents on Latin, Greek and Cyrillic letters only: kana voicing marks
                // (が = か + ゛) and Hangul jamo carry meaning.
                if lastBase.value < 0x0530 { continue }
                out.append(scalar)
                continue
            }
            if isSeparator(scalar) { continue }
            lastBase = scalar
            for lower in String(scalar).lowercased().unicodeScalars {
                out.append(fold(lower))
            }
        }
        // Re-compose what is left (kana with voicing marks) so keys compare canonically.
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// True for characters that only separate or decorate words in names: spaces, hyphens, dots, apostrophes.
    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2000...0x200B, 0x3000: return true           // spaces
        case 0x2D, 0x2010...0x2015, 0x2212, 0x30FB, 0xFF0D, 0x00B7: return true              // hyphens, dashes, middle dots
        case 0x2E, 0xFF0E: return true                                                       // full stops (U.S.A.)
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x02B9: return true  // apostrophes
        default: return false
        }
    }

    /// Folds one lower-cased scalar: ё→е (after NFD it is е + U+0308, handled by mark removal) and CJK variants.
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if let mapped = cjkFold[s] { return mapped }
        return s
    }

    /// Traditional / Japanese-variant → simplified forms for characters that occur in place names
    /// of the region. Character-level data, not place names: extend it as new texts need.
    static let cjkFold: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, String)] = [
            ("峯", "峰"), ("張", "张"), ("滿", "满"), ("満", "满"), ("國", "国"), ("蘇", "苏"), ("聯", "联"),
            ("連", "连"), ("圖", "图"), ("們", "们"), ("琿", "珲"), ("長", "长"), ("羅", "罗"), ("綏", "绥"),
            ("參", "参"), ("諾", "诺"), ("門", "门"), ("東", "东"), ("亞", "亚"), ("爾", "尔"), ("澤", "泽"),
            ("納", "纳"), ("韓", "韩"), ("鮮", "鲜"), ("臺", "台"), ("灣", "湾"), ("龍", "龙"), ("寧", "宁"),
            ("區", "区"), ("縣", "县"), ("鎮", "镇"), ("島", "岛"), ("灘", "滩"), ("嶺", "岭"), ("河", "河"),
            ("濱", "滨"), ("陽", "阳"), ("會", "会"), ("寧", "宁"), ("錦", "锦"), ("遼", "辽"), ("黑", "黑"),
            ("ー", "ー"), ("條", "条"), ("約", "约"), ("議", "议"), ("爭", "争"), ("戰", "战"), ("軍", "军"),
            ("溝", "沟"), ("撫", "抚"), ("順", "顺"), ("號", "号"), ("碼", "码"), ("頭", "头"), ("雙", "双"),
            ("紅", "红"), ("灣", "湾"), ("岡", "冈"), ("嶼", "屿"), ("邊", "边"), ("壩", "坝"), ("廟", "庙"),
            ("樓", "楼"), ("莊", "庄"), ("關", "关"), ("盧", "卢"), ("濟", "济"), ("廣", "广"), ("慶", "庆"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in pairs {
            guard let f = from.unicodeScalars.first, let t = to.unicodeScalars.first, f != t else { continue }
            map[f] = t
        }
        return map
    }()
}
