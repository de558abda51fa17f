"""The acronym pack's data is tested like code: sorted, unique, complete, claimed once."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from jargonlint.checks.acronym import AcronymCheck
from jargonlint.checks.acronym.definitions import expansion_words, initials_match, letters_of
from jargonlint.checks.acronym.lexicon import AUDIENCES, acronym_key
from jargonlint.checks.acronym.scan import acronym_shape

PACK = Path(__file__).resolve().parents[2] / "rules" / "acronyms.yaml"
MIN_GLOSSARY = 150

# Expansions whose initials do not spell the acronym: names built from syllables (CapEx,
# GenAI), or a name whose letters follow another language or order (ISO).
INITIALS_EXCEPTIONS = {
    "CAPEX",
    "CSAT",
    "GenAI",
    "IdP",
    "ISO",
    "OIDC",
    "OpEx",
    "REST",
    "RFID",
}


def _options() -> dict:
    data = yaml.safe_load(PACK.read_text("utf-8"))
    (rule,) = [r for r in data["rules"] if r["kind"] == "acronym"]
    return rule


@pytest.fixture(scope="module")
def rule() -> dict:
    return _options()


def test_options_match_the_kind_schema(rule: dict) -> None:
    schema = {"type": "object", **AcronymCheck.options_schema}
    options = {k: v for k, v in rule.items() if k in AcronymCheck.options_schema["properties"]}
    jsonschema.Draft202012Validator(schema).validate(options)


def test_glossary_is_big_sorted_and_unique(rule: dict) -> None:
    acronyms = [entry["acronym"] for entry in rule["glossary"]]
    assert len(acronyms) >= MIN_GLOSSARY
    assert acronyms == sorted(acronyms, key=str.casefold)
    keys = [acronym_key(a) for a in acronyms]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_every_entry_has_expansion_and_plain_alternative(rule: dict) -> None:
    for entry in rule["glossary"]:
        assert entry["expansion"].strip(), entry
        assert entry["plain"].strip(), entry
        assert set(entry.get("known-by", ())) <= set(AUDIENCES), entry
        # A plain alternative that leans on the acronym itself explains nothing.
        assert entry["acronym"] not in entry["plain"].split(), entry


def test_every_glossary_acronym_is_found_as_an_acronym(rule: dict) -> None:
    for entry in rule["glossary"]:
        first = entry["acronym"].split()[0]
        assert acronym_shape(first.replace("&", "")), entry["acronym"]


def test_expansions_spell_their_acronyms(rule: dict) -> None:
    wrong = []
    for entry in rule["glossary"]:
        letters = letters_of(acronym_key(entry["acronym"]))
        if not initials_match(letters, expansion_words(entry["expansion"]), whole=True):
            wrong.append(entry["acronym"])
    assert sorted(wrong) == sorted(INITIALS_EXCEPTIONS)


def _lists(rule: dict) -> dict[str, list[str]]:
    lists = {"glossary": [e["acronym"] for e in rule["glossary"]]}
    for audience, words in rule["known"].items():
        lists[f"known/{audience}"] = words
    for name in ("brands", "units", "ordinary-words"):
        lists[name] = rule[name]
    return lists


def test_each_list_is_sorted_and_unique(rule: dict) -> None:
    for name, words in _lists(rule).items():
        keys = [acronym_key(w) for w in words]
        assert len(keys) == len(set(keys)), name
        if name != "glossary":
            assert keys == sorted(keys), name


def test_no_entry_is_claimed_twice(rule: dict) -> None:
    owner: dict[str, str] = {}
    clashes = []
    for name, words in _lists(rule).items():
        for word in words:
            key = acronym_key(word)
            if key in owner:
                clashes.append((word, owner[key], name))
            owner[key] = name
    assert clashes == []


def test_rubric_examples_are_known_to_their_readers(rule: dict) -> None:
    known = {a: {acronym_key(w) for w in rule["known"].get(a, ())} for a in AUDIENCES}
    for entry in rule["glossary"]:
        for audience in entry.get("known-by", ()):
            known[audience].add(acronym_key(entry["acronym"]))
    general = [
        "TV",
        "PDF",
        "FAQ",
        "USA",
        "CEO",
        "OK",
        "GPS",
        "USB",
        "Wi-Fi",
        "PIN",
        "ATM",
        "DVD",
        "SMS",
        "URL",
    ]
    developer = ["API", "SDK", "CLI", "JSON", "HTTP", "CPU", "SQL", "CI"]
    business = ["ROI", "B2B", "HR"]
    assert {acronym_key(w) for w in general} <= known["general"]
    assert {acronym_key(w) for w in developer} <= known["developer"] | known["general"]
    assert {acronym_key(w) for w in business} <= known["business"] | known["general"]


def test_ambiguous_words_have_cues_both_ways(rule: dict) -> None:
    for word, cues in rule["ambiguous"].items():
        assert cues.get("acronym-after") or cues.get("acronym-before"), word
        assert cues.get("word-after") or cues.get("word-before"), word
