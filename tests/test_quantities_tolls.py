"""A toll whose verb is no event of its own goes to the event it happened in (issue 9, item 6):
"15,000 people have been killed in clashes between Chadian troops and rebels" gives the clashes
their 15,000 killed (the killing, whose doers the clashes name, makes no event of its own).
Sentences written for these tests; actors are hand-built mentions."""

from __future__ import annotations

from flashpoint.actors import ActorMention
from flashpoint.coding import code_doc, load_lexicon
from flashpoint.records import Actor

#: word -> (country, sectors); "Chadian troops" is one mention
GROUPS = {"people": (None, ["CVL"]), "troops": ("TCD", ["MIL"]), "rebels": (None, ["REB"])}


def _mentions(doc):
    out = []
    for t in doc:
        if t.text in GROUPS:
            country, sectors = GROUPS[t.text]
            start = t.i - 1 if t.i > 0 and doc[t.i - 1].text == "Chadian" else t.i
            span = (doc[start].idx, t.idx + len(t.text))
            out.append(ActorMention(start, t.i + 1, t.i, Actor(
                text=doc.text[span[0]:span[1]], span=span, code=(country or "") + sectors[0], country=country,
                sectors=sectors, resolved_by="demonym" if country else "sector")))
    return out


def test_a_toll_goes_to_the_clashes_it_happened_in(nlp):
    doc = nlp("Some 15,000 people have been killed in clashes between Chadian troops and rebels.")
    drafts = code_doc(doc, _mentions(doc), lexicon=load_lexicon())
    clashes = [d for d in drafts if doc[d.trigger_start].lemma_ == "clash"]
    assert not [d for d in drafts if doc[d.trigger_start].lemma_ == "kill"]
    assert clashes and all([(q.kind, q.value) for q in d.quantities] == [("killed", 15000.0)] for d in clashes)
