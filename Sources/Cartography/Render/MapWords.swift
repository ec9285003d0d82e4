/// The fixed words a map prints (legend, key, sources line) in the map's language: a Russian,
/// Japanese or Chinese map should not carry an English legend. Names and titles come from the data;
/// alt text and SVG group titles stay English (they are metadata for screen readers and search).
struct MapWords: Sendable {
    var legend: String
    var incidents: String
    /// "X claim" in the legend.
    var claim: @Sendable (String) -> String
    /// The viewing party's own line, drawn as the boundary.
    var boundaryAsSeenBy: @Sendable (String) -> String
    var schematic: String
    var uncertain: String
    var disputedArea: String
    /// The other parties' claimed area, in a claimant's view.
    var areaClaimedBy: @Sendable (String) -> String
    var otherParty: String
    var presentDayBorder: @Sendable (String) -> String
    var lake: String
    var river: String
    var hill: String
    var settlement: String
    var marker: String
    var estimatedPosition: String
    var derivedPosition: String
    /// The 16 compass points from north clockwise, as this language abbreviates them on maps.
    var compassPoints: [String]
    /// The label of a derived position: distance, compass point and anchor ("22 km SW of Grodekovo").
    var relativePosition: @Sendable (_ distance: String, _ direction: String, _ anchor: String) -> String
    var incident: String
    var thisMapsIncident: String
    var offThisMap: String
    /// The incident key's last line when `n` incidents found no room in it.
    var moreIncidents: @Sendable (Int) -> String
    var sources: String
    /// "; and N reference works cited in the data".
    var referenceWorks: @Sendable (Int) -> String
    var basemap: String
    var schematicCaveat: String
    var estimatesCaveat: @Sendable (String) -> String
    var bordersNotDrawn: @Sendable (String) -> String
    var madeWith: String
    /// Ends a sentence of the sources line ("." or "。").
    var fullStop: String
    /// Separates the items of a list ("; " or "；").
    var listSeparator: String
    /// Separates sentences (" " in alphabetic scripts, nothing in Chinese and Japanese).
    var sentenceGap: String
    /// Whether a sentence starts with a capital letter.
    var capitalises: Bool
    /// The metre and kilometre symbols ("m"/"km"; Russian writes "м"/"км").
    var metre = "m", kilometre = "km"

    /// The words for a language code, English for any other.
    static func forLanguage(_ lang: String) -> MapWords {
        switch lang {
        case "ru": return .russian
        case "ja": return .japanese
        case "zh": return .chinese
        default: return .english
        }
    }

    /// Sentences joined as the language writes them, each ended with its full stop.
    func sentences(_ parts: [String]) -> String {
        parts.map { $0 + fullStop }.joined(separator: sentenceGap)
    }

    /// A distance as "1.5 km" or "800 m", in this language's unit symbols.
    func distance(_ meters: Double) -> String { units(MapText.distance(meters)) }

    /// Rewrites the unit of an English length label ("5 km", "500 m") in this language's symbols.
    func units(_ english: String) -> String {
        // String + String: Substring + String goes through a generic append whose associated
        // types the runtime looks up by scanning every conformance record (~0.2 ms, once).
        if english.hasSuffix(" km") { return String(english.dropLast(2)) + kilometre }
        if english.hasSuffix(" m") { return String(english.dropLast(1)) + metre }
        return english
    }

    /// A clause list as a sentence, capitalised where the script has capitals.
    func clauses(_ parts: [String]) -> String {
        let joined = parts.joined(separator: listSeparator)
        return capitalises ? joined.prefix(1).uppercased() + joined.dropFirst() : joined
    }

    static let english = MapWords(
        legend: "Legend", incidents: "Incidents",
        claim: { "\($0) claim" }, boundaryAsSeenBy: { "Boundary as \($0) saw it" },
        schematic: " (schematic)", uncertain: " (uncertain)",
        disputedArea: "Disputed area (between the claims)", areaClaimedBy: { "Area claimed by \($0)" }, otherParty: "the other party",
        presentDayBorder: { "Present-day border (±\($0))" }, lake: "Lake", river: "River", hill: "Hill, height",
        settlement: "Settlement", marker: "Boundary marker, point",
        estimatedPosition: "Estimated position: circle of stated uncertainty",
        derivedPosition: "Position derived from a stated distance and bearing",
        compassPoints: ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"],
        relativePosition: { "\($0) \($1) of \($2)" },
        incident: "Incident, numbered by date", thisMapsIncident: "This map's incident", offThisMap: " (off this map)", moreIncidents: { "… and \($0) more, not listed for lack of room" },
        sources: "Sources: ", referenceWorks: { "; and \($0) reference work\($0 == 1 ? "" : "s") cited in the data" },
        basemap: "Basemap: ", schematicCaveat: "claim lines are schematic",
        estimatesCaveat: { "positions marked with circles are estimates (up to ±\($0))" },
        bordersNotDrawn: { "present-day borders not drawn: the available data is only good to ±\($0) at this scale" },
        madeWith: "Made with Borderlines", fullStop: ".", listSeparator: "; ", sentenceGap: " ", capitalises: true)

    static let russian = MapWords(
        legend: "Условные обозначения", incidents: "Инциденты",
        claim: { "\($0): заявленная линия" }, boundaryAsSeenBy: { "Граница по позиции стороны: \($0)" },
        schematic: " (схематично)", uncertain: " (неточно)",
        disputedArea: "Спорная территория (между линиями)", areaClaimedBy: { "Территория, на которую претендует: \($0)" },
        otherParty: "другая сторона",
        presentDayBorder: { "Современная граница (±\($0))" }, lake: "Озеро", river: "Река", hill: "Высота, отметка",
        settlement: "Населённый пункт", marker: "Пограничный знак, пункт",
        estimatedPosition: "Предполагаемое положение: круг погрешности",
        derivedPosition: "Положение по указанным расстоянию и направлению",
        compassPoints: ["С", "ССВ", "СВ", "ВСВ", "В", "ВЮВ", "ЮВ", "ЮЮВ", "Ю", "ЮЮЗ", "ЮЗ", "ЗЮЗ", "З", "ЗСЗ", "СЗ", "ССЗ"],
        relativePosition: { "\($0) к \($1) от \($2)" },
        incident: "Инцидент, номер по дате", thisMapsIncident: "Инцидент этой карты", offThisMap: " (вне карты)", moreIncidents: { "… и ещё \($0): не поместились" },
        sources: "Источники: ", referenceWorks: { "; справочных изданий в данных: \($0)" },
        basemap: "Картографическая основа: ", schematicCaveat: "линии притязаний схематичны",
        estimatesCaveat: { "положения в кругах приблизительны (до ±\($0))" },
        bordersNotDrawn: { "современные границы не показаны (точность данных лишь ±\($0))" },
        madeWith: "Создано в Borderlines", fullStop: ".", listSeparator: "; ", sentenceGap: " ", capitalises: true,
        metre: "м", kilometre: "км")

    static let japanese = MapWords(
        legend: "凡例", incidents: "事件",
        claim: { "\($0)の主張線" }, boundaryAsSeenBy: { "\($0)の見解による境界" },
        schematic: "（概略）", uncertain: "（不確実）",
        disputedArea: "係争地域（両主張線の間）", areaClaimedBy: { "\($0)が主張する地域" }, otherParty: "相手方",
        presentDayBorder: { "現在の国境（±\($0)）" }, lake: "湖", river: "河川", hill: "高地・標高",
        settlement: "集落", marker: "境界標・地点",
        estimatedPosition: "推定位置：誤差円", derivedPosition: "記載された距離と方位から求めた位置",
        compassPoints: ["北", "北北東", "北東", "東北東", "東", "東南東", "南東", "南南東", "南", "南南西", "南西", "西南西", "西", "西北西", "北西", "北北西"],
        relativePosition: { "\($2)の\($1)\($0)" },
        incident: "事件（日付順の番号）", thisMapsIncident: "本図の事件", offThisMap: "（図外）", moreIncidents: { "…ほか\($0)件（紙面の都合で省略）" },
        sources: "出典：", referenceWorks: { "、ほかデータ中の参考文献\($0)件" },
        basemap: "基図：", schematicCaveat: "主張線は概略",
        estimatesCaveat: { "円で示した位置は推定（最大±\($0)）" },
        bordersNotDrawn: { "現在の国境は省略：利用できるデータの精度はこの縮尺で±\($0)にとどまる" },
        madeWith: "Borderlinesで作成", fullStop: "。", listSeparator: "、", sentenceGap: "", capitalises: false)

    static let chinese = MapWords(
        legend: "图例", incidents: "事件",
        claim: { "\($0)主张线" }, boundaryAsSeenBy: { "\($0)认定的边界" },
        schematic: "（示意）", uncertain: "（不确定）",
        disputedArea: "争议地区（两条主张线之间）", areaClaimedBy: { "\($0)主张的地区" }, otherParty: "另一方",
        presentDayBorder: { "现今国界（±\($0)）" }, lake: "湖泊", river: "河流", hill: "高地、海拔",
        settlement: "居民点", marker: "界桩、地点",
        estimatedPosition: "推定位置：误差圆", derivedPosition: "由所述距离和方位推算的位置",
        compassPoints: ["北", "北偏东", "东北", "东偏北", "东", "东偏南", "东南", "南偏东", "南", "南偏西", "西南", "西偏南", "西", "西偏北", "西北", "北偏西"],
        relativePosition: { "\($2)\($1)\($0)" },
        incident: "事件（按日期编号）", thisMapsIncident: "本图所示事件", offThisMap: "（图外）", moreIncidents: { "…另有\($0)项（因篇幅所限未列出）" },
        sources: "资料来源：", referenceWorks: { "；及数据中引用的参考文献\($0)种" },
        basemap: "底图：", schematicCaveat: "主张线为示意",
        estimatesCaveat: { "以圆圈标示的位置为估计值（最大±\($0)）" },
        bordersNotDrawn: { "未绘现今国界：现有数据在此比例尺下精度仅为±\($0)" },
        madeWith: "由Borderlines制作", fullStop: "。", listSeparator: "；", sentenceGap: "", capitalises: false)
}

extension MapDrawing {
    /// The fixed words of this map, in its language.
    var words: MapWords { MapWords.forLanguage(request.lang) }
}
