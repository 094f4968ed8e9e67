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


def test_a_dateline_in_the_examples_is_no_actor(tmp_path, capsys):
    """Issue 10: "NAIROBI, Kenya (AP) —" was the source of the article's first events in the
    first run the README shows. The dateline is context: no actor span lies inside it."""
    from flashpoint.nlp.dateline import find_dateline

    out = tmp_path / "ex.jsonl"
    assert main(["code", str(EXAMPLES), "-o", str(out), "--published", "2022-02-16"]) == 1
    capsys.readouterr()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with_dateline = 0
    for path in sorted(EXAMPLES.glob("*.txt")):
        from flashpoint.ingest import clean_text

        text = clean_text(path.read_text(encoding="utf-8"))
        shape = find_dateline(text)
        if shape is None:
            continue
        with_dateline += 1
        ids = {r["doc_id"] for r in records if text[slice(*r["sentence_span"])] == r["sentence"]}
        mine = [r for r in records if r["doc_id"] in ids]
        assert mine, path
        for r in mine:
            for part in ("source", "target"):
                span = (r.get(part) or {}).get("span")
                assert span is None or span[0] >= shape.end or span[1] <= shape.start, (path, r[part])
        assert any(r["source"] and r["source"]["code"] == "KENCOP" and r["cameo"] == "173" for r in mine)
    assert with_dateline == 1  # examples/boilerplate.txt


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


# -- outputs never cost an input (issue 10) ----------------------------------------------------

def _jsonl_input(path: Path) -> Path:
    path.write_text(json.dumps({"id": "w1", "text": ARTICLE, "published": "2022-02-16"}) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_an_output_naming_an_input_is_refused_before_anything_is_touched(tmp_path, capsys, flag):
    wire = _jsonl_input(tmp_path / "w.jsonl")
    before = wire.read_bytes()
    assert main(["code", str(wire), flag, str(wire)]) == 2
    assert "[E020]" in capsys.readouterr().err
    assert wire.read_bytes() == before


def test_an_output_naming_an_input_through_a_link_is_refused(tmp_path, capsys):
    wire = _jsonl_input(tmp_path / "w.jsonl")
    (tmp_path / "link.jsonl").symlink_to(wire)
    assert main(["code", str(wire), "-o", str(tmp_path / "link.jsonl")]) == 2
    assert "[E020]" in capsys.readouterr().err and wire.read_text(encoding="utf-8").startswith('{"id"')


def test_a_bad_errors_path_leaves_the_output_as_it_was(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    assert main(["code", str(article), "-o", str(out), "--errors", str(tmp_path / "no" / "such" / "e.jsonl")]) == 2
    assert "[E023]" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    fresh = tmp_path / "fresh.jsonl"
    assert main(["code", str(article), "-o", str(fresh), "--errors", "/sys/flashpoint-test.jsonl"]) == 2
    assert "[E024]" in capsys.readouterr().err
    assert not fresh.exists()  # created for the check, removed again


@pytest.mark.parametrize(("argv", "code"), [
    (["-o", "{d}/same.jsonl", "--errors", "{d}/same.jsonl"], "E021"),
    (["-o", "{d}"], "E022"),
    (["-o", "{d}/missing/e.jsonl"], "E023"),
    (["-o", "/sys/flashpoint-test.jsonl"], "E024"),     # permission denied, even to root
    (["-o", "/proc/version"], "E026"),                  # opens, but takes no write
])
def test_output_path_mistakes_are_numbered_messages_and_exit_2(tmp_path, capsys, argv, code):
    if argv[1].startswith(("/sys", "/proc")) and not Path(argv[1]).parent.exists():
        pytest.skip("no /sys or /proc here")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(article)] + [a.format(d=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert f"[{code}]" in err and "Traceback" not in err


@pytest.mark.parametrize("runner", [[], pytest.param(["--dask", "local:1"], marks=pytest.mark.slow)])
def test_an_output_inside_an_input_folder_is_not_read_back(tmp_path, capsys, runner):
    """With Dask too: its client plans the partitions, and once read the outputs back as empty."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = folder / "events.jsonl"
    for _ in range(2):  # the second run overwrites the first one's output, and does not read it
        assert main(["code", str(folder), "-o", str(out), "--errors", str(folder / "rejected.jsonl"),
                     "--published", "2022-02-16", *runner]) == 0
        err = capsys.readouterr().err
        assert "[E028]" in err and "1 input(s), 1 coded, 0 rejected" in err
    assert {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}


def test_an_input_inside_an_input_folder_is_not_overwritten(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    wire = _jsonl_input(folder / "wire.jsonl")
    before = wire.read_bytes()
    assert main(["code", str(folder), "-o", str(wire)]) == 2
    assert "[E025]" in capsys.readouterr().err and wire.read_bytes() == before


def test_dev_full_is_an_output_path_mistake(tmp_path, capsys):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(article), "-o", "/dev/full", "--published", "2022-02-16"]) == 2
    err = capsys.readouterr().err
    assert "[E026]" in err and "disk is full" in err and "nothing was written" in err
    assert "Traceback" not in err
    assert main(["code", str(article), "-o", "/dev/full", "--format", "csv"]) == 2  # the header fails
    err = capsys.readouterr().err
    assert "[E024]" in err and "disk is full" in err and "Traceback" not in err


def _script() -> list[str]:
    exe = shutil.which("flashpoint")
    return [exe] if exe else [sys.executable, "-m", "flashpoint.cli"]


def test_a_full_disk_mid_run_keeps_whole_records(tmp_path):
    """A file-size limit (RLIMIT_FSIZE) stands in for a disk that fills up during the run."""
    resource = pytest.importorskip("resource")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02}.txt").write_text(f"Story {i}. {ARTICLE}", encoding="utf-8")
    out = tmp_path / "events.jsonl"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    proc = subprocess.run(_script() + ["code", str(folder), "-o", str(out), "--published", "2022-02-16"],
                          capture_output=True, text=True, timeout=300, preexec_fn=limit)
    assert proc.returncode == 74, proc.stderr
    assert "[E026]" in proc.stderr and "kept whole" in proc.stderr and "Traceback" not in proc.stderr
    assert "input(s)" in proc.stderr  # the summary of how far it got
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["schema_version"] == "1" for line in lines)
    assert 0 < out.stat().st_size <= 20_000


# -- exit status follows the share of failures -------------------------------------------------

def test_exit_status_by_share_of_rejections(tmp_path, capsys):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"\x00\x01\x02binary")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["code", str(good), "-q", "--published", "2022-02-16"]) == 0
    assert main(["code", str(good), str(bad), "-q", "--published", "2022-02-16"]) == 1
    assert main(["code", str(bad), "-q"]) == 3
    assert main(["code", str(empty), "-q"]) == 0


def test_exit_status_table():
    from flashpoint.cli.exit_codes import exit_status

    assert [exit_status(inputs=n, rejected=r) for n, r in [(0, 0), (5, 0), (5, 1), (100, 99), (1000, 991),
                                                           (1, 1)]] == [0, 0, 1, 1, 3, 3]


def test_a_configuration_error_mid_run_is_no_crash(tmp_path, capsys, monkeypatch):
    """A Dask scheduler out of reach, a worker without the model (E091-E095) surface while the
    results are read: a numbered message and exit status 2, not a traceback and 70 (a bug)."""
    import flashpoint.run.dask as dask_module
    from flashpoint.errors import FlashpointError, msg

    def unreachable(paths, **kwargs):
        raise FlashpointError(msg("E091", address="tcp://10.0.0.1:8786", detail="timed out"))
        yield  # a generator, as the real one

    monkeypatch.setattr(dask_module, "run_dask", unreachable)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(tmp_path / "a.txt"), "--dask", "tcp://10.0.0.1:8786"]) == 2
    err = capsys.readouterr().err
    assert "[E091] Cannot reach the Dask scheduler" in err
    assert "Traceback" not in err and "E017" not in err


def test_a_crash_is_its_own_status_with_the_summary(tmp_path, capsys, monkeypatch):
    import flashpoint.cli.code as code_module

    real = code_module.code_documents

    def crashing(documents, options, **kwargs):
        for n, result in enumerate(real(documents, options, **kwargs)):
            if n == 1:
                raise RuntimeError("a bug")
            yield result

    monkeypatch.setattr(code_module, "code_documents", crashing)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out),
                 "--published", "2022-02-16"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" in err and "[E017] internal error: RuntimeError: a bug" in err
    assert "1 input(s), 1 coded" in err
    assert out.read_text(encoding="utf-8").splitlines()  # the first document's events are kept


@pytest.mark.parametrize("runner", [[], pytest.param(["--dask", "local:1"], marks=pytest.mark.slow)])
def test_a_bad_publication_date_is_said_and_reaches_errors(tmp_path, capsys, runner):
    """With Dask too: the worker that reads the line keeps the notice in its part."""
    wire = tmp_path / "w.jsonl"
    lines = [{"id": "d0", "text": ARTICLE, "published": "2022-02-15"},
             {"id": "d1", "text": ARTICLE.replace("Tuesday", "Monday"), "published": "yesterday"}]
    wire.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    assert main(["code", str(wire), "--errors", str(errors), "--published", "2022-02-16", *runner]) == 0
    captured = capsys.readouterr()
    assert "read with a warning, bad-date: 1" in captured.err
    [line] = [json.loads(l) for l in errors.read_text(encoding="utf-8").splitlines()]
    assert (line["reason"], line["doc_id"], line["kept"]) == ("bad-date", "d1", True)
    assert "--published (2022-02-16)" in line["detail"]
    published = {json.loads(l)["doc_id"]: json.loads(l)["published"] for l in captured.out.splitlines()}
    assert set(published.values()) == {"2022-02-15", "2022-02-16"}


# -- interruptions leave valid output and a summary --------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(("workers", "sig", "status"), [(1, "SIGINT", 130), (2, "SIGINT", 130),
                                                        (1, "SIGTERM", 143)])
def test_an_interrupted_run_says_how_far_it_got(tmp_path, workers, sig, status):
    import signal
    import time

    wire = tmp_path / "w.jsonl"
    with wire.open("w", encoding="utf-8") as fh:
        for i in range(2000):  # long enough that the signal comes mid-run on a busy machine
            fh.write(json.dumps({"id": f"d{i}", "text": f"Report {i}. {ARTICLE}", "published": "2022-02-16"}) + "\n")
    out = tmp_path / "events.jsonl"
    proc = subprocess.Popen(_script() + ["code", str(wire), "-o", str(out), "--workers", str(workers),
                                         "--batch-size", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == status, err
    assert "[E018] interrupted: stopped after" in err and "input(s)" in err and "Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["doc_id"].startswith("d") for line in lines)


@pytest.mark.slow
def test_a_full_tmpfs_mid_run_keeps_whole_records(tmp_path):
    """A real full disk: a 64 KB tmpfs (needs the right to mount; skipped without it)."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount_point)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for i in range(60):
            (folder / f"{i:02}.txt").write_text(f"Story {i}. {ARTICLE}", encoding="utf-8")
        out = mount_point / "events.jsonl"
        proc = subprocess.run(_script() + ["code", str(folder), "-o", str(out), "--errors",
                                           str(tmp_path / "errors.jsonl"), "--published", "2022-02-16"],
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 74, proc.stderr
        assert "disk is full" in proc.stderr and "kept whole" in proc.stderr
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines and all(json.loads(line)["schema_version"] == "1" for line in lines)
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


def test_a_command_line_loads_only_its_own_command():
    """`flashpoint code` must not pay for DuckDB, pyarrow and the analysis code of the store commands."""
    import subprocess
    import sys
    probe = ("import sys; from flashpoint.cli import build_parser; build_parser('code'); "
             "print(sorted(m for m in ('duckdb', 'pyarrow', 'flashpoint.store.store', 'flashpoint.analysis')"
             " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    probe_all = probe.replace("build_parser('code')", "build_parser()")
    out = subprocess.run([sys.executable, "-c", probe_all], capture_output=True, text=True, check=True)
    assert "flashpoint.analysis" in out.stdout  # the probe can fail: the whole parser does load them
