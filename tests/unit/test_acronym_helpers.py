"""The acronym check's building blocks: word shapes, numerals, shouting, initials, definitions."""

from __future__ import annotations

import pytest

from jargonlint.checks.acronym.definitions import initials_match, is_defined_at
from jargonlint.checks.acronym.scan import (
    acronym_shape,
    is_roman_numeral,
    is_shouting,
    looks_like_name,
    split_plural,
)


@pytest.mark.parametrize(
    "word", ["SLA", "CRM", "AI", "B2B", "2FA", "IoT", "SaaS", "PaaS", "eCRM", "VoIP", "R&D"]
)
def test_acronym_shapes(word: str) -> None:
    assert acronym_shape(word)


@pytest.mark.parametrize(
    "word", ["GitHub", "iPhone", "PayPal", "YouTube", "OAuth", "macOS", "4K", "A4", "Shop", "I"]
)
def test_not_acronym_shapes(word: str) -> None:
    assert not acronym_shape(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("KPIs", ("KPI", True)),
        ("APIs", ("API", True)),
        ("SaaS", ("SaaS", False)),
        ("GPS", ("GPS", False)),
        ("OS", ("OS", False)),
    ],
)
def test_split_plural(word: str, expected: tuple[str, bool]) -> None:
    assert split_plural(word) == expected


@pytest.mark.parametrize(
    ("word", "previous", "expected"),
    [
        ("II", "", True),
        ("XIV", "chapter", True),
        ("VIII", "Henry", True),
        ("XL", "Part", True),
        ("CLI", "the", False),
        ("CI", "", False),
        ("MDM", "Henry", False),
    ],
)
def test_roman_numerals(word: str, previous: str, expected: bool) -> None:
    assert is_roman_numeral(word, previous) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FREE SHIPPING ON ALL ORDERS", True),
        ("BIG SALE TODAY", True),
        ("SLA, KPI and CRM", False),
        ("Ask about our SLA", False),
        ("NEW", False),
    ],
)
def test_shouting(text: str, expected: bool) -> None:
    assert is_shouting(text) is expected


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("VE", "Proxmox VE is here", True),
        ("PCMag", "Read PCMag", True),
        ("TORVALDEX", "Meet TORVALDEX", True),
        ("QRB", "QRB Planner® helps", True),
        ("QRB", "QRB: a planner for bakers", True),
        ("QRB", "Try QRB: it helps", False),
        ("DMARC", "Set up DMARC", False),
    ],
)
def test_looks_like_name(word: str, text: str, expected: bool) -> None:
    start = text.index(word)
    assert looks_like_name(word, text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("letters", "expansion"),
    [
        ("sla", "service level agreement"),
        ("iot", "internet of things"),
        ("saas", "software as a service"),
        ("2fa", "two factor authentication"),
        ("b2b", "business to business"),
        ("html", "hypertext markup language"),
        ("json", "javascript object notation"),
        ("rd", "research and development"),
    ],
)
def test_initials_match(letters: str, expansion: str) -> None:
    assert initials_match(letters, tuple(expansion.split()), whole=True)


@pytest.mark.parametrize(
    ("letters", "expansion"),
    [("sla", "support agreement"), ("crm", "customer management"), ("kpi", "key indicators")],
)
def test_initials_do_not_match(letters: str, expansion: str) -> None:
    assert not initials_match(letters, tuple(expansion.split()), whole=True)


def _defined(text: str, acronym: str, expansion: str | None = None) -> bool:
    start = text.index(acronym)
    return is_defined_at(text, start, start + len(acronym), acronym.upper(), expansion)


def test_is_defined_at_forms() -> None:
    assert _defined("a customer identity (CIAM) tool", "CIAM")
    assert _defined("under Data Protection Law (GDPR) rules", "GDPR")
    assert _defined("the SLA: service level agreement", "SLA")
    assert not _defined("the SLA: our promise", "SLA")
    assert not _defined("our support (SLA) team", "SLA")
    assert _defined(
        "the SLA we sign is a service-level agreement", "SLA", "service-level agreement"
    )
