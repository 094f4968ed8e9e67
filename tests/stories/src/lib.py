"""Helpers for writing the multi-report gold set by hand.

The data modules (data_*.py, dupes_spec.py) call H() for each happening, with R() for each report,
and C() for each near-duplicate copy. build.py turns them into the JSON Lines files.

Placeholders in report text and titles, filled in by build.py:
  {DOW}  weekday of the happening date ("Tuesday")
  {PD}   month and day of the report's published date ("April 11"), for datelines
  {HD}   month and day of the happening date ("April 11")
  {PDOW} weekday of the report's published date
"""
import datetime
import hashlib
import re
import textwrap

HAPPENINGS = []   # dicts, in the order written
COPIES = []       # dicts, in the order written

# outlet name -> (domain, url pattern). Pattern fields: y m d slug n (a stable number).
OUTLETS = {
    # wire agencies
    "Lodestar Wire": ("lodestarwire.example", "https://{dom}/news/{y}{m}{d}-{slug}"),
    "Continental Press Agency": ("cpa-news.example", "https://{dom}/{y}/{m}/{d}/{slug}.html"),
    "Northstar News Agency": ("northstar-agency.example", "https://{dom}/world/{slug}-{n}"),
    # papers and sites
    "Daily Meridian": ("dailymeridian.example", "https://{dom}/{y}/{m}/{d}/{slug}"),
    "Coastal Post": ("coastalpost.example", "https://www.{dom}/world/{y}/{m}/{d}/{slug}/"),
    "The Northern Ledger": ("northernledger.example", "https://{dom}/international/{slug}-{n}"),
    "Evening Sentinel": ("eveningsentinel.example", "https://www.{dom}/news/{slug}"),
    "Harbor Times": ("harbortimes.example", "https://{dom}/{y}/{m}/{slug}.html"),
    "The Capital Observer": ("capitalobserver.example", "https://{dom}/world/{n}/{slug}"),
    "Highland Courier": ("highlandcourier.example", "https://{dom}/article/{slug}?id={n}"),
    "Riverside Gazette": ("riversidegazette.example", "https://www.{dom}/{y}/{m}/{d}/world/{slug}"),
    "The Global Dispatch": ("globaldispatch.example", "https://{dom}/stories/{y}-{m}-{d}/{slug}"),
    "Frontline Herald": ("frontlineherald.example", "https://{dom}/conflict/{slug}-{n}"),
    "Morning Compass": ("morningcompass.example", "https://www.{dom}/{y}/{m}/{d}/{slug}/"),
    "The Atlas Tribune": ("atlastribune.example", "https://{dom}/news/world/{slug}"),
    "Eastern Standard": ("easternstandard.example", "https://{dom}/{y}/{m}/{d}/{slug}"),
    "Plains Chronicle": ("plainschronicle.example", "https://www.{dom}/world/{slug}-{n}.html"),
    "The Lantern": ("thelantern.example", "https://{dom}/{y}/{m}/{slug}"),
    "Bay Bulletin": ("baybulletin.example", "https://{dom}/world-news/{slug}"),
    "Crescent Daily": ("crescentdaily.example", "https://www.{dom}/region/{y}/{m}/{d}/{slug}"),
    "Savanna Times": ("savannatimes.example", "https://{dom}/africa/{slug}-{n}"),
    "Andes Herald": ("andesherald.example", "https://{dom}/{y}/{m}/{d}/{slug}.html"),
    "Pacific Rim Report": ("pacificrimreport.example", "https://{dom}/asia/{slug}"),
    "Danube Review": ("danubereview.example", "https://www.{dom}/europe/{y}/{m}/{slug}"),
    "Steppe Observer": ("steppeobserver.example", "https://{dom}/{y}/{m}/{d}/{slug}"),
    "Gulf Courier": ("gulfcourier.example", "https://{dom}/middle-east/{slug}-{n}"),
    "Lakeside Journal": ("lakesidejournal.example", "https://www.{dom}/news/world/{y}/{m}/{d}/{slug}"),
    "World Desk Online": ("worlddesk.example", "https://{dom}/{n}/{slug}"),
    # republishers used by the near-duplicate copies
    "Portside Daily": ("portsidedaily.example", "https://{dom}/wire/{y}/{m}/{d}/{slug}"),
    "The Valley Express": ("valleyexpress.example", "https://www.{dom}/world/{slug}-{n}"),
    "Metro Digest": ("metrodigest.example", "https://{dom}/{y}{m}{d}/{slug}"),
    "Global Briefing": ("globalbriefing.example", "https://{dom}/briefing/{slug}"),
    "NewsRoundup Hub": ("newsroundup.example", "https://{dom}/r/{n}-{slug}"),
}

WIRES = {"Lodestar Wire", "Continental Press Agency", "Northstar News Agency"}

# outlets whose publishing system prints typographic (curly) quotes and apostrophes
CURLY_OUTLETS = {"Harbor Times", "The Valley Express"}


def _clean(text):
    """Dedent a triple-quoted text; paragraphs are separated by one blank line."""
    text = textwrap.dedent(text).strip("\n")
    paras = [" ".join(p.split("\n")).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def slugify(title, words=7):
    s = title.lower().replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return "-".join(s.split("-")[:words])


def stable_number(key, digits=6):
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    return str(10 ** (digits - 1) + h % (9 * 10 ** (digits - 1)))


def make_url(outlet, published, slug, key):
    dom, pat = OUTLETS[outlet]
    y, m, d = published.split("-")
    return pat.format(dom=dom, y=y, m=m, d=d, slug=slug, n=stable_number(key))


def curl_quotes(text):
    """Typographic quotes, as some outlets' publishing systems print them."""
    out, opened = [], False
    for i, ch in enumerate(text):
        if ch == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        elif ch == "'":
            prev = text[i - 1] if i else " "
            out.append("\u2018" if prev in " (\n" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def R(outlet, offset, title, text, slug=None, curly=False, **quantities):
    """One report: outlet, days after the happening (0 or 1), headline, text, stated numbers.

    curly=True prints the text with typographic quotes (an outlet's house style)."""
    assert outlet in OUTLETS, outlet
    text = _clean(text)
    if curly or outlet in CURLY_OUTLETS:
        text = curl_quotes(text)
    return {"outlet": outlet, "offset": offset, "title": title, "text": text, "slug": slug,
            "q": quantities}


def H(hid, date, cameo, source, target, place, place_country, summary, reports,
      distractor_of=None, kind=None):
    """One happening. cameo is the full CAMEO code; the PLOVER type comes from KINDS."""
    HAPPENINGS.append({
        "happening": hid, "date": date, "cameo": cameo, "kind": kind or KINDS[cameo],
        "source": {"country": source[0], "sector": source[1]},
        "target": {"country": target[0], "sector": target[1]},
        "place": place, "place_country": place_country, "distractor_of": distractor_of,
        "summary": summary, "reports": reports,
    })


def C(of, outlet, offset=0, title=None, byline=None, cut_last=False, add=None, add_at=None,
      swap=None, reword=None, boiler=None, curly=False, slug=None):
    """One near-duplicate copy of report `of`, as a republisher would make it.

    title: new headline; byline: new byline line ("" removes it); cut_last: drop the last
    paragraph; add: a paragraph added (at the end, or at index add_at); swap: (i, j) paragraph
    indexes swapped; reword: list of (old, new) replacements inside a sentence; boiler: outlet
    boilerplate appended as a last line; curly: the republisher prints typographic quotes.
    """
    assert outlet in OUTLETS, outlet
    COPIES.append({"of": of, "outlet": outlet, "offset": offset, "title": title,
                   "byline": byline, "cut_last": cut_last, "add": add, "add_at": add_at,
                   "swap": swap, "reword": reword or [], "boiler": boiler, "curly": curly,
                   "slug": slug})


# full CAMEO code -> PLOVER 2.0 type (the codes used here; as in the CAMEO-to-PLOVER crosswalk)
KINDS = {
    "042": "CONSULT", "043": "CONSULT", "044": "CONSULT", "046": "CONSULT",
    "073": "AID",
    "0841": "RETREAT", "0871": "RETREAT",
    "138": "THREATEN",
    "141": "PROTEST", "145": "PROTEST",
    "154": "MOBILIZE",
    "163": "COERCE", "166": "SANCTION",
    "173": "COERCE",
    "181": "ASSAULT", "183": "ASSAULT", "1832": "ASSAULT",
    "190": "ASSAULT", "193": "ASSAULT", "194": "ASSAULT", "195": "ASSAULT",
}


def month_day(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}"


def weekday(iso):
    return datetime.date.fromisoformat(iso).strftime("%A")


def add_days(iso, n):
    return (datetime.date.fromisoformat(iso) + datetime.timedelta(days=n)).isoformat()
