"""Geometry helpers shared by the check scripts: disputed faces and the side of a claim line.

`side` of a claim ("left" | "right") is the side of the line, in its drawing order, that the
claimant claims as its own territory. A face of the arrangement of two claim lines is disputed
when it lies on the claimant's side of both lines, i.e. both parties claim it.
"""
import shapely
from shapely.geometry import LineString
from shapely.ops import polygonize, unary_union


def faces(lines):
    """Bounded faces of the arrangement of the given LineStrings (the areas they enclose)."""
    return [f for f in polygonize(unary_union(lines)) if f.area > 0]


def side_of(line, face, eps=None):
    """Which side of `line` (in its drawing order) `face` lies on: "left", "right" or None (not adjacent).

    Uses thin single-sided buffers of the line (shapely: a positive distance buffers the left side).
    """
    eps = eps or max(line.length, 1e-9) * 1e-4
    left = line.buffer(eps, single_sided=True)
    right = line.buffer(-eps, single_sided=True)
    a_l, a_r = face.intersection(left).area, face.intersection(right).area
    if max(a_l, a_r) <= 0:
        return None
    return "left" if a_l > a_r else "right"


def point_side(line, point, faces_):
    """Side of `line` a point lies on, via the face that contains it (None when outside every face)."""
    for f in faces_:
        if f.contains(point):
            return side_of(line, f)
    return None
