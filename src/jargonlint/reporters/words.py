"""The words reports share: plurals and the level counts ("1 error, 2 warnings, 3 info")."""

from __future__ import annotations

from collections.abc import Mapping

LEVEL_NOUNS = {
    "error": ("error", "errors"),
    "warning": ("warning", "warnings"),
    "info": ("info", "info"),
}
"""Singular and plural of each level as reports say it; "info" is one word for both."""
LEVELS_MOST_SEVERE_FIRST = ("error", "warning", "info")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Return "1 fix", "2 fixes", "0 files": the count with the noun in the right number."""
    if count == 1:
        return f"{count} {singular}"
    if plural_form is None:
        plural_form = singular + ("es" if singular.endswith(("s", "x", "ch", "sh")) else "s")
    return f"{count} {plural_form}"


def level_noun(level: str, count: int) -> str:
    """Return the level's noun for ``count`` findings ("warning", "warnings", "info")."""
    singular, many = LEVEL_NOUNS[level]
    return singular if count == 1 else many


def level_counts(counts: Mapping[str, int]) -> str:
    """Return "0 errors, 2 warnings, 1 info" from per-level counts, most severe first."""
    return ", ".join(
        f"{counts.get(level, 0)} {level_noun(level, counts.get(level, 0))}"
        for level in LEVELS_MOST_SEVERE_FIRST
    )
