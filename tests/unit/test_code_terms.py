"""Code in customer copy (JL403): inline code is kept out of the prose but judged as a term."""

from __future__ import annotations

import pytest

from jargonlint.checks.techterm.code import code_shape
from jargonlint.document.reader import read_document

from ..conftest import lint_text


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("max_guests", "identifier"),
        ("SHOP_TIMEZONE", "identifier"),
        ("showBanner", "identifier"),
        ("BookingWidget", "identifier"),
        ("syncMenu()", "call"),
        ("menu.export(weekly)", "call"),
        ("--force", "flag"),
        ("-v", "flag"),
        (".webp", "file format"),
        ("*.heic", "file format"),
        ("settings.yaml", "file"),
        ("/var/www/shop", "path"),
        ("~/Pictures", "path"),
        ("tables=12", "expression"),
        ("<div>", "expression"),
        ("brew install lantern", "command"),
        ("make menu --clean", "command"),
        ("Guest_Limit = 8", "expression"),
        ("Set guest_limit 8", "expression"),
    ],
)
def test_code_shapes(text: str, shape: str) -> None:
    assert code_shape(text) == shape


@pytest.mark.parametrize(
    "text",
    [
        "Save",
        "true",
        "Settings",
        "Add to cart",
        "in order to",
        "make it yours",
        "Settings > Privacy",
        "File → Export",
        "/remind",
        "Downloads/Reports",
        "[Save]",
        "2.4.1",
        "v3.0",
        "10:30",
        "Ctrl+S",
        "https://example.org/menu",
        "www.example.org",
        "bakery.com",
        "42",
    ],
)
def test_labels_values_numbers_keys_and_addresses_are_not_code(text: str) -> None:
    assert code_shape(text) is None


def _found(text: str, **overrides) -> list[tuple[str, int, int, str]]:
    return [
        (f.code, f.offset, f.end_offset, f.match)
        for f in lint_text(text, "markdown", **overrides)
        if f.code == "JL403"
    ]


def test_inline_code_is_reported_at_its_exact_span_inside_the_backticks() -> None:
    text = "Cap each booking with `max_guests`, then save.\n"
    start = text.index("max_guests")
    assert _found(text) == [("JL403", start, start + len("max_guests"), "max_guests")]


def test_a_double_backtick_span_keeps_its_exact_span() -> None:
    text = "The widget reads `` seat_count `` from your settings.\n"
    start = text.index("seat_count")
    assert _found(text) == [("JL403", start, start + len("seat_count"), "seat_count")]


def test_code_is_reported_once_per_document_at_its_first_use() -> None:
    text = "Turn on `late_reminders` for regulars.\n\nThen `late_reminders` texts them.\n"
    assert [start for _, start, _, _ in _found(text)] == [text.index("late_reminders")]


def test_code_the_reader_is_told_to_type_is_a_literal() -> None:
    assert _found("Type `brew install lantern` and press Enter.\n") == []
    assert _found("Run the `tables --reset` command before you open.\n") == []


def test_code_explained_where_it_stands_is_not_reported() -> None:
    assert _found("Set `max_guests` (the most people one booking can hold) to eight.\n") == []


def test_everyday_formats_are_left_alone_but_others_are_reported() -> None:
    assert _found("Receipts come as `.pdf` files.\n") == []
    assert [m for *_, m in _found("Photos come as `.avif` files.\n")] == [".avif"]


def test_code_is_not_judged_for_developers_or_when_the_rule_is_off() -> None:
    text = "Cap each booking with `max_guests`.\n"
    assert _found(text, audience="developer") == []
    assert _found(text, ignore=["JL403"]) == []


def test_code_is_never_read_as_words_by_the_other_rules() -> None:
    # "leverage" and "API" inside code are neither a buzzword nor an acronym finding.
    found = lint_text("Our `leverage_API_cache` setting helps.\n", "markdown")
    assert [f.code for f in found if f.code != "JL403"] == []


def test_fixes_never_touch_code() -> None:
    found = lint_text("Cap each booking with `max_guests`.\n", "markdown")
    jl403 = [f for f in found if f.code == "JL403"]
    assert jl403 and all(not s.safe and s.kind == "advice" for f in jl403 for s in f.suggestions)


def test_code_blocks_are_not_prose() -> None:
    assert _found("Settings:\n\n```\nmax_guests = 8\n```\n") == []


def test_markdown_blocks_keep_their_code_spans_with_file_offsets() -> None:
    text = "Set `max_guests` and `.webp` here.\n"
    block = read_document("a.md", data=text.encode()).blocks[0]
    assert [(c.text, text[c.source_start : c.source_end]) for c in block.code] == [
        ("max_guests", "max_guests"),
        (".webp", ".webp"),
    ]
    assert [block.text[: c.at] for c in block.code] == ["Set ", "Set  and "]


def test_snake_case_in_plain_prose_is_code_too() -> None:
    found = lint_text("Turn on the reminder_email option.\n")
    assert [(f.code, f.match) for f in found if f.code == "JL403"] == [("JL403", "reminder_email")]


def test_hashtags_and_handles_with_underscores_are_names() -> None:
    found = lint_text("Tag your photos #summer_sale and follow @corner_cafe.\n")
    assert [f.match for f in found if f.code == "JL403"] == []


def test_a_table_cell_that_is_only_code_is_reference_not_prose() -> None:
    table = "| Setting | What it does |\n|---|---|\n| `seat_count` | the seats you have |\n"
    assert _found(table) == []


def test_code_the_reader_is_told_to_add_or_use_is_a_literal() -> None:
    assert _found("Use `{{guest_name}}` to greet each guest.\n") == []
    assert _found("Add `?src=flyer` to the end of your links.\n") == []
