"""Confidence in [0, 1] of one coded event, and the sentence that explains it.

The score adds evidence: a specific pattern (particle, object), a verb trigger, a subject found
directly in the parse, actors resolved from the knowledge base, a target found directly. Weak
evidence (a pronoun resolved to an earlier actor, a target taken from a place phrase) lowers it.
"""

from __future__ import annotations

STRONG_RESOLUTION = ("kb", "title", "country", "org", "demonym", "metonym", "person")
#: "context" (a group's country from its sentence's place, the dateline...) is weaker: no bonus.


#: How much less sure an event is whose party was taken from the story (an earlier sentence, the
#: article's conflict, a reaction's act) rather than from its own sentence.
BORROWED = 0.15


def borrowed(confidence: float) -> float:
    """The confidence of an event once a party of it is borrowed from the story (never below 0.05)."""
    return round(max(0.05, confidence - BORROWED), 3)


def score(*, strength: int, verb: bool, source_how: str, target_how: str | None,
          source_resolved_by: str | None, derived: bool = False) -> float:
    """Combine the evidence for one event into a confidence in [0.05, 0.99]."""
    c = 0.45
    c += 0.05 * min(strength - 1, 4) / 2  # particle / object constraint matched
    c += 0.05 if verb else -0.05
    if source_how in ("subject", "agent"):
        c += 0.2
    elif source_how.endswith("+conj") or source_how in ("control", "conj", "relcl", "adjunct", "noun"):
        c += 0.1
    elif source_how.startswith("coref") or source_how in ("location", "agentless"):
        c -= 0.15
    if source_resolved_by in STRONG_RESOLUTION:
        c += 0.1
    elif source_resolved_by in ("coreference", "sector"):
        c -= 0.05
    if target_how is None:
        c -= 0.05
    elif target_how in ("place", "nearby", "default", "attacked-place", "owner"):
        c -= 0.1
    elif target_how.startswith("coref"):
        c -= 0.05
    else:
        c += 0.1
    if derived:
        c -= 0.05
    return round(max(0.05, min(0.99, c)), 3)


def _actor(actor) -> str:
    if actor is None:
        return "none"
    parts = [p for p in (actor.country, " ".join(actor.sectors or [])) if p]
    label = " ".join(parts) or actor.code or ("no actor known" if actor.resolved_by is None else "?")
    if getattr(actor, "country_from", None):  # "country from dateline", "... from main country"
        label += f" (country from {actor.country_from.replace('-', ' ')})"
    elif actor.country is None and actor.resolved_by == "sector":
        label += " (no country known)"
    return f"'{actor.text}' → {label}"


def explain(*, trigger: str, plover: str, cameo: str, source, source_how: str, target,
            target_how: str | None, status: str, negated: bool, statement: str | None = None) -> str:
    """One short readable sentence: what fired, with which arguments, and the modality."""
    how = {"subject": "subject", "agent": "by-agent", "control": "controlling subject",
           "conj": "shared subject", "relcl": "relative clause head", "adjunct": "main clause subject",
           "noun": "modifier", "location": "no named perpetrator; unidentified forces",
           }.get(source_how.split("+")[0], source_how)
    label = f"{plover}, CAMEO {cameo}" if plover else f"CAMEO {cameo}"
    if source is None:
        text = f"'{trigger}' ({label}) with no agent named (passive)"
    else:
        text = f"'{trigger}' ({label}) with {how} {_actor(source)}"
    if target is not None:
        thow = {"object": "object", "patient": "passive subject", "place": "place phrase",
                "dative": "indirect object", "default": "own country", "prep-generic": "prep",
                "clause-subject": "clause subject", "condition": "condition subject",
                "attacked-place": "the country of the place", "owner": "owner of the object",
                "author": "author of the object"}.get((target_how or "").split("+")[0].split(":")[0],
                                                  target_how or "")
        text += f", {thow} {_actor(target)}"
    if statement:
        text += f"; {statement}"
    if status != "asserted" or negated:
        text += f"; status {status}{' (negated)' if negated else ''}"
    return text
