#!/usr/bin/env python3
"""Check GeoData/khasan-1938.geojson: format, references, citations and geometry facts.

Usage: check_khasan.py [FILE] [--corpus DIR] [--canonical canonical-ids.json]
Exit 0 when every check passes, 1 otherwise (each failure is printed with the feature id).
Needs python3 with shapely >= 2 and pyproj (pip install shapely pyproj).
The same facts are checked independently by the Swift tests.
"""
import argparse
import hashlib
import json
import math
import os
import sys

import shapely
from shapely.geometry import LineString, Point, Polygon, shape
import numpy as np
from pyproj import Geod, Transformer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import disputed  # noqa: E402

GEOD = Geod(ellps="WGS84")
UTM52 = Transformer.from_crs("EPSG:4326", "EPSG:32652", always_xy=True).transform

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

KINDS = {"place", "claim", "incident", "event", "basemap"}
PLACE_TYPES = {"hill", "lake", "river", "settlement", "marker", "point", "bay", "sea", "polity", "region", "admin"}
CERTAINTY = {"certain", "less-certain", "uncertain"}
LAYERS = {"land", "sea", "coast", "lake", "river", "border"}
# canonical-ids.json ids of the Khalkhin Gol / Nomonhan dispute (a later file): must not appear here.
KHALKHIN = {"khalkhin-gol", "nomonhan", "holsten-river", "bain-tsagan", "khamar-daba", "remizov-heights",
            "fui-heights", "khalkhgol-sum"}
NULL_OK = {"manchukuo", "manchuria", "japan", "ussr", "russia", "china", "korea", "mongolia", "siberia",
           "far-east", "sea-of-japan", "hunchun-river", "gladukha-barrier"}

failures = []
passes = 0


def check(cond, what, fid="-"):
    global passes
    if cond:
        passes += 1
    else:
        failures.append(f"[{fid}] {what}")
    return cond


def metres(geom):
    return shapely.transform(geom, lambda a: np.column_stack(UTM52(a[:, 0], a[:, 1])))


def geod_dist(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def iter_positions(c):
    if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
        yield c
    elif isinstance(c, (list, tuple)):
        for x in c:
            yield from iter_positions(x)


def x_at_lat(line, lat):
    """Easternmost crossing of a line with a parallel (None when it does not cross)."""
    inter = line.intersection(LineString([(0, lat), (180, lat)]))
    if inter.is_empty:
        return None
    return inter.bounds[2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(ROOT, "GeoData", "khasan-1938.geojson"))
    ap.add_argument("--corpus", action="append", default=[],
                    help="directory holding cited documents (default: ../shared/corpus next to the repo, if present)")
    ap.add_argument("--canonical", default=None, help="canonical-ids.json (default: ../shared/spec/ if present)")
    args = ap.parse_args()

    corpus = args.corpus or [p for p in (os.path.join(ROOT, "..", "shared", "corpus"),) if os.path.isdir(p)]
    canonical = args.canonical or os.path.join(ROOT, "..", "shared", "spec", "canonical-ids.json")

    raw = open(args.file, "rb").read()
    check(len(raw) < 1_500_000, f"file size {len(raw)} bytes < 1.5 MB")
    doc = json.loads(raw.decode("utf-8"))

    # ---- top level
    check(doc.get("type") == "FeatureCollection", "type is FeatureCollection")
    check(doc.get("borderlines") == 1, "format version borderlines == 1")
    d = doc.get("dispute", {})
    for k in ("title", "period", "summary", "parties"):
        check(k in d, f"dispute.{k} present")
    check("/" in d.get("period", ""), "dispute.period is an ISO 8601 interval")
    parties = {p["id"] for p in d.get("parties", [])}
    check(parties == {"ussr", "japan-manchukuo"}, f"parties {sorted(parties)}")

    sources = {s["id"]: s for s in doc.get("sources", [])}
    check(len(sources) == len(doc.get("sources", [])), "source ids unique")
    for s in sources.values():
        check(s.get("kind") in ("document", "reference", "dataset"), f"source kind {s.get('kind')}", s["id"])
        check(bool(s.get("title")), "source has a title", s["id"])

    # documents at hand
    texts = {}
    for s in sources.values():
        if s.get("kind") != "document":
            continue
        check(bool(s.get("sha256")) and bool(s.get("file")), "document source has file and sha256", s["id"])
        for dir_ in corpus:
            p = os.path.join(dir_, s["file"])
            if os.path.exists(p):
                b = open(p, "rb").read()
                check(hashlib.sha256(b).hexdigest() == s["sha256"], "sha256 matches the document", s["id"])
                texts[s["id"]] = b.decode("utf-8")
    if not texts:
        print("note: no cited document found; citation spans are checked for shape only", file=sys.stderr)

    feats = doc.get("features", [])
    ids = [f.get("id") for f in feats if f.get("id") is not None]
    dup = {i for i in ids if ids.count(i) > 1}
    check(not dup, f"feature ids unique (duplicates: {sorted(dup)})")
    byid = {f["id"]: f for f in feats if f.get("id")}
    places = {f["id"]: f for f in feats if f["properties"].get("kind") == "place"}

    n_quotes = 0

    def check_citations(cits, fid):
        nonlocal n_quotes
        check(isinstance(cits, list) and cits, "citations is a non-empty array", fid)
        for c in cits or []:
            src = c.get("source")
            if not check(src in sources, f"citation source {src!r} exists", fid):
                continue
            if "span" in c:
                sp = c["span"]
                check(sources[src]["kind"] == "document", "span only on document sources", fid)
                check(isinstance(sp, list) and len(sp) == 2 and 0 <= sp[0] < sp[1], f"span {sp} well-formed", fid)
                if src in texts:
                    t = texts[src]
                    check(sp[1] <= len(t), f"span {sp} inside the document ({len(t)} code points)", fid)
                    if "quote" in c:
                        n_quotes += 1
                        check(t[sp[0]:sp[1]] == c["quote"], f"quote equals text at span {sp}: {c['quote'][:40]!r}", fid)

    # ---- features
    for f in feats:
        p = f.get("properties", {})
        fid = f.get("id", "?")
        kind = p.get("kind")
        check(f.get("type") == "Feature", "type Feature", fid)
        check(kind in KINDS, f"kind {kind!r}", fid)
        if "id" in p:
            check(f.get("id") == p["id"], "feature id equals properties.id", fid)
        g = f.get("geometry")
        if g is not None:
            for pos in iter_positions(g["coordinates"]):
                check(len(pos) == 2 and -180 <= pos[0] <= 180 and -90 <= pos[1] <= 90, f"position {pos} in range", fid)
            geom = shape(g)
            check(geom.is_valid, f"geometry valid ({shapely.is_valid_reason(geom)})", fid)
            if g["type"] in ("Polygon", "MultiPolygon"):
                rings = g["coordinates"] if g["type"] == "Polygon" else [r for poly in g["coordinates"] for r in poly]
                check(all(r[0] == r[-1] and len(r) >= 4 for r in rings), "rings closed", fid)
        if kind == "place":
            check(p.get("type") in PLACE_TYPES, f"place type {p.get('type')!r}", fid)
            check(p.get("certainty") in CERTAINTY, f"certainty {p.get('certainty')!r}", fid)
            check(bool(p.get("title")), "title", fid)
            names = p.get("names", [])
            check(names and all(n.get("toponym") and n.get("lang") for n in names), "names have toponym and lang", fid)
            for n in names:
                if "citations" in n:
                    check_citations(n["citations"], fid)
            if g is not None and p.get("certainty") != "certain":
                check(isinstance(p.get("uncertainty_m"), (int, float)), "estimated position has uncertainty_m", fid)
            if g is None:
                check(fid in NULL_OK, "place without geometry is a polity/region/sea or an unlocated place", fid)
            check_citations(p.get("citations"), fid)
        elif kind == "claim":
            check(p.get("claimant") in parties, f"claimant {p.get('claimant')!r} is a party", fid)
            check(bool(p.get("basis")), "basis", fid)
            check(p.get("certainty") in CERTAINTY, "certainty", fid)
            check(g is not None and g["type"] == "LineString", "claim is a LineString", fid)
            check(p.get("side") in (None, "left", "right"), f"side {p.get('side')!r} is left or right", fid)
            check_citations(p.get("citations"), fid)
            check(any("span" in c for c in p.get("citations", [])), "claim cites the seed document", fid)
        elif kind in ("incident", "event"):
            date = p.get("date", "")
            check(all(len(x.lstrip("~")) == 10 for x in date.split("/")) and date[:4] == "1938", f"ISO date {date!r}", fid)
            check(all(x in parties for x in p.get("parties", [])) and p.get("parties"), "parties known", fid)
            check(bool(p.get("summary")), "summary", fid)
            check_citations(p.get("citations"), fid)
            if kind == "incident":
                check(("place" in p and p["place"] in places) or g is not None, "incident has a known place or a geometry", fid)
            else:
                check(g is None, "event has no geometry", fid)
        elif kind == "basemap":
            check(p.get("layer") in LAYERS, f"layer {p.get('layer')!r}", fid)
            check(p.get("source") in sources, f"basemap source {p.get('source')!r} exists", fid)
            check(isinstance(p.get("accuracy_m"), (int, float)), "accuracy_m", fid)
            if "place" in p:
                check(p["place"] in places, f"basemap place {p['place']!r} exists", fid)
            check(g is not None, "basemap has geometry", fid)

    # ---- canonical ids
    if os.path.exists(canonical):
        canon = json.load(open(canonical, encoding="utf-8"))["places"]
        for cid, c in canon.items():
            if cid in KHALKHIN:
                check(cid not in places, "Khalkhin Gol place not in the Khasan file", cid)
                continue
            if not check(cid in places, "canonical id present", cid):
                continue
            f = places[cid]
            if c["coord"] is None or f["geometry"] is None:
                check(f["geometry"] is None or c["coord"] is not None, "geometry null as in canonical-ids", cid)
                continue
            dist = geod_dist(c["coord"], f["geometry"]["coordinates"])
            unc = f["properties"].get("uncertainty_m", 0)
            check(dist <= max(unc, 1), f"within stated uncertainty of canonical coordinate ({dist:.0f} m <= {unc} m)", cid)
        extra = set(places) - set(canon)
        check(not extra, f"every place id is canonical (extra: {sorted(extra)})")
    else:
        print(f"note: {canonical} not found; canonical-id checks skipped", file=sys.stderr)

    for f in feats:
        p = f["properties"]
        if p.get("proxy"):
            check(p["proxy"] in places, "proxy place exists", f["id"])

    # ---- geometry facts
    pt = lambda i: places[i]["geometry"]["coordinates"]
    ckf, bez = pt("changkufeng"), pt("bezymyannaya")
    lake_f = [f for f in feats if f["properties"].get("kind") == "basemap" and f["properties"].get("place") == "lake-khasan"]
    check(len(lake_f) == 1, "one lake polygon linked to lake-khasan")
    lake = shape(lake_f[0]["geometry"])
    area, _ = GEOD.geometry_area_perimeter(lake)
    area = abs(area) / 1e6
    check(abs(area - 2.23) <= 0.223, f"lake area {area:.3f} km² = 2.23 ± 10 %", "basemap-lake-khasan")
    cen = lake.centroid
    dcen = geod_dist((cen.x, cen.y), pt("lake-khasan"))
    check(dcen <= 100, f"lake centroid {dcen:.1f} m from reference centroid", "basemap-lake-khasan")
    check(lake.contains(Point(pt("lake-khasan"))), "lake polygon contains its centroid", "basemap-lake-khasan")
    b = lake.bounds
    ns = geod_dist((b[0], b[1]), (b[0], b[3]))
    ew = geod_dist((b[0], cen.y), (b[2], cen.y))
    check(3500 <= ns <= 4500, f"lake N-S extent {ns:.0f} m ~ 4 km", "basemap-lake-khasan")
    check(600 <= ew <= 1000, f"lake E-W extent {ew:.0f} m ~ 0.8 km", "basemap-lake-khasan")

    su = shape(byid["claim-ussr"]["geometry"])
    jp = shape(byid["claim-japan-manchukuo"]["geometry"])
    su_m, jp_m, lake_m = metres(su), metres(jp), metres(lake)
    for name, s in (("changkufeng", ckf), ("bezymyannaya", bez)):
        dm = su_m.distance(metres(Point(s)))
        check(dm <= 100, f"USSR line passes {dm:.1f} m from the {name} summit (<= 100 m)", "claim-ussr")
        xj = x_at_lat(jp, s[1])
        check(xj is not None and xj > s[0], f"Japan/Manchukuo line east of the {name} summit", "claim-japan-manchukuo")
        if xj is not None:
            sep = geod_dist(s, (xj, s[1]))
            check(sep >= 200, f"... by {sep:.0f} m at the summit's latitude", "claim-japan-manchukuo")
    xj = x_at_lat(jp, cen.y)
    check(xj is not None and xj < cen.x, "Japan/Manchukuo line west of the lake centroid", "claim-japan-manchukuo")
    check(not jp.intersects(lake), "Japan/Manchukuo line does not touch the lake", "claim-japan-manchukuo")
    check(not su.intersects(lake), "USSR line does not touch the lake", "claim-ussr")
    check(jp_m.distance(lake_m) >= 20, f"Japan/Manchukuo line {jp_m.distance(lake_m):.0f} m west of the shore (>= 20 m)",
          "claim-japan-manchukuo")
    # every lake vertex lies east of the Japan line at its latitude (where the line crosses it)
    west = [c for c in lake.exterior.coords if (x_at_lat(jp, c[1]) or -1) >= c[0]]
    check(not west, f"no lake vertex west of the Japan/Manchukuo line ({len(west)} found)", "claim-japan-manchukuo")
    for a, bb, what in ((su.coords[0], jp.coords[0], "start"), (su.coords[-1], jp.coords[-1], "end")):
        check(geod_dist(a, bb) < 1, f"claims share their {what} point", "claim-*")
    check(geod_dist(su.coords[0], pt("tripoint")) <= 100 and geod_dist(su.coords[0], pt("marker-t")) <= 100,
          "claims start at marker T / the tripoint", "claim-*")
    shared = LineString([su.coords[0], su.coords[1]])
    check(jp.coords[1] == su.coords[1], "the lines share the southern segment (marker T -> hill 52)", "claim-*")
    check(geod_dist(su.coords[1], pt("hill-52")) <= 1, "shared segment ends at hill 52", "claim-*")
    # area between the two lines (from where they split to where they rejoin)
    ring = list(su.coords)[1:] + list(jp.coords)[1:-1][::-1]
    between = Polygon(ring)
    check(between.is_valid, f"area between the lines is a valid polygon ({shapely.is_valid_reason(between)})", "claim-*")
    am = metres(between).area / 1e6
    check(am > 0.1, f"area between the lines non-empty ({am:.2f} km²)", "claim-*")
    for name, s in (("changkufeng", ckf), ("bezymyannaya", bez)):
        slope = GEOD.fwd(s[0], s[1], 90, 250)[:2]
        check(between.contains(Point(slope)), f"eastern slope of {name} (250 m E of the summit) in the disputed area", "claim-*")
    check(not between.intersects(lake), "the lake lies outside the disputed area", "claim-*")
    # side: the disputed face lies on the claimant's side of both lines (USSR east = right, Japan west = left)
    check(byid["claim-ussr"]["properties"].get("side") == "right", "USSR claims the right (east) side of its line", "claim-ussr")
    check(byid["claim-japan-manchukuo"]["properties"].get("side") == "left", "Japan/Manchukuo claims the left (west) side of its line",
          "claim-japan-manchukuo")
    fs = disputed.faces([su, jp])
    check(len(fs) == 1, f"one face between the claims ({len(fs)})", "claim-*")
    for face in fs:
        for cid, line in (("claim-ussr", su), ("claim-japan-manchukuo", jp)):
            s_ = disputed.side_of(line, face)
            check(s_ == byid[cid]["properties"].get("side"), f"disputed face on the claimant's side ({s_})", cid)
    check(not shared.intersects(lake), "the shared segment does not cross the lake", "claim-*")

    # hill 588 and the Tumen
    lon, lat, _ = GEOD.fwd(*pt("grodekovo"), 225.0, 22000.0)
    d588 = geod_dist((lon, lat), pt("hill-588"))
    check(d588 < 1, f"hill-588 = 22 km SW (225°) of grodekovo by WGS84 geodesic ({d588:.3f} m)", "hill-588")
    check(places["hill-588"]["properties"].get("uncertainty_m", 0) >= 3000, "hill-588 uncertainty >= 3 km", "hill-588")
    hi = [f for f in feats if f["properties"].get("kind") == "incident" and f["properties"].get("place") == "hill-588"]
    check(len(hi) == 1, "one incident at hill-588")
    tum = byid.get("tumen-lower-reach")
    if check(tum is not None, "hand-placed Tumen lower reach present"):
        c = tum["geometry"]["coordinates"]
        check(geod_dist(c[0], pt("tripoint")) < 1 and geod_dist(c[-1], pt("tumen-river-mouth")) < 1,
              "Tumen lower reach runs from the tripoint to the mouth", "tumen-lower-reach")

    kinds = {}
    for f in feats:
        kinds[f["properties"]["kind"]] = kinds.get(f["properties"]["kind"], 0) + 1
    print(f"{args.file}: {len(feats)} features {dict(sorted(kinds.items()))}; {len(sources)} sources; "
          f"{n_quotes} quotes checked against {len(texts)} document(s)")
    for msg in failures:
        print("FAIL", msg)
    print(f"{passes} checks passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
