"""Every fixed vocabulary jargonlint's contracts use, defined once.

Config keys, pack files (pack.schema.json), rule kinds and the JSON output
(reporters/json-output.schema.json) all take their allowed values from here;
tests/unit/test_enums.py checks that the JSON schemas list exactly these values.
"""

from __future__ import annotations

AUDIENCES = ("general", "business", "developer")
"""Who reads the copy (config `audience`; rules and glossary entries may name some)."""

REACHES = ("local", "regional", "national", "global")
"""How far the reader's business reaches (config `reach`)."""

LEVELS = ("info", "warning", "error")
"""Finding levels, from least to most severe."""

CATEGORIES = (
    "acronym",
    "tech-hero",
    "company-centric",
    "buzzword",
    "tech-term",
    "plain-words",
    "audience-scope",
    "claim",
    "outcome",
    "suppression",
    "measure",
)
"""The fixed category vocabulary shared by rules and reporters, most important first."""

FORMATS = ("markdown", "html", "text")
"""Document formats a reader understands (and a pack example may be written in)."""

SUGGESTION_KINDS = ("replace", "rewrite", "advice")
"""What a suggestion is: a replacement for the match, a whole rewrite, or advice."""
