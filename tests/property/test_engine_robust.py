"""Whatever the copy, the whole engine returns findings inside the file and never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import lint_text

WORDS = [
    "We",
    "our",
    "platform",
    "leverages",
    "AI",
    "SLA",
    "IoT",
    "you",
    "your",
    "shop",
    "the",
    "industry-leading",
    "in order to",
    "utilize",
    "seamless",
    "worldwide",
    "is",
    "are",
    "to",
    "enables",
    "teams",
    "(",
    ")",
    ",",
    ".",
    "!",
    "?",
    "—",
    "**",
    "_",
    "`",
    "[",
    "](x)",
    "#",
    "\n",
    "\n\n",
    "\r\n",
    "- ",
    "> ",
    "|",
    "&amp;",
    "\\*",
    "é",
    "日本",
    "🙂",
    "KPIs",
    "SaaS's",
    "1",
    "99%",
    "#1",
    "it",
    "they",
    "This",
    "webhook",
    "latency",
    "we're",
    "US",
    "IT",
]

printable = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=5
)
copy = st.lists(st.sampled_from(WORDS) | printable, max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    copy,
    st.sampled_from(["markdown", "html", "text"]),
    st.sampled_from(["general", "business", "developer"]),
)
def test_any_copy_gives_well_formed_findings(text, fmt, audience):
    findings = lint_text(text, fmt, audience=audience)
    for finding in findings:
        assert 0 <= finding.offset <= finding.end_offset <= len(text)
        assert finding.line >= 1 and finding.column >= 1
        assert (finding.line, finding.column) <= (finding.end_line, finding.end_column)
        for suggestion in finding.suggestions:
            assert suggestion.kind in ("replace", "rewrite", "advice") and suggestion.text
