"""``flashpoint eval`` end to end, in process, with the real pipeline on small gold files written here."""

from __future__ import annotations

import json

from flashpoint.cli import main

ARREST = "Kenyan police arrested twelve smugglers in Mombasa on Monday."


def write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def gold_files(tmp_path):
    sentences = write(tmp_path / "s.jsonl", [
        {"id": "s1", "date": "2023-04-03", "text": ARREST, "events": [
            {"source": {"country": "KEN", "sector": "COP"}, "type": "COERCE", "target": None}]}])
    india = write(tmp_path / "i.jsonl", [
        {"id": "i1", "doc": "d", "published": "2002-03-04", "text": ARREST.lower(), "labels": ["ARREST"]},
        {"id": "i2", "doc": "d", "published": "2002-03-04", "text": "the weather stayed dry.", "labels": []}])
    cameo = write(tmp_path / "c.jsonl", [
        {"id": "c1", "text": ARREST, "penta": 4, "source_spans": ["Kenyan police"], "target_spans": ["smugglers"]}])
    written = write(tmp_path / "w.jsonl", [
        {"id": "w1", "class": "targets", "date": "2023-04-03", "text": ARREST, "events": [
            {"source": {"country": "KEN", "sector": "COP", "text": "Kenyan police"}, "type": "COERCE",
             "cameo": "173", "target": {"country": "KEN", "sector": "CRM", "text": "smugglers"},
             "status": "asserted", "attributed_to": None,
             "quantities": [{"kind": "arrested", "value": 12, "approx": False, "text": "twelve"}]}],
         "not_factual": [], "no_events": False}])
    return sentences, india, cameo, written


def test_eval_every_format_as_text(tmp_path, capsys):
    sentences, india, cameo, written = gold_files(tmp_path)
    status = main(["eval", str(sentences), str(india), str(cameo), str(written), "--show-errors"])
    out = capsys.readouterr().out
    assert status == 0
    assert "s.jsonl: P=1.000 R=1.000 F1=1.000" in out
    assert "i.jsonl: ARREST F1=" in out and "2 sentences in 1 articles" in out
    assert "c.jsonl: class hit rate=1.000 (1/1)" in out and "source span recall=1.000" in out
    assert "w.jsonl: 1 items, F1=1.000" in out and "Per class" in out


def test_eval_json_and_case(tmp_path, capsys):
    sentences, _, cameo, _ = gold_files(tmp_path)
    assert main(["eval", str(sentences), str(cameo), "--format", "json", "--case", "upper"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["format"] for d in data.values()} == {"sentences", "cameo_news"}
    assert all(d["case"] == "upper" for d in data.values())
    assert set(data[str(cameo)]["figures"]) == {"hit_rate", "no_event_rate", "source_recall", "target_recall"}


def test_eval_article_gold_without_its_corpus_is_skipped(tmp_path, capsys):
    sentences, *_ = gold_files(tmp_path)
    articles = write(tmp_path / "a.jsonl", [{"line": 1, "events": []}])
    status = main(["eval", str(articles), str(sentences), "--corpus", str(tmp_path / "absent.txt")])
    captured = capsys.readouterr()
    assert status == 0
    assert "E809" in captured.err and "skipped" in captured.err
    assert "s.jsonl: P=" in captured.out and "a.jsonl" not in captured.out


def test_eval_article_gold_with_a_corpus(tmp_path, capsys):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Sports results.\n" + ARREST, encoding="utf-8")
    articles = write(tmp_path / "a.jsonl", [{"line": 2, "events": [
        {"offset": ARREST.index("arrested"), "trigger": "arrested", "source": {"country": "KEN", "sector": "COP"},
         "cameo": "173", "type": "COERCE", "mode": "arrest", "target": {"country": "KEN", "sector": "CRM"},
         "status": "asserted", "optional": False, "note": ""}]}])
    assert main(["eval", str(articles), "--corpus", str(corpus), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)[str(articles)]
    assert data["format"] == "articles" and data["published"] == "2001-12-15"
    assert data["pooled"]["country"]["gold"] == 1


def test_eval_bad_gold_is_a_numbered_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "t", "penta": 9}) + "\n", encoding="utf-8")
    assert main(["eval", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "E802" in err and f"{bad}:1" in err and "'penta' 9" in err


def test_eval_agreement_of_a_second_coding(tmp_path, capsys):
    """``--agreement OTHER``: the second hand coding is scored against the gold, no coder is run;
    a file that is no article gold is a numbered error."""
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("Sports results.\n" + ARREST, encoding="utf-8")
    event = {"offset": ARREST.index("arrested"), "trigger": "arrested", "source": {"country": "KEN", "sector": "COP"},
             "cameo": "173", "type": "COERCE", "mode": "arrest", "target": {"country": "KEN", "sector": "CRM"},
             "status": "asserted", "optional": False, "note": ""}
    gold = write(tmp_path / "a.jsonl", [{"line": 2, "events": [event]}])
    second = write(tmp_path / "b.jsonl", [{"line": 2, "events": [dict(event, source={"country": "KEN", "sector": "MIL"})]}])
    assert main(["eval", str(gold), "--agreement", str(second), "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "b.jsonl against a.jsonl: 1 articles, country+sector R=0.000" in out and "country R=1.000" in out
    sentences = gold_files(tmp_path)[0]
    assert main(["eval", str(sentences), "--agreement", str(second), "--corpus", str(corpus)]) == 2
    assert "E802" in capsys.readouterr().err
