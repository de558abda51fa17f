"""Line labels ("Reports: …", "Reports - …") are found on the tokens and kept out of the parse."""

from __future__ import annotations

import pytest
import spacy

from jargonlint.lang.labels import label_length, mark_label

TOKENIZER = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Smart reminders: the app texts your clients.", "Smart reminders:"),
        ("Reports - a dashboard that sorts your receipts", "Reports -"),
        ("• Stock sync: counts every shelf at night.", "• Stock sync:"),
        ("Step 2: choose a time that suits you.", "Step 2:"),
    ],
)
def test_a_short_capitalised_lead_in_before_a_mark_is_a_label(text: str, label: str) -> None:
    doc = TOKENIZER(text)
    assert doc[: label_length(doc)].text == label


@pytest.mark.parametrize(
    "text",
    [
        "Our van - built by two bakers - delivers every morning.",
        "We open at eight and close when the last loaf is sold: ask us.",
        "Pick a well-known e-mail address for the shop.",
        "Note: yes.",
        "the shop is open: come in.",
    ],
)
def test_asides_hyphens_long_lead_ins_and_short_tails_are_not_labels(text: str) -> None:
    assert label_length(TOKENIZER(text)) == 0


def test_mark_label_presets_a_sentence_start_and_keeps_offsets() -> None:
    doc = mark_label(TOKENIZER("Smart reminders: the app texts your clients."))
    assert doc[3].is_sent_start is True
    assert doc[3].idx == len("Smart reminders: ")
    unlabelled = mark_label(TOKENIZER("The app texts your clients."))
    assert not any(t.is_sent_start for t in unlabelled[1:])
