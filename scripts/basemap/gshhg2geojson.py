#!/usr/bin/env python3
"""Import GSHHG/WDBII context geometry into a Borderlines dispute file.

Runs `gmt coast -M` (GSHHG 2.3.7 shorelines, WDBII rivers and borders) for the
boxes configured for the dispute (DISPUTES below, chosen by the file name:
khasan-1938, nomonhan-1939), converts the multisegment dumps to GeoJSON basemap
features and merges them into the dispute file, replacing only the features this
script owns (basemap features with source "gshhg", plus the derived lines
"tumen-lower-reach" and "khalkhin-gol-river"). Everything else in the file is
kept as it is; the file is rewritten in the canonical layout of geojson_format.py.

Output is deterministic: coordinates are snapped to a fixed grid, geometries
normalised and features sorted, so a rerun gives identical bytes.

Usage: gshhg2geojson.py [--out GeoData/khasan-1938.geojson] [--dispute ID] [--stdout]
Needs: gmt (>= 6) with gmt-gshhg-full, python3 with shapely >= 2 and pyproj.
For any other box, use basemap-for-bbox.sh (same conversion, no dispute file needed).
"""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

import shapely
import shapely.ops
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box, mapping
from shapely.ops import linemerge, polygonize, substring, unary_union
from pyproj import Geod

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geojson_format  # noqa: E402

GEOD = Geod(ellps="WGS84")

# Boxes: W, E, S, N. "res" is the GSHHG resolution letter, "decimals" the output grid.
# Optional per box: "sea_name"/"sea_place" (name and place id of the sea polygon), "lake_note"
# (appended to every lake's note), "lake_names" [(lon, lat, name)]: a lake within 5 km of the
# point gets the name), "wdbii_note" (the note of river and border features).
KHASAN_WDBII = ("regional context only: 1-3 km off near the Tumen tripoint, never used to place claims, hills or the "
                "tripoint.")
KHASAN_BOXES = [
    {"key": "khasan", "title": "Khasan sector", "region": (130.40, 130.95, 42.25, 42.75),
     "res": "f", "decimals": 6, "scale": "local",
     "layers": ("coast", "land", "sea", "lake", "river", "border")},
    {"key": "grodekovo", "title": "Grodekovo / Suifenhe sector", "region": (130.95, 131.55, 44.05, 44.55),
     "res": "f", "decimals": 6, "scale": "local",
     "layers": ("lake", "river", "border")},
    {"key": "regional", "title": "regional context (inset locator)", "region": (127.0, 134.0, 40.5, 46.0),
     "res": "i", "decimals": 4, "scale": "regional",
     "layers": ("coast", "land", "sea", "lake", "border")},
]
for _b in KHASAN_BOXES:
    _b.update(sea_name="Sea of Japan", sea_place="sea-of-japan", lake_note=" Not Lake Khasan (GSHHG lacks it).",
              river_note="WDBII rivers via GSHHG 2.3.7; " + KHASAN_WDBII,
              border_note="WDBII national boundaries (level 1) via GSHHG 2.3.7, as of the data set (c. 2017); "
                          "regional context only: 1-3 km off near the Tumen tripoint; not the 1938 claim lines.")

# Khalkhin Gol (facts.md §4, HIGH): source, bifurcation, mouth in Buir Nuur (lon, lat).
KHALKHIN_SOURCE = (120.48778, 47.08083)
KHALKHIN_BIFURCATION = (118.134290, 48.033179)
KHALKHIN_MOUTH = (117.83556, 47.89556)
NOMONHAN_WDBII = ("the claim lines of nomonhan-1939 take their vertices from these lines (claim-japan-manchukuo = the "
                  "Khalkhin Gol, claim-mongolia-ussr = the Mongolia-China border), to their 1-3 km accuracy; never used "
                  "to place hills or settlements.")
NOMONHAN_BOXES = [
    {"key": "nomonhan", "title": "Khalkhin Gol / Nomonhan sector", "region": (117.2, 120.7, 47.0, 48.3),
     "res": "f", "decimals": 6, "scale": "local",
     "layers": ("land", "lake", "river", "border")},
    {"key": "regional", "title": "regional context (inset locator)", "region": (114.0, 122.0, 45.0, 50.0),
     "res": "i", "decimals": 4, "scale": "regional",
     "layers": ("land", "lake", "river", "border")},
]
for _b in NOMONHAN_BOXES:
    _b.update(lake_note="", lake_names=[(KHALKHIN_MOUTH[0], KHALKHIN_MOUTH[1], "Buir Nuur")],
              river_note="WDBII rivers via GSHHG 2.3.7; " + NOMONHAN_WDBII,
              border_note="WDBII national boundaries (level 1) via GSHHG 2.3.7, as of the data set (c. 2017); the "
                          "present-day Mongolia-China border, not the 1939 line itself; " + NOMONHAN_WDBII)

# How far off the imported geometry may be (metres). GSHHG full shorelines come from
# WVS/CIA WDBII at 1:250k-ish scales; intermediate is simplified with a 1 km tolerance.
# WDBII rivers and borders are 1-3 km off near the Tumen tripoint (facts.md, marker 423).
ACCURACY = {
    ("f", "shore"): 500, ("i", "shore"): 1500,
    ("f", "river"): 3000, ("f", "border"): 3000, ("i", "border"): 5000, ("i", "river"): 5000,
}
RES_NAME = {"f": "full", "h": "high", "i": "intermediate", "l": "low", "c": "crude"}

TRIPOINT = (130.63825, 42.4195)        # facts.md §1, marker 423 (HIGH)
TUMEN_MOUTH = (130.698889, 42.292778)  # facts.md §1, en.wikipedia (HIGH)


_WORKDIR = []  # gmt writes gmt.history into its cwd: run it in a temp dir, made on first use


def workdir():
    if not _WORKDIR:
        _WORKDIR.append(tempfile.mkdtemp(prefix="borderlines-gshhg-"))
        atexit.register(shutil.rmtree, _WORKDIR[0], True)
    return _WORKDIR[0]


def run(cmd, stdin=None):
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=workdir())
    if r.returncode != 0:
        sys.exit(f"command failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    return r.stdout


def rstr(region):
    return "-R{}/{}/{}/{}".format(*region)


def gmt_segments(region, res, option):
    """Dump one GSHHG/WDBII layer; return [(level, [(x, y), ...]), ...]."""
    out = run(["gmt", "coast", rstr(region), f"-D{res}", "-A0", "-M", option, "--GMT_HISTORY=readonly"])
    segs, cur = [], None
    for line in out.splitlines():
        if line.startswith(">"):
            level = int(line.rsplit("Level", 1)[1].strip().split()[0]) if "Level" in line else 0
            cur = (level, [])
            segs.append(cur)
        elif line.strip() and cur is not None:
            x, y = line.split()[:2]
            cur[1].append((float(x), float(y)))
    return segs


def snap(pts, decimals):
    out = []
    for x, y in pts:
        p = (round(x, decimals), round(y, decimals))
        if not out or out[-1] != p:
            out.append(p)
    return out


def on_same_edge(a, b, region):
    w, e, s, n = region
    return (a[0] == b[0] and a[0] in (w, e)) or (a[1] == b[1] and a[1] in (s, n))


def drop_box_edges(pts, region):
    """Split a clipped shoreline where it runs along the box edge (clip artefact)."""
    parts, cur = [], [pts[0]]
    for a, b in zip(pts, pts[1:]):
        if on_same_edge(a, b, region):
            if len(cur) > 1:
                parts.append(cur)
            cur = [b]
        else:
            cur.append(b)
    if len(cur) > 1:
        parts.append(cur)
    return parts


def lines_in_box(segs, region, decimals):
    """Clip WDBII lines (dumped per bin, not per region) to the box and merge them."""
    bx = box(region[0], region[2], region[1], region[3])
    geoms = []
    for _, pts in segs:
        pts = snap(pts, decimals)
        if len(pts) > 1:
            geoms.append(LineString(pts))
    if not geoms:
        return None
    clipped = unary_union(geoms).intersection(bx)
    lines = [g for g in getattr(clipped, "geoms", [clipped]) if g.geom_type == "LineString" and g.length > 0]
    if not lines:
        return None
    return linemerge(lines)


def classify(points, region, res):
    """Ask GSHHG (gmt select -N) which points are ocean / lake; the rest is land."""
    text = "".join(f"{p.x:.9f} {p.y:.9f} {i}\n" for i, p in enumerate(points))

    def keep(nflags):
        out = run(["gmt", "select", rstr(region), f"-D{res}", "-A0", nflags, "--GMT_HISTORY=readonly"], stdin=text)
        return {int(float(l.split()[2])) for l in out.splitlines() if l.strip() and not l.startswith(">")}

    ocean = keep("-Nk/s/s/s/s")
    lake = keep("-Ns/s/k/s/k")
    return ["sea" if i in ocean else "lake" if i in lake else "land" for i in range(len(points))]


def clean(geom, decimals):
    """Snap to the output grid, keep validity, normalise ring order/orientation (RFC 7946)."""
    g = shapely.set_precision(geom, 10 ** -decimals)
    g = shapely.normalize(g)
    if g.geom_type in ("Polygon", "MultiPolygon"):
        g = shapely.geometry.polygon.orient(g, 1.0) if g.geom_type == "Polygon" else \
            MultiPolygon([shapely.geometry.polygon.orient(p, 1.0) for p in g.geoms])
    if not g.is_valid:
        sys.exit(f"invalid geometry after snapping: {shapely.is_valid_reason(g)}")
    return g


def as_coords(geom, decimals):
    def r(v):
        if isinstance(v, (list, tuple)):
            if v and isinstance(v[0], (int, float)):
                return [round(float(c), decimals) for c in v[:2]]
            return [r(x) for x in v]
        return v
    m = mapping(geom)
    return {"type": m["type"], "coordinates": r(m["coordinates"])}


def feature(fid, geom, decimals, props):
    p = {"kind": "basemap", "id": fid}
    p.update(props)
    return {"type": "Feature", "id": fid, "geometry": as_coords(geom, decimals), "properties": p}


def import_box(b):
    region, res, dec = b["region"], b["res"], b["decimals"]
    key, layers = b["key"], b["layers"]
    extent = [region[0], region[2], region[1], region[3]]
    common = {"source": "gshhg", "era": "present-day", "scale": b["scale"], "extent": extent}
    feats = []
    shore_note = f"GSHHG 2.3.7 {RES_NAME[res]}-resolution shoreline, box {extent}"

    shore = gmt_segments(region, res, "-W") if set(layers) & {"coast", "land", "sea", "lake"} else []
    level1 = [snap(p, dec) for lvl, p in shore if lvl == 1]
    level1 = [p for p in level1 if len(p) > 1]

    if "coast" in layers and level1:
        parts = [LineString(q) for p in level1 for q in drop_box_edges(p, region)]
        coast = linemerge(unary_union(parts))
        feats.append(feature(f"gshhg-{key}-coast", clean(coast, dec), dec, dict(
            layer="coast", name=f"Coastline ({b['title']})", **common,
            accuracy_m=ACCURACY[(res, "shore")],
            note=shore_note + "; land/ocean shoreline (level 1), clip edges removed.")))

    if set(layers) & {"land", "sea", "lake"} and shore:
        bx = box(region[0], region[2], region[1], region[3])
        lines = [LineString(q) for _, p in shore for q in [snap(p, dec)] if len(q) > 1]
        faces = list(polygonize(unary_union(lines + [bx.exterior])))
        faces = [f for f in faces if f.area > 0]
        classes = classify([f.representative_point() for f in faces], region, res)
        groups = {c: unary_union([f for f, k in zip(faces, classes) if k == c]) for c in ("land", "sea", "lake")}
        acc = ACCURACY[(res, "shore")]
        if "land" in layers and not groups["land"].is_empty:
            feats.append(feature(f"gshhg-{key}-land", clean(groups["land"], dec), dec, dict(
                layer="land", name=f"Land ({b['title']})", **common, accuracy_m=acc,
                note=shore_note + "; faces of shoreline + box classified with `gmt select -N`; "
                     "lakes are holes in the land polygon (drawn as lake features).")))
        if "sea" in layers and not groups["sea"].is_empty:
            feats.append(feature(f"gshhg-{key}-sea", clean(groups["sea"], dec), dec, dict(
                layer="sea", name=f"{b.get('sea_name', 'Sea')} ({b['title']})",
                **({"place": b["sea_place"]} if b.get("sea_place") else {}), **common, accuracy_m=acc,
                note=shore_note + "; ocean faces of shoreline + box (`gmt select -N`).")))
        if "lake" in layers and not groups["lake"].is_empty:
            g = groups["lake"]
            polys = sorted(getattr(g, "geoms", [g]), key=lambda p: (p.bounds[0], p.bounds[1]))
            for i, poly in enumerate(polys, 1):
                c = poly.representative_point()
                named = [n for x, y, n in b.get("lake_names", [])
                         if GEOD.inv(x, y, *nearest_point(poly, (x, y)))[2] <= 5000]
                extra = {"name": named[0]} if named else {}
                how = (f"; named {named[0]} because it lies within 5 km of the Khalkhin Gol mouth (facts.md §4)"
                       if named else ", unnamed in GSHHG")
                feats.append(feature(f"gshhg-{key}-lake-{i}", clean(poly, dec), dec, dict(
                    layer="lake", **extra, **common, accuracy_m=acc,
                    note=shore_note + f"; GSHHG lake (level 2) near {c.x:.3f} E {c.y:.3f} N{how}." + b["lake_note"])))

    if "river" in layers:
        segs = gmt_segments(region, "f" if res == "f" else res, "-Ia")
        classes = sorted({lvl for lvl, _ in segs})
        for cls in classes:
            g = lines_in_box([s for s in segs if s[0] == cls], region, dec)
            if g is None:
                continue
            props = dict(layer="river", name=f"Rivers, WDBII class {cls} ({b['title']})", **common,
                         accuracy_m=ACCURACY[(res, "river")], wdbii_class=cls, note=b["river_note"])
            feats.append(feature(f"gshhg-{key}-rivers-{cls}", clean(g, dec), dec, props))

    if "border" in layers:
        segs = gmt_segments(region, res, "-N1")
        g = lines_in_box(segs, region, dec)
        if g is not None:
            feats.append(feature(f"gshhg-{key}-borders", clean(g, dec), dec, dict(
                layer="border", name=f"Present-day national borders ({b['title']})", **common,
                accuracy_m=ACCURACY[(res, "border")], note=b["border_note"])))
    return feats


def tumen_lower_reach():
    """WDBII's Tumen, pinned to the tripoint and the mouth (facts.md, HIGH) by a linear shift."""
    region = KHASAN_BOXES[0]["region"]
    segs = gmt_segments(region, "f", "-Ia")
    line = lines_in_box(segs, region, 6)
    lines = list(getattr(line, "geoms", [line]))
    # The WDBII line that ends nearest the mouth is the Tumen.
    mouth = shapely.Point(TUMEN_MOUTH)
    tumen = min(lines, key=lambda l: min(shapely.Point(l.coords[0]).distance(mouth),
                                         shapely.Point(l.coords[-1]).distance(mouth)))
    if shapely.Point(tumen.coords[0]).distance(mouth) < shapely.Point(tumen.coords[-1]).distance(mouth):
        tumen = LineString(list(tumen.coords)[::-1])
    tp = shapely.Point(TRIPOINT)
    start = tumen.project(tp)
    reach = substring(tumen, start, tumen.length)
    miss_tp = GEOD.inv(*TRIPOINT, *reach.coords[0])[2]
    miss_mouth = GEOD.inv(*TUMEN_MOUTH, *reach.coords[-1])[2]
    pts = list(reach.coords)
    d0 = (TRIPOINT[0] - pts[0][0], TRIPOINT[1] - pts[0][1])
    d1 = (TUMEN_MOUTH[0] - pts[-1][0], TUMEN_MOUTH[1] - pts[-1][1])
    total = reach.length
    out, acc = [], 0.0
    for i, (x, y) in enumerate(pts):
        if i:
            acc += ((x - pts[i - 1][0]) ** 2 + (y - pts[i - 1][1]) ** 2) ** 0.5
        t = acc / total
        out.append((x + d0[0] + t * (d1[0] - d0[0]), y + d0[1] + t * (d1[1] - d0[1])))
    out[0], out[-1] = TRIPOINT, TUMEN_MOUTH
    g = clean(LineString(snap(out, 6)), 6)
    return {"type": "Feature", "id": "tumen-lower-reach", "geometry": as_coords(g, 6), "properties": {
        "kind": "basemap", "id": "tumen-lower-reach", "layer": "river", "name": "Tumen (lowest reach)",
        "place": "tumen-river", "source": "borderlines-research", "era": "present-day", "scale": "local",
        "accuracy_m": 1000,
        "note": ("Derived by scripts/basemap/gshhg2geojson.py: the WDBII Tumen line (GSHHG 2.3.7) from the "
                 "point nearest the tripoint to its end, shifted linearly along its length so that it starts "
                 f"at the China-DPRK-Russia tripoint {list(TRIPOINT)} and ends at the mouth {list(TUMEN_MOUTH)} "
                 f"(facts.md §1, both HIGH). WDBII missed them by {miss_tp:.0f} m and {miss_mouth:.0f} m. "
                 "The channel between the two pinned points keeps WDBII's shape and error (~1 km)."),
        "derived_from": ["gshhg"],
    }}


def nearest_point(geom, xy):
    """The point of geom nearest to xy (planar, lon/lat), as (x, y)."""
    p = shapely.ops.nearest_points(geom, shapely.Point(xy))[0]
    return (p.x, p.y)


def river_path(lines, start, end, gap_m=500.0):
    """Shortest path through a river network from the node nearest start to the node nearest end.

    WDBII lines do not always touch where a branch leaves a river: a line end that lies within gap_m
    of another line (but not on it) is joined to that line's nearest vertex by a straight segment.
    """
    import heapq
    lines = list(getattr(lines, "geoms", [lines]))
    joins = []
    for l in lines:
        for e in (l.coords[0], l.coords[-1]):
            for m in lines:
                if m is l or m.distance(shapely.Point(e)) == 0:
                    continue
                v = min(m.coords, key=lambda c: (GEOD.inv(e[0], e[1], c[0], c[1])[2], c))
                if GEOD.inv(e[0], e[1], v[0], v[1])[2] <= gap_m:
                    joins.append(LineString([e, v]))
    net = unary_union(lines + joins)  # nodes the network at the joined vertices
    edges = list(getattr(net, "geoms", [net]))
    graph = {}
    for e in edges:
        a, z = tuple(e.coords[0]), tuple(e.coords[-1])
        graph.setdefault(a, []).append((e.length, z, list(e.coords)))
        graph.setdefault(z, []).append((e.length, a, list(e.coords)[::-1]))
    near = lambda xy: min(graph, key=lambda n: (GEOD.inv(xy[0], xy[1], n[0], n[1])[2], n))
    s, t = near(start), near(end)
    best, prev, heap = {s: 0.0}, {}, [(0.0, s)]
    while heap:
        d, n = heapq.heappop(heap)
        if n == t:
            break
        if d > best.get(n, float("inf")):
            continue
        for w, m, coords in graph[n]:
            if d + w < best.get(m, float("inf")):
                best[m] = d + w
                prev[m] = (n, coords)
                heapq.heappush(heap, (d + w, m))
    out, n = [], t
    while n != s:
        p, coords = prev[n]
        out = coords[:-1] + out if out else coords
        n = p
    return LineString(out)


def wdbii_khalkhin_gol(decimals=6):
    """The WDBII Khalkhin Gol in the nomonhan box: source -> Buir Nuur, as a LineString (upstream first)."""
    region = NOMONHAN_BOXES[0]["region"]
    segs = gmt_segments(region, "f", "-Ia")
    net = unary_union(lines_in_box(segs, region, decimals))  # noded at the junctions
    return river_path(net, KHALKHIN_SOURCE, KHALKHIN_MOUTH)


def khalkhin_gol_river():
    """WDBII's Khalkhin Gol from its source to Buir Nuur, linked to the place khalkhin-gol (not pinned)."""
    line = wdbii_khalkhin_gol()
    g = clean(line, 6)
    if g.coords[0] != line.coords[0]:  # keep the flow direction (normalize may reverse it)
        g = LineString(list(g.coords)[::-1])
    miss_src = GEOD.inv(*KHALKHIN_SOURCE, *g.coords[0])[2]
    miss_mouth = GEOD.inv(*KHALKHIN_MOUTH, *g.coords[-1])[2]
    miss_bif = GEOD.inv(*KHALKHIN_BIFURCATION, *nearest_point(g, KHALKHIN_BIFURCATION))[2]
    length = GEOD.geometry_length(g) / 1000
    return {"type": "Feature", "id": "khalkhin-gol-river", "geometry": as_coords(g, 6), "properties": {
        "kind": "basemap", "id": "khalkhin-gol-river", "layer": "river", "name": "Khalkhin Gol",
        "place": "khalkhin-gol", "source": "borderlines-research", "era": "present-day", "scale": "local",
        "accuracy_m": 3000,
        "note": ("Derived by scripts/basemap/gshhg2geojson.py: the path through the WDBII river network (GSHHG 2.3.7, full "
                 f"resolution) from the node nearest the Khalkhin Gol source {list(KHALKHIN_SOURCE)} to the node nearest its "
                 f"mouth in Buir Nuur {list(KHALKHIN_MOUTH)} (facts.md §4, HIGH), drawn downstream; WDBII line ends within 500 m of "
                 "another line are joined to its nearest vertex (the Buir Nuur branch ends ~0.1 km short of the main line); not "
                 "shifted. WDBII's ends "
                 f"miss the published source by {miss_src:.0f} m and the mouth by {miss_mouth:.0f} m; the line passes "
                 f"{miss_bif:.0f} m from the published bifurcation {list(KHALKHIN_BIFURCATION)}, but WDBII splits off the "
                 f"Buir Nuur branch further downstream. Length {length:.0f} km (facts.md: 233 km). Accuracy 1-3 km."),
        "derived_from": ["gshhg"],
    }}


DISPUTES = {
    "khasan-1938": {"boxes": KHASAN_BOXES, "derived": [tumen_lower_reach]},
    "nomonhan-1939": {"boxes": NOMONHAN_BOXES, "derived": [khalkhin_gol_river]},
}
DERIVED_IDS = {"tumen-lower-reach", "khalkhin-gol-river"}


def owned(f):
    p = f.get("properties", {})
    return p.get("kind") == "basemap" and (p.get("source") == "gshhg" or f.get("id") in DERIVED_IDS)


LAYER_ORDER = {"land": 0, "sea": 1, "lake": 2, "coast": 3, "river": 4, "border": 5}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "..", "GeoData", "khasan-1938.geojson"))
    ap.add_argument("--stdout", action="store_true", help="print the merged document instead of writing it")
    ap.add_argument("--dispute", help="which configured dispute's boxes to import (default: the file name without extension)")
    args = ap.parse_args()

    stem = args.dispute or os.path.basename(args.out).rsplit(".", 1)[0]
    if stem not in DISPUTES:
        sys.exit(f"gshhg2geojson: no boxes configured for {stem!r} (known: {', '.join(sorted(DISPUTES))}); "
                 "add them to DISPUTES, or use basemap-for-bbox.sh for any box")
    conf = DISPUTES[stem]
    with open(args.out, encoding="utf-8") as f:
        doc = json.load(f)
    new = []
    for b in conf["boxes"]:
        new.extend(import_box(b))
    box_order = {b["key"]: i for i, b in enumerate(conf["boxes"])}
    new.sort(key=lambda f: (box_order[f["id"].split("-")[1]], LAYER_ORDER[f["properties"]["layer"]], f["id"]))
    for make in conf["derived"]:
        new.append(make())

    kept = [f for f in doc["features"] if not owned(f)]
    # Non-basemap features first (as they were), then hand-made basemap features, then the imported ones.
    doc["features"] = [f for f in kept if f["properties"].get("kind") != "basemap"] + \
                      [f for f in kept if f["properties"].get("kind") == "basemap"] + new
    text = geojson_format.dumps(doc)
    if args.stdout:
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"{args.out}: {len(new)} imported basemap features, {len(kept)} kept", file=sys.stderr)


if __name__ == "__main__":
    main()
