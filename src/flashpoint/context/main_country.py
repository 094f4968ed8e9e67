"""The article's main country: the country its places and actors name most, when one clearly
dominates. A story about one country names it (or its towns, people and bodies) again and again;
a story between two countries names both, and then neither is the default of a bare "officials"."""

from __future__ import annotations

from typing import Mapping

#: The main country is named at least this many times ...
MIN_MENTIONS = 2
#: ... and at least this many times as often as the next one.
DOMINANCE = 2.0


def main_country(counts: Mapping[str, int]) -> str | None:
    """The dominant country of ``counts`` (ISO3 -> mentions), or None when none dominates."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]
