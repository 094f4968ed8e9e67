"""Truecasing lower-case and all-caps text before the parser (``flashpoint.nlp.truecase``): same
length and offsets, names the knowledge base and the gazetteer know, common words left alone, the
records keep the original words. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.actors import load_kb
from flashpoint.actors.casing import case_vocabulary
from flashpoint.coding.lexicon import load_lexicon
from flashpoint.geo import load_gazetteer
from flashpoint.nlp import load_model
from flashpoint.nlp.truecase import caseless, needs_truecase, truecase


@pytest.fixture(scope="module")
def vocab():
    lexicon = load_lexicon()
    return case_vocabulary(load_kb(), load_gazetteer(), load_model(), words=(w for w, _ in lexicon.entries))


@pytest.mark.parametrize("segment,kind", [
    ("police arrested five people in ahmedabad on friday.", "lower"),
    ("the bjp and the vhp called a strike.", "lower"),  # acronyms in lower case too
    ("POLICE ARRESTED FIVE PEOPLE IN AHMEDABAD ON FRIDAY.", "upper"),
    ("Police arrested five people in Ahmedabad on Friday.", None),
    ("The police arrested five men.", None),  # one capital, at the start: normal case
    ("Talks with the IMF and the EU resumed.", None),
    ("ok then", None),  # too short to tell
])
def test_caseless(segment, kind):
    assert caseless(segment) == kind


@pytest.mark.parametrize("text,expected", [
    ("police arrested five people in ahmedabad on friday.",
     "Police arrested five people in Ahmedabad on Friday."),
    ("new delhi: the bjp-led government said narendra modi would visit vadodara district. modi spoke.",
     "New Delhi: The BJP-led government said Narendra Modi would visit Vadodara district. Modi spoke."),
    ("russian troops shelled kharkiv overnight, ukrainian officials said.",
     "Russian troops shelled Kharkiv overnight, Ukrainian officials said."),
    ("u.s. officials met the un envoy in kabul.", "U.S. officials met the UN envoy in Kabul."),
    # a name that is also a common word, only where it names an actor
    ("the us and its allies told us to wait.", "The US and its allies told us to wait."),
    ("us troops left. who knows why.", "US troops left. Who knows why."),
    # a gazetteer place that is also a common word is never recased from the gazetteer
    ("in turn, police in reading arrested men at bay.", "In turn, police in reading arrested men at bay."),
    # all caps: lower case, then the names
    ("KENYAN POLICE ARRESTED 20 PROTESTERS IN NAIROBI.", "Kenyan police arrested 20 protesters in Nairobi."),
    ("i said the turkish army would not attack.", "I said the Turkish army would not attack."),
])
def test_truecase(vocab, text, expected):
    out = truecase(text, vocab)
    assert out == expected and len(out) == len(text)


def test_normal_text_is_unchanged(vocab):
    text = "Police arrested five people in Ahmedabad.\nthe us and turkey said nothing more about it today."
    assert not needs_truecase("Police arrested five people in Ahmedabad on Friday.")
    out = truecase(text, vocab)
    assert out.split("\n")[0] == text.split("\n")[0]  # the normal paragraph is left alone
    assert out.split("\n")[1].startswith("The US and Turkey")


@pytest.mark.parametrize("text", [
    "STRASSE UND STRAßE: POLICE ARRESTED MEN IN İZMIR ON FRIDAY.",  # letters whose case changes length
    "police arrested men in ıstanbul and in straße on friday.",
])
def test_length_is_kept(vocab, text):
    assert len(truecase(text, vocab)) == len(text)


def test_lower_case_text_is_coded_with_its_own_words(pipeline):
    text = "police arrested five people in ahmedabad on friday."
    events = pipeline.code_text(text, published="2024-01-05")
    arrest = next(e for e in events if e.cameo.startswith("173"))
    assert arrest.sentence == text and arrest.trigger.text == "arrested"
    assert arrest.source.text == "police" and arrest.source.code == "INDCOP"
    s, e = arrest.source.span
    assert text[s:e] == "police"


def test_all_caps_text_is_coded_like_normal_text(pipeline):
    normal = pipeline.code_text("Kenyan police arrested 20 protesters in Nairobi on Friday.", published="2024-01-05")
    caps = pipeline.code_text("KENYAN POLICE ARRESTED 20 PROTESTERS IN NAIROBI ON FRIDAY.", published="2024-01-05")
    triple = lambda e: (e.source and e.source.code, e.cameo, e.target and e.target.code)  # noqa: E731
    assert [triple(e) for e in caps] == [triple(e) for e in normal]
    assert caps[0].source.text == "KENYAN POLICE"


@pytest.mark.parametrize("text,expected", [
    # an unknown name after a title or honorific, and the surname alone later on
    ("gov. harold penmarch said the curfew would stay. later penmarch met the mayor.",
     "Gov. Harold Penmarch said the curfew would stay. Later Penmarch met the mayor."),
    ("the rebels freed two hostages, mr tobiah wennick said.",
     "The rebels freed two hostages, Mr Tobiah Wennick said."),
    ("foreign minister ilvo tarsanen arrived in kabul on monday.",
     "Foreign Minister Ilvo Tarsanen arrived in Kabul on Monday."),  # a minister's title: capitals
    ("the army spokesman ilvo tarsanen denied it.", "The army spokesman Ilvo Tarsanen denied it."),
    # after an honorific a surname that is also a noun is a name; after a title it is not
    ("mr farmer said the minister fell ill.", "Mr Farmer said the minister fell ill."),
    # a surname of the knowledge base after a title, even when also a verb; never an inflected form
    ("on monday president trump said the president said no.",
     "On Monday President Trump said the president said no."),
    # a title followed by common words, or by a name of the knowledge base that is also a verb
    ("the president said the minister will visit the army commander at home.",
     "The president said the minister will visit the army commander at home."),
    ("the spokesman denied that the prime minister resigned.",
     "The spokesman denied that the prime minister resigned."),
    ("mr and mrs dovrenko were arrested.", "Mr and Mrs Dovrenko were arrested."),
    # a surname that is also a common noun (WordNet lists famous people) after the first name,
    # then alone; never a sector word after the name
    ("interior minister ilvo hutton said. later hutton resigned.",
     "Interior Minister Ilvo Hutton said. Later Hutton resigned."),
    ("the spokesman, ilvo tarsanen, said. ilvo government troops fled.",
     "The spokesman, Ilvo Tarsanen, said. Ilvo government troops fled."),
])
def test_names_after_titles(vocab, text, expected):
    out = truecase(text, vocab)
    assert out == expected and len(out) == len(text)


def test_no_titled_names_without_common_words():
    """Without a model no word is known to be common: no word after a title is taken for a name."""
    bare = case_vocabulary(load_kb(), load_gazetteer())
    assert truecase("mr tobiah wennick said the rebels fled.", bare) == "Mr tobiah wennick said the rebels fled."


@pytest.mark.parametrize("text,expected", [
    # "us" names the United States after an article, before a hyphen or a sector word, and at the
    # start of a sentence, where the pronoun never stands; never as an object
    ("a us diplomat said the talks failed.", "A US diplomat said the talks failed."),
    ("officials met. us reimposed sanctions on the regime. they asked us to wait.",
     "Officials met. US reimposed sanctions on the regime. They asked us to wait."),
    ("the ban on us poultry ended. they sent us food and wrote to us today.",
     "The ban on US poultry ended. They sent us food and wrote to us today."),
    # before a noun of armed force, or a word and a sector or title word, "us" is the country
    ("they were hurt in earlier us bombing. a stray us bomb hit three us special forces soldiers.",
     "They were hurt in earlier US bombing. A stray US bomb hit three US special forces soldiers."),
    ("they told us special stories and showed us maps.", "They told us special stories and showed us maps."),
    # the letters of a designation
    ("b-52 bombers and fa-18 jets flew sorties; 2-1 was the score.",
     "B-52 bombers and FA-18 jets flew sorties; 2-1 was the score."),
    # other names that are also common words are no names after an article
    ("the march ended at the car park, and the centre stayed calm.",
     "The march ended at the car park, and the centre stayed calm."),
    # areas named with words of direction alone are directions
    ("the fire moved south-west of the town and into the far north.",
     "The fire moved south-west of the town and into the far north."),
    # a particle the knowledge base writes in lower case stays so
    ("police searched for osama bin laden in the hills.", "Police searched for Osama bin Laden in the hills."),
])
def test_common_words_that_are_names(vocab, text, expected):
    out = truecase(text, vocab)
    assert out == expected and len(out) == len(text)


@pytest.mark.parametrize("text,expected", [
    # a word that is no common English word is a name wherever it stands: a place, a person
    ("rebels shelled haifa and mosul overnight.", "Rebels shelled Haifa and Mosul overnight."),
    ("the union leader, tobiah wennick, called a strike.", "The union leader, Tobiah Wennick, called a strike."),
    # a first name of the knowledge base, then a common noun: the person's surname
    ("police said richard wainwright was held. wainwright denied it.",
     "Police said Richard Wainwright was held. Wainwright denied it."),
    # a place before a noun stays a place and a noun
    ("the kandahar airport closed.", "The Kandahar airport closed."),
    # never a word of the lexicon, a contraction or a part of a hyphenated word
    ("they didn't stop the airstrikes or the pre-dawn ceasefire talks.",
     "They didn't stop the airstrikes or the pre-dawn ceasefire talks."),
])
def test_bare_names(vocab, text, expected):
    out = truecase(text, vocab)
    assert out == expected and len(out) == len(text)
