"""Criticism and accusation told as a judgement in reported speech, with no verb of criticising:
"the minister said Pakistan's offer was insufficient", "officials called Mr Sharon's campaign an
attempt to topple the president", "Mr Erakat said the words amounted to a declaration of war",
"described the plan as a disgrace", "told CNN that Mr Sharon was trying to torpedo the talks".
The speaker criticises (111) or accuses (112, when the judgement names a crime, terror or an
attempt to bring someone down) the owner or doer of the thing judged (CAMEO codebook: 111
"criticize or denounce", 112 "accuse"). Read only in sentences that have a word of blame (found
once per Doc from its array of lower-case forms)."""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER

from ..ontology.codes import is_state_country
from ..resources.words import word_list, word_map
from .arguments import Arg, actor_of, sources
from .context import SentenceContext
from .drafts import EventDraft, action_drafts
from .lexicon import Entry
from .modality import assess
from .triggers import Candidate

#: Words of blame in a judgement -> the code it makes (111 criticise, 112 accuse).
BLAME_WORDS = word_map("coding_blame_words")
#: Verbs that name a thing as something ("called X a Y", "branded X Y", "described X as Y").
NAMING_VERBS = word_list("coding_naming_verbs")
#: Verbs that equate the thing judged with the judgement ("the words amounted to a declaration of war").
EQUATING_VERBS = word_list("coding_equating_verbs")
#: Verbs of trying that pass their subject to the blamed act ("was trying to torpedo the talks").
TRYING_VERBS = word_list("coding_trying_verbs")
#: Possessive pronouns of one person ("his administration"): owned by a named person.
PERSON_POSSESSIVES = word_list("coding_person_possessives")
#: Determiners that make a noun name a thing the story already told of ("the words", "this
#: meeting"; ``coder`` reads them too).
DEFINITE_DETERMINERS = word_list("coding_definite_determiners")
#: How far up from the word of blame its judgement phrase is looked for.
REACH = 4

_BLAME_KEY = "flashpoint.blame_positions"


def blame_positions(doc) -> frozenset[int]:
    """The token indices of ``doc`` whose lower-case form is a word of blame (read once per Doc)."""
    found = doc.user_data.get(_BLAME_KEY)
    if found is None:
        strings = doc.vocab.strings
        hashes = numpy.array([strings.add(w) for w in BLAME_WORDS], dtype="uint64")
        found = frozenset(numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)).tolist())
        doc.user_data[_BLAME_KEY] = found
    return found


def _negated(*toks) -> bool:
    return any(c.dep_ == "neg" for t in toks for c in t.children)


def _judged(word):
    """(the verb of judging or saying, the token of the thing judged) of the judgement phrase
    word ``word`` of blame is in; None when it is in none."""
    tok = word
    for _ in range(REACH):
        head = tok.head
        if tok.dep_ == "oprd" and head.lemma_.lower() in NAMING_VERBS:  # "called X an attempt to ..."
            thing = [c for c in head.children if c.dep_ == "dobj"]
            return (head, thing[0]) if thing else None
        if tok.dep_ == "dobj" and head.lemma_.lower() in NAMING_VERBS:  # "branded the raid an act of aggression"
            thing = [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i]
            if thing:
                return head, thing[0]
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in NAMING_VERBS:
            verb = head.head  # "described the plan as a disgrace"
            thing = [c for c in verb.children if c.dep_ == "dobj"]
            return (verb, thing[0]) if thing else None
        if (tok.dep_ in ("attr", "acomp", "dobj") or (tok.dep_ == "pobj" and head.lower_ == "to")) :
            verb = head.head if tok.dep_ == "pobj" else head
            if verb.lemma_.lower() in EQUATING_VERBS and verb.dep_ == "ccomp":
                thing = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                return (verb, thing[0]) if thing else None
        if tok.pos_ == "VERB" and tok.dep_ == "ccomp" and tok.i == word.i:  # "X was undermining the talks"
            return (tok, None)
        if tok.dep_ == "xcomp" and tok.i == word.i and head.lemma_.lower() in TRYING_VERBS and head.dep_ == "ccomp":
            return (head, None)  # "X was trying to torpedo the talks"
        if head.i == tok.i:
            return None
        tok = head
    return None


def _same(a, b) -> bool:
    """Whether two mentions are one party: the same mention, words, or (for a person) code."""
    return a is b or a.actor.text == b.actor.text or (a.actor.code is not None and a.actor.code == b.actor.code
                                                      and a.actor.name is not None and a.actor.name == b.actor.name)


def _other_owner(thing, speakers, ctx: SentenceContext) -> list:
    """'... on Arafat, after Sharon branded his administration a sponsor of terrorism': a thing
    owned by a possessive pronoun, read as the speaker's own side (nobody brands himself), is
    owned by the nearest party its sentence names before it other than the speaker; [] with none."""
    poss = [c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not poss:
        return []
    codes = {s.mention.actor.code for s in speakers}
    before = [m for m in ctx.mentions.in_range(ctx.sent.start, poss[0].i)
              if m.actor.code is not None and m.actor.code not in codes and m.actor.sectors]
    if poss[0].lower_ in PERSON_POSSESSIVES:
        before = [m for m in before if m.actor.name is not None] or before
    return before[-1:]


def _definite(thing) -> bool:
    """Whether the thing judged is named as one the story already told of ("the words", "this
    meeting"): a definite determiner and no owner of its own."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in thing.children)


def _counterpart(speakers, ctx: SentenceContext) -> list:
    """'Erakat, speaking after Mr Sharon's speech, said the words amounted to a declaration of
    war': a thing of the story with no owner named is the doing of the one other state its
    sentence (else the sentence before) names; [] when it names none or several."""
    own = {s.mention.actor.country for s in speakers}
    for sent in (ctx.sent, ctx.previous):
        if sent is None:
            continue
        others = [m for m in ctx.mentions.in_range(sent.start, sent.end)
                  if is_state_country(m.actor.country) and m.actor.country not in own]
        if len({m.actor.country for m in others}) == 1:
            return others[:1]
        if others:
            return []
    return []


def _code(word, verb) -> str:
    """112 when a word of the judgement accuses, else 111."""
    phrase = [word] + list(word.subtree) if word.i != verb.i else [word]
    codes = {BLAME_WORDS[t.lower_] for t in phrase if t.lower_ in BLAME_WORDS}
    return "112" if "112" in codes else "111"


def criticism_drafts(ctx: SentenceContext) -> list[EventDraft]:
    """The criticisms and accusations told as judgements in sentence ``ctx``."""
    sent, index, lexicon = ctx.sent, ctx.mentions, ctx.lexicon
    words = [i for i in blame_positions(sent.doc) if sent.start <= i < sent.end]
    out: list[EventDraft] = []
    done: set[int] = set()
    for i in sorted(words):
        word = sent.doc[i]
        found = _judged(word)
        if found is None:
            continue
        verb, thing = found
        if verb.lemma_.lower() in NAMING_VERBS:
            say = verb
        else:
            say = verb.head  # the verb the judgement is the clause of
            if "report" not in lexicon.token_cues(say):
                continue
        if say.i in done or _negated(say, verb, word):
            continue
        speakers = sources(say, index)
        if thing is None:  # "X was trying to torpedo the talks": X is blamed
            blamed = [a.mention for a in sources(word, index)]
        else:  # "Pakistan's offer", "the US sanctions", "Israel": its owner, or itself
            blamed = [m for m in [actor_of(thing, index)] if m is not None]
            if all(m.actor.code in {s.mention.actor.code for s in speakers} for m in blamed):
                blamed = _other_owner(thing, speakers, ctx) or blamed
            if not blamed and _definite(thing):  # "said the words amounted to a declaration of war"
                blamed = _counterpart(speakers, ctx)
        blamed = [m for m in blamed if not any(_same(m, s.mention) for s in speakers)
                  and (m.actor.code is not None or any(s.mention.actor.code for s in speakers))]
        if not speakers or not blamed:
            continue
        done.add(say.i)
        entry = Entry(id="judgement+blame", lemma=say.lemma_.lower(), pos="V", cameo=_code(word, verb))
        c = Candidate(tok=say, entry=entry, frame=say, sources=speakers,
                      targets=[Arg(m, "judged-owner", m.head) for m in blamed], assessment=assess(say, lexicon))
        out.extend(action_drafts(c, ctx))
    return out
