"""Detainees and prisoners have no sector of their own (captured fighters are no civilians), but
they are still a group the story places in its country: an act of crowd control against them that
names no doer is that country's police. Every sentence here was written for these tests."""

from __future__ import annotations

from flashpoint import code_text


def test_detainees_keep_the_story_country_and_no_sector():
    events = code_text("Detainees at a detention centre near Nairobi, Kenya, rioted overnight. Water cannon "
                       "and tear gas were used to subdue the detainees, who had set fire to two buildings.",
                       published="2024-03-01")
    (control,) = [e for e in events if e.cameo == "175"]
    assert control.source is not None and control.source.code == "KENCOP", control
    assert control.target is not None and control.target.country == "KEN" and not control.target.sectors, control


def test_a_user_sector_word_may_have_no_sector(tmp_path):
    from flashpoint.actors.loading import build_kb, shipped_files

    path = tmp_path / "words.csv"
    path.write_text("word,sector,kind\ninternees,,noun\n", encoding="utf-8")
    kb = build_kb(shipped_files(), (str(path),))
    assert kb.sector_nouns["internees"].sector is None
