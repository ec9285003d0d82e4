#!/usr/bin/env python3
"""Generate the synthetic test dispute Tests/Fixtures/disputes/testland-2000.geojson.

SYNTHETIC TEST DATA: every party, place, line and event is made up. The file exercises the
general case in the other hemispheres (south and west: 68-69 W, 22-23 S): two claims that cross
each other four times between their shared end points (so five faces form: three disputed, two
conceded by both), an incident west of both lines, one east of both and one inside a disputed
face, names in two languages, a hand-made basemap (a lake polygon, a river line that crosses both
claims), a small bundled document cited by code-point spans (with non-ASCII text before the spans,
so byte and code-point offsets differ), and reference sources.

Usage: build_testland.py [OUT_DIR]   (default: Tests/Fixtures/disputes); writes testland-2000.geojson
and testland-2000-note.txt. Rerunning gives identical bytes. Needs python3 with shapely >= 2.
"""
import hashlib
import math
import os
import sys

from shapely.geometry import LineString, Point, Polygon
from shapely.ops import polygonize, unary_union

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import disputed  # noqa: E402
import geojson_format  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "Tests", "Fixtures", "disputes")
DOC_NAME = "testland-2000-note.txt"

# ---------------------------------------------------------------- the synthetic document
NOTE = """SYNTHETIC TEST DOCUMENT — not a historical source.

Nota de la Comisión Mixta Alta–Baja, Pueblo Ejemplo, 3 de marzo de 2000 (texto de prueba).

Alta holds that the boundary runs due south along the meridian from Mojón Norte to Mojón Sur.
Baja holds that the boundary follows the zigzag line of the 1990 sketch map between the same two markers.
On 4 March 2000 a patrol of Alta was seen west of both lines, near Pueblo Ejemplo.
On 9 April 2000 surveyors of Baja were stopped east of both lines, near the Laguna Ficticia.
On 15 May 2000 both parties' patrols met on Cerro Prueba, inside the area that both claim.
The Río Ensayo flows from the Laguna Ficticia to the south-west.
"""
raw = NOTE.encode("utf-8")
SHA = hashlib.sha256(raw).hexdigest()


def span(quote):
    assert NOTE.count(quote) == 1, quote
    i = NOTE.index(quote)
    return {"source": "testland-note", "span": [i, i + len(quote)], "quote": quote}


def ref(src, note=None):
    c = {"source": src}
    if note:
        c["note"] = note
    return c


# ---------------------------------------------------------------- geometry
NORTH, SOUTH = [-68.8, -22.2], [-68.8, -22.8]          # Mojón Norte / Mojón Sur: shared end points
alta = [NORTH, [-68.8, -22.35], [-68.8, -22.5], [-68.8, -22.65], SOUTH]
baja = [NORTH, [-68.7, -22.3], [-68.9, -22.42], [-68.7, -22.54], [-68.9, -22.66], [-68.7, -22.74], SOUTH]
# Alta lives east of its meridian line, Baja west of its zigzag; both drawn north to south.
ALTA_SIDE, BAJA_SIDE = "left", "right"                 # heading south, east is on the left

LAKE_C = (-68.55, -22.4)


def lake_ring():
    """An ellipse 5 km x 3 km (long axis NE-SW), 24 vertices, counter-clockwise, rounded to 6 decimals."""
    kx = 111320.0 * math.cos(math.radians(LAKE_C[1]))
    ky = 110574.0
    ring = []
    for i in range(24):
        t = 2 * math.pi * i / 24
        x, y = 2500 * math.cos(t), 1500 * math.sin(t)
        a = math.radians(45)
        xr, yr = x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)
        ring.append([round(LAKE_C[0] + xr / kx, 6), round(LAKE_C[1] + yr / ky, 6)])
    ring.append(ring[0])
    assert Polygon(ring).exterior.is_ccw
    return ring


lake = lake_ring()
river = [lake[12], [-68.62, -22.47], [-68.76, -22.52], [-68.85, -22.62], [-68.93, -22.76], [-68.98, -22.85]]
assert Polygon(lake).exterior.distance(Point(river[0])) == 0  # the river leaves the lake shore

A, B = LineString(alta), LineString(baja)
cross = A.intersection(B)
interior = [p for p in cross.geoms if (p.x, p.y) not in (tuple(NORTH), tuple(SOUTH))]
assert len(interior) == 4, cross
faces = disputed.faces([A, B])
assert len(faces) == 5
disputed_faces = [f for f in faces if disputed.side_of(A, f) == ALTA_SIDE and disputed.side_of(B, f) == BAJA_SIDE]
assert len(disputed_faces) == 3

PLACES = {
    "pueblo-ejemplo": (-68.95, -22.45),   # west of both lines
    "laguna-ficticia": LAKE_C,            # east of both lines
    "cerro-prueba": (-68.75, -22.3),      # inside the northern disputed face
    "mojon-norte": tuple(NORTH),
    "mojon-sur": tuple(SOUTH),
}
assert any(f.contains(Point(PLACES["cerro-prueba"])) for f in disputed_faces)
for pid in ("pueblo-ejemplo", "laguna-ficticia"):
    assert not any(f.intersects(Point(PLACES[pid])) for f in faces)
BAJA_INCIDENT = (-68.62, -22.36)          # east of both lines, own geometry
assert not any(f.intersects(Point(BAJA_INCIDENT)) for f in faces) and BAJA_INCIDENT[0] > -68.7

# ---------------------------------------------------------------- features
F = []


def place(id, title, type, names, certainty, cit, unc=None, note=None):
    c = PLACES.get(id)
    p = {"kind": "place", "id": id, "title": title, "type": type, "names": names, "certainty": certainty}
    if unc is not None:
        p["uncertainty_m"] = unc
    if note:
        p["note"] = note
    p["citations"] = cit
    F.append({"type": "Feature", "id": id, "geometry": {"type": "Point", "coordinates": list(c)} if c else None, "properties": p})


def N(t, lang, cit=None):
    d = {"toponym": t, "lang": lang}
    if cit:
        d["citations"] = cit
    return d


place("pueblo-ejemplo", "Pueblo Ejemplo (Example Town)", "settlement",
      [N("Pueblo Ejemplo", "es", [span("Pueblo Ejemplo, 3 de marzo")]), N("Example Town", "en")],
      "certain", [ref("testland-gazetteer", "synthetic coordinate")], unc=100)
place("laguna-ficticia", "Laguna Ficticia (Fictitious Lagoon)", "lake",
      [N("Laguna Ficticia", "es"), N("Fictitious Lagoon", "en")],
      "certain", [ref("testland-gazetteer", "centroid of the hand-made lake polygon")], unc=100)
place("cerro-prueba", "Cerro Prueba (Test Hill)", "hill",
      [N("Cerro Prueba", "es", [span("Cerro Prueba")]), N("Test Hill", "en")],
      "uncertain", [ref("testland-gazetteer", "estimated summit: ±1.5 km")], unc=1500,
      note="Synthetic: an uncertain position inside a disputed face.")
place("mojon-norte", "Mojón Norte (North Marker)", "marker",
      [N("Mojón Norte", "es", [span("Mojón Norte")]), N("North Marker", "en")],
      "less-certain", [ref("testland-gazetteer")], unc=500, note="Synthetic: the shared northern end of both claims.")
place("mojon-sur", "Mojón Sur (South Marker)", "marker",
      [N("Mojón Sur", "es", [span("Mojón Sur")]), N("South Marker", "en")],
      "less-certain", [ref("testland-gazetteer")], unc=500, note="Synthetic: the shared southern end of both claims.")
# The river's representative point: the middle of its longest stretch inside a disputed face.
_inside = LineString(river).intersection(unary_union(disputed_faces))
_piece = max(getattr(_inside, "geoms", [_inside]), key=lambda g: g.length)
_mid = _piece.interpolate(0.5, normalized=True)
RIVER_POINT = [round(_mid.x, 6), round(_mid.y, 6)]
assert any(f.contains(Point(RIVER_POINT)) for f in disputed_faces)
F.append({"type": "Feature", "id": "rio-ensayo", "geometry": {"type": "Point", "coordinates": RIVER_POINT}, "properties": {
    "kind": "place", "id": "rio-ensayo", "title": "Río Ensayo (Trial River)", "type": "river",
    "names": [N("Río Ensayo", "es", [span("Río Ensayo")]), N("Trial River", "en")], "certainty": "certain", "uncertainty_m": 100,
    "note": "Representative point on the river line (basemap-rio-ensayo), inside a disputed face.",
    "citations": [ref("testland-gazetteer")]}})
for pid, title, names in (("alta", "Alta", [N("Alta", "en"), N("República de Alta", "es")]),
                          ("baja", "Baja", [N("Baja", "en"), N("Federación de Baja", "es")])):
    F.append({"type": "Feature", "id": pid, "geometry": None, "properties": {
        "kind": "place", "id": pid, "title": title, "type": "polity", "names": names, "certainty": "certain",
        "note": "Synthetic polity.", "citations": [ref("testland-gazetteer")]}})

F.append({"type": "Feature", "id": "claim-alta", "geometry": {"type": "LineString", "coordinates": alta}, "properties": {
    "kind": "claim", "id": "claim-alta", "title": "Alta's claim: the meridian between the markers", "claimant": "alta",
    "basis": "Synthetic: the meridian from Mojón Norte to Mojón Sur", "side": ALTA_SIDE,
    "certainty": "certain", "schematic": False,
    "description": "Straight north-south line; drawn north to south, so Alta's side (east) is the left.",
    "style": {"stroke": "#1b9e77", "dash": []},
    "citations": [span("Alta holds that the boundary runs due south along the meridian from Mojón Norte to Mojón Sur")]}})
F.append({"type": "Feature", "id": "claim-baja", "geometry": {"type": "LineString", "coordinates": baja}, "properties": {
    "kind": "claim", "id": "claim-baja", "title": "Baja's claim: the zigzag of the 1990 sketch map", "claimant": "baja",
    "basis": "Synthetic: the 1990 sketch map", "side": BAJA_SIDE,
    "certainty": "uncertain", "schematic": True,
    "description": ("Zigzag between the same markers, crossing Alta's line four times: five faces form between the lines, "
                    "three claimed by both (where the zigzag lies east of the meridian) and two claimed by neither (where it "
                    "lies west). Drawn north to south, so Baja's side (west) is the right."),
    "style": {"stroke": "#d95f02", "dash": [6, 4]},
    "citations": [span("Baja holds that the boundary follows the zigzag line of the 1990 sketch map between the same two markers")]}})

F.append({"type": "Feature", "id": "alta-patrol-west-2000-03-04", "geometry": None, "properties": {
    "kind": "incident", "id": "alta-patrol-west-2000-03-04", "title": "Alta patrol west of both lines", "date": "2000-03-04",
    "place": "pueblo-ejemplo", "parties": ["alta"],
    "summary": "Synthetic: a patrol of Alta was seen west of both claim lines, in territory both sides assign to Baja.",
    "citations": [span("On 4 March 2000 a patrol of Alta was seen west of both lines, near Pueblo Ejemplo.")]}})
F.append({"type": "Feature", "id": "baja-surveyors-east-2000-04-09", "geometry": {"type": "Point", "coordinates": list(BAJA_INCIDENT)},
          "properties": {
    "kind": "incident", "id": "baja-surveyors-east-2000-04-09", "title": "Baja surveyors stopped east of both lines", "date": "2000-04-09",
    "parties": ["baja", "alta"],
    "summary": "Synthetic: surveyors of Baja were stopped east of both claim lines, near the lagoon, in territory both sides assign to Alta.",
    "citations": [span("On 9 April 2000 surveyors of Baja were stopped east of both lines, near the Laguna Ficticia.")]}})
F.append({"type": "Feature", "id": "patrols-meet-cerro-prueba-2000-05-15", "geometry": None, "properties": {
    "kind": "incident", "id": "patrols-meet-cerro-prueba-2000-05-15", "title": "Patrols meet on Cerro Prueba",
    "date": "2000-05-15", "place": "cerro-prueba", "parties": ["alta", "baja"],
    "summary": "Synthetic: patrols of both parties met on Cerro Prueba, inside a disputed face.",
    "citations": [span("On 15 May 2000 both parties' patrols met on Cerro Prueba, inside the area that both claim.")]}})
F.append({"type": "Feature", "id": "joint-commission-note-2000-03-03", "geometry": None, "properties": {
    "kind": "event", "id": "joint-commission-note-2000-03-03", "title": "Joint commission note", "date": "2000-03-03",
    "parties": ["alta", "baja"], "summary": "Synthetic: the joint commission recorded both claims.",
    "document": "testland-note",
    "citations": [span("Nota de la Comisión Mixta Alta–Baja, Pueblo Ejemplo, 3 de marzo de 2000")]}})

F.append({"type": "Feature", "id": "basemap-laguna-ficticia", "geometry": {"type": "Polygon", "coordinates": [lake]}, "properties": {
    "kind": "basemap", "id": "basemap-laguna-ficticia", "layer": "lake", "name": "Laguna Ficticia", "place": "laguna-ficticia",
    "source": "testland-gazetteer", "scale": "local", "accuracy_m": 200,
    "note": "Synthetic: an ellipse 5 km x 3 km, long axis NE-SW, centred on the place point."}})
F.append({"type": "Feature", "id": "basemap-rio-ensayo", "geometry": {"type": "LineString", "coordinates": river}, "properties": {
    "kind": "basemap", "id": "basemap-rio-ensayo", "layer": "river", "name": "Río Ensayo", "place": "rio-ensayo",
    "source": "testland-gazetteer", "scale": "local", "accuracy_m": 200,
    "note": "Synthetic: from the lagoon's south-western shore to the south-west, crossing both claim lines."}})

doc = {
    "type": "FeatureCollection",
    "borderlines": 1,
    "dispute": {
        "title": "Testland (synthetic test data), 2000",
        "titles": {"es": "Testland (datos de prueba sintéticos), 2000"},
        "period": "2000-03-03/2000-05-15",
        "summary": ("SYNTHETIC TEST DATA, not a real dispute: two made-up parties, Alta and Baja, claim lines that cross four "
                    "times between two shared markers in the Atacama (68-69 W, 22-23 S), giving three disputed faces; used only by tests."),
        "parties": [
            {"id": "alta", "name": "Alta", "names": {"es": "Alta"}},
            {"id": "baja", "name": "Baja", "names": {"es": "Baja"}},
        ],
    },
    "sources": [
        {"id": "testland-note", "kind": "document", "title": "Synthetic joint commission note, 3 March 2000 (test document)",
         "file": DOC_NAME, "sha256": SHA, "date": "2000-03-03", "lang": "en",
         "archive": "none: synthetic test fixture (Tests/Fixtures/disputes/)"},
        {"id": "testland-gazetteer", "kind": "reference", "title": "Synthetic gazetteer for the Testland test dispute",
         "url": "https://example.org/testland", "note": "Made-up coordinates for tests; see scripts/basemap/build_testland.py."},
    ],
    "features": F,
}

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, DOC_NAME), "wb") as f:
    f.write(raw)
geojson_format.write(os.path.join(OUT, "testland-2000.geojson"), doc)
print(f"wrote {OUT}/testland-2000.geojson ({len(F)} features; {len(interior)} crossings, {len(faces)} faces, "
      f"{len(disputed_faces)} disputed) and {DOC_NAME} (sha256 {SHA[:12]}…)", file=sys.stderr)
