"""Toponyms in parsed text and the location of an event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from flashpoint.geo import find_places, load_gazetteer, locate_event
from flashpoint.records import Actor


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def places_of(nlp, gaz, text, actor_mentions=()):
    doc = nlp(text)
    return doc, find_places(doc, gaz, actor_mentions=list(actor_mentions))


def token(doc, word):
    return next(t.i for t in doc if t.text == word)


# text, mention text, expected (name, country, precision)
RESOLVE = [
    ("Missiles struck Kyiv early on Monday.", "Kyiv", ("Kyiv", "UKR", "city")),
    ("Missiles struck Kiev early on Monday.", "Kiev", ("Kyiv", "UKR", "city")),
    ("Heavy shelling was reported in Kharkov.", "Kharkov", ("Kharkiv", "UKR", "city")),
    ("Russian troops shelled Kharkiv overnight.", "Kharkiv", ("Kharkiv", "UKR", "city")),
    ("Shelling hit Donetsk on Tuesday.", "Donetsk", ("Donetsk", "UKR", "city")),
    ("A fire broke out in Donetsk, a small town in the Rostov region near Kamensk-Shakhtinsky.",
     "Donetsk", ("Donetsk", "RUS", "city")),
    ("Fighting intensified in the Donetsk region.", "Donetsk region", ("Donetsk Oblast", "UKR", "admin1")),
    ("Russia annexed Crimea in 2014.", "Crimea", ("Crimea", "UKR", "admin1")),
    ("Separatists fought government troops in the Donbas.", "Donbas", ("Donbas", "UKR", "region")),
    ("Air strikes hit Gaza overnight.", "Gaza", ("Gaza Strip", "PSE", "admin1")),
    ("The curfew covers Palestinians in the West Bank and Gaza.", "Gaza", ("Gaza Strip", "PSE", "admin1")),
    ("Crowds gathered in Gaza City after the truce.", "Gaza City", ("Gaza", "PSE", "city")),
    ("Settlers attacked a village in the occupied West Bank.", "West Bank", ("West Bank", "PSE", "admin1")),
    ("Chinese coast guard ships blocked a supply boat in the South China Sea.", "South China Sea",
     ("South China Sea", None, "region")),
    ("Iran threatened to close the Strait of Hormuz.", "Strait of Hormuz", ("Strait of Hormuz", None, "region")),
    ("Drones struck Odesa and Mykolaiv.", "Mykolaiv", ("Mykolayiv", "UKR", "city")),
    ("Explosions were heard in Kherson and Zaporizhzhia.", "Kherson", ("Kherson", "UKR", "city")),
    ("Protesters in Tbilisi marched against the government of Georgia.", "Georgia",
     ("Georgia", "GEO", "country")),
    ("The governor of Georgia signed the bill in Atlanta.", "Georgia", ("Georgia", "USA", "admin1")),
    ("Georgia's governor signed a new election law.", "Georgia", ("Georgia", "USA", "admin1")),
    ("Officials from Texas and Florida met their counterparts from Georgia and Alabama.", "Georgia",
     ("Georgia", "USA", "admin1")),
    ("The United States pledged aid to Georgia after Russian troops crossed into South Ossetia.",
     "Georgia", ("Georgia", "GEO", "country")),
    ("Protesters gathered in Washington on Saturday.", "Washington", ("Washington", "USA", "city")),
    ("Hamas fighters clashed with soldiers in Khan Younis.", "Khan Younis", ("Khān Yūnis", "PSE", "city")),
    ("Paramilitaries seized El Fasher in North Darfur.", "North Darfur", ("North Darfur", "SDN", "admin1")),
    ("Turkish jets bombed positions in northern Iraq.", "Iraq", ("Iraq", "IRQ", "country")),
    ("Clashes erupted again in Nagorno-Karabakh.", "Nagorno-Karabakh", ("Nagorno-Karabakh", "AZE", "region")),
    ("Rebels in Tigray accused the army of blocking aid.", "Tigray", ("Tigray", "ETH", "admin1")),
]


@pytest.mark.parametrize("text,mention,expected", RESOLVE)
def test_resolve_in_context(nlp, gaz, text, mention, expected):
    doc, places = places_of(nlp, gaz, text)
    found = {m.place.text: m.place for m in places}
    assert mention in found, [m.place.text for m in places]
    p = found[mention]
    assert (p.name, p.country, p.precision) == expected
    assert doc.text[p.span[0]:p.span[1]] == mention


# Names that are not places here: actors, demonyms, parts of person names.
NOT_PLACES = [
    ("Washington said it would impose new sanctions.", "Washington"),
    ("Moscow warned the West against sending more weapons.", "Moscow"),
    ("Moscow and Beijing condemned the sanctions.", "Beijing"),
    ("Paris condemned the attack on its embassy.", "Paris"),
    ("Ukrainian forces repelled an assault.", "Ukrainian"),
    ("Jordan Peterson spoke at a rally.", "Jordan"),
    ("Russia's defence ministry said its troops had advanced.", "Russia"),
]


@pytest.mark.parametrize("text,name", NOT_PLACES)
def test_not_a_place(nlp, gaz, text, name):
    _, places = places_of(nlp, gaz, text)
    assert name not in [m.place.text for m in places]


def test_actor_mention_as_subject_is_not_a_place(nlp, gaz):
    from flashpoint.actors import ActorMention

    doc = nlp("Kyiv rejected the proposal.")
    actor = Actor(text="Kyiv", span=(0, 4), code="UKRGOV", country="UKR")
    places = find_places(doc, gaz, actor_mentions=[ActorMention(0, 1, 0, actor)])
    assert places == []


@pytest.mark.parametrize("text", ["Ukrainian drones damaged Kramatorsk.",
                                  "Ukrainian troops shelled Horlivka."])
def test_actor_countries_support_scanned_names(nlp, gaz, text):
    """A mid-sized town the model did not tag is kept when an actor's country supports it."""
    from flashpoint.actors import ActorMention

    doc = nlp(text)
    actor = Actor(text=doc[0:2].text, span=(0, len(doc[0:2].text)), code="UKRMIL", country="UKR")
    alone = find_places(doc, gaz, actor_mentions=[])
    with_actor = find_places(doc, gaz, actor_mentions=[ActorMention(0, 2, 1, actor)])
    assert alone == []
    assert [(m.place.country, m.place.precision) for m in with_actor] == [("UKR", "city")]


def test_mentions_sorted_and_spans_match(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Talks in Geneva between Kyiv and Moscow failed, and shelling "
                                      "resumed near Kharkiv and in the Black Sea port of Odesa.")
    starts = [m.start for m in places]
    assert starts == sorted(starts)
    for m in places:
        assert doc.text[m.place.span[0]:m.place.span[1]] == doc[m.start:m.end].text
    assert {"Geneva", "Kharkiv", "Black Sea", "Odesa"} <= {m.place.text for m in places}


# -- event location ---------------------------------------------------------------------------

# text, trigger word, expected (name, precision) or None
LOCATE = [
    ("Protesters gathered outside parliament in Nairobi on Tuesday.", "gathered", ("Nairobi", "city")),
    ("Russia massed troops near the border with Ukraine.", "massed", ("Ukraine", "country")),
    ("Police arrested 30 people in Paris.", "arrested", ("Paris", "city")),
    ("Paramilitaries seized El Fasher in North Darfur.", "seized", ("El Fasher", "city")),
    ("Ukrainian officials reported explosions in the city of Lviv in western Ukraine.", "reported",
     ("Lviv", "city")),
    ("Houthi rebels fired missiles at ships in the Gulf of Aden.", "fired", ("Gulf of Aden", "region")),
    ("The ship was attacked in the Red Sea off the coast of Yemen.", "attacked", ("Red Sea", "region")),
    ("Turkish jets bombed positions in northern Iraq.", "bombed", ("Iraq", "country")),
    ("Israeli strikes in the Gaza Strip killed 12 people.", "killed", ("Gaza Strip", "admin1")),
    ("The talks ended without agreement.", "ended", None),
    ("Washington said it would impose new sanctions.", "said", None),
    ("Kyiv and Kharkiv were hit by missiles.", "hit", ("Kyiv", "city")),
    ("Officials said a drone hit an oil depot near Belgorod.", "hit", ("Belgorod", "city")),
]


@pytest.mark.parametrize("text,trigger,expected", LOCATE)
def test_locate_event(nlp, gaz, text, trigger, expected):
    doc, places = places_of(nlp, gaz, text)
    loc = locate_event(doc, trigger_i=token(doc, trigger), places=places)
    if expected is None:
        assert loc is None
    else:
        assert loc is not None
        assert (loc.name, loc.precision) == expected
        assert loc.source == "sentence"
        assert doc.text[loc.span[0]:loc.span[1]] == loc.text


def test_locate_prefers_the_place_tied_to_the_trigger(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Officials in Kyiv said Russian drones struck a power plant in Lviv.")
    assert locate_event(doc, trigger_i=token(doc, "struck"), places=places).name == "Lviv"


def test_locate_ignores_other_sentences(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Fighting raged in Bakhmut. Later, the two sides agreed to talk.")
    assert locate_event(doc, trigger_i=token(doc, "agreed"), places=places) is None
    assert locate_event(doc, trigger_i=token(doc, "raged"), places=places).name == "Bakhmut"


def test_locate_returns_a_copy(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Police arrested 30 people in Paris.")
    loc = locate_event(doc, trigger_i=token(doc, "arrested"), places=places)
    loc.precision = "changed"
    assert places[0].place.precision == "city"


def test_country_is_never_refined_to_capital(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Sanctions on Iran took effect on Monday.")
    loc = locate_event(doc, trigger_i=token(doc, "took"), places=places)
    assert (loc.name, loc.precision, loc.country) == ("Iran", "country", "IRN")


def test_empty_doc(nlp, gaz):
    doc, places = places_of(nlp, gaz, "")
    assert places == []


# text, trigger word: a sentence whose only places are actors or owners, so no location.
NO_LOCATION = [
    ("China criticised Japan over the disputed islands.", "criticised"),
    ("Kharkiv's mayor said three people were injured.", "said"),
    ("Russia's foreign ministry rejected the proposal.", "rejected"),
    ("The envoy urged Ankara to reopen the crossing.", "urged"),
    ("Poland thanked Vilnius for its support.", "thanked"),
]


@pytest.mark.parametrize("text,trigger", NO_LOCATION)
def test_no_location_from_actors(nlp, gaz, text, trigger):
    doc, places = places_of(nlp, gaz, text)
    assert locate_event(doc, trigger_i=token(doc, trigger), places=places) is None


@pytest.mark.parametrize("text,mention,expected", [
    ("Kharkiv's mayor said three people were injured.", "Kharkiv", ("Kharkiv", "UKR", "city")),
    ("Fighting continued in Eastern Ukraine on Friday.", "Ukraine", ("Ukraine", "UKR", "country")),
    ("Aid convoys reached South Sudan.", "South Sudan", ("South Sudan", "SSD", "country")),
    ("Drones hit an airfield in the Kursk region.", "Kursk region", ("Kursk Oblast", "RUS", "admin1")),
    ("Gunmen attacked a checkpoint in Idlib province.", "Idlib province", ("Idlib Governorate", "SYR", "admin1")),
    ("Tanks rolled through the streets of Odessa.", "Odessa", ("Odesa", "UKR", "city")),
    ("The vessel was seized in the Red Sea.", "Red Sea", ("Red Sea", None, "region")),
    ("Warships sailed through the Taiwan Strait.", "Taiwan Strait", ("Taiwan Strait", None, "region")),
    ("Islamic State fighters were driven out of Raqqa.", "Raqqa", ("Ar Raqqah", "SYR", "city")),
])
def test_more_places(nlp, gaz, text, mention, expected):
    _, places = places_of(nlp, gaz, text)
    found = {m.place.text: m.place for m in places}
    assert mention in found, list(found)
    p = found[mention]
    assert (p.name, p.country, p.precision) == expected


@pytest.mark.parametrize("text,name", [
    ("The European Union imposed new tariffs.", "Union"),
    ("The ILO published its annual report.", "ILO"),
    ("Hamas fighters fired rockets.", "Hamas"),
])
def test_words_that_happen_to_be_towns(nlp, gaz, text, name):
    _, places = places_of(nlp, gaz, text)
    assert name not in [m.place.text for m in places]


@pytest.mark.parametrize("text,mention,expected", [
    ("Flights from Boston to New York were cancelled.", "New York", ("New York City", "USA", "city")),
    ("Voters in New York state backed the measure.", "New York", ("New York", "USA", "admin1")),
    ("Floods hit towns in Queensland and Victoria.", "Victoria", ("Victoria", "AUS", "admin1")),
    ("Bahrain, a small Gulf state, expelled the envoy.", "Gulf", ("Persian Gulf", None, "region")),
    ("Floods cut roads in Gulf province, Papua New Guinea officials said.", "Gulf",
     ("Gulf", "PNG", "admin1")),
])
def test_city_or_state(nlp, gaz, text, mention, expected):
    _, places = places_of(nlp, gaz, text)
    found = {m.place.text: m.place for m in places}
    hit = next((p for t, p in found.items() if t.startswith(mention)), None)
    assert hit is not None, list(found)
    assert (hit.name, hit.country, hit.precision) == expected


@pytest.mark.parametrize("text,expected", [
    ("Us and them: the debate goes on.", set()),
    ("US troops left the base.", {"US"}),
    ("Rebels captured Goma, the largest city in eastern Congo.", {"Goma", "Congo"}),
])
def test_scanned_names(nlp, gaz, text, expected):
    _, places = places_of(nlp, gaz, text)
    assert {m.place.text for m in places} == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Washington said it would send more aid to Kyiv.", "send", None),
    ("Beijing held talks with Moscow on trade.", "held", None),
    ("Beijing held talks with Moscow in Astana.", "held", ("Astana", "city")),
    ("Russian forces captured Bakhmut in eastern Ukraine.", "captured", ("Bakhmut", "city")),
])
def test_parties_are_not_places(nlp, gaz, text, trigger, expected):
    doc, places = places_of(nlp, gaz, text)
    loc = locate_event(doc, trigger_i=token(doc, trigger), places=places)
    assert (loc and (loc.name, loc.precision)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Peacekeepers arrived in Sierra Leone Tuesday.", {"Sierra Leone"}),
    ("Militias attacked a camp in West Darfur State.", {"West Darfur State"}),
    ("The Washington Post reported the deal.", set()),
    ("The Kurdistan Workers' Party claimed the attack.", set()),
])
def test_names_next_to_names(nlp, gaz, text, expected):
    _, places = places_of(nlp, gaz, text)
    assert {m.place.text for m in places} == expected


def test_doc_without_parser(gaz):
    """A doc with no parse or entities still yields our own names, and a same-sentence location."""
    import spacy

    doc = spacy.blank("en")("Shelling resumed in the Gaza Strip overnight.")
    places = find_places(doc, gaz, actor_mentions=[])
    assert [m.place.name for m in places] == ["Gaza Strip"]
    assert locate_event(doc, trigger_i=1, places=places).name == "Gaza Strip"


def test_leading_the_is_not_in_the_span(nlp, gaz):
    doc, places = places_of(nlp, gaz, "The US has sent more warships to the Red Sea.")
    assert {m.place.text for m in places} >= {"Red Sea"}
    assert all(not m.place.text.lower().startswith("the ") for m in places)


@pytest.mark.parametrize("text,trigger", [
    ("Moscow-backed separatists shelled the town overnight.", "shelled"),
    ("Kyiv-controlled areas came under fire.", "came"),
    ("A Gaza-based group claimed the attack.", "claimed"),
])
def test_qualifiers_are_not_locations(nlp, gaz, text, trigger):
    doc, places = places_of(nlp, gaz, text)
    assert places  # still a place mention...
    assert locate_event(doc, trigger_i=token(doc, trigger), places=places) is None  # ...but not where it happened


def test_place_of_the_speakers_is_not_the_place_of_the_report(nlp, gaz):
    doc, places = places_of(nlp, gaz, "Officials in Kyiv said Russian drones struck a power plant.")
    assert locate_event(doc, trigger_i=token(doc, "struck"), places=places) is None
    assert locate_event(doc, trigger_i=token(doc, "said"), places=places).name == "Kyiv"


@pytest.mark.parametrize("text,mention,expected", [
    ("A tornado struck Paris, Texas, on Sunday.", "Paris", ("Paris", "USA", "city")),
    ("Clashes erupted in Tripoli, Lebanon, overnight.", "Tripoli", ("Tripoli", "LBN", "city")),
    ("Shells fell on Donetsk, Ukraine.", "Donetsk", ("Donetsk", "UKR", "city")),
    ("Lebanese troops deployed in Tripoli after clashes in Beirut.", "Tripoli", ("Tripoli", "LBN", "city")),
])
def test_place_said_to_be_within_another(nlp, gaz, text, mention, expected):
    _, places = places_of(nlp, gaz, text)
    found = {m.place.text: m.place for m in places}
    assert mention in found, list(found)
    p = found[mention]
    assert (p.name, p.country, p.precision) == expected
