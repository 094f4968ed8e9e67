"""How many: killed, injured, arrested, displaced, hostages, troops, weapons, money.

``find_quantities(sent)`` returns plain ``Found`` records (a Quantity plus the token it hangs on);
``attach`` gives each one to the event whose trigger governs it in the parse.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..nlp import doc_text
from ..records import Quantity
from .arguments import PLURAL_PRONOUNS
from ..resources.words import word_list, word_map


def _numbers(mapping: dict[str, str]) -> dict[str, int]:
    return {word: int(value) for word, value in mapping.items()}


#: Number words ("twelve", "a dozen") and scales ("million", and the suffixes "m", "bn", "k").
WORD_NUMBERS = _numbers(word_map("coding_number_words"))
SCALE = _numbers(word_map("coding_number_scales"))
#: Scales that are a number on their own ("hundred"), and plural scales after "tens of" ("thousands").
BARE_SCALES = word_list("coding_bare_scales")
OF_SCALE_PLURALS = word_list("coding_of_scale_plurals")
#: Vague plurals: a conventional value, always approximate.
VAGUE = _numbers(word_map("coding_vague_numbers"))
#: Words before a number that make it approximate, longest phrases first.
APPROX = tuple(sorted(word_list("coding_approximators"), key=lambda p: (-len(p.split()), p)))
#: Currency words and signs -> ISO 4217 code.
CURRENCY = word_map("coding_currency_words")
#: Words between "$" and the number that make it US dollars ("$US 5 million").
US_DOLLAR_MARKS = word_list("coding_us_dollar_marks")
#: Kind by the verb the counted noun depends on.
VERB_KIND = word_map("coding_quantity_verbs")
#: Verbs whose subject is the one counted ("12 people died", "thousands fled").
INTRANSITIVE = word_list("coding_counted_subject_verbs")
#: Clauses a quantity does not leave to find its event ("an accident in which 14 died").
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
#: Verbs of a reduced relative that only count the noun it modifies ("rebels, estimated at 3,000").
COUNT_VERBS = word_list("coding_count_verbs")
#: Complements that make a verb of hurting a killing ("shot dead").
DEATH_COMPLEMENTS = word_list("coding_death_complements")
#: Prepositions of a part of a count already given ("among them 17 officers", "including 58 children").
SUBCOUNT_PREPS = word_list("coding_subcount_preps")
#: Kind by the counted noun itself.
NOUN_KIND = word_map("coding_quantity_nouns")
#: Nouns of people a count may be about.
PEOPLE = word_list("coding_people_nouns")
_NUM = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(m|bn|k)?$", re.I)


@dataclass
class Found:
    quantity: Quantity
    anchor: int  # token index of the counted noun (or the number itself)


def number_value(tokens: list) -> tuple[float | None, bool]:
    """Value of a run of number tokens ("1.5 million", "three", "dozens"), and whether vague."""
    words = [t.text.lower() for t in tokens if t.text != "-"]
    text = " ".join(words)
    if text in VAGUE:
        return float(VAGUE[text]), True
    value: float | None = None
    for w in words:
        m = _NUM.match(w.replace("us$", "$"))
        if m:
            v = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
            value = v * (SCALE[m.group(3).lower()] if m.group(3) else 1) if value is None else value + v
        elif w == "dozen" and value is not None:  # "two dozen"
            value *= 12
        elif w in WORD_NUMBERS:
            value = (value or 0) + WORD_NUMBERS[w]
        elif w in SCALE and value is not None:
            value *= SCALE[w]
        elif w in SCALE and value is None and w in BARE_SCALES:
            value = float(SCALE[w])
        elif w in VAGUE:
            return float(VAGUE[w]), True
    if value is not None and not math.isfinite(value):
        return None, False  # a run of hundreds of digits: no count, and no "Infinity" in a record
    return value, False


def _approx(doc, start: int) -> tuple[bool, int]:
    """Approximation words right before the number; returns (approx, new start)."""
    for phrase in APPROX:
        n = len(phrase.split())
        if start - n >= 0 and " ".join(t.lower_ for t in doc[start - n:start]) == phrase:
            return True, start - n
    return False, start


def _number_runs(sent) -> list[tuple[int, int]]:
    runs, i = [], sent.start
    while i < sent.end:
        t = sent.doc[i]
        if t.like_num or t.lower_ in VAGUE or t.lower_ == "dozen" or t.ent_type_ == "MONEY" and t.like_num:
            j = i + 1
            while j < sent.end and (sent.doc[j].like_num or sent.doc[j].lower_ in SCALE or sent.doc[j].lower_ == "dozen"
                                    or (sent.doc[j].text == "-" and j + 1 < sent.end and sent.doc[j + 1].like_num)):
                j += 1  # "forty-two" is split at the hyphen
            # "tens of thousands", "hundreds of thousands"
            if j + 1 < sent.end and sent.doc[j].lower_ == "of" and sent.doc[j + 1].lower_ in OF_SCALE_PLURALS:
                j += 2
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _kind(doc, *, start: int, end: int) -> tuple[str | None, int, str | None]:
    """Kind of the quantity, the counted noun's index and the currency (for money)."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    currency = CURRENCY.get(before) or CURRENCY.get(after) or (
        "USD" if doc[start].text.startswith("$") else None)
    if currency is None and before in US_DOLLAR_MARKS and start > 1 and doc[start - 2].text == "$":
        currency = "USD"
    last = doc[end - 1]
    phrase = last.head if last.dep_ in ("nummod", "quantmod", "compound") else last
    while start <= phrase.i < end and phrase.dep_ in ("nummod", "quantmod", "compound") and phrase.head.i != phrase.i:
        phrase = phrase.head  # "two dozen militants": "dozen" hangs on "two", "two" on the noun
    noun = phrase
    # "dozens of people": the counted noun is the object of "of" (not in "leaders of the group")
    counted_by_of = phrase.like_num or phrase.lower_ in VAGUE or phrase.lower_ == "dozen"
    for c in (phrase.children if counted_by_of else ()):
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                noun = objs[0]
    if currency:
        return "money", noun.i, currency
    lemma = noun.lemma_.lower()
    if noun.tag_ == "NNPS" and lemma not in NOUN_KIND and lemma not in PEOPLE and lemma.endswith("s"):
        lemma = lemma[:-1]  # "over 1,000 US Marines": a capitalised plural keeps its -s in the lemma
    # the verb the counted phrase depends on ("killed 12 soldiers", "12 were arrested")
    verb = phrase.head if phrase.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj", "attr", "appos") else None
    if phrase.dep_ == "pobj" and verb is not None:
        verb = verb.head
    if (verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in COUNT_VERBS and phrase.like_num
            and noun.i == phrase.i):  # "troops numbering 2,000", "rebels, estimated at 3,000": the troops
        noun = verb.head
        lemma = noun.lemma_.lower()
    person = (lemma in PEOPLE or noun.ent_type_ == "NORP" or NOUN_KIND.get(lemma) == "troops"
              or (noun.tag_ == "NNS" and lemma not in NOUN_KIND) or (noun.i == phrase.i and phrase.like_num))
    if (verb is not None and person and phrase.dep_ != "nsubj"
            and any(c.lower_ in DEATH_COMPLEMENTS for c in verb.subtree if verb.i in (c.head.i, c.head.head.i))):
        return "killed", noun.i, None  # "were shot dead", "beaten to death"
    if (verb is not None and person and verb.lemma_.lower() in VERB_KIND
            and (phrase.dep_ != "nsubj" or verb.lemma_.lower() in INTRANSITIVE)):
        # "two gunmen killed a settler": the subject of "kill" is not among the killed
        return VERB_KIND[verb.lemma_.lower()], noun.i, None
    if lemma in NOUN_KIND:
        return NOUN_KIND[lemma], noun.i, None
    if lemma in PEOPLE or noun.ent_type_ == "NORP":
        return "people", noun.i, None
    return None, noun.i, None


def subcount(noun) -> bool:
    """'killed 43 people, among them 17 police officers', 'including 58 children', '53 of them': a
    part of a count given before it, not a count of its own."""
    head = noun.head
    if head.dep_ == "prep" and head.lower_ in SUBCOUNT_PREPS:
        return True  # "including 58 children"
    # "among them 17 officers" (parsed with "among them" under the noun), "53 of them"
    return any(c.dep_ == "prep" and (c.lower_ in SUBCOUNT_PREPS or c.lower_ == "of")
               and any(g.lower_ in PLURAL_PRONOUNS for g in c.children) for c in noun.children)




def find_quantities(sent) -> list[Found]:
    """Every countable quantity of the sentence (years, dates and ordinals are skipped)."""
    doc = sent.doc
    out: list[Found] = []
    for start, end in _number_runs(sent):
        first = doc[start]
        if first.ent_type_ in ("DATE", "TIME", "ORDINAL", "PERCENT", "CARDINAL") and first.ent_type_ != "CARDINAL":
            if first.ent_type_ != "MONEY":
                continue
        if re.fullmatch(r"(1[89]|20)\d\d", first.text) and first.ent_type_ != "MONEY":
            continue
        value, vague = number_value(list(doc[start:end]))
        if value is None:
            continue
        kind, anchor, currency = _kind(doc, start=start, end=end)
        if kind is None or subcount(doc[anchor]):
            continue
        approx, qstart = _approx(doc, start)
        if start > 0 and doc[start - 1].text == "$":
            qstart = min(qstart, start - 1)
        span_end = doc[end - 1]
        if kind == "money" and end < len(doc) and doc[end].lower_ in CURRENCY:
            span_end = doc[end]
        span = (doc[qstart].idx, span_end.idx + len(span_end.text))
        q = Quantity(kind=kind, value=float(value), approx=approx or vague,
                     text=doc_text(doc)[span[0]:span[1]], span=span, unit=currency)
        out.append(Found(q, anchor))
    return out


def attach(found: list[Found], *, triggers: list[int], doc) -> dict[int, list[Quantity]]:
    """Give each quantity to the nearest trigger above it in the parse (or the one it governs)."""
    trig = set(triggers)
    out: dict[int, list[Quantity]] = {}
    for f in found:
        tok = doc[f.anchor]
        owner = None
        blocked = False
        for anc in [tok] + list(tok.ancestors):
            if anc.i in trig:
                owner = anc.i
                break
            if anc.dep_ == "acl" and anc.lemma_.lower() in COUNT_VERBS:
                continue  # "Sudanese rebels, estimated at 3,000 fighters, attacked": the rebels' count
            if anc.dep_ in CLAUSE_DEPS and anc.pos_ in ("VERB", "AUX") and not (
                    anc.tag_ == "VBG" and anc.dep_ != "relcl" and not any(c.dep_ == "mark" for c in anc.children)):
                # (", killing 12" is the result of the event above it)
                blocked = True  # "denied ... an accident in which 14 died": that clause's own event
                break
        if owner is None and not blocked:
            # "150,000 troops massed": the counted noun is the subject of the trigger
            for t in triggers:
                if any(c.i == f.anchor for c in doc[t].subtree):
                    owner = t
                    break
        if owner is None and not blocked:
            # "15,000 people have been killed in clashes between X and Y": a toll whose verb is no
            # event of its own (its doers are named in the clashes) goes to the event it happened in
            verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            if verb is not None:
                owner = next((g.i for p in verb.children if p.dep_ == "prep" for g in p.children
                              if g.dep_ == "pobj" and g.i in trig), None)
        if owner is not None:
            out.setdefault(owner, []).append(f.quantity)
    return out


def attach_to_drafts(drafts: list, *, sent, merged: dict[int, int]) -> None:
    """Give each draft the quantities its trigger governs; a result clause's ("..., killing 12")
    go to the event it belongs to (``merged``: clause token -> owner token)."""
    if not drafts:  # no event to give a quantity to: the sentence's numbers need not be read
        return
    quantities = attach(find_quantities(sent), triggers=[d.trigger_start for d in drafts] + list(merged), doc=sent.doc)
    for tok_i, owner in merged.items():
        quantities.setdefault(owner, []).extend(quantities.pop(tok_i, []))
    for d in drafts:
        d.quantities = list(quantities.get(d.trigger_start, []))
