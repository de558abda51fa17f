"""`explain --parse`: the clauses, hero classes and rules fired, as text and as data."""

from __future__ import annotations

import json

from jargonlint.config import Config
from jargonlint.parse_explain import explain_parse, explain_parse_dict, explain_parse_json


def test_dict_form_names_subject_verb_object_and_hero() -> None:
    data = explain_parse_dict("Our platform enables teams to collaborate in real time.", Config())
    main = next(c for c in data["clauses"] if c["main"])
    assert main["subject"] == "Our platform"
    assert main["lemma"] == "enable"
    assert main["hero"] == "technology"
    assert data["hero"] == "technology"
    assert "JL501" in [f["code"] for f in data["findings"]]


def test_company_and_reader_heroes() -> None:
    assert explain_parse_dict("We are proud of our bakery.", Config())["hero"] == "company"
    assert explain_parse_dict("You can pay by card.", Config())["hero"] == "reader"


def test_text_form_lists_clauses_and_rules() -> None:
    text = explain_parse("We're thrilled to announce our new loyalty card.", Config())
    assert "hero: company" in text
    assert "subject: We" in text
    assert "JL601" in text
    assert "rewrite: New: our loyalty card." in text


def test_no_rules_fired_is_said() -> None:
    assert "rules fired: none" in explain_parse("Pay at the counter.", Config())


def test_json_form_is_valid_json() -> None:
    data = json.loads(explain_parse_json("The app saves your draft as you type.", Config()))
    assert data["clauses"][0]["subject"] == "The app"
