"""Write the dashboard's world outline (``src/flashpoint/serve/static/world.json``) from Natural Earth.

Natural Earth's 1:110m countries (public domain) as shipped in the geopandas 0.14 wheel
(``geopandas/datasets/naturalearth_lowres``; later geopandas versions dropped it). Nothing is
downloaded at run time: the dashboard draws the JSON this script writes, and the script is only for
whoever wants to rebuild it:

    python3 -m pip download --no-deps -d /tmp/ne 'geopandas==0.14.4'
    unzip -o -d /tmp/ne /tmp/ne/geopandas-0.14.4-py3-none-any.whl 'geopandas/datasets/naturalearth_lowres/*'
    python3 tools/world_outline.py /tmp/ne/geopandas/datasets/naturalearth_lowres/naturalearth_lowres

The shapefile and its dBase table are read with the standard library (polygon records only);
coordinates are rounded to 0.1 degree (about 11 km, finer than the map's pixels) and repeated
points dropped, which keeps the file near 100 kB.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "flashpoint" / "serve" / "static" / "world.json"
DIGITS = 1


def read_dbf(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    count, header_size, record_size = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        start = header_size + i * record_size + 1  # the first byte is the deletion flag
        row, offset = {}, start
        for name, size in fields:
            row[name] = data[offset:offset + size].decode("utf-8", "replace").strip()
            offset += size
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[list[tuple[float, float]]]]:
    """Every record's rings, as (lon, lat) points."""
    data = path.read_bytes()
    pos, shapes = 100, []
    while pos < len(data):
        _, length = struct.unpack(">II", data[pos:pos + 8])
        content = data[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        (kind,) = struct.unpack("<i", content[:4])
        if kind == 0:
            shapes.append([])
            continue
        if kind not in (5, 15, 25):
            raise ValueError(f"record of shape type {kind} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        start = 44 + 4 * n_parts
        points = [struct.unpack("<dd", content[start + 16 * k:start + 16 * k + 16]) for k in range(n_points)]
        bounds = parts + [n_points]
        shapes.append([points[bounds[k]:bounds[k + 1]] for k in range(n_parts)])
    return shapes


def simplify(ring: list[tuple[float, float]]) -> list[float]:
    flat: list[float] = []
    last = None
    for lon, lat in ring:
        point = (round(lon, DIGITS), round(lat, DIGITS))
        if point != last:
            flat.extend(point)
            last = point
    return flat if len(flat) >= 8 else []


def main(base: str) -> None:
    rows = read_dbf(Path(base + ".dbf"))
    shapes = read_shp(Path(base + ".shp"))
    countries = []
    for row, rings in sorted(zip(rows, shapes), key=lambda pair: pair[0].get("iso_a3", "")):
        kept = [r for r in (simplify(ring) for ring in rings) if r]
        if kept:
            countries.append({"iso3": row.get("iso_a3"), "name": row.get("name"), "rings": kept})
    out = {"source": "Natural Earth 1:110m Admin 0 countries (public domain), via the geopandas 0.14 "
                     "naturalearth_lowres dataset; rounded to 0.1 degree by tools/world_outline.py",
           "countries": countries}
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
