"""Main text and metadata of a saved HTML article page (offline: nothing is fetched).

The main text comes from trafilatura; when it finds none on a page (or fails on it), a small
extractor of our own takes the article body paragraphs minus navigation, footers, share bars and
scripts, so one odd page degrades extraction instead of losing the article. The metadata (title,
publication date, canonical URL, outlet) always comes from the page's own tags first: they are what
the publisher declared.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any, Iterator

import lxml.html
import trafilatura
from lxml import etree

from ..dates.published import parse_published as normalise_date
from ..resources.words import word_list

log = logging.getLogger(__name__)

#: Elements that are never article text.
JUNK_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe",
             "svg", "button", "select", "template", "figure", "figcaption", "menu", "dialog")
#: class/id values of layout blocks that are not article text: a layout word with at most two
#: pieces before and after it ("site-nav", "share-bar", "cookie_banner_top").
_LAYOUT_WORDS = sorted(word_list("ingest_layout_class_words"), key=lambda w: (-len(w), w))
JUNK_CLASS = re.compile(
    r"^(?:[a-z0-9]+[_-]){0,2}(?:%s)(?:[_-][a-z0-9]+){0,2}$" % "|".join(map(re.escape, _LAYOUT_WORDS)),
    re.IGNORECASE,
)
#: class tokens that describe a state of the element, not what it is ("has-sidebar").
STATE_PREFIXES = ("has-", "has_", "with-", "no-", "is-", "js-")
#: Elements that are never text, whatever they hold.
NEVER_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
#: Elements that hold the article (never dropped as layout).
ARTICLE_TAGS = frozenset({"html", "body", "article", "main"})
#: ARIA landmark roles of layout blocks.
LAYOUT_ROLES = frozenset({"navigation", "contentinfo", "banner", "complementary"})
#: Attributes of a <meta> element that name it, in the order they are read.
META_NAME_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")
BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td"})
LINE_BREAKING = frozenset({"br", "div", "section", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "date", "pubdate", "publishdate", "publish-date", "publication_date", "published_time",
    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:recs:publishtime", "article.published",
)


@dataclass
class HtmlArticle:
    """What a page yields; ``text`` is raw (not yet cleaned), paragraphs split by blank lines."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None


#: Characters XML cannot hold: lxml refuses to write them back into a tree ("All strings must be
#: XML compatible") when a junk element is dropped next to them. They carry no text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _parse(html: str) -> Any | None:
    html = _NOT_XML.sub("", html)
    try:
        return lxml.html.document_fromstring(html)
    except ValueError:  # a str with an XML encoding declaration
        return lxml.html.document_fromstring(html.encode("utf-8"))
    except etree.ParserError:
        return None


def _space(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _meta(tree: Any) -> dict[str, str]:
    """Lower-cased meta names/properties/itemprops to their content (first one wins)."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content:
            continue
        for attr in META_NAME_ATTRIBUTES:
            key = (el.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content.strip()
    return found


def _json_ld_dates(tree: Any) -> Iterator[str]:
    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                yield node["datePublished"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            yield from walk(json.loads(el.text))
        except ValueError:
            continue


def _title(tree: Any, meta: dict[str, str]) -> str | None:
    if meta.get("og:title"):
        return _space(meta["og:title"])
    title = _space(tree.findtext(".//title"))
    if not title:
        h1 = tree.find(".//h1")
        return _space(h1.text_content()) or None if h1 is not None else None
    site = meta.get("og:site_name", "")
    for sep in (" | ", " - ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        if found and head and (sep == " | " or (site and tail.strip().lower() == site.strip().lower())):
            return head.strip()
    return title


def _published(tree: Any, meta: dict[str, str]) -> str | None:
    candidates = [meta[k] for k in PUBLISHED_META if k in meta]
    candidates += list(_json_ld_dates(tree))
    candidates += [el.get("datetime") for el in tree.iter("time")
                   if el.get("datetime") and (el.get("pubdate") is not None
                                              or (el.get("itemprop") or "").lower() == "datepublished")]
    for value in candidates:
        date = normalise_date(value)
        if date:
            return date
    return None


def _canonical(tree: Any, meta: dict[str, str]) -> str | None:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return el.get("href").strip()
    return meta.get("og:url") or None


def _is_junk(el: Any) -> bool:
    """Layout, not article: junk tags, or junk class/id/role on an element that holds no article."""
    if el.tag in NEVER_TEXT_TAGS:
        return True
    if el.tag in ARTICLE_TAGS or el.get("itemprop") == "articleBody":
        return False
    role = (el.get("role") or "").lower()
    tokens = " ".join(filter(None, (el.get("class"), el.get("id")))).split()
    junk = (el.tag in JUNK_TAGS
            or role in LAYOUT_ROLES
            or any(JUNK_CLASS.match(t) and not t.lower().startswith(STATE_PREFIXES) for t in tokens))
    if not junk:
        return False
    return not el.xpath(".//article|.//main|.//*[@itemprop='articleBody']")


def _inside_block(el: Any, *, root: Any) -> bool:
    """True when a block element between ``el`` and ``root`` already holds its text."""
    for ancestor in el.iterancestors():
        if ancestor is root:
            return False
        if ancestor.tag in BLOCK_TAGS:
            return True
    return False


def builtin_text(tree: Any) -> str:
    """Article paragraphs in document order, junk blocks removed, joined by blank lines."""
    for el in list(tree.iter(etree.Element)):
        if el.getparent() is not None and _is_junk(el):
            el.drop_tree()
    roots = (tree.xpath("//*[@itemprop='articleBody']") or tree.xpath("//article")
             or tree.xpath("//main") or tree.xpath("//body") or [tree])
    root = max(roots, key=lambda r: len(r.text_content()))
    blocks: list[str] = []
    for el in root.iter(etree.Element):
        if el.tag not in BLOCK_TAGS:
            continue
        if _inside_block(el, root=root):
            continue
        text = _space(el.text_content())
        if text:
            blocks.append(text)
    if not blocks:  # text in bare divs or split by <br>: one paragraph per line-breaking element
        for el in root.iter(etree.Element):
            if el.tag in LINE_BREAKING:
                el.tail = "\n" + (el.tail or "")
        lines = (_space(line) for line in root.text_content().split("\n"))
        return "\n\n".join(line for line in lines if line)
    return "\n\n".join(blocks)


def _trafilatura_text(html: str) -> str | None:
    try:
        result = trafilatura.bare_extraction(html, with_metadata=False, include_comments=False,
                                        include_tables=False, include_images=False)
    except Exception as exc:  # its failure on one odd page leaves the built-in extractor
        log.debug("trafilatura failed (%s); using the built-in HTML extractor", exc)
        return None
    text = getattr(result, "text", None) if not isinstance(result, dict) else result.get("text")
    if not text:
        return None
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def extract_html(html: str) -> HtmlArticle:
    """Main text and metadata of an HTML page given as a string."""
    html = _NOT_XML.sub("", html)
    tree = _parse(html)
    if tree is None:
        return HtmlArticle(text="")
    meta = _meta(tree)
    article = HtmlArticle(
        text="",
        title=_title(tree, meta),
        published=_published(tree, meta),
        url=_canonical(tree, meta),
        outlet=_space(meta.get("og:site_name")) or None,
    )
    text = _trafilatura_text(html) or builtin_text(tree)
    article.text = _drop_headline(text, title=article.title)
    return article


def _drop_headline(text: str, *, title: str | None) -> str:
    """The body without a first paragraph that repeats the title (the title has its own field)."""
    first, sep, rest = text.partition("\n\n")
    if title and sep and _space(first).casefold() == _space(title).casefold():
        return rest
    return text


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset=...>``), if any."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", head[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None
