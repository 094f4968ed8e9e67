"""Criticism and accusation told as a judgement in reported speech, with no verb of criticising:
"the minister said Pakistan's offer was insufficient", "officials called Mr Sharon's campaign an
attempt to topple the president", "Mr Erakat said the words amounted to a declaration of war",
"described the plan as a disgrace", "told CNN that Mr Sharon was trying to torpedo the talks".
The speaker criticises (111) or accuses (112, when the judgement names a crime, terror or an
attempt to bring someone down) the owner or doer of the thing judged (CAMEO codebook: 111
"criticize or denounce", 112 "accuse"). News gives the judgement in more forms than a word of
blame: idioms ("the explanation does not wash", "raises more questions than it answers"), a fault
found "in the way X handled it", "holds X responsible", and an accusation told in the passive with
no accuser inside what a speaker says ("say ... Hicks, who is also accused of fighting alongside
the Taliban"). Read only where such words are (found once per Doc from its arrays of forms)."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER

from ..nlp import sentences
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
#: Words of blame only in a naming frame ("holds X responsible"; "is responsible for security" blames no one).
NAMING_ONLY_WORDS = word_list("coding_naming_only_blame_words")
#: Verbs that equate the thing judged with the judgement ("the words amounted to a declaration of war").
EQUATING_VERBS = word_list("coding_equating_verbs")
#: Verbs of trying that pass their subject to the blamed act ("was trying to torpedo the talks").
TRYING_VERBS = word_list("coding_trying_verbs")
#: Possessive pronouns of one person ("his administration"): owned by a named person.
PERSON_POSSESSIVES = word_list("coding_person_possessives")
#: Determiners that make a noun name a thing the story already told of ("the words", "this
#: meeting"; ``coder`` reads them too).
DEFINITE_DETERMINERS = word_list("coding_definite_determiners")
#: Idioms of a judgement on the thing that is their subject: "verb word" (a word among the verb's
#: own dependents) -> "negated" (blames only when negated: "the explanation does not wash", "the
#: figures don't add up") or "plain" (blames unless negated: "raises more questions than it answers").
BLAME_IDIOMS = word_map("coding_blame_idioms")
#: The verbs of those idioms ("wash", "add", "raise").
IDIOM_VERBS = frozenset(k.split()[0] for k in BLAME_IDIOMS)
#: Nouns of manner ("there are discrepancies in the way ASIC handled it"): a judgement found in
#: them blames the doer of their clause.
MANNER_NOUNS = word_list("coding_manner_nouns")
#: Entity types of a day that owns a thing of the story ("today's action", "Monday's decision").
DAY_ENTITIES = frozenset({"DATE", "TIME"})
#: How many sentences back a domestic story's other side is looked for.
STORY_REACH = 8
#: How far up from the word of blame its judgement phrase is looked for.
REACH = 4

_BLAME_KEY = "flashpoint.blame_positions"
_IDIOM_KEY = "flashpoint.blame_idiom_positions"
_ACCUSED_KEY = "flashpoint.accused_positions"
#: Participles of accusing: told in the passive with no accuser, inside what a speaker says, the
#: accusation is the speaker's ("say X, who is accused of fighting alongside the Taliban").
ACCUSED_FORMS = word_list("coding_accused_forms")
#: How far up from the participle the say-verb is looked for.
ACCUSED_REACH = 7
#: The code of an accusation.
ACCUSE = "112"


def _positions(doc, key: str, words, attr) -> frozenset[int]:
    """The token indices of ``doc`` whose ``attr`` (LOWER or LEMMA) is one of ``words``, read
    once per Doc from its array (no pass over Token objects) and kept under ``key``."""
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        hashes = numpy.array([strings.add(w) for w in words], dtype="uint64")
        found = frozenset(numpy.flatnonzero(numpy.isin(doc.to_array(attr), hashes)).tolist())
        doc.user_data[key] = found
    return found


def blame_positions(doc) -> frozenset[int]:
    """The token indices of ``doc`` whose lower-case form is a word of blame (read once per Doc)."""
    return _positions(doc, _BLAME_KEY, BLAME_WORDS, LOWER)


def idiom_positions(doc) -> frozenset[int]:
    """The token indices of ``doc`` whose lemma is the verb of an idiom of blame (read once per Doc)."""
    return _positions(doc, _IDIOM_KEY, IDIOM_VERBS, LEMMA)


def _idiom(verb) -> bool:
    """Whether ``verb`` with its own words is an idiom of blame, negated as the idiom needs:
    "does not wash", "doesn't add up", "raises more questions than it answers"."""
    words = {c.lemma_.lower() for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass", "punct")}
    kinds = {BLAME_IDIOMS[f"{verb.lemma_.lower()} {w}"] for w in words if f"{verb.lemma_.lower()} {w}" in BLAME_IDIOMS}
    kinds |= {BLAME_IDIOMS[verb.lemma_.lower()]} if verb.lemma_.lower() in BLAME_IDIOMS else set()
    if not kinds:
        return False
    return ("negated" in kinds) == _negated(verb)


def _existential_thing(attr, be):
    """'there are discrepancies in the way ASIC has handled the investigation', 'there were serious
    flaws in Pakistan's proposal': the thing an existential judgement finds fault in (the doer of a
    clause of manner, else the noun after "in"), or None."""
    if not any(c.dep_ == "expl" for c in be.children):
        return None
    for prep in [c for t in (attr, be) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]:
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if noun.lemma_.lower() in MANNER_NOUNS:  # the clause of manner may hang on the fault found
                doers = [g for t in (noun, attr) for c in t.children if c.dep_ == "relcl" and c.i > noun.i
                         for g in c.children if g.dep_ == "nsubj"]
                if doers:
                    return doers[0]
            return noun
    return None


def _says_itself(verb, lexicon) -> bool:
    """Whether naming verb ``verb`` has a pronoun for its subject and is what a say-verb reports
    ("the Government says it holds X responsible"): the pronoun is the sayer."""
    return (verb.dep_ == "ccomp" and "report" in lexicon.token_cues(verb.head)
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children))


def _negated(*toks) -> bool:
    return any(c.dep_ == "neg" for t in toks for c in t.children)


def _judged(word):
    """(the verb of judging or saying, the token of the thing judged) of the judgement phrase
    word ``word`` of blame is in; None when it is in none."""
    tok = word
    for _ in range(REACH):
        head = tok.head
        if (tok.dep_ == "ccomp" and tok.i == word.i and head.lemma_.lower() in NAMING_VERBS
                and tok.pos_ in ("ADJ", "NOUN")):  # "holds [Mr Arafat responsible] for the attacks"
            thing = [c for c in tok.children if c.dep_ == "nsubj"]
            return (head, thing[0]) if thing else None
        if word.lower_ in NAMING_ONLY_WORDS and tok.i == word.i and not (
                tok.dep_ in ("oprd", "dobj") and head.lemma_.lower() in NAMING_VERBS):
            return None  # "responsible" blames only when someone is held so, not "responsible for security"
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
                if not thing and tok.dep_ == "attr":  # "there are discrepancies in the way X handled it"
                    there = _existential_thing(tok, verb)
                    return (verb, there) if there is not None else None
                return (verb, thing[0]) if thing else None
        if (tok.dep_ == "pobj" and head.lower_ == "as" and head.head.dep_ == "dobj"
                and head.head.head.lemma_.lower() in NAMING_VERBS):  # "described [Pakistan's crackdown as cosmetic]"
            return head.head.head, head.head
        if tok.dep_ == "appos" and head.dep_ == "dobj" and head.head.lemma_.lower() in NAMING_VERBS:
            return head.head, head  # "branded the US sanctions, a hostile act"
        if (tok.pos_ == "VERB" and tok.dep_ == "ccomp" and tok.i == word.i
                and not any(c.dep_ == "auxpass" for c in tok.children)):  # "X was undermining the talks"
            return (tok, None)  # (a passive's subject suffered it: "the embassy was damaged")
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
    meeting", "today's action"): a definite determiner, or a day as its only owner."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
               or (c.dep_ == "poss" and c.ent_type_ in DAY_ENTITIES) for c in thing.children)


def _domestic_side(speakers, ctx: SentenceContext) -> list:
    """'Westpac's David Lording says today's action is unjustified', after the bank workers'
    union was named: in a story of two bodies of one country (a bank and its union, a government
    and its opposition), a thing of the story with no owner is the doing of the one other body the
    story has named so far; [] when it has named none or several. People of no body ("voters",
    "residents": civilians only) are no side of such a story."""
    own = {s.mention.actor.code for s in speakers}
    countries = {s.mention.actor.country for s in speakers}
    if len(countries) != 1 or None in countries or None in own:
        return []
    sents = sentences(ctx.doc)
    start = sents[max(0, ctx.sentence_index - STORY_REACH)].start
    others = [m for m in ctx.mentions.in_range(start, ctx.sent.end)
              if m.actor.country in countries and m.actor.sectors and set(m.actor.sectors) != {"CVL"}
              and m.actor.code not in own]
    return others[-1:] if len({m.actor.code for m in others}) == 1 else []


def _counterpart(speakers, ctx: SentenceContext) -> list:
    """'Erakat, speaking after Mr Sharon's speech, said the words amounted to a declaration of
    war': a thing of the story with no owner named is the doing of the one other state its
    sentence (else the sentence before) names; [] when it names none or several."""
    own = {s.mention.actor.country for s in speakers}
    if None in own:
        return []  # a speaker of no known side has no other side
    said_by = {t.i for s in speakers for c in ctx.doc[s.token].children if c.dep_ in ("relcl", "appos")
               for t in c.subtree}  # "X, who is a former priest, says": what the speaker is, not another side
    for sent in (ctx.sent, ctx.previous):
        if sent is None:
            continue
        others = [m for m in ctx.mentions.in_range(sent.start, sent.end)
                  if is_state_country(m.actor.country) and m.actor.country not in own and m.head not in said_by]
        if len({m.actor.country for m in others}) == 1:
            return others[:1]
        if others:
            return []
    return []


def _code(word, verb) -> str:
    """112 when a word of the judgement accuses, else 111."""
    phrase = [word] + list(word.subtree) if word.i != verb.i else [word]  # (an idiom's verb: 111)
    codes = {BLAME_WORDS[t.lower_] for t in phrase if t.lower_ in BLAME_WORDS}
    return "112" if "112" in codes else "111"


def criticism_drafts(ctx: SentenceContext) -> list[EventDraft]:
    """The criticisms and accusations told as judgements in sentence ``ctx``."""
    sent, index, lexicon = ctx.sent, ctx.mentions, ctx.lexicon
    words = [i for i in blame_positions(sent.doc) if sent.start <= i < sent.end]
    idioms = [i for i in idiom_positions(sent.doc) if sent.start <= i < sent.end]
    accused = [i for i in accused_positions(sent.doc) if sent.start <= i < sent.end]
    out: list[EventDraft] = []
    done: set[int] = set()
    for i in sorted(words + idioms):
        word = sent.doc[i]
        idiom = i in idioms and i not in words
        if idiom:  # "Mr Soorley says the explanation does not wash"
            subject = [c for c in word.children if c.dep_ == "nsubj"]
            if word.dep_ != "ccomp" or not subject or not _idiom(word):
                continue
            found = (word, subject[0])
        else:
            found = _judged(word)
        if found is None:
            continue
        verb, thing = found
        if verb.lemma_.lower() in NAMING_VERBS and not idiom:
            say = verb
        else:
            say = verb.head  # the verb the judgement is the clause of
            if "report" not in lexicon.token_cues(say):
                continue
        if say.i in done or _negated(say) or (not idiom and _negated(verb, word)):
            continue
        speakers = sources(say, index)
        if not any(s.mention.actor.code for s in speakers) and _says_itself(say, lexicon):
            speakers = sources(say.head, index)  # "the Israelis say they hold Mr Arafat responsible"
        if thing is None:  # "X was trying to torpedo the talks": X is blamed
            blamed = [a.mention for a in sources(word, index)]
        else:  # "Pakistan's offer", "the US sanctions", "Israel": its owner, or itself
            blamed = [m for m in [actor_of(thing, index)] if m is not None]
            if all(m.actor.code in {s.mention.actor.code for s in speakers} for m in blamed):
                blamed = _other_owner(thing, speakers, ctx) or blamed
            if not blamed and _definite(thing):  # "said the words amounted to a declaration of war"
                blamed = _counterpart(speakers, ctx) or _domestic_side(speakers, ctx)
        blamed = [m for m in blamed if not any(_same(m, s.mention) for s in speakers)
                  and (m.actor.code is not None or any(s.mention.actor.code for s in speakers))]
        if not speakers or not blamed:
            continue
        done.add(say.i)
        entry = Entry(id="judgement+blame", lemma=say.lemma_.lower(), pos="V", cameo=_code(word, verb))
        c = Candidate(tok=say, entry=entry, frame=say, sources=speakers,
                      targets=[Arg(m, "judged-owner", m.head) for m in blamed], assessment=assess(say, lexicon))
        out.extend(action_drafts(c, ctx))
    for i in accused:
        found = _reported_accusation(sent.doc[i], ctx)
        if found is not None and found[0].i not in done:
            say, speakers, blamed = found
            done.add(say.i)
            entry = Entry(id="reported+accused", lemma=say.lemma_.lower(), pos="V", cameo=ACCUSE)
            c = Candidate(tok=say, entry=entry, frame=say, sources=speakers,
                          targets=[Arg(blamed, "accused", blamed.head)], assessment=assess(say, lexicon))
            out.extend(action_drafts(c, ctx))
    return out


def accused_positions(doc) -> frozenset[int]:
    """The token indices of ``doc`` whose lower-case form is a participle of accusing (read once per Doc)."""
    return _positions(doc, _ACCUSED_KEY, ACCUSED_FORMS, LOWER)


def _reported_accusation(verb, ctx: SentenceContext):
    """'Authorities say neither man entered Afghanistan with David Hicks, who is also accused of
    fighting alongside the Taliban': an accusation told in the passive with no accuser named, inside
    what a speaker says, is the speaker's (112 against the accused). (say-verb, speakers, accused
    mention), or None."""
    if (verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children)
            or any(c.dep_ in ("agent", "neg") for c in verb.children)):
        return None
    index = ctx.mentions
    if verb.dep_ == "relcl":  # "David Hicks, who is accused of ..."
        accused = actor_of(verb.head, index)
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        accused = actor_of(subj[0], index) if subj else None
    if accused is None:
        return None
    tok, said = verb, False
    for _ in range(ACCUSED_REACH):
        said = said or tok.dep_ == "ccomp"
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if said and tok.pos_ == "VERB" and "report" in ctx.lexicon.token_cues(tok) and not _negated(tok):
            speakers = [s for s in sources(tok, index) if not _same(accused, s.mention)]
            return (tok, speakers, accused) if speakers else None
    return None
