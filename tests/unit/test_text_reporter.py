"""The text reporter's source excerpt: long lines are cut around the match, carets line up."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jargonlint.reporters.text import WINDOW, source_window


def test_short_line_is_shown_whole():
    assert source_window("Please utilize the door.", 7, 14) == ("Please utilize the door.", 7, 7)


@given(
    st.text(alphabet="abc de", min_size=0, max_size=400),
    st.text(alphabet="XYZ", min_size=1, max_size=30),
    st.text(alphabet="abc de", min_size=0, max_size=400),
)
def test_caret_points_at_the_match_in_the_excerpt(before, match, after):
    line = before + match + after
    shown, caret, width = source_window(line, len(before), len(before) + len(match))
    assert shown[caret : caret + width] == match[:width]
    assert width == len(match)
    assert len(shown) <= max(len(line), WINDOW + 2 + len(match))
