"""Whether, according to the text, an event happened: the ``modality.status`` of the design.

``assess(tok, lexicon)`` climbs the clauses that govern a trigger ("said", "threatened to",
"denied", "if", "will") and returns plain data (an ``Assessment``): the status, negation, who the
event is attributed to, and the *statement* a governing verb makes about it ("agreed to send
tanks" is an asserted agreement about a future aid event).

- ``rules``: the rules, as ordered tables of small named functions (the order is the priority);
- ``clauses``: the questions they ask of the parse (negation, auxiliaries, the sayer ...).

The final status of an event record is decided in ``coding.status``.
"""

from ..assessment import Assessment
from .clauses import has_negation
from .rules import CLIMB_RULES, FINAL_RULES, TRIGGER_RULES, assess

__all__ = ["Assessment", "assess", "has_negation", "TRIGGER_RULES", "CLIMB_RULES", "FINAL_RULES"]
