"""Hand-drawn schematic outline of Lake Khasan (used by build_khasan.py): an elongated NNW-SSE
shape scaled to the published area (2.23 km², WGS84 geodesic) and centred on the published centroid."""
import math
from shapely.geometry import Polygon, Point
from pyproj import Geod, Transformer
G = Geod(ellps="WGS84")
CX, CY = 130.608056, 42.448611
M_LAT = 111050.0
M_LON = 111320.0 * math.cos(math.radians(CY))

def shape(W, L=3800.0, tilt=240.0, n=36):
    # t from -1 (south) to +1 (north); half-width profile wider in the north-centre,
    # tapering to a narrow southern end; small deterministic shoreline irregularity.
    pts_e, pts_w = [], []
    for i in range(n + 1):
        t = -1 + 2 * i / n
        y = t * L / 2
        cx = -tilt * t + 60 * math.sin(math.pi * t)          # centreline: NNW-SSE, slight S-bend
        base = (1 - t * t) ** 0.55 * (1 + 0.22 * t - 0.1 * t * t)
        we = W * base * (1 + 0.05 * math.sin(5.0 * t + 0.7))
        ww = W * base * (1 + 0.05 * math.sin(4.0 * t + 2.1))
        pts_e.append((cx + we, y))
        pts_w.append((cx - ww, y))
    ring = pts_e + pts_w[::-1][1:-1]
    # dedupe tips
    out = []
    for p in ring:
        p = (round(p[0], 3), round(p[1], 3))
        if not out or out[-1] != p:
            out.append(p)
    return out

def to_lonlat(ring_m, dx=0.0, dy=0.0):
    return [(round(CX + (x + dx) / M_LON, 6), round(CY + (y + dy) / M_LAT, 6)) for x, y in ring_m]

def geod_area(poly):
    a, _ = G.geometry_area_perimeter(poly)
    return abs(a)

def build():
    lo, hi = 200.0, 600.0
    for _ in range(60):
        W = (lo + hi) / 2
        ring = shape(W)
        poly = Polygon(to_lonlat(ring))
        if geod_area(poly) > 2.23e6: hi = W
        else: lo = W
    ring = shape(W)
    # translate so the centroid hits the reference centroid
    p = Polygon(to_lonlat(ring))
    c = p.centroid
    dx, dy = (CX - c.x) * M_LON, (CY - c.y) * M_LAT
    coords = to_lonlat(ring, dx, dy)
    coords.append(coords[0])
    poly = Polygon(coords)
    if not poly.exterior.is_ccw:
        coords = coords[::-1]; poly = Polygon(coords)
    return W, coords, poly

if __name__ == "__main__":
    W, coords, poly = build()
    c = poly.centroid
    print("W", W, "n", len(coords), "area km2", geod_area(poly) / 1e6, "valid", poly.is_valid, "ccw", poly.exterior.is_ccw)
    print("centroid", c.x, c.y, "offset m", G.inv(c.x, c.y, CX, CY)[2])
    b = poly.bounds
    print("bounds", b, "NS m", G.inv(b[0], b[1], b[0], b[3])[2], "EW m", G.inv(b[0], c.y, b[2], c.y)[2])
    print(coords[:3], coords[len(coords)//2])
