#!/usr/bin/env python3
"""Generate the hand-made part of GeoData/khasan-1938.geojson.

Writes the dispute, sources, places, claims, incidents, events and the hand-drawn
Lake Khasan polygon (khasan_lake.py) from the research notes
(../shared/research/facts.md), the canonical ids (../shared/spec/canonical-ids.json)
and the seed document (../shared/corpus/litvinov-shigemitsu-1938-08-07.txt, for the
citation spans). Basemap features owned by the GSHHG import (import-gshhg.sh) that are
already in the output file are kept, after the hand-made features, so

    python3 scripts/basemap/build_khasan.py && scripts/basemap/import-gshhg.sh

regenerates the committed file byte for byte (either step alone is idempotent).
Names not found in facts.md or the seed document get "attested": false, so the
output depends on facts.md's text.

Usage: build_khasan.py [OUT.geojson] [--shared DIR]   (default OUT: GeoData/khasan-1938.geojson,
       default --shared: ../shared next to the repository)
Needs python3 with shapely >= 2 and pyproj.
"""
import argparse, os
import json, sys, hashlib, math
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
_ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
_ap.add_argument("out", nargs="?", default=os.path.join(ROOT, "GeoData", "khasan-1938.geojson"))
_ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
ARGS = _ap.parse_args()
import geojson_format
import khasan_lake as lakemod
from shapely.geometry import Polygon, LineString, Point
from pyproj import Geod
G = Geod(ellps="WGS84")

DOC = os.path.join(ARGS.shared, "corpus", "litvinov-shigemitsu-1938-08-07.txt")
raw = open(DOC, "rb").read()
TEXT = raw.decode("utf-8")
SHA = hashlib.sha256(raw).hexdigest()
SEED = "litvinov-shigemitsu-1938"

def seed(quote, note=None, at=None):
    n = TEXT.count(quote)
    if at is None:
        assert n == 1, (quote, n)
        i = TEXT.find(quote)
    else:
        i = at
        assert TEXT[i:i + len(quote)] == quote, (quote, at)
    c = {"source": SEED, "span": [i, i + len(quote)], "quote": quote}
    if note: c["note"] = note
    return c

def ref(src, note=None, page=None):
    c = {"source": src}
    if page: c["page"] = page
    if note: c["note"] = note
    return c

def research(note):
    return {"source": "borderlines-research", "note": note}

# ---------------------------------------------------------------- sources
S = []
def src(id, title, url=None, **kw):
    d = {"id": id, "kind": kw.pop("kind", "reference"), "title": title}
    if url: d["url"] = url
    d.update(kw)
    S.append(d)

src(SEED, "Record of a conversation of M. M. Litvinov with Shigemitsu, 7 August 1938 (from Litvinov's diary; English translation)",
    kind="document", archive="IMTFE Exhibit 2638, Def. Doc. #1504; original diary in the Central Government Historical Archives, Moscow (certified copy of 3 December 1946)",
    date="1938-08-07", lang="en", file="litvinov-shigemitsu-1938-08-07.txt", sha256=SHA)
src("borderlines-research", "Borderlines research notes (facts.md): compiled coordinates, derivations and confidence grades",
    note="Project research file (../shared/research/facts.md). Cited for derived values; the derivation is in each citation's note.")
src("gshhg", "GSHHG 2.3.7 — Global Self-consistent, Hierarchical, High-resolution Geography Database (shorelines; WDBII rivers and borders)",
    "https://www.soest.hawaii.edu/pwessel/gshhg/", kind="dataset", license="LGPL-3.0",
    attribution="Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, hierarchical, high-resolution shoreline database, J. Geophys. Res., 101(B4), 8741-8743. Rivers and borders from the CIA World Data Bank II.",
    note="Imported with GMT 6.4 (`gmt coast -M`), Debian package gmt-gshhg-full 2.3.7; see scripts/basemap/import-gshhg.sh.")
src("wiki-de-chassansee", "Chassansee — German Wikipedia (read via mirror)", "https://de.wiki.li/Chassansee",
    canonical_url="https://de.wikipedia.org/wiki/Chassansee")
src("cn-512test-zhanggufeng", "张鼓峰 (Changkufeng): Chinese web article, Baidu-derived", "http://www.512test.com/lszs/2017-06-08/201343.html")
src("cn-damochuangyi-zhanggufeng", "张鼓峰: Chinese web article, Baidu-derived", "http://www.damochuangyi.com/damochuangyi/6896339479712093916.html")
src("ja-searchnavi-bangchun", "防川 (Fangchuan): Japanese web page on the Korean-Chinese border area", "http://www.searchnavi.com/~hp/chosenzoku/bangchun.htm")
src("kr-wiki1-hasanho", "하산호 (Lake Khasan) — Korean wiki", "http://wiki1.kr/index.php/%ED%95%98%EC%82%B0%ED%98%B8")
src("kr-teameye-601", "Korean blog post on Changkufeng (height 155 m)", "https://teameye.tistory.com/601")
src("ap-1938-white", "James D. White, Associated Press dispatch from the Changkufeng front, August 1938 (reposted)", "http://www.freerepublic.com/focus/f-chat/2059407/posts")
src("wiki-it-fangchuan", "Fangchuan — Italian Wikipedia (read via mirror)", "https://pwojczyn.com/wiki/Fangchuan_wikipedia__lan_it_view.html")
src("jankrogh-cnkpru", "Jan S. Krogh's Geosite: China–North Korea–Russia tripoint, markers 1 and 2", "http://geosite.jankrogh.com/borders/cnkpru/marker_1_and_2.htm",
    also="http://geosite.jankrogh.com/borders/cnkpru/index.htm")
src("vostlit-1886-protocol-first-section", "Protocol on the first section of the Russian-Chinese boundary (Tumen-ula to the Chang-ling pass), 26 June 1886 (Russian text, vostlit.info)",
    "https://www.vostlit.info/Texts/Dokumenty/China/XVII/1680-1700/Rus_kit_dog_prav_akt/41-60/44.htm")
src("vostlit-1886-general-protocol", "General Protocol of the Russian-Chinese boundary commission, 22 June 1886 (Russian text, vostlit.info)",
    "http://www.vostlit.info/Texts/Dokumenty/China/XVII/1680-1700/Rus_kit_dog_prav_akt/41-60/43.htm")
src("cn-85384-tuzipai", "土字牌 (the 'T' boundary marker at Fangchuan): Chinese tourism page", "http://85384.com/jingdian/jieshao-7562.html")
src("cn-xibaipo-tumen", "Chinese news article on the lower Tumen and the 土字牌 marker", "http://xibaipo.com/news2007/News/jryw/2020/4/204141531358K171H14J3EKJD27713B.html")
src("cn-china-org-fangchuan", "Fangchuan scenic area — jilin.china.org.cn", "http://jilin.china.org.cn/2017-05/02/content_9367370.htm")
src("wiki-en-tumen-river", "Tumen River — English Wikipedia (read via mirror)", "https://earthspot.org/info/en/?search=Tumen_River",
    canonical_url="https://en.wikipedia.org/wiki/Tumen_River")
src("britannica-tumen", "Tumen River — Encyclopaedia Britannica", "http://www.britannica.com/EBchecked/topic/608794")
src("wiki-ru-khasan", "Хасан (Приморский край) — Russian Wikipedia (read via mirror)",
    "https://perceptiode.com/%D0%A5%D0%B0%D1%81%D0%B0%D0%BD_(%D0%9F%D1%80%D0%B8%D0%BC%D0%BE%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D0%BA%D1%80%D0%B0%D0%B9)")
src("wiki-zh-posyet", "波西耶特 (Posyet) — Chinese Wikipedia (read via mirror)", "https://wikim.kfd.me/zh-mo/%E6%B3%A2%E8%A5%BF%E8%80%B6%E7%89%B9")
src("wiki-en-posyet-bay", "Posyet Bay — English Wikipedia", "https://en.wikipedia.org/wiki/Posyet_Bay")
src("wiki-fr-kraskino", "Kraskino — French Wikipedia (read via mirror)", "https://dyto08wqdmna.cloudfrontnetl.store/https://fr.wikipedia.org/wiki/Kraskino")
src("kr-russia-co-kr-kraskino", "Kraskino (연추) — Korean travel page", "https://russia.co.kr/tourinfo/tourinfo02_10.html")
src("wiki-en-hunchun", "Hunchun — English Wikipedia (read via WikiMili)", "https://wikimili.com/en/Hunchun")
src("wiki-en-rason", "Rason — English Wikipedia (read via proxy mirror)", "https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9lbi5XaWtpcGVkaWEub3JnL3dpa2kvUmFzb24%3D",
    canonical_url="https://en.wikipedia.org/wiki/Rason")
src("wiki-en-tumen-jilin", "Tumen, Jilin — English Wikipedia (IPFS mirror)", "https://en.wikipedia-on-ipfs.org/wiki/Tumen%2C_Jilin")
src("wiki-en-vladivostok", "Vladivostok — English Wikipedia (read via mirror)", "https://www.worddisk.com/wiki/Vladivostok/")
src("wiki-ja-pogranichny", "ポグラニチニ (沿海地方) — Japanese Wikipedia (read via mirror)",
    "https://ja-wiki.pages.dev/wiki/%E3%83%9D%E3%82%B0%E3%83%A9%E3%83%8B%E3%83%81%E3%83%8B_(%E6%B2%BF%E6%B5%B7%E5%9C%B0%E6%96%B9)")
src("wiki-en-grodekovo", "Grodekovo — English Wikipedia (read via mirror)", "http://206.189.44.186/host-http-en.m.wikipedia.org/wiki/Grodekovo")
src("wiki-fr-pogranitchny", "Pogranitchny — French Wikipedia", note="Cited in facts.md §2 without a URL.")
src("wiki-en-suifenhe", "Suifenhe — English Wikipedia (read via WikiMili)", "https://wikimili.com/en/Suifenhe")
src("shiftingsands-suifenhe", "Suifenhe–Grodekovo — Shifting Sands project", "https://www.shiftingsandsproject.com/suifenhe-grodekovo")
src("wiki-en-battle-lake-khasan", "Battle of Lake Khasan — English Wikipedia (read via mirrors)", "https://profilpelajar.com/en/Battle_of_Lake_Khasan",
    canonical_url="https://en.wikipedia.org/wiki/Battle_of_Lake_Khasan", also="http://www.liquisearch.com/battle_of_lake_khasan/events; https://wikisum.wiki/wiki/Battle_of_Lake_Khasan")
src("time-1938-08-22", "TIME, 22 August 1938 (archive mirror)", "http://610211.6jhxt.group/txt/time/Time1938/1938-08-22/788363.html")
src("time-1938-08-08", "TIME, 8 August 1938 (archive mirror)", "http://610211.6jhxt.group/txt/time/Time1938/1938-08-08/931438.html")
src("coox-1977", "Alvin D. Coox, The Anatomy of a Small War: The Soviet-Japanese Struggle for Changkufeng/Khasan, 1938 (1977)",
    "https://ebin.pub/the-anatomy-of-a-small-war-the-soviet-japanese-struggle-for-changkufeng-khasan-1938-1nbsped-0837194792-9780837194790.html")
src("kasahara-khasan", "Kasahara Takao, Советско-японский пограничный конфликт на озере Хасан 1938 г. в архивных материалах Японии (read via mirrors)",
    "https://rulit.me/books/sovetsko-yaponskij-pogranichnyj-konflikt-na-ozere-hasan-1938-g-v-arhivnyh-materialah-yaponii-fakty-i-read-615686-13.html",
    also="https://readnow.me/chi/sovetsko-yaponskiy-pogranichnyy-konflikt-na-ozere-hasan-1938-kasahara?p=11; https://litfond.net/r/183261?p_=18")
src("tululu-khasan", "Russian secondary source on the 1938 Khasan boundary readings (Japanese General Staff variant; 'Chaggo')", "http://m.tululu.org/bread_16131_100.xhtml")
src("readania-khasan", "Voronkova (ed.), Военные конфликты на Дальнем Востоке и Беларусь 1921–1941 гг. (quotes the Soviet 'Brief description of the Khasan operation')",
    "https://www.readania.com/voennye-konflikty-na-dalnem-vostoke-i-belarus-1921-1941-gg-irina-voronkova-id480235/read/40")
src("habib-fangchuan", "Benjamin Habib, Photo essay: Fangchuan (2012)", "https://drbenjaminhabib.com/2012/02/01/photo-essay-fangchuan/")

SRC_IDS = {s["id"] for s in S}

# ---------------------------------------------------------------- places
CANON = json.load(open(os.path.join(ARGS.shared, "spec", "canonical-ids.json"), encoding="utf-8"))["places"]
F = []
def N(toponym, lang, note=None, cit=None):
    d = {"toponym": toponym, "lang": lang}
    if note: d["note"] = note
    if cit: d["citations"] = cit
    return d

def place(id, title, type, names, certainty, cit, coord="canon", unc=None, note=None, **extra):
    if coord == "canon":
        coord = CANON[id]["coord"]
    geom = {"type": "Point", "coordinates": list(coord)} if coord else None
    p = {"kind": "place", "id": id, "title": title, "type": type, "names": names, "certainty": certainty}
    if unc is not None: p["uncertainty_m"] = unc
    p.update(extra)
    if note: p["note"] = note
    p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": geom, "properties": p})

R = research
g = lambda off, s, note=None: seed(s, note, at=off)

place("changkufeng", "Changkufeng (Zaozyornaya)", "hill", [
    N("Changkufeng", "en", cit=[g(11431, "Changkufeng")]),
    N("Chang-ku-feng", "en"),
    N("Chankufeng", "en", "spelling in the seed document (missing g)", [g(11293, "Chankufeng")]),
    N("Changkufeng Hill", "en"), N("Changkufeng Heights", "en"),
    N("Zaozyornaya", "en", "romanised Russian"), N("Zaozernaya", "en", "romanised Russian"), N("Zaozërnaya", "en", "romanised Russian"),
    N("Beyond the Lake", "en", "translation of the Russian name (Kotkin)"),
    N("Chang Fu-Ken", "en", "Russian web form"),
    N("Заозёрная", "ru", "'beyond the lake'"), N("Заозерная", "ru", "ё written as е"), N("сопка Заозёрная", "ru"),
    N("Чан Фу-Кен", "ru"), N("Чагго", "ru", "said to be the Korean name (LOW)", [ref("tululu-khasan")]),
    N("張鼓峰", "ja"), N("張鼓峯", "ja", "variant character 峯"), N("Chōkohō", "ja-Latn"), N("Chokoho", "ja-Latn"),
    N("张鼓峰", "zh"), N("張鼓峰", "zh-Hant"), N("Zhanggufeng", "zh-Latn-pinyin"), N("Zhānggǔfēng", "zh-Latn-pinyin"),
    N("扎奥泽尔纳亚", "zh", "Chinese transcription of Zaozyornaya"),
    N("刀山", "zh", "Daoshan, 'knife mountain', older Chinese name"), N("Daoshan", "zh-Latn-pinyin", "older Chinese name"),
    N("長鼓峰", "zh-Hant", "folk etymology 'long drum'"),
    N("장고봉", "ko"), N("장구봉", "ko", "variant"), N("Janggobong", "ko-Latn"),
    N("Chaggo", "en", "said to be the Korean name; LOW", [ref("tululu-khasan")]),
], "uncertain", [
    R("Position estimated: no published coordinate found. Compromise between 1.5 km N of Fangchuan (130.588286, 42.450510) and the Chinese statements that the tripoint lies ~2.5 km SE and marker T ~3.5 km SE; about 1.6 km W of the lake centroid (facts.md §1, LOW ±1.5 km)."),
    ref("cn-512test-zhanggufeng", "'1.5 km north of Fangchuan village, on the China–Russia border line; the summit watershed is the border'; height 155.1 m"),
    ref("cn-damochuangyi-zhanggufeng"),
    ref("kr-teameye-601", "height 155 m"),
], unc=1500, height_m=155,
    height_note="155.1 m (Chinese survey figure); other sources 150-152 m; no Russian figure found (facts.md §1, MED).",
    note="Summit position is an estimate (LOW, ±1.5 km): check against a large-scale map before release. The 1938 fighting was for its crest.")

place("bezymyannaya", "Bezymyannaya (Shachaofeng)", "hill", [
    N("Bezymyannaya", "en", "romanised Russian, 'nameless'"), N("Bezymiannaya", "en"), N("Bezymyanaya", "en"),
    N("Beziyannaya", "en", "misspelling in the seed document", [g(11640, "Beziyannaya")]),
    N("Shachaofeng", "en"),
    N("Безымянная", "ru"), N("сопка Безымянная", "ru"),
    N("沙草峰", "ja", "Japanese reading probably Sasōhō (UNVERIFIED)"), N("Sasōhō", "ja-Latn", "UNVERIFIED reading"),
    N("沙草峰", "zh"), N("沙草峰", "zh-Hant", "same characters in both scripts"), N("Shācǎofēng", "zh-Latn-pinyin"),
    N("사초봉", "ko"), N("Sachobong", "ko-Latn"),
], "uncertain", [
    R("Position derived from the Changkufeng estimate: 2 km N gives (130.5883, 42.4685), 2 km NW gives (130.5711, 42.4632); the two were averaged (facts.md §1, LOW ±1.5 km)."),
    ref("ja-searchnavi-bangchun", "張鼓峰北2キロの沙草峰 ('Shachaofeng, 2 km north of Changkufeng')"),
    ref("cn-512test-zhanggufeng", "'2 km NW of Changkufeng'; altitude 77.1 m"),
], unc=1500, height_m=77.1,
    height_note="LOW: 77.1 m is a Chinese figure for 沙草峰, a page that places it inside China, so it may be a different summit from the Russian Bezymyannaya; no Russian height found.",
    note="Summit position is an estimate (LOW, ±1.5 km); Chinese and Russian descriptions may not name exactly the same summit.")

place("hill-82", "Hill 82", "hill", [
    N("Hill 82", "en", "AP 1938: 'at the southern foot of Changkufeng'"),
], "uncertain", [ref("ap-1938-white", "'at the southern foot of Changkufeng'; 'Changkufeng's twin heights'"),
    R("Placed about 0.5 km S of the Changkufeng estimate (facts.md §1, LOW).")], unc=1500,
    note="Position estimated from a verbal description relative to an estimated summit (LOW).")

place("hill-52", "Hill 52", "hill", [
    N("Hill 52", "en", "AP 1938: 'a half mile to the south' of Hill 82"),
    N("сопка № 52", "ru", "probably the hill No. 52 of the 1886 protocol map"),
], "uncertain", [ref("ap-1938-white", "'a half mile to the south' of Hill 82"),
    ref("tululu-khasan", "'the hill marked No. 52 on the map attached to the protocol'"),
    R("Placed about 0.8 km S of Hill 82 (facts.md §1, LOW).")], unc=1500,
    note="Position estimated (LOW). The claim lines split here.")

place("lake-khasan", "Lake Khasan", "lake", [
    N("Lake Khasan", "en"), N("Khasan", "en"), N("Hasan", "en"), N("Lake Hasan", "en"), N("Khassan", "en"),
    N("Lake Changchi", "en", "from the Chinese name, as used by Shigemitsu (20 Jul 1938)", [ref("kasahara-khasan")]),
    N("Chassansee", "de"), N("Chassan", "de"),
    N("озеро Хасан", "ru"), N("оз. Хасан", "ru"), N("Хасан", "ru"), N("оз. Чанчи", "ru", "Russian transcription of the Chinese name"),
    N("ハサン湖", "ja"),
    N("哈桑湖", "zh"), N("哈桑湖", "zh-Hant"), N("长池", "zh", "Changchi, Chinese name"), N("長池", "zh-Hant"), N("Changchi", "zh-Latn-pinyin"),
    N("하산호", "ko"),
], "certain", [ref("wiki-de-chassansee", "42°26′55″N 130°36′29″E; area 2.23 km²"),
    R("Cross-check: the computed distance to Vladivostok is 130.2 km; oc.wikipedia says 130 km (facts.md §1).")],
    unc=100, area_km2=2.23,
    note="Point is the centroid (HIGH); the outline is the hand-drawn basemap polygon basemap-lake-khasan. Do not merge with the nearby 张鼓湖 / 防川湖 / lotus lakes.")

place("khasan", "Khasan (settlement)", "settlement", [
    N("Khasan", "en"), N("Хасан", "ru"), N("哈桑", "zh"), N("Podgornaya", "en", "alternative name per facts.md §8"),
    N("包得哥尓那亚", "zh", "transcription of Podgornaya"), N("ボドゴルナヤ", "ja"),
], "certain", [ref("wiki-ru-khasan", "42°25′42″N 130°38′44″E; station 1951, settlement 1959")],
    unc=100, note="Khasan settlement was founded in 1951 (station) / 1959 (settlement); it did not exist in 1938. 'Khasan' in a 1938 text is the lake.")

place("tumen-river", "Tumen River", "river", [
    N("Tumen", "en"), N("Tumen River", "en"), N("Tumen-Kiang", "en", "1860 treaty translation"), N("T'u-men Chiang", "en", "Wade-Giles"),
    N("Tuman", "en"), N("Tumen-ula", "mnc-Latn", "Manchu name, 1886 protocol"),
    N("Туманная", "ru"), N("Туманган", "ru"), N("Тумэнь-ула", "ru", "1886 protocol"), N("Tumannaya", "en", "romanised Russian"),
    N("豆満江", "ja"), N("Tomankō", "ja-Latn"),
    N("图们江", "zh"), N("圖們江", "zh-Hant"), N("Tumen Jiang", "zh-Latn-pinyin"),
    N("두만강", "ko"), N("Tumangang", "ko-Latn"), N("Tuman-gang", "ko-Latn"), N("Duman-gang", "ko-Latn"),
], "certain", [ref("wiki-en-tumen-river", "521 km; DPRK–Russia boundary for the last 17 km"), ref("britannica-tumen"),
    R("Representative point = the China–DPRK–Russia tripoint (facts.md §1); the line is basemap feature tumen-lower-reach.")],
    unc=100, note="Point is a representative point (the tripoint on the river), not the river's extent.")

place("tumen-river-mouth", "Tumen River mouth", "point", [
    N("Tumen River mouth", "en"), N("устье Туманной", "ru"), N("图们江口", "zh"),
], "certain", [ref("wiki-en-tumen-river", "42°17′34″N 130°41′56″E")], unc=200)

place("tumen-town", "Tumen (city, Jilin)", "settlement", [
    N("Tumen", "en"), N("图们", "zh"), N("图们市", "zh"), N("圖們市", "zh-Hant"), N("도문", "ko"), N("도문시", "ko"),
], "certain", [ref("wiki-en-tumen-jilin", "42°58′N 130°51′E")], unc=1000,
    note="The town, opposite Namyang (Korea); not the river. Coordinate rounded to 1′.")

place("tripoint", "China–DPRK–Russia tripoint", "point", [
    N("China–DPRK–Russia tripoint", "en"), N("boundary marker No. 423", "en", "Russian–Chinese marker 423 = tripoint marker 1 of the 1985/1998 draft"),
    N("пограничный знак № 423", "ru"),
], "certain", [ref("jankrogh-cnkpru", "marker 423 at 42°25′10.2″N 130°38′17.7″E (Pyongyang datum); the land border meets the river ~83 m SW")],
    unc=100, note="Marker 423 position in the Pyongyang datum (±0.1 km). Present-day point, used as the start of both claim lines.")

place("marker-t", "Boundary marker T (1886)", "marker", [
    N("marker T", "en"), N("marker Т", "en", "Cyrillic letter Т"), N("знак Т", "ru"), N("土字牌", "zh", "'tu-character marker'"),
    N("土字碑", "zh", "variant"), N("Tuzipai", "zh-Latn-pinyin"),
], "uncertain", [ref("vostlit-1886-protocol-first-section", "marker Т erected anew; from it the border runs along the watershed ridge; 15 versts (30 li) from the sea along the Tumen"),
    ref("cn-xibaipo-tumen", "below the T marker 15 km of the river form the Korea–Russia boundary"),
    ref("cn-85384-tuzipai"), ref("cn-china-org-fangchuan", "the stone is a sight in the Fangchuan scenic area"),
    R("Marker 423 → Tumen mouth computes to 14.9 km, so Т stands at or very near today's tripoint (facts.md §1, MED-LOW).")],
    unc=500, note="MED-LOW: placed at/near the tripoint by the 15-verst distance; the stone's own coordinate was not found.")

place("fangchuan", "Fangchuan", "settlement", [
    N("Fangchuan", "en"), N("Fangchuancun", "zh-Latn-pinyin"), N("防川", "zh"), N("防川村", "zh"), N("방천", "ko"),
], "certain", [ref("wiki-it-fangchuan", "42°26′13.22″N 130°35′17.83″E, altitude 12 m")], unc=100)

place("posyet", "Posyet", "settlement", [
    N("Posyet", "en"), N("Possiet", "en"), N("Posiet", "en"), N("Novgorodsky post", "en", "founding name, 1860"),
    N("Посьет", "ru"), N("Новгородский пост", "ru", "founding name, 1860"),
    N("ポシェト", "ja"), N("波西耶特", "zh"), N("摩阔崴", "zh", "Qing name Mokowai"), N("摩闊崴", "zh-Hant", "Qing name Mokowai"), N("포시에트", "ko"),
], "less-certain", [ref("wiki-zh-posyet", "42°40′N 130°48′E; founded 11 April 1860"),
    ref("wiki-en-battle-lake-khasan", "HQ of the 59th (Posyet) border detachment in 1938")],
    unc=1000, note="Coordinate rounded to 1′ (MED).")

place("posyet-bay", "Posyet Bay", "bay", [
    N("Posyet Bay", "en"), N("Possiet Gulf", "en"), N("Possiet Bay", "en"), N("залив Посьета", "ru"),
    N("ポシェト湾", "ja"), N("波谢特湾", "zh"),
], "uncertain", [ref("wiki-en-posyet-bay", "SW part of Peter the Great Gulf between capes Suslov and Gamov; 31 km by 33 km"),
    R("Centroid estimated (facts.md §1, LOW ±10 km); no published centroid.")],
    unc=10000, note="Area feature; the point is an estimated centroid (LOW). The GSHHG sea polygon of the Khasan sector contains the bay.")

place("kraskino", "Kraskino (Novokievsk)", "settlement", [
    N("Kraskino", "en"), N("Novokievsk", "en", "name before 1936"), N("Novokievskoye", "en", "name before 1936"),
    N("Novokiyevskoye", "en", "name before 1936"),
    N("Краскино", "ru"), N("Новокиевское", "ru", "name before 1936"), N("Новокиевск", "ru", "name before 1936"),
    N("クラスキノ", "ja"), N("克拉斯基诺", "zh"), N("연추", "ko", "Yeonchu, Korean name", [ref("kr-russia-co-kr-kraskino")]), N("Yeonchu", "ko-Latn"),
], "certain", [ref("wiki-fr-kraskino", "42°42′30″N 130°46′55″E; renamed in 1936 after Lt. M. Kraskin")],
    unc=100, note="Renamed Kraskino in 1936 after Lt. Kraskin (a person, not a place); the 1886 Hunchun protocols were signed at Novokievsk.")

place("hunchun", "Hunchun", "settlement", [
    N("Hunchun", "en"), N("Hun-ch'un", "en", "Wade-Giles"), N("Hunch'un", "en"), N("Khunchun", "en", "romanised Russian"),
    N("Хуньчунь", "ru"), N("琿春", "ja"), N("Konshun", "ja-Latn"),
    N("珲春", "zh"), N("琿春", "zh-Hant"), N("훈춘", "ko"), N("혼춘", "ko"), N("Huncun", "mnc-Latn", "Manchu"),
], "certain", [ref("wiki-en-hunchun", "42°51′47″N 130°21′58″E")], unc=200,
    note="The town. In the seed, 'Hunch'un'/'Khunchun' always name the 1886 protocol (hunchun-protocol-1886), never the town.")

place("hunchun-river", "Hunchun River", "river", [
    N("Hunchun River", "en"), N("Hun Chum", "en", "1860 treaty translation ('river Hun Chum')"),
    N("珲春河", "zh"), N("琿春河", "zh-Hant"),
], "uncertain", [R("Known only from the 1860 treaty text; not located (facts.md §1).")], coord=None,
    note="Not located; no geometry. Add from a river data set if needed.")

place("rason", "Rason (Rajin)", "settlement", [
    N("Rason", "en"), N("Rajin", "en"), N("Najin", "en", "South Korean pronunciation"), N("Rashin", "en", "Japanese name, 1930s"),
    N("Rajin-Sŏnbong", "en"), N("Расон", "ru"), N("Раджин", "ru"), N("羅津", "ja"), N("Rashin", "ja-Latn"),
    N("罗先", "zh"), N("罗津", "zh"), N("羅津", "zh-Hant"), N("라선", "ko"), N("라진", "ko"), N("나진", "ko"),
], "certain", [ref("wiki-en-rason", "42°20′40″N 130°23′04″E; 'During the 1930s, the Japanese called it Rashin'")],
    unc=2000, note="Modern city coordinate; the 1938 port of Rajin (Rashin) lies in the southern part of the modern city.")

place("vladivostok", "Vladivostok", "settlement", [
    N("Vladivostok", "en"), N("Владивосток", "ru"), N("ウラジオストク", "ja"), N("浦塩", "ja", "Urajio, older Japanese name"),
    N("符拉迪沃斯托克", "zh"), N("海参崴", "zh", "Haishenwai, historical Chinese name"), N("海參崴", "zh-Hant"), N("블라디보스토크", "ko"),
], "certain", [ref("wiki-en-vladivostok", "43°08′N 131°54′E")], unc=1000, note="Coordinate rounded to 1′.")

place("grodekovo", "Grodekovo (Pogranichny)", "settlement", [
    N("Grodekovo", "en", cit=[g(19898, "Grodekovo")]), N("Pogranichny", "en", "name since 1958"), N("Pogranichnyi", "en"), N("Pogranitschny", "de"),
    N("Grodekovskaya", "en", "Cossack village"),
    N("Гродеково", "ru"), N("Пограничный", "ru", "name since 1958"),
    N("グロデコヴォ", "ja"), N("ポグラニチニ", "ja"), N("格罗杰科沃", "zh"), N("波格拉尼奇内", "zh"),
], "certain", [ref("wiki-ja-pogranichny", "44°24′49″N 131°22′32″E"),
    ref("wiki-en-grodekovo", "15 km east of the China–Russia border; en.wiki 44.400, 131.383"),
    ref("wiki-fr-pogranitchny", "44°24′50″N 131°22′33″E; 148 km from Vladivostok"),
    R("Other values differ by up to ~1.5 km (en.wiki 131.383, 44.400; de.wiki 131.375, 44.408333); the ja.wiki value is used.")],
    unc=1000, note="Do not confuse Pogranichny (= Grodekovo, Russia) with Pogranichnaya (= Suifenhe station, China). Founded 1898 as a CER station; renamed 1958.")

place("grodekovo-district", "Grodekovo district", "admin", [
    N("Grodekovo district", "en", cit=[g(19723, "Grodekovo", "'Grodekovo district (region)' in the seed")]),
    N("Гродековский район", "ru"), N("Pogranichny District", "en", "today's name"), N("Пограничный район", "ru", "today's name"),
], "less-certain", [ref("wiki-fr-pogranitchny", "Grodekovo became a raion centre on 24 Jan 1926"),
    R("No polygon collected; the admin centre (grodekovo) is used as the point (facts.md §2, MED).")],
    unc=30000, note="Area feature without a polygon; the point is the admin centre Grodekovo.")

place("suifenhe", "Suifenhe (Pogranichnaya station)", "settlement", [
    N("Suifenhe", "en"), N("Suifenho", "en"), N("Sui-fen-ho", "en", "Wade-Giles"), N("Pogranichnaya", "en", "Russian CER station name"),
    N("Border Station", "en", "station name 1899-1903"),
    N("Суйфэньхэ", "ru"), N("Пограничная", "ru", "CER station name"), N("綏芬河", "ja"),
    N("绥芬河", "zh"), N("綏芬河", "zh-Hant"), N("수이펀허", "ko"),
], "certain", [ref("wiki-en-suifenhe", "44°24′N 131°09′E; old station 44°24′38″N 131°11′34″E"),
    ref("shiftingsands-suifenhe", "Grodekovo station and the Chinese Border Station are about 10 km apart")],
    unc=1000, note="Pogranichnaya (Suifenhe, China) is not Pogranichny (Grodekovo, Russia). Coordinate rounded to 1′.")

hill588 = G.fwd(131.37556, 44.41361, 225.0, 22000.0)
assert abs(hill588[0] - 131.180708) < 2e-6 and abs(hill588[1] - 44.273446) < 2e-6, hill588
place("hill-588", "Hill 588", "hill", [
    N("Hill 588", "en", cit=[g(19852, "Hill 588")]), N("высота 588", "ru"), N("588高地", "ja"), N("588高地", "zh"),
], "uncertain", [
    seed("Hill 588 situated 22 kilometers south-west of Grodekovo"),
    R("Derived: WGS84 direct geodesic from grodekovo (131.37556, 44.41361), azimuth 225°, 22 000 m → (131.180708, 44.273446). Other Grodekovo anchors move it by up to 1.5 km; uncertainty 3 km (facts.md §2, §5). No source for the hill itself."),
], unc=3000, relative={"anchor": "grodekovo", "azimuth_deg": 225.0, "distance_m": 22000, "method": "WGS84 direct geodesic (Karney)"},
    note="Position derived from '22 kilometers south-west of Grodekovo' (LOW, ±3 km); it falls about on the modern border, so which side it is on today cannot be shown.")

place("gladukha-barrier", "Gladukha barrier", "point", [
    N("Gladukha", "en", "'the Gladukha barrier' in the seed", [g(19691, "Gladukha")]), N("Гладуха", "ru", "presumed Russian form (UNVERIFIED)"),
], "uncertain", [seed("in the sector of the Gladukha barrier located in the Grodekovo district (region)"),
    R("Not found in English or Russian sources (facts.md §2, §9); probably a border-guard post.")],
    coord=None, proxy="hill-588",
    note="Not located. Use hill-588 as an approximate proxy and label it 'approx.'.")

POL = [
    ("manchukuo", "Manchukuo", "polity", [N("Manchukuo", "en", cit=[g(1476, "Manchukuo")]), N("Manchoukuo", "en", "spelling in the seed", [g(14529, "Manchoukuo")]),
        N("Manchuguo", "en"), N("Маньчжоу-го", "ru"), N("満洲国", "ja"), N("Manshūkoku", "ja-Latn"), N("满洲国", "zh"), N("滿洲國", "zh-Hant"), N("만주국", "ko")],
        "Japanese puppet state, 1932–1945."),
    ("manchuria", "Manchuria", "region", [N("Manchuria", "en"), N("Маньчжурия", "ru"), N("満洲", "ja"), N("满洲", "zh"), N("東北", "zh-Hant", "'the North-East'"), N("东北", "zh"), N("만주", "ko")],
        "Region. The adjective 'Manchurian' is not a mention of it."),
    ("japan", "Japan", "polity", [N("Japan", "en", cit=[g(1268, "Japan")]), N("Япония", "ru"), N("日本", "ja"), N("日本", "zh"), N("일본", "ko")], None),
    ("ussr", "USSR", "polity", [N("USSR", "en", cit=[g(14628, "USSR")]), N("U.S.S.R.", "en", cit=[g(11261, "U.S.S.R.")]), N("U S S R", "en", "spaced abbreviation in the seed", [g(4036, "U S S R")]),
        N("Soviet Union", "en"), N("СССР", "ru"), N("Советский Союз", "ru"), N("ソ連", "ja"), N("ソビエト連邦", "ja"), N("苏联", "zh"), N("蘇聯", "zh-Hant"), N("소련", "ko")],
        "Polity, 1922–1991."),
    ("russia", "Russia", "polity", [N("Russia", "en", cit=[g(18619, "Russia")]), N("Россия", "ru"), N("ロシア", "ja"), N("俄罗斯", "zh"), N("俄羅斯", "zh-Hant"), N("러시아", "ko")],
        "In the seed: the Russian Empire as a party to the Russo-Chinese agreements."),
    ("china", "China", "polity", [N("China", "en", cit=[g(18630, "China")]), N("Китай", "ru"), N("中国", "ja"), N("中国", "zh"), N("中國", "zh-Hant"), N("중국", "ko")],
        "In the seed: the Qing Empire as a party to the Russo-Chinese agreements."),
    ("korea", "Korea", "polity", [N("Korea", "en"), N("Корея", "ru"), N("朝鮮", "ja"), N("朝鲜", "zh"), N("朝鮮", "zh-Hant"), N("조선", "ko"), N("Chōsen", "ja-Latn")],
        "Part of the Japanese Empire in 1938 (Chōsen); today DPRK/ROK."),
    ("mongolia", "Mongolia", "polity", [N("Mongolia", "en"), N("Mongolian People's Republic", "en"), N("M.P.R.", "en"), N("Монголия", "ru"), N("МНР", "ru"),
        N("Монгол Улс", "mn"), N("モンゴル", "ja"), N("蒙古", "zh"), N("몽골", "ko")], None),
    ("siberia", "Siberia", "region", [N("Siberia", "en"), N("Сибирь", "ru"), N("シベリア", "ja"), N("西伯利亚", "zh"), N("西伯利亞", "zh-Hant"), N("시베리아", "ko")], None),
    ("far-east", "Soviet Far East", "region", [N("Far East", "en", cit=[g(9584, "Far East")]), N("Soviet Far East", "en"), N("Дальний Восток", "ru"), N("極東", "ja"),
        N("远东", "zh"), N("遠東", "zh-Hant"), N("극동", "ko")], "The (Soviet) Far East."),
    ("sea-of-japan", "Sea of Japan", "sea", [N("Sea of Japan", "en"), N("Японское море", "ru"), N("日本海", "ja"), N("日本海", "zh"), N("East Sea", "en", "Korean usage"), N("동해", "ko")],
        "Basemap sea polygons link to this id."),
]
for id, title, type, names, note in POL:
    place(id, title, type, names, "certain", [R("Polity/region without a point geometry (facts.md §3).")], coord=None,
          note=(note + " " if note else "") + "No point: shown by name, or by basemap polygons where linked.")

place("moscow", "Moscow", "settlement", [N("Moscow", "en", cit=[g(22135, "Moscow")]), N("Москва", "ru"), N("モスクワ", "ja"), N("莫斯科", "zh"), N("모스크바", "ko")],
      "uncertain", [R("Standard Wikipedia value from memory, not re-checked (facts.md §3, UNVERIFIED, low risk).")], unc=2000,
      note="UNVERIFIED coordinate (standard value, not re-checked).")
place("tokyo", "Tokyo", "settlement", [N("Tokyo", "en", cit=[g(21205, "Tokyo")]), N("Токио", "ru"), N("東京", "ja"), N("东京", "zh"), N("東京", "zh-Hant"), N("도쿄", "ko")],
      "uncertain", [R("Standard Wikipedia value from memory, not re-checked (facts.md §3, UNVERIFIED, low risk).")], unc=2000,
      note="UNVERIFIED coordinate (standard value, not re-checked).")

# ---------------------------------------------------------------- lake polygon + claims
W, lake_coords, lake_poly = lakemod.build()
lake_coords = [list(c) for c in lake_coords]

TRI = [130.63825, 42.4195]; H52 = [130.59, 42.436]; H82 = [130.59, 42.443]
CKF = [130.59, 42.447]; BEZ = [130.584, 42.465]; NORTH = [130.58, 42.48]
ussr_line = [TRI, H52, H82, CKF, BEZ, NORTH]

# Japanese line: hill 52 -> foot of Changkufeng's eastern slope -> 60 m off the lake's western
# shore from its southern end to its northern end -> back to the ridge north of the lake.
M_LON = lakemod.M_LON; M_LAT = lakemod.M_LAT
OFF = 60.0
from shapely.geometry import LineString as LS
def west_shore_x(lat):
    xs = [c[0] for c in LS([(130.5, lat), (130.7, lat)]).intersection(lake_poly).coords] if False else None
    inter = LS([(130.5, lat), (130.7, lat)]).intersection(lake_poly)
    return inter.bounds[0]
b = lake_poly.bounds
jp = [H52]
lat = 42.438
while lat < b[3] - 0.001:
    jp.append([round(west_shore_x(lat) - OFF / M_LON, 6), lat])
    lat = round(lat + 0.002, 3)
# round the north end: a point 60 m west of the shore near the tip, then to the ridge
jp.append([round(west_shore_x(b[3] - 0.0004) - OFF / M_LON, 6), round(b[3] - 0.0004, 6)])
jp.append([round(b[0] + 0.0015, 6), round(b[3] + OFF / M_LAT + 0.0012, 6)])
jp.append(NORTH)
japan_line = [TRI] + jp

F.append({"type": "Feature", "id": "claim-ussr", "geometry": {"type": "LineString", "coordinates": ussr_line}, "properties": {
    "kind": "claim", "id": "claim-ussr", "title": "Soviet claim: the 1886 Hunchun protocol map line along the crest",
    "claimant": "ussr", "basis": "1886 Hunchun protocol map line (as the USSR read it): from marker T along the watershed crest",
    "side": "right",  # drawn south to north from marker T: the USSR claims the east (right) side
    "certainty": "uncertain", "schematic": True,
    "description": ("From marker T at the Tumen north-west to hill No. 52, then north along the watershed crest through Hill 82 and the summits of "
                    "Zaozyornaya/Changkufeng and Bezymyannaya/Shachaofeng, and on along the watershed north of the lake. The lake and the "
                    "hills' eastern slopes fall to the USSR, the western slopes to Manchukuo. Vertices are schematic (facts.md §6.3): the summits are "
                    "LOW estimates (±1.5 km); replace once digitised from a large-scale map."),
    "vertices": ["tripoint", "hill-52", "hill-82", "changkufeng", "bezymyannaya", None],
    "style": {"stroke": "#c0392b", "dash": []},
    "citations": [
        seed("Our territory begins from the line on the map attached to the Hunch'un agreement"),
        seed("when we speak of the frontier, we mean the existing frontier established by the Khunchun and other agreements and it is the only frontier we can speak of"),
        seed("We have shown the frontier on the map. The Beziyannaya and Chankufeng hills are on the Soviet territory. We shall defend them at any cost and we shall not yield an inch"),
        seed("The line which is drawn on the map of the Hunch'un Agreement must be this line, in other words, the position of troops which existed prior to July 29, i. e., the beginning of military operations"),
        ref("vostlit-1886-protocol-first-section", "from the newly erected marker Т the border runs along the watershed ridge shown on the map by a red line"),
        ref("kasahara-khasan", "Japanese map of August 1938: the line linking Bezymyannaya and Zaozyornaya along their crests coincides with the line the USSR insisted on"),
        ref("kr-wiki1-hasanho", "the USSR claimed the border passes over the summit of Changkufeng"),
        R("Schematic vertices of facts.md §6.3 (LOW): tripoint/marker T → hill 52 (shared) → hill 82 → Changkufeng → Shachaofeng → (130.58, 42.48)."),
    ]}})

F.append({"type": "Feature", "id": "claim-japan-manchukuo", "geometry": {"type": "LineString", "coordinates": japan_line}, "properties": {
    "kind": "claim", "id": "claim-japan-manchukuo", "title": "Japanese/Manchukuo claim: along the western shore of Lake Khasan",
    "claimant": "japan-manchukuo", "basis": "1886 Hunchun protocol text as Japan read it ('along the western shore of Lake Changchi'), with the Chinese military map variant to hill No. 52",
    "side": "left",  # drawn south to north from marker T: Japan/Manchukuo claims the west (left) side
    "certainty": "uncertain", "schematic": True,
    "description": ("Shares the southern segment with the Soviet line (marker T to hill No. 52), then runs down to the foot of Changkufeng's eastern "
                    "slope and north along the western shore of Lake Khasan (drawn 60 m west of the hand-drawn shoreline), past the eastern foot of "
                    "Shachaofeng, rejoining the ridge north of the lake. Both summits fall to Manchukuo. Vertices are schematic (facts.md §6.3, "
                    "refined to follow the drawn lake shore)."),
    "style": {"stroke": "#1f4e9c", "dash": [6, 4]},
    "citations": [
        seed("according to their interpretation of the Khunchun agreement, the Japanese party considers that the frontier before July 11 should be the one between Manchukuo and the U.S.S.R."),
        seed("It means that the Chankufeng hill is a Manchurian territory"),
        seed("In the problem of territory and boundary we don't have a common opinion"),
        ref("kasahara-khasan", "Shigemitsu, 20 July 1938: the border runs to the north-east and along the western shore of Lake Changchi"),
        ref("tululu-khasan", "Japanese General Staff reading: between Lake Khasan and the heights, east of the latter, south along the crest to hill No. 52"),
        ref("habib-fangchuan", "'whether the Soviet-Manchurian border line ran along Lake Khasan, as the Japanese argued, or the adjacent Changkufeng Heights'"),
        R(f"Schematic (LOW): facts.md §6.3 vertices with the shore section replaced by points {OFF:.0f} m west of the basemap lake polygon's western shore every ~220 m of latitude."),
    ]}})

F.append({"type": "Feature", "id": "basemap-lake-khasan", "geometry": {"type": "Polygon", "coordinates": [lake_coords]}, "properties": {
    "kind": "basemap", "id": "basemap-lake-khasan", "layer": "lake", "name": "Lake Khasan", "place": "lake-khasan",
    "source": "borderlines-research", "era": "present-day", "scale": "local", "accuracy_m": 500,
    "note": ("Hand-drawn schematic outline; GSHHG has no Lake Khasan. Made from the de.wikipedia centroid (130.608056, 42.448611) and area "
             "2.23 km²: an elongated NNW–SSE shape ~3.8 km long and ~0.8 km wide, narrowing to the south, scaled to 2.23 km² (WGS84 geodesic "
             "area) and shifted so its centroid equals the reference centroid. The shape is not digitised from a map: shoreline positions "
             "may be off by several hundred metres. Replace with a digitised outline (e.g. OSM) before release."),
}})

# ---------------------------------------------------------------- incidents and events
def inc(id, title, date, parties, summary, cit, place=None, geom=None, **kw):
    p = {"kind": "incident", "id": id, "title": title, "date": date}
    if place: p["place"] = place
    p["parties"] = parties; p["summary"] = summary; p.update(kw); p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": geom, "properties": p})

inc("soviet-guards-occupy-changkufeng-1938-07-11", "Soviet border guards occupy the Changkufeng crest", "1938-07-11", ["ussr"],
    "Soviet border guards took up positions on the crest of Changkufeng (Zaozyornaya), digging trenches and putting up wire. Japan treated the line before 11 July as the frontier and the occupation as the start of the incident.",
    [ref("time-1938-08-22", "'Changkufeng first emerged from obscurity when a Soviet force occupied it on July 11'"),
     ref("wiki-en-battle-lake-khasan", "Japanese sources date the start of the positions to 9 July (via wikisum; MED)"),
     ref("ja-searchnavi-bangchun"),
     seed("the frontier before July 11 should be the one between Manchukuo and the U.S.S.R."),
     seed("the incident had begun with the occupation of Changkufeng by Soviet troops")], place="changkufeng",
    note="Work on the positions began in the night of 8/9 July by some accounts (MED).")

inc("japanese-attack-bezymyannaya-1938-07-29", "Japanese attack on the Soviet post on Bezymyannaya", "1938-07-29", ["japan-manchukuo", "ussr"],
    "Japanese troops of the 19th Division attacked the Soviet post on the high ground of Bezymyannaya (Shachaofeng), about 2 km north of Changkufeng, and were repulsed; Soviet reinforcements reoccupied the hill. Litvinov later treated the positions before 29 July as the basis for a ceasefire.",
    [ref("wiki-en-battle-lake-khasan"), ref("ja-searchnavi-bangchun"),
     seed("Restoration of the situation existing before the commencement of military operations, i. e., before July 29"),
     seed("Troops from both sides may remain where they were before July 29, i. e., before the beginning of military operations")],
    place="bezymyannaya")

inc("japanese-night-attack-changkufeng-1938-07-31", "Japanese night attack takes Changkufeng", "1938-07-30/1938-07-31", ["japan-manchukuo", "ussr"],
    "In the night of 30–31 July the Japanese 75th Infantry Regiment (19th Division) stormed Changkufeng and the neighbouring crest, and the Soviet defenders withdrew. On 7 August Shigemitsu still spoke of the hill as held by Japanese troops.",
    [ref("wiki-en-battle-lake-khasan", "'on July 31 the Soviet troops had to retreat'"), ref("coox-1977", page="ch. 12 'The Night Attack'"),
     seed("even if Changkufeng were now in the hands of the Japanese")], place="changkufeng")

inc("soviet-offensive-changkufeng-1938-08-06", "Soviet offensive on Zaozyornaya and Bezymyannaya", "1938-08-06/1938-08-09", ["ussr", "japan-manchukuo"],
    "The Soviet 39th Rifle Corps under Shtern attacked the crests with tanks, artillery and heavy bombing; by the night of 6 August Soviet troops held the southern part of the Zaozyornaya crest, and fighting for the crests went on for several days. Both sides describe the battle in the 7 August conversation.",
    [ref("wiki-en-battle-lake-khasan", "order of battle"), ref("readania-khasan", "118th Rifle Regt reaches the south part of the Zaozyornaya crest; fighting continued 7–10 Aug"),
     ref("coox-1977", page="ch. 21–22"), ref("ap-1938-white", "shelling from Hill 52 through Hill 82 to the Shachofeng sector"),
     seed("after the last talk on August 4th at the place there occurred a heavy battle, which was a result of the Soviet troops attacking the Japanese defence line. This attack was carried on day and night"),
     seed("the Soviet side is at present using its air-force, tanks and all kinds of artillery"),
     seed("the Japanese troops were forced to evacuate Soviet territory")],
    place="changkufeng", note="Start date 6 August is from general knowledge (facts.md §7.1, MED); the sources agree on fighting 7–10 August.")

inc("hill-588-attack-1938-08-07", "Attack on Soviet border guards on Hill 588 (Grodekovo sector)", "1938-08-07", ["japan-manchukuo", "ussr"],
    "In the Soviet account, Japanese troops with a heavy machine-gun attacked border guards holding Hill 588, about 22 km south-west of Grodekovo, then withdrew into Manchuria leaving grenades and detonators; several Soviet guards were wounded. Shigemitsu's telegram said instead that Soviet troops had crossed the border and attacked a Japanese outpost.",
    [seed("in the sector of the Gladukha barrier located in the Grodekovo district (region)"),
     seed("Firing a heavy machine-gun, Japanese troops suddenly attacked our border guards, who were defending Hill 588 situated 22 kilometers south-west of Grodekovo on Soviet territory"),
     seed("Our reinforcements which soon arrived the scene of battle, were fired upon by a machine-gun, after which the Japanese hid themselves on Manchurian territory, leaving 10 hand-grenades and 50 detonators. Several men on our side were wounded in this connection"),
     seed("Crossing the border, Soviet troops had attacked a Japanese out-post", "the Japanese version")],
    place="hill-588", note="Position from '22 kilometers south-west of Grodekovo' by WGS84 geodesic (see place hill-588; ±3 km). The report's date is 'to-day', 7 August 1938.")

inc("truce-changkufeng-1938-08-11", "Truce; ceasefire details arranged on Changkufeng", "1938-08-10/1938-08-11", ["ussr", "japan-manchukuo"],
    "Litvinov and Shigemitsu agreed a truce in Moscow on 10 August and the fighting stopped on 11 August; the local arrangements were made on Changkufeng by Colonel Chō Isamu and General Shtern.",
    [ref("time-1938-08-22", "truce 'in general terms'; details arranged on Changkufeng by Col. Goro Cho and Gen. Shutern"),
     ref("wiki-en-battle-lake-khasan", "infobox end date 11 August 1938")], place="changkufeng",
    note="The 10 August date of the Moscow agreement is from general knowledge (TIME says 'last week'); the exact hour of the ceasefire is not confirmed.")

def ev(id, title, date, parties, summary, cit, **kw):
    p = {"kind": "event", "id": id, "title": title, "date": date, "parties": parties, "summary": summary}
    p.update(kw); p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": None, "properties": p})

ev("nishi-stomonyakov-talks-1938-07-15", "Japan demands a Soviet withdrawal from the two hills", "1938-07-15", ["japan-manchukuo", "ussr"],
   "In two meetings in Moscow the Japanese chargé d'affaires Nishi asked Deputy Commissar Stomonyakov to withdraw the Soviet guards from Bezymyannaya and Zaozyornaya; the demand was rejected.",
   [ref("kasahara-khasan", page="litfond.net p. 18"), ref("wiki-en-battle-lake-khasan")],
   note="Reports of a Japanese gendarme killed near the crest that day are not confirmed in the sources read.")
ev("shigemitsu-litvinov-talk-1938-07-20", "Shigemitsu states Japan's line to Litvinov", "1938-07-20", ["japan-manchukuo", "ussr"],
   "Ambassador Shigemitsu told Litvinov that under the Hunchun agreement the border runs along the western shore of Lake Changchi (Khasan), so the hills belonged to Manchukuo.",
   [ref("kasahara-khasan", "'along the western shore of Lake Changchi'", page="p. 13")])
ev("shigemitsu-proposal-1938-08-04", "Shigemitsu proposes ending hostilities", "1938-08-04", ["japan-manchukuo", "ussr"],
   "Shigemitsu proposed in Moscow that military action cease and that the incident be settled by diplomatic negotiation; Litvinov answered with a demand for withdrawal behind the Soviet line.",
   [seed("The Japanese Government on August 4th through him brought out the proposal for the cessation of military action and the regulation of the incident by diplomatic negotiations")])
ev("litvinov-shigemitsu-conversation-1938-08-07", "Litvinov–Shigemitsu conversation", "1938-08-07", ["ussr", "japan-manchukuo"],
   "Litvinov and Shigemitsu restated their boundary lines: Litvinov the line on the Hunchun protocol map, with both hills Soviet; Shigemitsu the frontier before 11 July, with Changkufeng Manchurian. They discussed a ceasefire, a redemarcation commission, and Litvinov's protest about Hill 588.",
   [seed("RECORD OF A CONVERSATION WITH SHIGEMITSU\nOF AUGUST 7, 1938."),
    seed("Our territory begins from the line on the map attached to the Hunch'un agreement"),
    seed("It means that the Chankufeng hill is a Manchurian territory"),
    seed("if both sides would withdraw a specified distance from the line that they were occupying")],
   document=SEED)

def treaty(id, title, places, names, cit):
    """A treaty the documents cite by a place name ("the Hunch'un agreement"): the geoparser reports
    such phrases under treaties, not as place mentions."""
    F.append({"type": "Feature", "id": id, "geometry": None, "properties": {
        "kind": "treaty", "id": id, "title": title, "places": places, "names": names, "citations": cit}})

treaty("hunchun-protocol-1886", "1886 Russo-Chinese Hunchun (Novokievsk) boundary protocols and map", ["hunchun"],
       [N("Hunchun", "en"), N("Hunch'un", "en"), N("Khunchun", "en"), N("珲春", "zh"), N("琿春", "zh-Hant"), N("Хуньчунь", "ru")],
       [seed("Our territory begins from the line on the map attached to the Hunch'un agreement"),
        ref("vostlit-1886-general-protocol")])
treaty("treaty-of-peking-1860", "1860 Additional Treaty of Peking", [],
       [N("Peking", "en"), N("Beijing", "en"), N("北京", "zh"), N("Пекин", "ru")],
       [research("The 1860 Additional Treaty of Peking fixed the Ussuri–Tumen boundary that the 1886 protocols marked on the ground (facts.md §6).")])

FACTS = open(os.path.join(ARGS.shared, "research", "facts.md"), encoding="utf-8").read()
for f in F:
    if f["properties"]["kind"] != "place":
        continue
    for n in f["properties"]["names"]:
        if n["toponym"] not in FACTS and n["toponym"] not in TEXT and "citations" not in n:
            n["attested"] = False

doc = {
    "type": "FeatureCollection",
    "borderlines": 1,
    "dispute": {
        "title": "Changkufeng / Lake Khasan, 1938",
        "titles": {"ru": "Бои у озера Хасан (сопка Заозёрная), 1938", "ja": "張鼓峰事件（1938年）", "zh": "张鼓峰事件（1938年）"},
        "period": "1938-07-11/1938-08-11",
        "summary": ("In July–August 1938 Soviet and Japanese troops fought for two hills west of Lake Khasan, where the Soviet, Manchukuo and Korean borders met near the Tumen. "
                    "Each side read the 1886 Hunchun boundary protocol differently: the USSR put the line on the crest of the hills, Japan on the lake's western shore."),
        "parties": [
            {"id": "ussr", "name": "USSR", "names": {"ru": "СССР", "ja": "ソ連", "zh": "苏联"}},
            {"id": "japan-manchukuo", "name": "Japan / Manchukuo", "names": {"ru": "Япония / Маньчжоу-го", "ja": "日本 / 満洲国", "zh": "日本 / 满洲国"}},
        ],
    },
    "sources": S,
    "features": F,
}
# Keep the features the GSHHG import owns (see gshhg2geojson.owned) in their place at the end;
# hand-made features first (non-basemap, then hand-made basemap), as the import orders them.
out = ARGS.out
imported = []
if os.path.exists(out):
    import gshhg2geojson
    with open(out, encoding="utf-8") as f:
        imported = [f for f in json.load(f)["features"] if gshhg2geojson.owned(f)]
doc["features"] = [f for f in F if f["properties"]["kind"] != "basemap"] + \
                  [f for f in F if f["properties"]["kind"] == "basemap"] + imported
geojson_format.write(out, doc)
print(f"wrote {out}: {len(F)} hand-made features, {len(imported)} imported kept", file=sys.stderr)
