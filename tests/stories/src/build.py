"""Build happenings.jsonl, reports.jsonl and dupes.jsonl from the hand-written data modules.

    python3 src/build.py          # writes the three files next to src/

Deterministic: the same sources give byte-identical files.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lib  # noqa: E402
import data_a, data_b, data_c, data_d, data_e, data_f  # noqa: E402,F401
import dupes_spec  # noqa: E402,F401

OUT = os.path.dirname(HERE)


def fill(text, happening_date, published):
    return (text.replace("{DOW}", lib.weekday(happening_date))
                .replace("{PDOW}", lib.weekday(published))
                .replace("{PD}", lib.month_day(published))
                .replace("{HD}", lib.month_day(happening_date)))


def build_reports():
    happenings, reports, by_id = [], [], {}
    for h in lib.HAPPENINGS:
        quantities = {}
        for i, r in enumerate(h["reports"], 1):
            rid = f"{h['happening']}-r{i}"
            published = lib.add_days(h["date"], r["offset"])
            title = fill(r["title"], h["date"], published)
            slug = r["slug"] or lib.slugify(title)
            rec = {"id": rid, "happening": h["happening"], "outlet": r["outlet"],
                   "published": published, "title": title,
                   "url": lib.make_url(r["outlet"], published, slug, rid),
                   "text": fill(r["text"], h["date"], published)}
            reports.append(rec)
            by_id[rid] = rec
            for k, v in r["q"].items():
                quantities.setdefault(k, []).append(v)
        happenings.append({
            "happening": h["happening"], "date": h["date"], "kind": h["kind"],
            "cameo_root": h["cameo"][:2], "cameo": h["cameo"],
            "source": h["source"], "target": h["target"],
            "place": h["place"], "place_country": h["place_country"],
            "distractor_of": h["distractor_of"],
            "quantities": {k: [min(v), max(v)] for k, v in sorted(quantities.items())},
            "summary": h["summary"],
        })
    return happenings, reports, by_id


def apply_copy(spec, orig):
    text = orig["text"]
    edits = []
    for old, new in spec["reword"]:
        assert text.count(old) == 1, (spec["of"], old)
        text = text.replace(old, new)
    if spec["reword"]:
        edits.append("reworded")
    paras = text.split("\n\n")
    byline = paras.pop(0) if paras[0].startswith("By ") else None
    if spec["swap"]:
        i, j = spec["swap"]
        paras[i], paras[j] = paras[j], paras[i]
        edits.append("paragraphs-swapped")
    if spec["cut_last"]:
        paras.pop()
        edits.append("last-paragraph")
    if spec["add"]:
        at = len(paras) if spec["add_at"] is None else spec["add_at"]
        paras.insert(at, lib._clean(spec["add"]))
        edits.append("paragraph-added")
    if spec["byline"] is not None:
        byline = spec["byline"] or None
        edits.append("byline")
    if byline:
        paras.insert(0, byline)
    if spec["boiler"]:
        paras.append(spec["boiler"])
        edits.append("boilerplate")
    text = "\n\n".join(paras)
    if spec["curly"] or spec["outlet"] in lib.CURLY_OUTLETS:
        curled = lib.curl_quotes(text)
        if curled != text:
            text = curled
            edits.append("typography")
    title = orig["title"]
    if spec["title"]:
        title = spec["title"]
        edits.insert(0, "headline")
    return title, text, edits


def build_copies(by_id):
    out, count = [], {}
    for spec in lib.COPIES:
        orig = by_id[spec["of"]]
        count[spec["of"]] = count.get(spec["of"], 0) + 1
        cid = f"{spec['of']}-copy{count[spec['of']]}"
        published = lib.add_days(orig["published"], spec["offset"])
        title, text, edits = apply_copy(spec, orig)
        assert edits, cid
        slug = spec["slug"] or lib.slugify(title)
        out.append({"id": cid, "copy_of": spec["of"], "edits": edits, "outlet": spec["outlet"],
                    "published": published, "title": title,
                    "url": lib.make_url(spec["outlet"], published, slug, cid), "text": text})
    return out


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    happenings, reports, by_id = build_reports()
    copies = build_copies(by_id)
    write_jsonl(os.path.join(OUT, "happenings.jsonl"), happenings)
    write_jsonl(os.path.join(OUT, "reports.jsonl"), reports)
    write_jsonl(os.path.join(OUT, "dupes.jsonl"), copies)
    print(f"{len(happenings)} happenings, {len(reports)} reports, {len(copies)} copies")


if __name__ == "__main__":
    main()
