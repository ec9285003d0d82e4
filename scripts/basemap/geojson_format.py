"""Canonical serialiser for Borderlines dispute files (GeoData/*.geojson).

Standard JSON with 2-space indentation and UTF-8 text, except that arrays of
numbers (positions, spans) and arrays of positions (a LineString or a ring)
are written on one line. Floats are written in Python's shortest round-trip
form, so a coordinate rounded to 6 decimals stays short and the output is
byte-for-byte reproducible.
"""
import json


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_position(v):
    return isinstance(v, list) and v and all(_is_num(x) for x in v)


def _compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def _dump(v, level):
    pad = "  " * level
    inner = "  " * (level + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {_dump(x, level + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(_is_num(x) for x in v) or all(_is_position(x) for x in v):
            return _compact(v)
        if all(isinstance(x, str) for x in v) and len(_compact(v)) < 100:
            return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))
        items = [f"{inner}{_dump(x, level + 1)}" for x in v]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(v, ensure_ascii=False)


def dumps(doc):
    """Serialise a dispute document in the canonical layout (ends with a newline)."""
    return _dump(doc, 0) + "\n"


def write(path, doc):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(doc))
