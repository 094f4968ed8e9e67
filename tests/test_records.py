"""Records: JSON shape, round trip, stable ids, validation against the shipped schema."""

from __future__ import annotations

import jsonschema
import pytest

from flashpoint.records import (Actor, Document, Event, Modality, Place, Quantity, Trigger, make_event_id,
                                text_hash)
from flashpoint.schema import event_schema, validate_event


def make_event(**changes) -> Event:
    base = dict(
        event_id=make_event_id("d1", 0, (10, 16), "130", "USAGOV", "RUS"),
        doc_id="d1", sentence_index=0, sentence="Blinken warned Russia.", sentence_span=(0, 22),
        trigger=Trigger(text="warned", lemma="warn", span=(8, 14)),
        source=Actor(text="Blinken", span=(0, 7), code="USAGOV", country="USA", sectors=["GOV"],
                     name="Antony Blinken", role="Secretary of State", kb_id="antony-blinken", resolved_by="kb"),
        target=Actor(text="Russia", span=(15, 21), code="RUS", country="RUS", resolved_by="country"),
        cameo="130", cameo_root="13", goldstein=-4.4, quad_class=3,
        plover={"type": "THREATEN", "mode": None, "context": ["diplomatic"]},
        modality=Modality(), published="2022-02-16", date="2022-02-16", date_precision="day",
        date_source="publication",
        location=Place(text="Kyiv", name="Kyiv", country="UKR", admin1="Kyiv City", lat=50.45, lon=30.52,
                       geonameid=703448, precision="city", source="sentence", span=(30, 34)),
        quantities=[Quantity(kind="troops", value=150000.0, approx=True, text="an estimated 150,000", span=(0, 5))],
        confidence=0.8, evidence={"rule": "warn", "why": "'warned' (THREATEN)"},
        coder={"name": "flashpoint", "version": "0.1.0", "data_hash": "abc"},
    )
    base.update(changes)
    return Event(**base)


def full_event() -> Event:
    """An event with every field set (no null, no empty list), non-ASCII text and a money quantity."""
    return make_event(
        sentence="Blinken warned Russia’s army: \"150,000 troops\", $2.5 billion.",
        source=Actor(text="Blinken", span=(0, 7), code="USAGOV", country="USA", sectors=["GOV", "MIL"],
                     org="NATO", name="Antony Blinken", role="Secretary of State", kb_id="antony-blinken",
                     resolved_by="kb"),
        target=Actor(text="Russia’s army", span=(15, 28), code="RUSMIL", country="RUS", sectors=["MIL"],
                     org="CSTO", name="Russian Armed Forces", role="army", kb_id="rus-army", resolved_by="org"),
        plover={"type": "THREATEN", "mode": "violence", "context": ["diplomatic", "military"]},
        modality=Modality(status="reported", negated=True, attributed_to="officials"),
        url="https://example.org/a?b=1", outlet="Example News", published="2022-02-16",
        date="2022-02-14", date_precision="week", date_source="text",
        location=Place(text="Kyiv", name="Kyiv", country="UKR", admin1="Kyiv City", lat=50.45, lon=30.52,
                       geonameid=703448, precision="city", source="document", span=(30, 34), feature="city"),
        quantities=[Quantity(kind="troops", value=150000.0, approx=True, text="150,000", span=(31, 38)),
                    Quantity(kind="money", value=2.5e9, approx=False, text="$2.5 billion", span=(41, 53),
                             unit="USD")],
        confidence=0.815, evidence={"rule": "warn", "why": "'warned' (THREATEN), \"quoted\""},
        coder={"name": "flashpoint", "version": "0.1.0", "data_hash": "abc+def"},
    )


def test_event_round_trip_and_schema():
    event = make_event()
    record = event.to_dict()
    validate_event(record)
    assert record["schema_version"] == "1"
    assert record["quantities"][0]["value"] == 150000
    again = Event.from_dict(record)
    assert again.to_dict() == record


def test_full_event_round_trip_and_schema():
    event = full_event()
    record = event.to_dict()
    validate_event(record)
    again = Event.from_dict(record)
    assert again == event
    assert again.to_dict() == record and list(again.to_dict()) == list(record)
    assert isinstance(again.sentence_span, tuple) and isinstance(again.location.span, tuple)
    assert isinstance(again.quantities[1], Quantity) and again.quantities[1].unit == "USD"


def test_event_with_nulls_is_valid():
    record = make_event(target=None, location=None, quantities=[], date=None, date_precision=None,
                        date_source=None, published=None).to_dict()
    validate_event(record)


@pytest.mark.parametrize("field,value", [
    ("cameo", "ABC"), ("quad_class", 5), ("confidence", 1.5), ("goldstein", -11),
    ("date", "16/02/2022"), ("schema_version", "2"),
])
def test_schema_rejects_bad_values(field, value):
    record = make_event().to_dict()
    record[field] = value
    with pytest.raises(jsonschema.ValidationError):
        validate_event(record)


def test_schema_rejects_unknown_status():
    record = make_event().to_dict()
    record["modality"]["status"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        validate_event(record)


def test_event_id_is_stable_and_discriminating():
    a = make_event_id("d1", 2, (5, 9), "190", "RUSMIL", "UKR")
    assert a == make_event_id("d1", 2, (5, 9), "190", "RUSMIL", "UKR")
    assert a != make_event_id("d1", 2, (5, 9), "190", "UKR", "RUSMIL")
    assert a != make_event_id("d2", 2, (5, 9), "190", "RUSMIL", "UKR")


def test_text_hash_is_deterministic():
    assert text_hash("abc") == text_hash("abc") != text_hash("abd")


def test_modality_factual():
    for status in ("asserted", "reported", "historical"):
        assert Modality(status=status).factual
    assert not Modality(status="asserted", negated=True).factual
    for status in ("future", "conditional", "hypothetical", "denied"):
        assert not Modality(status=status).factual


def test_schema_is_package_data():
    assert event_schema()["properties"]["schema_version"]["const"] == "1"


def test_from_dict_fills_what_a_record_leaves_out():
    record = make_event().to_dict()
    for key in ("goldstein", "quad_class", "source", "target", "url", "location", "confidence", "schema_version"):
        del record[key]
    record.update(plover=None, quantities=None, evidence=None, coder=None, unknown_later_field=1)
    event = Event.from_dict(record)
    assert event.goldstein is None and event.quad_class is None and event.source is None and event.target is None
    assert event.url is None and event.location is None
    assert event.confidence == 0.5 and event.schema_version == "1"
    assert event.plover == {} and event.quantities == [] and event.evidence == {} and event.coder == {}


def test_from_dict_needs_the_required_fields():
    record = make_event().to_dict()
    del record["trigger"]
    with pytest.raises(TypeError):
        Event.from_dict(record)


@pytest.mark.parametrize("build", [
    lambda: Actor("Blinken", (0, 7)),
    lambda: Place("Kyiv", "Kyiv"),
    lambda: Quantity("troops", 5.0),
    lambda: Modality("asserted"),
    lambda: Document("d1", "text"),
], ids=["actor", "place", "quantity", "modality", "document"])
def test_records_are_built_with_keywords(build):
    with pytest.raises(TypeError):
        build()
