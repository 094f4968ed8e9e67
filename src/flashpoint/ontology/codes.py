"""Named codes and sets of codes, defined once: the rules say ``VIOLENCE_ROOTS``, not ("18", "19", "20").

Statuses live in ``records`` (``STATUSES``, ``FACTUAL_STATUSES``) because the record defines them.
"""

from __future__ import annotations

#: Actor "country" codes that are not states: international and non-governmental organisations,
#: international militarised groups, international (religious or ethnic) movements, companies.
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})

#: CAMEO roots of physical violence: assault (18), fight (19), unconventional mass violence (20).
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})

#: CAMEO roots of material conflict (QuadClass 4): protest (14), force posture (15), coerce (17)
#: and the violence roots.
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "17"}) | VIOLENCE_ROOTS


def is_state_country(code: str | None) -> bool:
    """Whether ``code`` is a three-letter country code of a state (not a non-state code)."""
    return bool(code) and len(code) == 3 and code not in NON_STATE_CODES
