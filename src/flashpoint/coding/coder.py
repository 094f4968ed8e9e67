"""STUB (to be replaced by the coding work)."""
from __future__ import annotations
from ..records import Modality
from .draft import EventDraft


def code_doc(doc, mentions, *, lexicon) -> list[EventDraft]:
    by_token = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token[i] = m
    drafts = []
    for si, sent in enumerate(doc.sents):
        for tok in sent:
            code = lexicon.verbs.get(tok.lemma_)
            if tok.pos_ != "VERB" or not code:
                continue
            src = next((by_token[c.i].actor for c in tok.children if c.dep_ == "nsubj" and c.i in by_token), None)
            tgt = next((by_token[c.i].actor for c in tok.children if c.dep_ == "dobj" and c.i in by_token), None)
            if src:
                drafts.append(EventDraft(si, tok.i, tok.i + 1, tok.lemma_, code, src, tgt, Modality(), rule=f"verb:{tok.lemma_}", why=f"'{tok.text}'"))
    return drafts
