/// Generic vocabulary the rules need: toponym class words, treaty and formation words, compass
/// points, units, numbers, months, titles. No place names: those come from the gazetteer.
enum Lexicon {
    /// Broad classes of place a generic word points to; matched against `Place.type`.
    enum TypeClass: UInt8, Sendable {
        case lake, river, hill, sea, bay, settlement, admin, point, region

        /// True when a place type belongs to this class.
        func admits(_ type: String) -> Bool {
            switch self {
            case .lake: return type == "lake" || type == "water"
            case .river: return type == "river"
            case .hill: return type == "hill"
            case .sea: return type == "sea" || type == "water"
            case .bay: return type == "bay" || type == "water"
            case .settlement: return type == "settlement"
            case .admin: return type == "admin" || type == "region"
            case .point: return type == "point" || type == "marker"
            case .region: return type == "region" || type == "admin" || type == "polity"
            }
        }

        /// The `kind` reported for a toponym of this class that the gazetteer lacks.
        var kindName: String {
            switch self {
            case .lake: return "lake"
            case .river: return "river"
            case .hill: return "hill"
            case .sea: return "sea"
            case .bay: return "bay"
            case .settlement: return "settlement"
            case .admin: return "admin"
            case .point: return "point"
            case .region: return "region"
            }
        }
    }

    /// Generic words written *before* a name and kept in its span ("Lake Ilmen", "Hill 101", "озера Ильмень").
    static let genericBefore: [(String, TypeClass)] = [
        ("lake", .lake), ("hill", .hill), ("height", .hill), ("mount", .hill), ("mt", .hill), ("cape", .point),
        ("marker", .point), ("river", .river), ("fort", .settlement), ("port", .settlement),
        // Russian, every case form of the usual generic nouns.
        ("озеро", .lake), ("озера", .lake), ("озеру", .lake), ("озером", .lake), ("озере", .lake), ("оз", .lake),
        ("река", .river), ("реки", .river), ("реке", .river), ("реку", .river), ("рекой", .river), ("р", .river),
        ("сопка", .hill), ("сопки", .hill), ("сопке", .hill), ("сопку", .hill), ("сопкой", .hill),
        ("высота", .hill), ("высоты", .hill), ("высоте", .hill), ("высоту", .hill), ("высотой", .hill), ("выс", .hill),
        ("гора", .hill), ("горы", .hill), ("горе", .hill), ("гору", .hill), ("горой", .hill),
        ("залив", .bay), ("залива", .bay), ("заливе", .bay), ("заливу", .bay), ("заливом", .bay),
        ("станция", .settlement), ("станции", .settlement), ("станцию", .settlement), ("станцией", .settlement), ("ст", .settlement),
        ("посёлок", .settlement), ("поселок", .settlement), ("посёлка", .settlement), ("поселка", .settlement), ("посёлке", .settlement),
        ("поселке", .settlement), ("село", .settlement), ("села", .settlement), ("селе", .settlement),
        ("город", .settlement), ("города", .settlement), ("городе", .settlement), ("г", .settlement),
    ]

    /// "Sea of", "Gulf of", "Bay of": generic phrases before a name, kept in its span.
    static let genericOfBefore: [(String, TypeClass)] = [("sea", .sea), ("gulf", .bay), ("bay", .bay), ("straits", .sea), ("strait", .sea)]

    /// English generic words written *after* a name: outside the span, but they choose the id.
    static let genericAfter: [(String, TypeClass)] = [
        ("lake", .lake), ("lakes", .lake), ("river", .river), ("rivers", .river), ("hill", .hill), ("hills", .hill),
        ("height", .hill), ("heights", .hill), ("mountain", .hill), ("mountains", .hill), ("peak", .hill), ("ridge", .hill),
        ("bay", .bay), ("gulf", .bay), ("sea", .sea), ("district", .admin), ("region", .admin), ("province", .admin),
        ("raion", .admin), ("county", .admin), ("oblast", .admin), ("krai", .admin), ("prefecture", .admin),
        ("town", .settlement), ("city", .settlement), ("village", .settlement), ("station", .settlement),
        ("settlement", .settlement), ("harbour", .settlement), ("harbor", .settlement),
        ("barrier", .point), ("outpost", .point), ("post", .point), ("marker", .point), ("obo", .point), ("pass", .point),
    ]

    /// Generic suffixes of Chinese and Japanese names ("…湖", "…河"): part of the name, and a type hint.
    static let cjkGenericSuffix: [(String, TypeClass)] = [
        ("湖", .lake), ("池", .lake), ("河", .river), ("江", .river), ("川", .river), ("峰", .hill), ("山", .hill),
        ("高地", .hill), ("湾", .bay), ("海", .sea), ("市", .settlement), ("村", .settlement), ("站", .settlement),
        ("駅", .settlement), ("镇", .settlement), ("県", .admin), ("县", .admin), ("区", .admin),
    ]

    /// Words that make a following toponym a treaty reference ("Treaty of X") or a preceding one ("the X agreement").
    static let treatyWords: [String] = [
        "agreement", "agreements", "protocol", "protocols", "treaty", "treaties", "convention", "conventions",
        "accord", "accords", "map", "maps",
        "договор", "договора", "договору", "договором", "договоре", "протокол", "протокола", "протоколу",
        "протоколом", "протоколе", "протоколы", "соглашение", "соглашения", "соглашению", "соглашением",
        "соглашении", "конвенция", "конвенции", "конвенцию", "конвенцией", "карта", "карты", "карте", "карту",
    ]

    /// Words that may stand between a toponym and the treaty word ("the Vienna boundary protocol").
    static let treatyQualifiers: [String] = ["boundary", "border", "frontier", "additional", "supplementary", "peace", "demarcation", "and", "other", "the"]

    /// Suffixes of Chinese and Japanese treaty names ("维也纳条约", "北京条约").
    static let cjkTreatySuffixes: [String] = ["条約", "条约", "協定", "协定", "議定書", "议定书", "界約", "界约", "約", "约", "合約", "合约"]

    /// Military formation words: a toponym inside "the Rhine Army", "the Alpine border detachment" is not a mention.
    static let formationWords: [String] = [
        "army", "armies", "division", "divisions", "regiment", "regiments", "corps", "brigade", "brigades",
        "detachment", "detachments", "battalion", "battalions", "fleet", "flotilla", "front", "garrison",
        "squadron",
    ]

    /// Words that may stand between a toponym and its formation word ("Alpine border detachment").
    static let formationQualifiers: [String] = [
        "border", "frontier", "rifle", "infantry", "cavalry", "mechanized", "mechanised", "motorized", "motorised",
        "tank", "guards", "guard", "military", "special", "red", "banner", "expeditionary", "garrison", "air",
    ]

    /// Suffixes of CJK formation names and demonym/language compounds: "関東軍", "日本人", "ロシア語".
    static let cjkNonPlaceSuffixes: [String] = ["軍", "军", "兵", "師団", "师团", "部隊", "部队", "人", "語", "语", "族"]

    /// The first scalars of `cjkNonPlaceSuffixes`, `cjkTreatySuffixes` and `cjkGenericSuffix`.
    static let cjkSuffixStarts: Set<UInt32> = Set((cjkNonPlaceSuffixes + cjkTreatySuffixes + cjkGenericSuffix.map(\.0)).compactMap { $0.unicodeScalars.first?.value })

    /// Titles before a person's name ("Lt. Kraskin", "General Grodekov").
    static let titles: [String] = [
        "mr", "mrs", "ms", "dr", "lt", "lieut", "lieutenant", "col", "colonel", "gen", "general", "maj", "major",
        "capt", "captain", "sgt", "sergeant", "marshal", "comrade", "ambassador", "minister", "commissar", "admiral",
        "prince", "count", "baron", "sir", "st", "saint", "president", "premier", "envoy", "consul", "m",
        "товарищ", "генерал", "полковник", "лейтенант", "маршал", "посол", "г-н", "господин",
    ]

    /// Capitalised function words that never start a toponym pattern ("The River" is not a river called "The").
    static let capitalisedStopwords: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
        "on", "in", "at", "of", "to", "from", "by", "and", "or", "but", "if", "as", "for", "with", "no", "one",
        "north", "south", "east", "west", "upper", "lower", "great", "little", "new", "old", "big", "small",
        "first", "second", "third", "same", "other", "another", "every", "each", "some", "any", "all",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Adjectival endings of demonyms: a word that is a name plus one of these is an adjective ("Bavarian").
    static let demonymSuffixes: [String] = ["n", "an", "ian", "ese", "ic", "ish", "i", "ean", "ans", "ians", "ns", "ite", "ites", "er", "ers"]

    /// Demonyms and adjectives not derivable from a name by a suffix.
    static let irregularDemonyms: [String] = ["soviet", "soviets", "sino", "russo", "nippon", "nipponese", "manchu", "manchus", "mongol", "mongols", "dutch", "french", "british", "english", "swiss"]

    /// Words before a name that favour water features ("crossed the Tweed").
    static let waterCues: [String] = [
        "crossed", "cross", "crossing", "across", "along", "bank", "banks", "upstream", "downstream", "mouth",
        "ford", "forded", "waters", "shore", "shores", "estuary", "swam", "bridge", "bridged",
    ]

    /// Words before a name that favour settlements ("detrained at Berwick").
    static let settlementCues: [String] = [
        "detrained", "entrained", "arrived", "station", "town", "city", "village", "railway", "reached", "garrisoned",
        "telegram", "consulate", "mayor",
    ]

    /// Prepositions that take a settlement without an article ("at Berwick", "in Paris").
    static let settlementPrepositions: [String] = ["at", "in", "to", "from", "into", "via", "towards", "toward", "through", "outside"]

    /// English month names and abbreviations, with their number.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
        // Russian genitive (the form after a day number) and nominative.
        ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7),
        ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
        ("январь", 1), ("февраль", 2), ("март", 3), ("апрель", 4), ("май", 5), ("июнь", 6), ("июль", 7),
        ("август", 8), ("сентябрь", 9), ("октябрь", 10), ("ноябрь", 11), ("декабрь", 12),
    ]

    /// Words before a date that qualify it ("before July 29").
    static let dateQualifiers: [String] = ["before", "after", "until", "till", "since", "by", "about", "around", "circa", "до", "после", "с", "к", "около"]

    /// Distance units in metres.
    static let units: [(String, Double)] = [
        ("km", 1000), ("kms", 1000), ("kilometer", 1000), ("kilometers", 1000), ("kilometre", 1000), ("kilometres", 1000),
        ("mile", 1609.344), ("miles", 1609.344), ("verst", 1066.8), ("versts", 1066.8), ("li", 500),
        ("m", 1), ("meter", 1), ("meters", 1), ("metre", 1), ("metres", 1),
        ("км", 1000), ("километр", 1000), ("километра", 1000), ("километров", 1000), ("километрах", 1000),
        ("верста", 1066.8), ("версты", 1066.8), ("верст", 1066.8), ("вёрст", 1066.8), ("верстах", 1066.8),
        ("ли", 500), ("м", 1), ("метров", 1),
    ]

    /// CJK distance units in metres.
    static let cjkUnits: [(String, Double)] = [
        ("公里", 1000), ("千米", 1000), ("キロメートル", 1000), ("キロ", 1000), ("粁", 1000), ("km", 1000),
        ("华里", 500), ("華里", 500), ("里", 500), ("米", 1), ("メートル", 1),
    ]

    /// English number words.
    static let numberWords: [(String, Double)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
        ("ninety", 90), ("hundred", 100), ("a", 1), ("an", 1), ("half", 0.5),
    ]

    /// Russian compass adverbs ("юго-западнее X") and dative forms after «к» ("к юго-западу от X"), as azimuths.
    static let russianCompass: [(String, Double)] = [
        ("севернее", 0), ("северо-восточнее", 45), ("восточнее", 90), ("юго-восточнее", 135), ("южнее", 180),
        ("юго-западнее", 225), ("западнее", 270), ("северо-западнее", 315),
        ("северу", 0), ("северо-востоку", 45), ("востоку", 90), ("юго-востоку", 135), ("югу", 180),
        ("юго-западу", 225), ("западу", 270), ("северо-западу", 315),
    ]
}
