"""The trigger lexicon, cue and statement tables: shipped data is valid, bad rows say file:line."""

from __future__ import annotations

import csv

import pytest

from flashpoint.coding.lexicon import CUE_KINDS, load_lexicon
from flashpoint.resources.datafiles import data_path
from flashpoint.errors import DataFileError
from flashpoint.ontology import load_ontology

HEADER = "id,lemma,pos,particle,object,prep,cameo,flags\n"


def _rows(name):
    with data_path(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_every_root_and_plover_type_has_triggers(lexicon):
    ontology = load_ontology()
    roots = {e.root for entries in lexicon.entries.values() for e in entries}
    assert roots >= {f"{i:02d}" for i in range(1, 21)}
    types = {ontology.get(e.cameo).plover_type for entries in lexicon.entries.values() for e in entries}
    assert types >= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "REJECT", "ACCUSE", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}


def test_every_code_is_in_the_ontology(lexicon):
    ontology = load_ontology()
    for entries in lexicon.entries.values():
        for e in entries:
            assert ontology.get(e.cameo).code == e.cameo
    for code in lexicon.statements.values():
        assert code == "=" or ontology.get(code).code == code


def test_shipped_files_are_sorted():
    lex = [(r["lemma"], r["pos"], r["particle"], r["object"], r["id"]) for r in _rows("lexicon.csv")]
    assert lex == sorted(lex)
    cues = [r["cue"] for r in _rows("modality_cues.csv")]
    assert cues == sorted(cues)
    statements = [(r["kind"], r["action"]) for r in _rows("intent_codes.csv")]
    assert statements == sorted(statements)


@pytest.mark.parametrize("lemma,pos,cameo", [
    ("attack", "V", "190"), ("meet", "V", "040"), ("accuse", "V", "112"), ("threaten", "V", "130"),
    ("protest", "N", "141"), ("talk", "N", "040"), ("arrest", "V", "173"), ("praise", "V", "051"),
])
def test_lookup_by_lemma(lexicon, lemma, pos, cameo):
    assert cameo in {e.cameo for e in lexicon.lookup(lemma, pos)}


@pytest.mark.parametrize("kind,action,code", [
    ("intent", "072", "0332"), ("intent", "040", "036"), ("intent", "190", "138"),
    ("intent", "1723", "1323"), ("threat", "161", "1313"), ("refuse", "073", "1223"),
    ("request", "0841", "0253"), ("demand", "087", "1056"), ("intent", "030", "030"),
    ("intent", "010", None), ("intent", "020", "020"),
])
def test_statement_codes(lexicon, kind, action, code):
    assert lexicon.statement_code(kind, action) == code


def test_cue_kinds_are_known(lexicon):
    assert all(k in CUE_KINDS for kinds in lexicon.cues.values() for k in kinds)
    assert lexicon.is_cue("say", "report") and lexicon.is_cue("threaten", "threat")
    assert lexicon.is_cue("will", "future_aux") and lexicon.is_cue("not", "negation")


def test_extra_file_adds_entries(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(HEADER + "mine.v-blockade,blockade,V,,harbour,,191,\n", encoding="utf-8")
    lexicon = load_lexicon([str(extra)])
    assert "mine.v-blockade" in {e.id for e in lexicon.lookup("blockade", "V")}


@pytest.mark.parametrize("row,reason", [
    ("x.v,attack,X,,,,190,", "E301"),
    ("x.v,attack,V,,,,999,", "E302"),
    ("x.v,attack,V,,,,190,sometimes", "E303"),
    ("x.v,Attack!,V,,,,190,", "E304"),
    ("attack.v,attack,V,,,,190,", "E305"),
    ("x.v,,V,,,,190,", "'lemma' is empty"),
])
def test_bad_rows_fail_with_file_and_line(tmp_path, row, reason):
    extra = tmp_path / "bad.csv"
    extra.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon([str(extra)])
    assert f"{extra}:2" in str(err.value)
    assert reason in str(err.value)


@pytest.mark.parametrize("text,trigger,coded", [
    ("Rebels battled the army near the dam.", "battled", True),
    ("Firefighters battled the blaze near the dam.", "battled", False),
    ("The rocket blasted off at dawn.", "blasted", False),
    ("The soldiers released the hostages.", "released", True),
    ("The soldiers released the videotape.", "released", False),
    ("The team beat the visitors by six wickets.", "beat", False),
    ("Both sides agreed to a cease fire.", "fire", False),
    ("The insurer was wound up by the court.", "wound", False),  # wind up: liquidated, not wounded
    ("The soldiers wounded two villagers.", "wounded", True),
])
def test_stop_patterns_code_nothing(nlp, lexicon, text, trigger, coded):
    """An ``ignore`` row is a stop pattern: it beats the general row of the same word."""
    from flashpoint.coding.triggers import match_entry

    tok = next(t for t in nlp(text) if t.text == trigger)
    assert (match_entry(tok, lexicon) is not None) == coded


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Both sides agreed to a cease-fire.", "fire", "0871"),  # the hyphenated word, not a fire
    ("The rebels announced a ceasefire.", "ceasefire", "0871"),
    ("Police re-arrested the leader.", "re-arrested", "173"),  # one token (nlp/prefixed.py)
    ("The junta reimposed a curfew.", "reimposed", "1723"),  # "re" taken off a known verb
    ("The court refined its ruling.", "refined", None),  # ... but not off a short one ("fine")
    ("Israel imposed a media blackout.", "imposed", "172"),  # the verb's general code
    ("France is opposed to the plan.", "opposed", "120"),  # a predicate adjective
    ("Iran remains open to talks.", "open", "036"),
])
def test_word_forms_and_general_codes(nlp, lexicon, text, trigger, cameo):
    from flashpoint.coding.triggers import match_entry

    tok = next(t for t in nlp(text) if t.text == trigger)
    e = match_entry(tok, lexicon)
    if cameo is None:
        assert e is None or e.cameo[:2] != "17"
    else:
        assert e is not None and e.cameo == cameo


def test_general_code_is_marked_and_weaker(nlp, lexicon):
    from flashpoint.coding import code_doc

    doc = nlp("Israel imposed a media blackout.")
    drafts = code_doc(doc, [], lexicon=lexicon)
    assert drafts == []  # no actor: nothing, general or not
    from flashpoint.coding.triggers import match_entry
    general = match_entry(doc[1], lexicon)
    specific = match_entry(nlp("Israel imposed sanctions.")[1], lexicon)
    assert general.general and general.strength < specific.strength


@pytest.mark.parametrize("loader,header,row,reason", [
    ("cues", "cue,kind", "say,shout", "E306"),
    ("cues", "cue,kind", "say,", "'kind' is empty"),
    ("statements", "kind,action,code", "boast,190,138", "E306"),
    ("statements", "kind,action,code", "intent,190,999", "E302"),
    ("statements", "kind,action,code", "intent,072,0332\nintent,072,0331", "E307"),
])
def test_bad_cue_and_statement_rows_fail_with_file_and_line(tmp_path, loader, header, row, reason):
    from flashpoint.coding.lexicon import Lexicon, _known_codes, _load_cues, _load_statements

    path = tmp_path / "bad.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        if loader == "cues":
            _load_cues(path, Lexicon())
        else:
            _load_statements(path, lexicon=Lexicon(), codes=_known_codes())
    assert f"{path}:{1 + len(row.splitlines())}" in str(err.value)
    assert reason in str(err.value)


def test_hyphenated_verb_takes_its_first_part_and_lemma(nlp):
    """'lathi-charged', 'tear-gassed': the entry of the joined lemma ("lathicharge", "teargas")."""
    from flashpoint.coding import load_lexicon
    lexicon = load_lexicon()
    doc = nlp("Police tear-gassed the crowd.")
    tok = next(t for t in doc if t.lower_ == "gassed")
    assert {e.id for e in lexicon.token_entries(tok, "V")} == {"teargas.v"}
