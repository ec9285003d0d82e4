#!/usr/bin/env python3
"""Check GeoData/nomonhan-1939.geojson: format, references, canonical places and geometry facts.

Usage: check_nomonhan.py [FILE] [--canonical canonical-ids.json]
Exit 0 when every check passes, 1 otherwise (each failure is printed with the feature id).
Needs python3 with shapely >= 2 and pyproj (pip install shapely pyproj).

Facts checked (research/facts.md §4, §6.4, §7.2):
- every canonical id of the dispute is present, within its stated uncertainty of the canonical
  coordinate; UNVERIFIED positions are marked (certainty uncertain, uncertainty_m >= 5 km, note);
- the Mongolian/Soviet claim passes within 1 km of Nomonhan Burd Obo and lies 10-20 km east of the
  river there; the river claim follows the WDBII Khalkhin Gol; the border claim follows the WDBII border;
- the two claims share their end points, meet nowhere else, and enclose a non-empty area that lies on
  the claimant's side of both lines; east-bank places fall inside it, west-bank places outside;
- every geometry is valid.
"""
import argparse
import json
import os
import sys

import numpy as np
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point, shape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import disputed  # noqa: E402

GEOD = Geod(ellps="WGS84")
UTM50 = Transformer.from_crs("EPSG:4326", "EPSG:32650", always_xy=True).transform

KINDS = {"place", "claim", "incident", "event", "basemap"}
PLACE_TYPES = {"hill", "lake", "river", "settlement", "marker", "point", "bay", "sea", "polity", "region", "admin"}
CERTAINTY = {"certain", "less-certain", "uncertain"}
LAYERS = {"land", "sea", "coast", "lake", "river", "border"}
DISPUTE_IDS = {"khalkhin-gol", "nomonhan", "holsten-river", "bain-tsagan", "khamar-daba", "remizov-heights",
               "fui-heights", "khalkhgol-sum"}
POLITIES = {"mongolia", "manchukuo", "ussr", "japan", "china"}
UNVERIFIED = {"khamar-daba", "holsten-river", "bain-tsagan", "remizov-heights", "fui-heights"}
EAST_BANK = {"khalkhin-gol", "holsten-river", "remizov-heights", "fui-heights"}   # inside the disputed area
WEST_BANK = {"bain-tsagan", "khamar-daba", "khalkhgol-sum"}                        # Mongolian under both claims
OBO = (118.75667, 47.77333)
KHALKHIN_SOURCE = (120.48778, 47.08083)
KHALKHIN_MOUTH = (117.83556, 47.89556)

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
    return shapely.transform(geom, lambda a: np.column_stack(UTM50(a[:, 0], a[:, 1])))


def gdist(a, b):
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def iter_positions(c):
    if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
        yield c
    elif isinstance(c, (list, tuple)):
        for x in c:
            yield from iter_positions(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(ROOT, "GeoData", "nomonhan-1939.geojson"))
    ap.add_argument("--canonical", default=os.path.join(ROOT, "..", "shared", "spec", "canonical-ids.json"))
    args = ap.parse_args()

    raw = open(args.file, "rb").read()
    check(len(raw) < 1_500_000, f"file size {len(raw)} bytes < 1.5 MB")
    doc = json.loads(raw.decode("utf-8"))
    check(doc.get("type") == "FeatureCollection", "type is FeatureCollection")
    check(doc.get("borderlines") == 1, "format version borderlines == 1")
    d = doc.get("dispute", {})
    for k in ("title", "period", "summary", "parties"):
        check(k in d, f"dispute.{k} present")
    check(d.get("period") == "1939-05-11/1939-09-16", f"period {d.get('period')!r}")
    parties = {p["id"] for p in d.get("parties", [])}
    check(parties == {"japan-manchukuo", "mongolia-ussr"}, f"parties {sorted(parties)}")

    sources = {s["id"]: s for s in doc.get("sources", [])}
    check(len(sources) == len(doc.get("sources", [])), "source ids unique")
    for s in sources.values():
        check(s.get("kind") in ("document", "reference", "dataset"), f"source kind {s.get('kind')}", s["id"])
        check(bool(s.get("title")), "source has a title", s["id"])
        if s.get("kind") == "reference":
            check(bool(s.get("url")) or s["id"] == "borderlines-research", "reference has a url", s["id"])
    check(sources.get("gshhg", {}).get("attribution") is not None, "gshhg dataset has an attribution")

    feats = doc.get("features", [])
    ids = [f.get("id") for f in feats]
    dup = {i for i in ids if ids.count(i) > 1}
    check(None not in ids, "every feature has an id")
    check(not dup, f"feature ids unique (duplicates: {sorted(dup)})")
    byid = {f["id"]: f for f in feats if f.get("id")}
    places = {f["id"]: f for f in feats if f["properties"].get("kind") == "place"}
    used_sources = set()

    def cites(cits, fid):
        check(isinstance(cits, list) and cits, "citations is a non-empty array", fid)
        for c in cits or []:
            src = c.get("source")
            used_sources.add(src)
            if check(src in sources, f"citation source {src!r} exists", fid):
                check("span" not in c or sources[src]["kind"] == "document", "span only on document sources", fid)

    for f in feats:
        p = f.get("properties", {})
        fid = f.get("id", "?")
        kind = p.get("kind")
        check(f.get("type") == "Feature", "type Feature", fid)
        check(kind in KINDS, f"kind {kind!r}", fid)
        check(f.get("id") == p.get("id"), "feature id equals properties.id", fid)
        g = f.get("geometry")
        if g is not None:
            for pos in iter_positions(g["coordinates"]):
                check(len(pos) == 2 and -180 <= pos[0] <= 180 and -90 <= pos[1] <= 90, f"position {pos} in range", fid)
            geom = shape(g)
            check(geom.is_valid, f"geometry valid ({shapely.is_valid_reason(geom)})", fid)
            if g["type"] in ("Polygon", "MultiPolygon"):
                rings = g["coordinates"] if g["type"] == "Polygon" else [r for poly in g["coordinates"] for r in poly]
                check(all(r[0] == r[-1] and len(r) >= 4 for r in rings), "rings closed", fid)
                polys = [geom] if g["type"] == "Polygon" else list(geom.geoms)
                check(all(pp.exterior.is_ccw for pp in polys), "exterior rings counter-clockwise (RFC 7946)", fid)
        if kind == "place":
            check(p.get("type") in PLACE_TYPES, f"place type {p.get('type')!r}", fid)
            check(p.get("certainty") in CERTAINTY, f"certainty {p.get('certainty')!r}", fid)
            names = p.get("names", [])
            check(names and all(n.get("toponym") and n.get("lang") for n in names), "names have toponym and lang", fid)
            for n in names:
                if "citations" in n:
                    cites(n["citations"], fid)
            if g is not None:
                check(g["type"] == "Point", "place geometry is a Point", fid)
                check(isinstance(p.get("uncertainty_m"), (int, float)), "position has uncertainty_m", fid)
            else:
                check(fid in POLITIES, "only polities have no point", fid)
            cites(p.get("citations"), fid)
        elif kind == "claim":
            check(p.get("claimant") in parties, f"claimant {p.get('claimant')!r} is a party", fid)
            check(bool(p.get("basis")), "basis", fid)
            check(p.get("certainty") in CERTAINTY, "certainty", fid)
            check(p.get("side") in ("left", "right"), f"side {p.get('side')!r}", fid)
            check(g is not None and g["type"] == "LineString", "claim is a LineString", fid)
            check(shape(g).is_simple, "claim line is simple (no self-intersection)", fid)
            cites(p.get("citations"), fid)
        elif kind in ("incident", "event"):
            date = p.get("date", "")
            parts = [x.lstrip("~") for x in date.split("/")]
            check(all(len(x) == 10 for x in parts), f"ISO date {date!r}", fid)
            if kind == "incident":
                check(all("1939-05-11" <= x <= "1939-09-16" for x in parts), f"incident date {date} inside the period", fid)
                check(p.get("place") in places and places[p["place"]]["geometry"] is not None,
                      "incident has a located place", fid)
            else:
                check(g is None, "event has no geometry", fid)
            check(set(p.get("parties", [])) <= parties and p.get("parties"), "parties known", fid)
            check(bool(p.get("summary")), "summary", fid)
            cites(p.get("citations"), fid)
        elif kind == "basemap":
            check(p.get("layer") in LAYERS, f"layer {p.get('layer')!r}", fid)
            check(p.get("source") in sources, f"basemap source {p.get('source')!r} exists", fid)
            used_sources.add(p.get("source"))
            check(isinstance(p.get("accuracy_m"), (int, float)), "accuracy_m", fid)
            if "place" in p:
                check(p["place"] in places, f"basemap place {p['place']!r} exists", fid)
            check(g is not None, "basemap has geometry", fid)
    unused = set(sources) - used_sources
    check(not unused, f"every source is cited (unused: {sorted(unused)})")

    # ---- canonical places
    if os.path.exists(args.canonical):
        canon = json.load(open(args.canonical, encoding="utf-8"))["places"]
        for cid in sorted(DISPUTE_IDS):
            if not check(cid in places, "canonical id present", cid):
                continue
            f = places[cid]
            dist = gdist(canon[cid]["coord"], f["geometry"]["coordinates"])
            unc = f["properties"].get("uncertainty_m", 0)
            check(dist <= max(unc, 1), f"within stated uncertainty of the canonical coordinate ({dist:.0f} m <= {unc} m)", cid)
        extra = set(places) - DISPUTE_IDS - POLITIES
        check(not extra, f"only the dispute's canonical ids and polities (extra: {sorted(extra)})")
        for pid in POLITIES:
            check(pid in canon and canon[pid]["coord"] is None, "polity is canonical without a point", pid)
    else:
        print(f"note: {args.canonical} not found; canonical-id checks skipped", file=sys.stderr)
    for pid in UNVERIFIED:
        pp = places[pid]["properties"]
        check(pp.get("certainty") == "uncertain", "UNVERIFIED position has certainty uncertain", pid)
        check(pp.get("uncertainty_m", 0) >= 5000, "UNVERIFIED position has uncertainty_m >= 5 km", pid)
        check("unverified — digitise from a map" in pp.get("note", ""), "note says 'unverified — digitise from a map'", pid)

    # ---- claims
    jp_f, mn_f = byid["claim-japan-manchukuo"], byid["claim-mongolia-ussr"]
    jp, mn = shape(jp_f["geometry"]), shape(mn_f["geometry"])
    jp_m, mn_m = metres(jp), metres(mn)
    obo_d = mn_m.distance(metres(Point(OBO)))
    check(obo_d <= 1000, f"Mongolian/Soviet line passes {obo_d:.1f} m from Nomonhan Burd Obo (<= 1 km)", "claim-mongolia-ussr")
    h = LineString([(117, OBO[1]), (121, OBO[1])])
    xr, xm = jp.intersection(h), mn.intersection(h)
    if check(not xr.is_empty and not xm.is_empty, "both lines cross the obo's parallel", "claim-*"):
        sep = gdist((xr.bounds[2], OBO[1]), (xm.bounds[2], OBO[1]))
        check(10000 <= sep <= 20000 and xm.bounds[2] > xr.bounds[2],
              f"Mongolian line {sep / 1000:.1f} km east of the river at the obo's latitude (10-20 km)", "claim-mongolia-ussr")
    check(jp.coords[0] == mn.coords[0] and jp.coords[-1] == mn.coords[-1], "claims share their first and last points", "claim-*")
    touch = jp.intersection(mn)
    tpts = {(p.x, p.y) for p in getattr(touch, "geoms", [touch])} if not touch.is_empty else set()
    check(tpts == {jp.coords[0], jp.coords[-1]}, f"claims meet only at their ends ({len(tpts)} points)", "claim-*")
    fs = disputed.faces([jp, mn])
    area = sum(metres(f).area for f in fs) / 1e6
    check(len(fs) >= 1 and area > 100, f"claims enclose a non-empty area ({len(fs)} face(s), {area:.0f} km²)", "claim-*")
    for face in fs:
        for cf, line in ((jp_f, jp), (mn_f, mn)):
            s_ = disputed.side_of(line, face)
            check(s_ == cf["properties"].get("side"), f"disputed face on the claimant's side ({s_})", cf["id"])
    check(jp_f["properties"].get("side") == "right", "Japan/Manchukuo claims the east bank: right of the river drawn downstream",
          "claim-japan-manchukuo")
    check(mn_f["properties"].get("side") == "left", "Mongolia/USSR claims the west: left of its line drawn south to north",
          "claim-mongolia-ussr")
    area_geom = shapely.union_all(fs)
    for pid in EAST_BANK:
        check(area_geom.contains(Point(places[pid]["geometry"]["coordinates"])), "east-bank place inside the disputed area", pid)
    for pid in WEST_BANK:
        check(not area_geom.intersects(Point(places[pid]["geometry"]["coordinates"])), "west-bank place outside the disputed area", pid)

    # the claims' vertices are traceable to WDBII (the basemap river / border of the local box)
    river = shape(byid["khalkhin-gol-river"]["geometry"])
    border = shape(byid["gshhg-nomonhan-borders"]["geometry"])
    off = max(metres(Point(c)).distance(metres(river)) for c in jp.coords)
    check(off <= 1, f"every river-claim vertex lies on the WDBII Khalkhin Gol (max {off:.3f} m)", "claim-japan-manchukuo")
    off = max(metres(Point(c)).distance(metres(border)) for c in mn.coords)
    check(off <= 1000, f"every border-claim vertex within 1 km of the WDBII border (max {off:.0f} m)", "claim-mongolia-ussr")
    rp = byid["khalkhin-gol-river"]["properties"]
    check(rp.get("place") == "khalkhin-gol", "river line linked to khalkhin-gol", "khalkhin-gol-river")
    rc = byid["khalkhin-gol-river"]["geometry"]["coordinates"]
    check(gdist(rc[0], KHALKHIN_SOURCE) <= 3000, f"river starts {gdist(rc[0], KHALKHIN_SOURCE):.0f} m from the published source",
          "khalkhin-gol-river")
    check(gdist(rc[-1], KHALKHIN_MOUTH) <= 6000, f"river ends {gdist(rc[-1], KHALKHIN_MOUTH):.0f} m from the published mouth",
          "khalkhin-gol-river")
    buir = [f for f in feats if f["properties"].get("layer") == "lake" and f["properties"].get("name") == "Buir Nuur"
            and f["properties"].get("scale") == "local"]
    if check(len(buir) == 1, "one local lake polygon named Buir Nuur"):
        dm = metres(shape(buir[0]["geometry"])).distance(metres(Point(KHALKHIN_MOUTH)))
        check(dm <= 5000, f"Buir Nuur within 5 km of the Khalkhin Gol mouth ({dm:.0f} m)", buir[0]["id"])
    check(any(f["properties"].get("scale") == "regional" for f in feats), "regional inset features present")

    kinds = {}
    for f in feats:
        kinds[f["properties"]["kind"]] = kinds.get(f["properties"]["kind"], 0) + 1
    print(f"{args.file}: {len(feats)} features {dict(sorted(kinds.items()))}; {len(sources)} sources; "
          f"disputed area {area:.0f} km² in {len(fs)} face(s); obo {obo_d:.1f} m from the Mongolian line")
    for msg in failures:
        print("FAIL", msg)
    print(f"{passes} checks passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
