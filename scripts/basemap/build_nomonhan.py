#!/usr/bin/env python3
"""Generate the hand-made part of GeoData/nomonhan-1939.geojson (Khalkhin Gol / Nomonhan, 1939).

Writes the dispute, sources, places, claims, incidents and events from the research notes
(../shared/research/facts.md §4, §6.4, §7.2, §8) and the canonical ids
(../shared/spec/canonical-ids.json). The two claim lines take their vertices from GSHHG 2.3.7 /
WDBII through gmt (the same dumps and the same 6-decimal grid as the imported basemap):

- claim-japan-manchukuo: the WDBII Khalkhin Gol between the two points where the present-day
  Mongolia-China border meets it (north: near 118.43 E 48.00 N, where the border starts to follow
  the river downstream; south: near 119.32 E 47.42 N, where the river crosses the border);
- claim-mongolia-ussr: the WDBII Mongolia-China border between the same two points, pinned to
  Nomonhan Burd Obo (facts.md §4, HIGH), which WDBII passes at about 0.7 km.

Basemap features owned by the GSHHG import (import-gshhg.sh) that are already in the output
file are kept after the hand-made features, so

    python3 scripts/basemap/build_nomonhan.py && scripts/basemap/import-gshhg.sh GeoData/nomonhan-1939.geojson

regenerates the committed file byte for byte (either step alone is idempotent). Names not found
in facts.md and without a citation get "attested": false.

Usage: build_nomonhan.py [OUT.geojson] [--shared DIR]
Needs gmt (>= 6) with gmt-gshhg-full, python3 with shapely >= 2 and pyproj.
"""
import argparse
import json
import math
import os
import sys

import shapely
from shapely.geometry import LineString, Point
from shapely.ops import polygonize, substring, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import geojson_format  # noqa: E402
import gshhg2geojson as gg  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("out", nargs="?", default=os.path.join(ROOT, "GeoData", "nomonhan-1939.geojson"))
ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
ARGS = ap.parse_args()

CANON = json.load(open(os.path.join(ARGS.shared, "spec", "canonical-ids.json"), encoding="utf-8"))["places"]
FACTS = open(os.path.join(ARGS.shared, "research", "facts.md"), encoding="utf-8").read()
G = gg.GEOD

UNVERIFIED = "unverified — digitise from a map before release"


# ---------------------------------------------------------------- helpers
def ref(src, note=None, page=None):
    c = {"source": src}
    if page:
        c["page"] = page
    if note:
        c["note"] = note
    return c


def R(note):
    return {"source": "borderlines-research", "note": note}


S = []


def src(id, title, url=None, **kw):
    d = {"id": id, "kind": kw.pop("kind", "reference"), "title": title}
    if url:
        d["url"] = url
    d.update(kw)
    S.append(d)


F = []


def N(toponym, lang, note=None, cit=None):
    d = {"toponym": toponym, "lang": lang}
    if note:
        d["note"] = note
    if cit:
        d["citations"] = cit
    return d


def place(id, title, type, names, certainty, cit, coord="canon", unc=None, note=None, **extra):
    if coord == "canon":
        coord = CANON[id]["coord"]
    geom = {"type": "Point", "coordinates": list(coord)} if coord else None
    p = {"kind": "place", "id": id, "title": title, "type": type, "names": names, "certainty": certainty}
    if unc is not None:
        p["uncertainty_m"] = unc
    p.update(extra)
    if note:
        p["note"] = note
    p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": geom, "properties": p})


# ---------------------------------------------------------------- sources
src("borderlines-research", "Borderlines research notes (facts.md): compiled coordinates, derivations and confidence grades",
    note="Project research file (../shared/research/facts.md). Cited for derived values; the derivation is in each citation's note.")
src("gshhg", "GSHHG 2.3.7 — Global Self-consistent, Hierarchical, High-resolution Geography Database (shorelines; WDBII rivers and borders)",
    "https://www.soest.hawaii.edu/pwessel/gshhg/", kind="dataset", license="LGPL-3.0",
    attribution="Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, hierarchical, high-resolution shoreline database, J. Geophys. Res., 101(B4), 8741-8743. Rivers and borders from the CIA World Data Bank II.",
    note="Imported with GMT 6.4 (`gmt coast -M`), Debian package gmt-gshhg-full 2.3.7; see scripts/basemap/import-gshhg.sh. "
         "The claim lines of this file take their vertices from its WDBII river and border lines (scripts/basemap/build_nomonhan.py).")
src("wiki-en-battles-khalkhin-gol", "Battles of Khalkhin Gol — English Wikipedia (read via mirror)", "https://www.liquisearch.com/battles_of_khalkhin_gol",
    canonical_url="https://en.wikipedia.org/wiki/Battles_of_Khalkhin_Gol")
src("wiki-en-khalkha-river", "Khalkha River — English Wikipedia (2017 copy)",
    "http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_2017-08/A/Khalkha_River.html",
    canonical_url="https://en.wikipedia.org/wiki/Khalkha_River")
src("wiki-en-nomonhan-burd-obo", "Nomonhan Burd Obo — English Wikipedia (quoted on a mirror page, with the IMTFE passage of January 1948)",
    "https://jmedia.wiki/%E3%82%BD%E9%80%A3/Nomonhan", canonical_url="https://en.wikipedia.org/wiki/Nomonhan_Burd_Obo")
src("wiki-en-nomonhan-2017", "Nomonhan — English Wikipedia (2017 copy)", "http://the-uncensored-wiki.com:20072/n/o/m/Nomonhan.html")
src("wiki-it-handagai", "Handagai / Nomonhan — Italian Wikipedia (read via mirror)", "https://deit.xcv.wiki/wiki/Nomonhan")
src("wiki-en-khalkhgol", "Khalkhgol (sum) — English Wikipedia (read via mirror)", "http://wiki.nitrosworld.org/wiki/Khalkhgol",
    canonical_url="https://en.wikipedia.org/wiki/Khalkhgol")
src("pacificwrecks-sumber", "Sumber (Sümber), Mongolia — Pacific Wrecks", "https://pacificwrecks.com/location/mongolia_sumber.html")
src("filmmongolia-yalalt", "Yalalt (victory) monument, Khamar Pass — Film Mongolia locations", "https://filmmongolia.gov.mn/location/yalalt-monument")
src("moshchansky-1939", "Ilya Moshchansky, Бои в районе реки Халхин-Гол, 11 мая – 16 сентября 1939 года (read on thelib.ru)",
    "http://thelib.ru/books/moschanskiy_ilya/boi_v_rayone_reki_halhin_gol_11_maya_16_sentyabrya_1939_goda-read.html")
src("book-45252", "Russian-language account of the August 1939 Khalkhin Gol operation (book 45252 on litlife.club / litmir.club)",
    "https://litlife.club/books/45252/read?page=25", also="https://litmir.club/br/?b=45252&p=26")
src("historyback-nomonhan", "The Nomonhan incident, May 1939 — historyback.com", "https://historyback.com/en/world/history/1001010398.html")
src("scandal-mn-16898", "Mongolian news article on the 1939 conflict (the Nomon-khan-Burd-Obo outpost; Zhukov on Japanese maps of 1935)",
    "http://scandal.mn/index.php?newsid=16898")
src("beevor-khalkhin-gol", "Antony Beevor on Khalkhin Gol (The Second World War, quoted in a mailing-list post)",
    "https://mlm2.listserve.net/pipermail/salon/20240227/msg00000.html")
src("imtfe-virginia", "IMTFE, Soviet prosecution phase (University of Virginia IMTFE collection)", "http://imtfe.law.virginia.edu/collections/page-8-143",
    note="facts.md §4 and §7.2 cite the Soviet prosecution (Komatsubara's 23rd Division; the 1935 Halhin-Sumey incident); page not re-read for this file.")
src("warfarehistory-nomonhan", "Russo-Japanese clash at the Battle of Nomonhan — Warfare History Network",
    "https://warfarehistorynetwork.com/russo-japanese-clash-at-the-battle-of-nomonhan/",
    note="Outlier: puts the Mongolian line 30 miles east of the river; not used (facts.md §6.4).")

# ---------------------------------------------------------------- places
PARTIES_BOTH = ["japan-manchukuo", "mongolia-ussr"]

place("khalkhin-gol", "Khalkhin Gol", "river", [
    N("Khalkhin Gol", "en"), N("Khalkhin-Gol", "en"), N("Khalkhyn Gol", "en"), N("Khalkha River", "en"), N("Khalkh River", "en"),
    N("Halha", "en", "Japanese-derived form"), N("Halha River", "en"), N("Halh", "en"), N("Khalkha", "en"),
    N("Ha-lo-hsin Ho", "en", "older Chinese romanisation (facts.md §8)"),
    N("Халхин-Гол", "ru"), N("река Халхин-Гол", "ru"),
    N("Халхын гол", "mn"), N("Халх гол", "mn", "nominative form"),
    N("ハルハ河", "ja"),
    N("哈拉哈河", "zh", "same characters in traditional script"), N("Halaha He", "zh-Latn-pinyin"),
], "certain", [
    ref("wiki-en-battles-khalkhin-gol", "article coordinate 47°43′49″N 118°35′24″E (the representative point)"),
    ref("wiki-en-khalkha-river", "233 km; source 47.08083 N 120.48778 E; bifurcation 48.033179 N 118.134290 E; mouth in Buir Lake 47.89556 N 117.83556 E"),
    R("Representative point = the Battles of Khalkhin Gol article coordinate (facts.md §4, HIGH as a reference point); the line is basemap feature khalkhin-gol-river (WDBII), which runs about 2 km west of this point."),
], unc=1000, note="Point is the battle reference point on the east bank near the Holsten confluence, not the river's extent; the river line is basemap feature khalkhin-gol-river.")

place("nomonhan", "Nomonhan Burd Obo (Nomonhan)", "marker", [
    N("Nomonhan", "en"), N("Nomon-Khan", "en"), N("Nomonhan Burd Obo", "en"), N("Nomon-Khan-Burd-Obo", "en"), N("Nomhan Burd", "en"),
    N("Номонхан", "ru"), N("Номон-Хан-Бурд-Обо", "ru"), N("Номон-Хан", "ru"),
    N("Номон хан-Бүрд овоо", "mn"), N("Номонхан", "mn"),
    N("ノモンハン", "ja"),
    N("诺门罕", "zh"), N("諾門罕", "zh-Hant"),
    N("诺门罕布日德嘎查", "zh", "the modern village (gaqaa) Nomhan Burd, Handagai sum, New Barag Left Banner; for 1939 the obo point is used"),
], "certain", [
    ref("wiki-en-nomonhan-burd-obo", "47°46′24″N 118°45′24″E; IMTFE (Jan 1948): 'There are two obos and the boundary line runs between these two obos … Nomonhan Burd Obo itself is located on a hill near the Khailastyn Gol river.'"),
    ref("wiki-it-handagai", "the gaqaa 'Nomhan Burd' is also known as Nomonhan; Handagai sum seat 47°42′N 119°8′E"),
    R("13.4 km ENE of the battle reference point (computed, facts.md §4). The modern village (sum seat 119.133 E, 47.70 N) is not used for 1939."),
], unc=100, note="Cairn / boundary marker (Yongzheng era) that gave the Japanese name of the incident. The Mongolian/Soviet claim line passes through it.")

place("khalkhgol-sum", "Khalkhgol sum centre (Sümber)", "settlement", [
    N("Khalkhgol", "en"), N("Khalkhgol sum", "en"), N("Sümber", "en"), N("Sumber", "en"), N("Sumbur", "en"), N("Sambur Obo", "en"),
    N("Tsagaannuur", "en"),
    N("Халхгол", "ru"),
    N("Халхгол сум", "mn"), N("Сүмбэр", "mn"),
], "certain", [
    ref("wiki-en-khalkhgol", "47°37′53″N 118°37′3″E"),
    ref("pacificwrecks-sumber", "Sümber was a Mongolian border outpost in 1939, inside Soviet–Mongolian lines"),
], unc=500, note="On the west bank. Japanese and Chinese names were not found in the sources read.")

place("khamar-daba", "Khamar-Daba (Zhukov's command post)", "hill", [
    N("Khamar-Daba", "en"), N("Khamar Davaa", "en"), N("Hamar-Daba", "en"), N("Khamar Pass", "en"),
    N("Хамар-Даба", "ru"), N("Хамар даваа", "mn"),
], "uncertain", [
    ref("filmmongolia-yalalt", "'the victory monument on Khamar Pass, 800 m a.s.l., west of the centre of Sumber sum'; no coordinate"),
    R("UNVERIFIED placeholder (≈118.58 E, ≈47.64 N, ±5 km; facts.md §4), west of the Sümber sum centre as the source says."),
], unc=5000, note="UNVERIFIED position (±5 km): " + UNVERIFIED + ". Zhukov's command post; today the Khamar Davaa victory monument.")

place("holsten-river", "Holsten (Khailastyn Gol)", "river", [
    N("Holsten", "en"), N("Holsten River", "en"), N("Khailastyn Gol", "en"), N("Hailastyn Gol", "en"),
    N("Хайластын-Гол", "ru"), N("Хайластын гол", "mn"), N("ホルステン河", "ja"),
], "uncertain", [
    R("UNVERIFIED: no coordinate found; the confluence with the Khalkhin Gol is assumed to be near the battle reference point (≈118.59 E, ≈47.73 N; facts.md §4)."),
    ref("wiki-en-nomonhan-burd-obo", "IMTFE: Nomonhan Burd Obo 'is located on a hill near the Khailastyn Gol river'"),
], unc=5000, note="UNVERIFIED position of the confluence (±5 km): " + UNVERIFIED + ". Right (east-bank) tributary flowing west into the Khalkhin Gol; not in WDBII, so no line is drawn.")

place("bain-tsagan", "Bain-Tsagan", "hill", [
    N("Bain-Tsagan", "en"), N("Bayan Tsagaan", "en"), N("Mount Bain-Tsagan", "en"),
    N("Баин-Цаган", "ru"), N("гора Баин-Цаган", "ru"), N("Баян цагаан", "mn"),
], "uncertain", [
    ref("moshchansky-1939", "scene of the 2–5 July 1939 battle, on the west bank north of the Holsten confluence; no coordinate"),
    R("UNVERIFIED placeholder (≈118.55 E, ≈47.80 N, ±5 km; facts.md §4)."),
], unc=5000, note="UNVERIFIED position (±5 km): " + UNVERIFIED + ". West bank, north of the Holsten confluence.")

place("remizov-heights", "Remizov height", "hill", [
    N("Remizov height", "en"), N("Remizov Heights", "en"),
    N("высота Ремизова", "ru"),
    N("バルシャガル高地", "ja", "Balshagal heights: recalled in facts.md, UNVERIFIED"),
], "uncertain", [
    ref("book-45252", "north of the Khailastyn Gol; on 27 Aug Soviet units held the south bank and crossed to the north bank; Remizov height was the last holdout on 28 Aug", page="litmir p. 26"),
    R("UNVERIFIED placeholder (≈118.70 E, ≈47.76 N; facts.md §4); no stated error, ±5 km assumed as for the other battlefield points."),
], unc=5000, note="UNVERIFIED position (±5 km): " + UNVERIFIED + ". East bank, north of the Khailastyn Gol. Named after Major I. M. Remizov; the Japanese name is unverified.")

place("fui-heights", "Fui heights", "hill", [
    N("Fui heights", "en"), N("Fui height", "en"),
    N("высота Фуи", "ru"), N("フイ高地", "ja"),
], "uncertain", [
    ref("book-45252", "Fui height fell about 23–24 Aug, when the northern group reached Nomon-Khan-Burd-Obo", page="litlife p. 25"),
    R("UNVERIFIED placeholder (≈118.68 E, ≈47.82 N; facts.md §4); no stated error, ±5 km assumed as for the other battlefield points."),
], unc=5000, note="UNVERIFIED position (±5 km): " + UNVERIFIED + ". Northern sector, east bank.")

POL = [
    ("mongolia", "Mongolia", "polity", [
        N("Mongolia", "en"), N("Mongolian People's Republic", "en"), N("M.P.R.", "en"), N("MPR", "en"), N("Outer Mongolia", "en"),
        N("Монголия", "ru"), N("МНР", "ru"), N("Монгольская Народная Республика", "ru"),
        N("Монгол Улс", "mn"), N("БНМАУ", "mn"), N("Бүгд Найрамдах Монгол Ард Улс", "mn"),
        N("モンゴル", "ja"), N("モンゴル人民共和国", "ja"), N("外蒙古", "ja"),
        N("蒙古", "zh"), N("蒙古人民共和国", "zh"), N("蒙古人民共和國", "zh-Hant")],
        "The Mongolian People's Republic (1924–1992), allied with the USSR (1936 protocol of mutual assistance)."),
    ("manchukuo", "Manchukuo", "polity", [
        N("Manchukuo", "en"), N("Manchoukuo", "en"), N("Manchuguo", "en"), N("Маньчжоу-го", "ru"), N("満洲国", "ja"), N("Manshūkoku", "ja-Latn"),
        N("满洲国", "zh"), N("滿洲國", "zh-Hant")],
        "Japanese puppet state, 1932–1945."),
    ("japan", "Japan", "polity", [N("Japan", "en"), N("Япония", "ru"), N("Япон", "mn"), N("日本", "ja"), N("日本", "zh")], None),
    ("ussr", "USSR", "polity", [
        N("USSR", "en"), N("U.S.S.R.", "en"), N("Soviet Union", "en"), N("СССР", "ru"), N("Советский Союз", "ru"),
        N("ЗХУ", "mn"), N("Зөвлөлт Холбоот Улс", "mn"), N("ソ連", "ja"), N("ソビエト連邦", "ja"), N("苏联", "zh"), N("蘇聯", "zh-Hant")],
        "Polity, 1922–1991."),
    ("china", "China", "polity", [N("China", "en"), N("Китай", "ru"), N("Хятад", "mn"), N("中国", "ja"), N("中国", "zh"), N("中國", "zh-Hant")],
        "Today's state on the east side of the border (Inner Mongolia); in 1939 the area was Manchukuo's."),
]
for id, title, type, names, note in POL:
    place(id, title, type, names, "certain", [R("Polity without a point geometry (facts.md §3).")], coord=None,
          note=(note + " " if note else "") + "No point: shown by name.")

# ---------------------------------------------------------------- claim lines from WDBII
OBO = tuple(CANON["nomonhan"]["coord"])           # (118.75667, 47.77333), facts.md §4 HIGH
REF = tuple(CANON["khalkhin-gol"]["coord"])       # battle reference point
BOX = gg.NOMONHAN_BOXES[0]
DEC = BOX["decimals"]
PIN_TAPER_M = 8000.0                               # the obo shift fades out over 8 km along the line each way

river = gg.wdbii_khalkhin_gol(DEC)                # downstream: source -> Buir Nuur
border_all = gg.lines_in_box(gg.gmt_segments(BOX["region"], BOX["res"], "-N1"), BOX["region"], DEC)
border = min(getattr(border_all, "geoms", [border_all]), key=lambda l: l.distance(Point(OBO)))

# Crossings of the river and the border, by position along the river (downstream).
cross = river.intersection(border)
pts = sorted({(round(p.x, DEC), round(p.y, DEC)) for p in getattr(cross, "geoms", [cross]) if p.geom_type == "Point"},
             key=lambda q: river.project(Point(q)))
ref_pos = river.project(Point(REF))
south = max((q for q in pts if river.project(Point(q)) < ref_pos), key=lambda q: river.project(Point(q)))  # upstream of the battlefield
north = min((q for q in pts if river.project(Point(q)) > ref_pos), key=lambda q: river.project(Point(q)))  # downstream


def reach(line, a, b):
    """The part of line between the points nearest a and b, drawn from a to b, ending exactly at a and b."""
    pa, pb = line.project(Point(a)), line.project(Point(b))
    part = substring(line, min(pa, pb), max(pa, pb))
    c = list(part.coords)
    if pa > pb:
        c = c[::-1]
    c = [tuple(round(v, DEC) for v in q) for q in c[1:-1]]
    out = [a]
    for q in c + [b]:
        if q != out[-1]:
            out.append(q)
    return out


def metric(lat0):
    kx = 111320.0 * math.cos(math.radians(lat0))
    return kx, 110574.0


def pin(coords, target, taper_m):
    """Insert the point of the line nearest `target` and shift the line so it passes through `target`:
    the shift is full there and fades linearly to zero `taper_m` along the line either way (ends fixed)."""
    line = LineString(coords)
    s0 = line.project(Point(target))
    q = line.interpolate(s0)
    # insert q as a vertex
    acc, out, inserted = 0.0, [coords[0]], False
    for a, b in zip(coords, coords[1:]):
        seg = math.dist(a, b)
        if not inserted and acc + seg >= s0:
            if (q.x, q.y) not in (a, b):
                out.append((q.x, q.y))
            inserted = True
        out.append(b)
        acc += seg
    kx, ky = metric(target[1])
    d = (target[0] - q.x, target[1] - q.y)
    # along-line distance (metres) of every vertex from q
    pos, acc = [], 0.0
    for i, c in enumerate(out):
        if i:
            acc += math.hypot((c[0] - out[i - 1][0]) * kx, (c[1] - out[i - 1][1]) * ky)
        pos.append(acc)
    iq = min(range(len(out)), key=lambda i: math.dist(out[i], (q.x, q.y)))
    res = []
    for i, c in enumerate(out):
        w = max(0.0, 1.0 - abs(pos[i] - pos[iq]) / taper_m)
        if i in (0, len(out) - 1):
            w = 0.0
        res.append((round(c[0] + w * d[0], DEC), round(c[1] + w * d[1], DEC)))
    res[iq] = tuple(target)
    shift_m = G.inv(q.x, q.y, target[0], target[1])[2]
    return res, shift_m


# Both claims are drawn from the southern junction to the northern one (downstream, like the river).
jp_coords = reach(river, south, north)
mn_raw = reach(border, south, north)
mn_coords, obo_shift = pin(mn_raw, OBO, PIN_TAPER_M)
jp_line, mn_line = LineString(jp_coords), LineString(mn_coords)
assert jp_line.is_simple and mn_line.is_simple
touch = jp_line.intersection(mn_line)
assert {(round(p.x, DEC), round(p.y, DEC)) for p in getattr(touch, "geoms", [touch])} == {south, north}, touch
faces = [f for f in polygonize(unary_union([jp_line, mn_line])) if f.area > 0]
area_km2 = sum(abs(G.geometry_area_perimeter(f)[0]) for f in faces) / 1e6
jp_km, mn_km = G.geometry_length(jp_line) / 1000, G.geometry_length(mn_line) / 1000


def sep_at(lat):
    """East-west separation (km) of the two lines at a latitude."""
    h = LineString([(117, lat), (121, lat)])
    a, b = jp_line.intersection(h), mn_line.intersection(h)
    if a.is_empty or b.is_empty:
        return None
    return G.inv(a.bounds[2], lat, b.bounds[2], lat)[2] / 1000


sep_obo = sep_at(OBO[1])
fmt = lambda q: f"({q[0]}, {q[1]})"
JUNCTIONS = (f"The two claims share their end points, where the present-day border meets the river in GSHHG/WDBII: the southern "
             f"junction {fmt(south)}, where the river crosses the border, and the northern junction {fmt(north)}, where the border "
             f"starts to follow the river downstream towards Buir Nuur (there both sides' lines coincide). No connector segments "
             f"were needed. Both lines are drawn from the southern junction to the northern one.")

F.append({"type": "Feature", "id": "claim-japan-manchukuo", "geometry": {"type": "LineString", "coordinates": [list(c) for c in jp_coords]},
          "properties": {
    "kind": "claim", "id": "claim-japan-manchukuo", "title": "Japanese/Manchukuo claim: the Khalkhin Gol (Halha River) itself",
    "claimant": "japan-manchukuo",
    "basis": "Japan and Manchukuo held that the boundary runs along the Khalkhin Gol (Halha River); per Zhukov, Japanese maps of 1935 moved it to the river",
    "side": "right",
    "certainty": "less-certain", "schematic": False,
    "description": (f"The Khalkhin Gol itself, along the whole reach over which the Mongolian/Soviet line lies east of it ({jp_km:.0f} km), "
                    "battlefield of May–September 1939 included. Vertices: the WDBII river line (GSHHG 2.3.7, full resolution, accuracy "
                    "1–3 km), unchanged. Manchukuo's side is the east bank: the line is drawn upstream to downstream (south-east to "
                    "north-west), so that is its right side. " + JUNCTIONS),
    "style": {"stroke": "#1f4e9c", "dash": [6, 4]},
    "citations": [
        ref("wiki-en-nomonhan-burd-obo", "'Japan maintained that the border … runs along Khalkhin Gol'"),
        ref("scandal-mn-16898", "Zhukov: Japan issued maps in 1935 moving the border to the river"),
        ref("wiki-en-nomonhan-2017", "Mongolia put the border some 16 km east of the river; Japan/Manchukuo on the river"),
        ref("gshhg", "vertices: WDBII river (class 3) in the box 117.2–120.7 E, 47.0–48.3 N, snapped to 6 decimals"),
        R(f"Derived by scripts/basemap/build_nomonhan.py: the WDBII Khalkhin Gol between its crossings with the WDBII Mongolia–China "
          f"border at {fmt(south)} and {fmt(north)} (facts.md §6.4: the claim is the river itself, HIGH)."),
    ]}})

F.append({"type": "Feature", "id": "claim-mongolia-ussr", "geometry": {"type": "LineString", "coordinates": [list(c) for c in mn_coords]},
          "properties": {
    "kind": "claim", "id": "claim-mongolia-ussr", "title": "Mongolian/Soviet claim: about 16 km east of the river, through Nomonhan Burd Obo",
    "claimant": "mongolia-ussr",
    "basis": "The Mongolian People's Republic's boundary east of the Khalkhin Gol, through Nomonhan Burd Obo (between the two obos, per IMTFE testimony); drawn on the present-day Mongolia–China border, which follows it",
    "side": "left",
    "certainty": "uncertain", "schematic": True,
    "description": (f"About 16 km east of the river and just east of Nomonhan, through Nomonhan Burd Obo ({sep_obo:.1f} km east of the "
                    f"river line at the obo's latitude). Vertices: the present-day Mongolia–China border from GSHHG 2.3.7 / WDBII "
                    f"(accuracy 1–2 km), the only sourced line that follows the 1939 claim at this scale ({mn_km:.0f} km); it passed "
                    f"{obo_shift:.0f} m from the obo, so it was shifted to run through it, the shift fading out over "
                    f"{PIN_TAPER_M / 1000:.0f} km along the line either way. Schematic: the 1939 line was not digitised from a 1939 map, "
                    "and south of the battlefield (south of about 47.6 N) its course is the present-day border only. Mongolia's "
                    "side is the west: the line is drawn from south to north, so that is its left side. " + JUNCTIONS),
    "style": {"stroke": "#c0392b", "dash": []},
    "citations": [
        ref("wiki-en-nomonhan-2017", "'some 16 kilometres/10 miles east of the river, just east of Nomonhan village'"),
        ref("wiki-en-nomonhan-burd-obo", "IMTFE (Jan 1948): 'There are two obos and the boundary line runs between these two obos'"),
        ref("gshhg", "vertices: WDBII national boundary (level 1) in the box 117.2–120.7 E, 47.0–48.3 N, snapped to 6 decimals"),
        R(f"Derived by scripts/basemap/build_nomonhan.py: the WDBII Mongolia–China border between its crossings with the WDBII "
          f"Khalkhin Gol at {fmt(south)} and {fmt(north)}, pinned to Nomonhan Burd Obo {list(OBO)} (facts.md §4, HIGH). facts.md §6.4 "
          "(MED): the line is about 16 km east of the river through the obo; en.wiki also gives '10 to 20 km'; a 30-mile figure "
          "(warfarehistory-nomonhan) is an outlier and ignored."),
        ref("warfarehistory-nomonhan", "outlier: '30 miles' east of the river; not used for the line"),
        ref("wiki-en-nomonhan-2017", "aftermath: a Manchukuo–Mongolia commission fixed a border by the agreement of 15 Oct 1941 (maps lost); "
            "the China–Mongolia border was set by the treaties of 1962/1964"),
    ]}})


# ---------------------------------------------------------------- incidents and events
def inc(id, title, date, parties, summary, cit, place=None, geom=None, **kw):
    p = {"kind": "incident", "id": id, "title": title, "date": date}
    if place:
        p["place"] = place
    p["parties"] = parties
    p["summary"] = summary
    p.update(kw)
    p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": geom, "properties": p})


def ev(id, title, date, parties, summary, cit, **kw):
    p = {"kind": "event", "id": id, "title": title, "date": date, "parties": parties, "summary": summary}
    p.update(kw)
    p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": None, "properties": p})


inc("nomonhan-clash-1939-05-11", "Clash at Nomonhan: Barga horsemen and Mongolian border guards", "1939-05-11", PARTIES_BOTH,
    "A few hundred Barga (Manchukuo) horsemen rode to Nomonhan, east of the Khalkhin Gol, and clashed with Mongolian border guards. "
    "The Mongolian account calls it an attack on the Nomon-khan-Burd-Obo outpost.",
    [ref("historyback-nomonhan", "a few hundred Barga/Manchukuo horsemen ride to Nomonhan village; clash with Mongolian border guards"),
     ref("scandal-mn-16898", "attack on the Nomon-khan-Burd-Obo outpost (Mongolian account)"),
     ref("imtfe-virginia", "the Soviet prosecution names Komatsubara's 23rd Division (facts.md §7.2)")],
    place="nomonhan")
inc("nomonhan-return-in-force-1939-05-14", "Return in force at Nomonhan; Japanese air raid", "1939-05-14/1939-05-15", PARTIES_BOTH,
    "Manchukuo forces came back to Nomonhan with about 300 Japanese cavalry, and Japanese aircraft raided the area.",
    [ref("historyback-nomonhan", "return in force with 300 Japanese cavalry; Japanese air raid (facts.md §7.2, MED)")],
    place="nomonhan")
inc("east-bank-fighting-1939-05-28", "Fighting on the east bank of the Khalkhin Gol", "1939-05-28", PARTIES_BOTH,
    "After Bykov's reconnaissance from 22 May, Japanese and Manchukuo forces tried to clear the east bank of the Khalkhin Gol "
    "near the Holsten confluence; the heaviest fighting came on 28 May.",
    [ref("historyback-nomonhan", "22–28 May: Bykov's reconnaissance; clearing of the east bank; heavy fighting 28 May (MED)")],
    place="khalkhin-gol",
    note="Located at the battle reference point (east bank, near the assumed Holsten confluence); the sources name only 'the east bank, Nomonhan'.")
inc("bain-tsagan-battle-1939-07-02", "Battle of Bain-Tsagan", "1939-07-02/1939-07-05", PARTIES_BOTH,
    "Japanese troops crossed the Khalkhin Gol and took Mount Bain-Tsagan on the west bank; Zhukov's tank counter-attack threw them "
    "back across the river.",
    [ref("beevor-khalkhin-gol", "the Japanese cross the Khalkhin Gol and seize Bain-Tsagan; thrown back by Zhukov's tanks"),
     ref("moshchansky-1939", "the battle for Bain-Tsagan, 3–5 July")],
    place="bain-tsagan", note="Bain-Tsagan's position is UNVERIFIED (±5 km).")
inc("soviet-offensive-1939-08-20", "Zhukov's general offensive", "1939-08-20", PARTIES_BOTH,
    "At 05:45 on 20 August Soviet and Mongolian forces under Zhukov attacked along the whole front east of the Khalkhin Gol, "
    "with northern and southern groups enveloping the Japanese 23rd Division.",
    [ref("beevor-khalkhin-gol", "20 August, 05:45: Zhukov's offensive (HIGH)"),
     ref("moshchansky-1939", "the operation of 20–31 August")],
    place="khalkhin-gol",
    note="The offensive had no single place: it is shown at the battle reference point (HIGH, the Wikipedia article coordinate on the "
         "east bank). Zhukov's command post khamar-daba was not used because its position is UNVERIFIED (±5 km) and lies on the west "
         "bank, away from the fighting.")
inc("encirclement-nomonhan-1939-08-23", "Northern group reaches Nomon-Khan-Burd-Obo", "1939-08-23/1939-08-24", ["mongolia-ussr", "japan-manchukuo"],
    "The Soviet northern group reached Nomon-Khan-Burd-Obo, cutting the Japanese line of retreat, and linked up with the 8th "
    "Motor-Armoured Brigade of the southern group, closing the ring around the Japanese forces.",
    [ref("book-45252", "the northern group reaches Nomon-Khan-Burd-Obo; link-up with the 8th Motor-Armoured Bde of the southern group", page="litlife p. 25")],
    place="nomonhan", note="Dates 23–24 August are approximate (MED).")
inc("fui-heights-1939-08-23", "Fall of the Fui heights", "1939-08-23/1939-08-24", ["mongolia-ussr", "japan-manchukuo"],
    "The Japanese strongpoint on the Fui heights in the northern sector fell as the northern group closed the encirclement.",
    [ref("book-45252", "Fui height falls about 23–24 Aug", page="litlife p. 25")],
    place="fui-heights", note="Dates approximate (MED); the Fui heights' position is UNVERIFIED (±5 km).")
inc("remizov-height-1939-08-27", "Last Japanese holdout on Remizov height", "1939-08-27/1939-08-28", ["mongolia-ussr", "japan-manchukuo"],
    "Soviet units took the strongpoints on the Khailastyn Gol (Peschanaya, Zelenaya), crossed to its north bank, and reduced "
    "Remizov height, the last Japanese holdout, on 28 August.",
    [ref("book-45252", "south-bank strongpoints taken; Remizov height is the last holdout (28 Aug)", page="litmir p. 26")],
    place="remizov-heights", note="Remizov height's position is UNVERIFIED (±5 km).")

ev("east-bank-bridgehead-1939-07-07", "Fighting for the Soviet bridgehead on the east bank", "1939-07-07/1939-07-25", PARTIES_BOTH,
   "Through July the Japanese attacked the Soviet–Mongolian bridgehead on the east bank of the Khalkhin Gol.",
   [ref("moshchansky-1939", "table of contents: fighting for the bridgehead, 7–25 July (MED)")],
   note="Timeline only: the sources read give no single place for it.")
ev("operation-ends-1939-08-31", "End of the August operation", "1939-08-31", ["mongolia-ussr", "japan-manchukuo"],
   "The Soviet–Mongolian operation that began on 20 August ended with the area up to the Mongolian line cleared of Japanese troops.",
   [ref("moshchansky-1939", "the operation is dated 20–31 August (MED)")])
ev("ceasefire-1939-09-16", "Ceasefire", "1939-09-16", PARTIES_BOTH,
   "The fighting ended with a ceasefire on 16 September 1939, after an agreement reached in Moscow.",
   [ref("wiki-en-battles-khalkhin-gol", "infobox end date 16 September 1939")],
   note="The Moscow agreement of 15 September is from general knowledge (facts.md §7.2); 16 September is HIGH.")
ev("border-agreement-1941-10-15", "Manchukuo–Mongolia border agreement", "1941-10-15", PARTIES_BOTH,
   "A Manchukuo–Mongolia commission fixed the border in the Nomonhan sector by an agreement signed on 15 October 1941; its maps "
   "have been lost. The present China–Mongolia border dates from the treaties of 1962/1964.",
   [ref("wiki-en-nomonhan-2017", "agreement signed 15 Oct 1941; the maps have been lost (MED)")])

for f in F:
    if f["properties"]["kind"] != "place":
        continue
    for n in f["properties"]["names"]:
        if n["toponym"] not in FACTS and "citations" not in n:
            n["attested"] = False

doc = {
    "type": "FeatureCollection",
    "borderlines": 1,
    "dispute": {
        "title": "Khalkhin Gol / Nomonhan, 1939",
        "titles": {"ru": "Бои на Халхин-Голе, 1939", "mn": "Халхын голын байлдаан, 1939", "ja": "ノモンハン事件（1939年）",
                   "zh": "诺门罕战役（1939年）", "zh-Hant": "諾門罕戰役（1939年）"},
        "period": "1939-05-11/1939-09-16",
        "summary": ("From May to September 1939 Soviet and Mongolian forces fought Japanese and Manchukuo forces on the Khalkhin Gol, "
                    "on the border between the Mongolian People's Republic and Manchukuo. Japan/Manchukuo held that the border was the "
                    "river itself; Mongolia and the USSR put it about 16 km east of the river, through Nomonhan Burd Obo."),
        "parties": [
            {"id": "japan-manchukuo", "name": "Japan / Manchukuo", "names": {"ru": "Япония / Маньчжоу-го", "ja": "日本 / 満洲国", "zh": "日本 / 满洲国"}},
            {"id": "mongolia-ussr", "name": "Mongolia / USSR", "names": {"ru": "МНР / СССР", "mn": "БНМАУ / ЗХУ", "ja": "モンゴル / ソ連", "zh": "蒙古 / 苏联"}},
        ],
    },
    "sources": S,
    "features": F,
}

out = ARGS.out
imported = []
if os.path.exists(out):
    with open(out, encoding="utf-8") as f:
        imported = [f for f in json.load(f)["features"] if gg.owned(f)]
doc["features"] = [f for f in F if f["properties"]["kind"] != "basemap"] + \
                  [f for f in F if f["properties"]["kind"] == "basemap"] + imported
geojson_format.write(out, doc)
print(f"wrote {out}: {len(F)} hand-made features, {len(imported)} imported kept; junctions S {south} N {north}; "
      f"obo shift {obo_shift:.0f} m; river claim {jp_km:.1f} km, border claim {mn_km:.1f} km; {len(faces)} face(s), "
      f"{area_km2:.0f} km² between them; separation at the obo's latitude {sep_obo:.1f} km", file=sys.stderr)
