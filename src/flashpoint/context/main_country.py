"""The article's main country: the country its places and actors name most, when one clearly
dominates. A story about one country names it (or its towns, people and bodies) again and again;
a story between two countries names both, and then neither is the default of a bare "officials"."""

from __future__ import annotations

from typing import Mapping

#: The main country is named at least this many times ...
MIN_MENTIONS = 2
#: ... and at least this many times as often as the next one.
DOMINANCE = 2.0
#: A story of at least this many sentences that names a single country is about it.
ONLY_COUNTRY_SENTENCES = 4


def main_country(counts: Mapping[str, int], *, sentences: int = 1) -> str | None:
    """The dominant country of ``counts`` (ISO3 -> mentions), or None when none dominates; in a
    story of ``sentences`` >= ``ONLY_COUNTRY_SENTENCES``, also the one country it names at all."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) == 1 and ranked[0][1] > 0 and sentences >= ONLY_COUNTRY_SENTENCES:
        return ranked[0][0]
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]
