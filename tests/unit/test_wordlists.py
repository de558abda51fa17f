"""Data checks on the word lists of the shipped `phrase` rules (plain-words, buzzwords)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from ..conftest import shipped_catalog


def _phrase_rules():
    return [rule for rule in shipped_catalog().rules if rule.kind == "phrase"]


def _terms(rule):
    return list(rule.options.get("terms", ()))


PHRASE_RULES = _phrase_rules()


def test_there_are_phrase_rules():
    assert PHRASE_RULES, "no phrase rules were loaded"


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_terms_are_sorted_case_insensitively(rule):
    phrases = [term["phrase"] for term in _terms(rule)]
    assert phrases == sorted(phrases, key=str.lower), (
        f"{rule.code}: keep the terms in case-insensitive alphabetical order"
    )


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_terms_are_unique_within_a_rule(rule):
    seen = set()
    repeated = []
    for term in _terms(rule):
        key = term["phrase"].lower()
        if key in seen:
            repeated.append(term["phrase"])
        seen.add(key)
    assert not repeated, f"{rule.code}: repeated terms {repeated}"


def test_no_phrase_in_two_rules_or_two_packs():
    owners = defaultdict(set)
    for rule in PHRASE_RULES:
        for term in _terms(rule):
            owners[term["phrase"].lower()].add(f"{rule.pack}/{rule.code}")
    shared = {phrase: sorted(where) for phrase, where in owners.items() if len(where) > 1}
    assert not shared, f"phrases listed by more than one rule: {shared}"


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_every_replacement_is_non_empty(rule):
    empty = [
        term["phrase"]
        for term in _terms(rule)
        for replacement in term.get("replace", ())
        if not str(replacement).strip()
    ]
    assert not empty, f"{rule.code}: empty replacement for {empty}"


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_safe_only_with_a_replacement(rule):
    unsafe = [
        term["phrase"] for term in _terms(rule) if term.get("safe") and not term.get("replace")
    ]
    assert not unsafe, f"{rule.code}: safe: true without a replacement for {unsafe}"


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.code)
def test_replacements_are_strings(rule):
    # YAML reads bare on/no/yes/off as booleans; such a replacement must be quoted.
    odd = [
        (term["phrase"], replacement)
        for term in _terms(rule)
        for replacement in term.get("replace", ())
        if not isinstance(replacement, str)
    ]
    assert not odd, f"{rule.code}: replacements that are not strings (quote them): {odd}"
