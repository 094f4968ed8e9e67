"""What one article says about itself (``Article``), read once per document before the actors."""

from __future__ import annotations

from dataclasses import dataclass

from ..geo.gazetteer import Gazetteer
from ..nlp import dateline_of, doc_text
from ..records import Document
from .dateline import Dateline, read_dateline
from .outlets import outlet_country


@dataclass(frozen=True, kw_only=True)
class Article:
    """The document-level context of the actor resolver (the main country is counted there, from
    the names it finds): the dateline, and the country of the outlet."""

    dateline: Dateline | None = None
    outlet_country: str | None = None

    @property
    def dateline_country(self) -> str | None:
        return self.dateline.country if self.dateline else None


def read_article(document: Document, doc, *, gazetteer: Gazetteer) -> Article:
    """The context of ``document`` parsed as ``doc`` (whose dateline component ran)."""
    shape = dateline_of(doc)
    dateline = read_dateline(shape, doc_text(doc), gazetteer=gazetteer) if shape is not None else None
    return Article(dateline=dateline, outlet_country=outlet_country(document.outlet, document.url))
