#!/usr/bin/env python3
"""GSHHG/WDBII basemap features for any bounding box (called by basemap-for-bbox.sh).

Writes basemap features (coast, land, sea, lakes, rivers, present-day borders) for the box
W S E N at the chosen GSHHG resolution, in the format of GeoData/README.md:

- OUT does not exist (or is not a dispute file): a new FeatureCollection with a `sources`
  member holding the `gshhg` dataset entry and the features; copy both into your dispute file.
- OUT is a dispute file (it has a `dispute` member): the features with ids `gshhg-<key>-…`
  are replaced (other features are kept), the `gshhg` source is added if missing, and the file
  is rewritten in the canonical layout. Rerunning gives identical bytes.

Usage: bbox2geojson.py W S E N OUT.geojson [--resolution f|h|i|l|c] [--key NAME] [--scale local|regional]
       [--layers coast,land,sea,lake,river,border]
"""
import argparse
import json
import os
import sys

from shapely.geometry import box

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import geojson_format  # noqa: E402
import gshhg2geojson as gg  # noqa: E402

DECIMALS = {"f": 6, "h": 5, "i": 4, "l": 4, "c": 3}
ALL_LAYERS = ("coast", "land", "sea", "lake", "river", "border")
GSHHG_SOURCE = {
    "id": "gshhg", "kind": "dataset",
    "title": "GSHHG 2.3.7 — Global Self-consistent, Hierarchical, High-resolution Geography Database (shorelines; WDBII rivers and borders)",
    "url": "https://www.soest.hawaii.edu/pwessel/gshhg/", "license": "LGPL-3.0",
    "attribution": "Wessel, P., and W. H. F. Smith (1996), A global, self-consistent, hierarchical, high-resolution shoreline "
                   "database, J. Geophys. Res., 101(B4), 8741-8743. Rivers and borders from the CIA World Data Bank II.",
    "note": "Imported with GMT (`gmt coast -M`) by scripts/basemap/basemap-for-bbox.sh.",
}


def usage(msg):
    print(f"basemap-for-bbox: {msg}", file=sys.stderr)
    sys.exit(64)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("west", type=float)
    ap.add_argument("south", type=float)
    ap.add_argument("east", type=float)
    ap.add_argument("north", type=float)
    ap.add_argument("out")
    ap.add_argument("--resolution", default="f", choices=list(DECIMALS))
    ap.add_argument("--key", default="bbox", help="id part of the features: gshhg-<key>-<layer> (default: bbox)")
    ap.add_argument("--scale", default="local", choices=["local", "regional"])
    ap.add_argument("--layers", default=",".join(ALL_LAYERS))
    args = ap.parse_args()

    w, s, e, n = args.west, args.south, args.east, args.north
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        usage(f"bad box {w} {s} {e} {n}: need -180 <= W < E <= 180 and -90 <= S < N <= 90 (boxes across 180° are not supported)")
    if (e - w) * (n - s) > 400 and args.resolution in "fh":
        print(f"basemap-for-bbox: warning: a {e - w:g}° x {n - s:g}° box at resolution {args.resolution} gives a large file; "
              "consider --resolution i or l", file=sys.stderr)
    layers = tuple(x for x in args.layers.split(",") if x)
    bad = [x for x in layers if x not in ALL_LAYERS]
    if bad:
        usage(f"unknown layer(s) {bad}; use {','.join(ALL_LAYERS)}")
    if not all(c.islower() or c.isdigit() or c == "-" for c in args.key) or not args.key:
        usage(f"--key {args.key!r}: use lower-case letters, digits and '-'")

    res = args.resolution
    dec = DECIMALS[res]
    title = f"box {w:g},{s:g},{e:g},{n:g}"
    acc_shore = {"f": 500, "h": 1000, "i": 1500, "l": 5000, "c": 25000}[res]
    acc_line = {"f": 3000, "h": 3000, "i": 5000, "l": 10000, "c": 25000}[res]
    for k in ("shore", "river", "border"):
        gg.ACCURACY.setdefault((res, k), acc_shore if k == "shore" else acc_line)
    b = {"key": args.key, "title": title, "region": (w, e, s, n), "res": res, "decimals": dec, "scale": args.scale,
         "layers": layers, "sea_name": "Sea", "lake_note": "",
         "river_note": "WDBII rivers via GSHHG 2.3.7 (present-day); WDBII lines are typically 1-3 km off at full resolution.",
         "border_note": "WDBII national boundaries (level 1) via GSHHG 2.3.7, as of the data set (c. 2017); present-day "
                        "borders, not historical claim lines; typically 1-3 km off."}
    feats = gg.import_box(b)

    # A box with no shoreline at all is entirely land or entirely sea: add it whole when asked for.
    have = {f["properties"]["layer"] for f in feats}
    if {"land", "sea"} & set(layers) and not ({"land", "sea"} & have):
        bx = box(w, s, e, n)
        cls = gg.classify([bx.representative_point()], b["region"], res)[0]
        cls = "land" if cls == "lake" else cls
        if cls in layers:
            feats.append(gg.feature(f"gshhg-{args.key}-{cls}", gg.clean(bx, dec), dec, dict(
                layer=cls, name=f"{'Land' if cls == 'land' else 'Sea'} ({title})", source="gshhg", era="present-day",
                scale=args.scale, extent=[w, s, e, n], accuracy_m=acc_shore,
                note=f"No GSHHG shoreline crosses the box: the whole box is {cls} (`gmt select -N`).")))
    feats.sort(key=lambda f: (gg.LAYER_ORDER[f["properties"]["layer"]], f["id"]))
    prefix = f"gshhg-{args.key}-"

    doc = None
    if os.path.exists(args.out):
        try:
            with open(args.out, encoding="utf-8") as fh:
                doc = json.load(fh)
        except (OSError, ValueError) as err:
            print(f"basemap-for-bbox: cannot read {args.out} ({err}); not overwriting it", file=sys.stderr)
            sys.exit(66)
        if not isinstance(doc, dict) or "dispute" not in doc:
            doc = None
    if doc is not None:
        old = doc.get("features", [])
        mine = [i for i, f in enumerate(old) if str(f.get("id", "")).startswith(prefix)]
        kept = [f for f in old if not str(f.get("id", "")).startswith(prefix)]
        at = mine[0] if mine else len(old)  # the new block goes where the old one was, so reruns give identical bytes
        before = [f for f in old[:at] if not str(f.get("id", "")).startswith(prefix)]
        doc["features"] = before + feats + kept[len(before):]
        if not any(src.get("id") == "gshhg" for src in doc.setdefault("sources", [])):
            doc["sources"].append(GSHHG_SOURCE)
        what = f"merged into dispute file (replaced {prefix}*, kept {len(kept)} features)"
    else:
        doc = {"type": "FeatureCollection", "sources": [GSHHG_SOURCE], "features": feats}
        what = "new FeatureCollection (copy its sources and features into your dispute file)"
    tmp = args.out + ".tmp"
    try:
        geojson_format.write(tmp, doc)
        os.replace(tmp, args.out)
    except OSError as err:
        print(f"basemap-for-bbox: cannot write {args.out}: {err}", file=sys.stderr)
        sys.exit(73)
    counts = {}
    for f in feats:
        counts[f["properties"]["layer"]] = counts.get(f["properties"]["layer"], 0) + 1
    print(f"basemap-for-bbox: {args.out}: {len(feats)} features {counts}, resolution {res}; {what}", file=sys.stderr)


if __name__ == "__main__":
    main()
