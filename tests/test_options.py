"""Options: layered defaults, config file, overrides; every setting documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.options import SETTINGS, Options, build_options, defaults

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_option_has_a_setting_and_vice_versa():
    assert {s.name for s in SETTINGS} == set(defaults())


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting):
    assert f"`{setting.name}`" in README.read_text(encoding="utf-8"), f"README lacks the setting {setting.name}"


def test_layers(tmp_path):
    config = tmp_path / "flashpoint.yaml"
    config.write_text("workers: 3\nbatch_size: 8\npublished: '2022-02-16'\n")
    options = build_options(config_file=config, batch_size=4, workers=None)
    assert options.workers == 3  # from the file
    assert options.batch_size == 4  # the flag wins
    assert options.published_date.isoformat() == "2022-02-16"


def test_unknown_setting_in_config(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("wrokers: 3\n")
    with pytest.raises(FlashpointError, match="E010.*wrokers"):
        build_options(config_file=config)


@pytest.mark.parametrize("changes,code", [
    ({"workers": 0}, "E005"), ({"batch_size": 0}, "E008"), ({"published": "16/02/2022"}, "E003"),
])
def test_invalid_options(changes, code):
    with pytest.raises(FlashpointError, match=code):
        Options(**changes)
