"""The final ``modality.status`` of an event, decided here and nowhere else.

The coder's clause rules (``modality``) say what the governing words make of a trigger; the
functions here turn that, and what the date resolver found, into the status of the record.
"""

from __future__ import annotations

from ..records import Modality

#: Statuses that become ``historical`` when the event is dated well before publication.
DATABLE_AS_HISTORY = frozenset({"asserted", "reported"})


def mark_historical(modality: Modality, *, historical: bool) -> Modality:
    """An event the text dates more than ``HISTORICAL_DAYS`` before publication ("in 2014") did
    happen, but as history: asserted and reported events become ``historical``."""
    if historical and modality.status in DATABLE_AS_HISTORY:
        modality.status = "historical"
    return modality
