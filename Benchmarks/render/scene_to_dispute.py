#!/usr/bin/env python3
"""Turn the peers' shared benchmark scene (../shared/bench/peers/data/scene*.geojson) into a
Borderlines dispute file, so Borderlines draws the same content the peers draw:
lake, river, two claim lines (their disputed area is computed by Borderlines, as the peers'
came from GEOS polygonize), and labelled points. Writes to the path given; never into the repo."""
import json, sys

src, dst = sys.argv[1], sys.argv[2]
scene = json.load(open(src))
features = []
for f in scene["features"]:
    p, g = f["properties"], f["geometry"]
    layer = p["layer"]
    if layer == "lake":
        features.append({"type": "Feature", "geometry": g, "properties": {"kind": "basemap", "layer": "lake", "name": p["name"]}})
    elif layer == "river":
        features.append({"type": "Feature", "geometry": g, "properties": {"kind": "basemap", "layer": "river", "name": p["name"]}})
    elif layer in ("claim_a", "claim_b"):
        party = "a" if layer == "claim_a" else "b"
        cid = "claim-" + party
        features.append({"type": "Feature", "id": cid, "geometry": g, "properties": {
            "kind": "claim", "id": cid, "title": p["name"], "claimant": party, "basis": "benchmark scene",
            "certainty": "certain", "side": "right" if party == "a" else "left"}})
    elif layer == "incident":
        pid = "point-%04d" % p["id"]
        features.append({"type": "Feature", "id": pid, "geometry": g, "properties": {
            "kind": "place", "id": pid, "title": p["name"], "type": "settlement", "certainty": "certain",
            "names": [{"toponym": p["name"], "lang": "en"}]}})
out = {"type": "FeatureCollection", "borderlines": 1,
       "dispute": {"title": "Benchmark scene", "parties": [{"id": "a", "name": "Party A"}, {"id": "b", "name": "Party B"}]},
       "sources": [], "features": features}
json.dump(out, open(dst, "w"))
