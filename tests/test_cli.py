"""End-to-end tests of the command line, in process (fast) and through the installed script."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flashpoint.cli import main
from flashpoint.schema import validate_event

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLE = ("Russia warned Ukraine on Tuesday of a swift and firm response. Ukrainian troops attacked "
           "Russian forces near Kharkiv, killing at least 12 soldiers, officials said.")


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.jsonl").write_text(
        json.dumps({"id": "w1", "text": ARTICLE, "published": "2022-02-16", "outlet": "Wire"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "w2", "text": "NATO accused Russia of massing troops.", "date": "2022-02-15"}) + "\n",
        encoding="utf-8")
    (d / "bad.txt").write_bytes(b"\xff\xfe\x00\x81 broken bytes \xc3\x28")
    return d


def test_code_directory_jsonl(inputs, tmp_path, capsys):
    out, errors = tmp_path / "events.jsonl", tmp_path / "errors.jsonl"
    status = main(["code", str(inputs), "-o", str(out), "--errors", str(errors), "--published", "2022-02-17"])
    assert status == 1  # some inputs failed
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for r in records:
        validate_event(r)
    assert {r["doc_id"] for r in records} >= {"w1"}
    assert any(r["published"] == "2022-02-17" for r in records)  # --published for the .txt
    rejected = [json.loads(l) for l in errors.read_text(encoding="utf-8").splitlines()]
    reasons = sorted(r["reason"] for r in rejected)
    assert "malformed-json" in reasons and len(rejected) == 2
    summary = capsys.readouterr().err
    assert "rejected" in summary and "malformed-json" in summary


def test_all_good_inputs_exit_zero(tmp_path, capsys):
    f = tmp_path / "ok.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(f), "--published", "2022-02-16", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(json.loads(l)["schema_version"] == "1" for l in lines)


def test_csv_and_parquet(tmp_path, capsys):
    f = tmp_path / "ok.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(f), "--format", "csv", "-q", "--published", "2022-02-16"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert rows and rows[0]["cameo"]
    pq_path = tmp_path / "e.parquet"
    assert main(["code", str(f), "--format", "parquet", "-o", str(pq_path), "-q"]) == 0
    assert pq.read_table(pq_path).num_rows == len(rows)


def test_asserted_only_flag(tmp_path, capsys):
    f = tmp_path / "m.txt"
    f.write_text("Russia denied that it plans to invade Ukraine. Russia did not attack Ukraine. "
                 "If Russia recognises the regions, the United States will impose sanctions on Moscow.",
                 encoding="utf-8")
    assert main(["code", str(f), "--asserted-only", "-q", "--published", "2022-02-16"]) == 0
    for line in capsys.readouterr().out.splitlines():
        r = json.loads(line)
        assert r["modality"]["status"] in ("asserted", "reported", "historical")
        assert r["modality"]["negated"] is False


@pytest.mark.parametrize("argv,code", [
    (["code", "/no/such/file.txt"], "E002"),
    (["code", "-", "--published", "yesterday"], "E003"),
    (["code", "-", "--workers", "0"], "E005"),
    (["code", "-", "--format", "parquet"], "E006"),
])
def test_usage_errors_exit_2(argv, code, capsys):
    assert main(argv) == 2
    assert code in capsys.readouterr().err


def test_bad_flag_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["code", "--no-such-flag", "x"])
    assert info.value.code == 2


def test_examples_directory_gives_events(tmp_path, capsys):
    if not EXAMPLES.exists():
        pytest.skip("examples/ missing")
    out = tmp_path / "ex.jsonl"
    status = main(["code", str(EXAMPLES), "-o", str(out), "--published", "2022-02-16"])
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 5
    assert status == 1  # examples/bad holds a deliberately broken file
    assert "rejected" in capsys.readouterr().err


def test_installed_script_reads_stdin():
    exe = shutil.which("flashpoint")
    cmd = [exe] if exe else [sys.executable, "-m", "flashpoint.cli"]
    proc = subprocess.run(cmd + ["code", "-", "--published", "2022-02-16"], input=ARTICLE,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "no events on stdout"
    assert "\r" not in proc.stderr  # no progress bar when stderr is piped
    assert "1 input(s), 1 coded" in proc.stderr


def test_user_actor_file_is_used(tmp_path, capsys):
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("org,name,kind,country,sector,start,end\n"
                    "WLF,Widget Liberation Front,armed,KEN,REB,,\n", encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,org\nWidget Liberation Front,WLF\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Fighters of the Widget Liberation Front attacked Kenyan police on Monday.", encoding="utf-8")
    status = main(["code", str(article), "--actors", str(orgs), "--actors", str(aliases),
                   "--published", "2024-03-06", "-q"])
    assert status == 0
    records = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert any((r["source"] or {}).get("org") == "WLF" for r in records), records


def test_bad_user_actor_file_stops_before_coding(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("org,name,kind,country,sector,start,end\nWLF,Widget Front,armed,KEN,NOBLE,,\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(article), "--actors", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{bad}:2" in captured.err and "Traceback" not in captured.err


def test_progress_can_be_forced(tmp_path, capsys):
    f = tmp_path / "ok.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(f), "--progress", "always", "--published", "2022-02-16"]) == 0
    err = capsys.readouterr().err
    assert "\r" in err and "docs/s" in err


def test_closed_stdout_is_not_a_crash(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\n\n".join([ARTICLE] * 40), encoding="utf-8")
    exe = shutil.which("flashpoint")
    cmd = [exe] if exe else [sys.executable, "-m", "flashpoint.cli"]
    proc = subprocess.Popen(cmd + ["code", str(f), "--published", "2022-02-16", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.readline()
    proc.stdout.close()  # like "| head -1"
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert "Traceback" not in err
