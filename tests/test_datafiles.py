"""The validating data-file loader: file:line errors, comments, required columns."""

from __future__ import annotations

import pytest

from flashpoint.resources.datafiles import data_path, files_hash, read_csv, shipped_data_hash
from flashpoint.errors import DataFileError


def write(tmp_path, text: str):
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_with_line_numbers(tmp_path):
    path = write(tmp_path, "# a comment\nname,code\n\nRussia,RUS\nKenya , KEN\n")
    rows = list(read_csv(path, required=["name", "code"]))
    assert [(r.line, r["name"], r["code"]) for r in rows] == [(4, "Russia", "RUS"), (5, "Kenya", "KEN")]


@pytest.mark.parametrize("text,line,reason", [
    ("name,code\nRussia,\n", 2, "column 'code' is empty"),
    ("name,code\nRussia,RUS,x\n", 2, "3 cells but the header has 2"),
    ("name,cod\nRussia,RUS\n", 1, "missing column(s) code"),
    ("", None, "empty"),
])
def test_bad_rows_say_file_and_line(tmp_path, text, line, reason):
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as info:
        list(read_csv(path, required=["name", "code"]))
    assert info.value.line == line
    assert reason in str(info.value)
    assert str(path) in str(info.value)


def test_custom_check(tmp_path):
    path = write(tmp_path, "name,code\nRussia,RUS\nKenya,KE\n")

    def check(row):
        if len(row["code"]) != 3:
            raise row.fail(f"code {row['code']!r} is not ISO alpha-3")

    with pytest.raises(DataFileError, match=r"f.csv:3: code 'KE' is not ISO alpha-3"):
        list(read_csv(path, required=["name", "code"], check=check))


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        list(read_csv(tmp_path / "nope.csv", required=["a"]))


def test_hashes(tmp_path):
    a = write(tmp_path, "x\n1\n")
    h = files_hash([a])
    assert h == files_hash([a]) and len(h) == 12
    assert len(shipped_data_hash()) == 12
    assert data_path("cameo.csv").name == "cameo.csv"
