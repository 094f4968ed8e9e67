"""The topic guard: the sports, business and entertainment senses of conflict words code nothing
in such stories; political events inside them still do. Every text was written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.context.topic import topic_of


@pytest.mark.parametrize("text,topic", [
    ("The striker scored twice as the club won the league title on the last day of the season.", "sports"),
    ("Shares in the carmaker fell 6 percent after the company cut its profit forecast for the quarter.",
     "business"),
    ("The actress won an award for the film at the festival on Sunday.", "entertainment"),
    ("Police fired tear gas at protesters outside parliament as the government met.", None),
    ("The minister said the team of inspectors would report to the government and parliament.", None),
])
def test_topic_of(text, topic):
    assert topic_of(w.strip(".,").lower() for w in text.split()) == topic


@pytest.mark.parametrize("text", [
    "The visitors beat the champions 3-1, and their striker scored twice in the final ten minutes of the match.",
    "The opener attacked the bowlers from the first over as the team chased 250 in the final of the cup.",
    "The company fired its chief financial officer after investors complained about the quarterly earnings.",
    "The two carmakers have been fighting a takeover battle for the firm, whose shares rose 9 percent.",
    # a union's words about a company's plan, with no party acted on, are business news
    "The steelmaker will close two mills to cut costs, and its shares rose 5 percent on the stock market. "
    "Unions said they would fight the closures.",
    # a team's captain is no army officer, and what a player does is no political act whatever the verb
    "Australian cricket captain John Smith has supported fast bowler Tom Reed after criticism of his bowling to the "
    "tailenders in the first Test in Perth.",
    "The Australian captain has praised his bowlers after the team won the first Test against South Africa by 246 runs.",
    # a captain of no known country (resolved by context or not at all) is a player too
    "Team captain Jack Morrow has defended the decision to play Smith in the doubles, saying the final set and the "
    "match would decide the tournament for the team.",
])
def test_no_political_event_in_such_stories(pipeline, text):
    assert [e for e in pipeline.code_text(text, published="2024-05-02") if e.factual] == []


@pytest.mark.parametrize("text,root", [
    # a strike by workers is a political event in a business story
    ("Workers at the carmaker went on strike on Monday over pay, and the company's shares fell 3 percent.", "14"),
    # so are sanctions on a company
    ("The United States imposed sanctions on the company, whose shares fell 12 percent in early trading.", "16"),
])
def test_political_events_in_business_stories_are_kept(pipeline, text, root):
    assert any(e.cameo.startswith(root) for e in pipeline.code_text(text, published="2024-05-02"))


def test_news_as_usual_is_not_guarded(pipeline):
    events = pipeline.code_text("Russian forces attacked Ukrainian positions near Bakhmut on Monday.",
                                published="2024-05-02")
    assert any(e.cameo.startswith("19") for e in events)


def test_an_army_captain_in_news_is_still_military(pipeline):
    events = pipeline.code_text("An Australian army captain praised the Afghan police after the raid on Monday.",
                                published="2024-05-02")
    assert any("MIL" in (e.source.sectors or []) for e in events if e.source is not None)


@pytest.mark.parametrize("text", [
    "The BBC hit Yes Minister was repeated on Sunday.",
    "The newspaper attacked the Kenyan government over the new tax.",
])
def test_the_press_does_no_act_of_force_in_any_story(text):
    from flashpoint import code_text
    assert not [e for e in code_text(text, published="2001-12-15") if e.cameo[:2] in ("18", "19", "20")]


def test_force_against_the_press_is_still_coded():
    from flashpoint import code_text
    assert "190" in [e.cameo for e in code_text("Kenyan police attacked the newspaper's offices.",
                                                 published="2001-12-15")]


def test_an_obituary_of_an_actor_is_an_entertainment_story():
    text = ("The actor, who starred in the comedy and its sequel, died on Monday. His film roles won him "
            "awards, and he was nominated for an Oscar.")
    assert topic_of(w.strip(".,").lower() for w in text.split()) == "entertainment"


def test_a_cricket_selection_story_is_a_sports_story():
    text = ("Kenya is considering playing the spinner in the third Test against Uganda. He was forced to "
            "withdraw from the squad with an injury.")
    assert topic_of(w.strip(".,").lower() for w in text.split()) == "sports"



def test_a_labour_dispute_in_a_business_story_is_coded_both_ways(pipeline):
    # a union is a political actor: the company's side of the negotiations is not business among businesses
    text = ("Qantas shares fell 4 percent on the stock market as investors worried about profit and earnings. "
            "Qantas and two engineering unions are continuing negotiations over pay in the commission.")
    events = [e for e in pipeline.code_text(text, published="2024-05-02") if e.cameo.startswith("04")]
    pairs = {(tuple(e.source.sectors or ()), tuple(e.target.sectors or ())) for e in events if e.source and e.target}
    assert (("LAB",), ("BUS",)) in pairs and (("BUS",), ("LAB",)) in pairs


def test_a_club_president_in_a_sports_story_is_no_office_holder(pipeline):
    text = ("Tom Barker, the saviour and former president of the Sydney Rugby Club, has lost his bid to return as "
            "president, after stepping down in March. The club's members voted for the rival ticket at the annual "
            "meeting, and the team's coach and players welcomed the result before the new season.")
    assert pipeline.code_text(text, published="2024-05-02") == []


def test_a_head_of_state_named_in_a_sports_story_keeps_the_office(pipeline):
    text = ("French President Emmanuel Macron congratulated the national football team after it won the cup final "
            "against Argentina, as the players and the coach celebrated the title with the fans at the stadium.")
    events = pipeline.code_text(text, published="2024-05-02")
    assert any(e.source is not None and e.source.country == "FRA" for e in events)


@pytest.mark.parametrize("text", [
    "The striker scored twice as the club won the league title. The minister said the government "
    "would fund the stadium, and Parliament agreed.",
    "Shares fell as the company cut its forecast; the strikers of the union marched on Monday.",
    "",
])
def test_doc_topic_reads_every_word_and_lemma(nlp, text, monkeypatch):
    """``doc_topic`` counts only the words that count, from its memory of word ids: the same topic
    as ``topic_of`` over every alphabetic word and its differing lemma, with the memory kept,
    emptied and past its limit."""
    from flashpoint.context import topic

    doc = nlp(text)
    words = []
    for t in doc:
        if t.is_alpha:
            words.append(t.lower_)
            if t.lemma_.lower() != t.lower_:
                words.append(t.lemma_.lower())
    expected = topic_of(words)
    assert topic.doc_topic(doc) == expected
    assert topic.doc_topic(doc) == expected  # read from the memory
    monkeypatch.setattr(topic, "_PAIR_LIMIT", 0)
    assert topic.doc_topic(doc) == expected and len(topic._PAIR_WORDS) <= sum(t.is_alpha for t in doc)
