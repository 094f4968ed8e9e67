"""STUB (to be replaced by the actors work): a tiny knowledge base."""
from __future__ import annotations
from dataclasses import dataclass, field


@dataclass
class KnowledgeBase:
    names: dict[str, str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


def load_kb(extra_files=()) -> KnowledgeBase:
    return KnowledgeBase(names={"russia": "RUS", "ukraine": "UKR", "united states": "USA", "kenya": "KEN"})
