"""Gates on document measures: fail a page on its figures, not only on its findings.

A gate is a config key (and a `check` flag) naming a measure and a limit, such as
``max-buzzwords-per-100-words: 2``. A page whose measure is past the limit gets one
document-level finding (code JL900, category ``measure``, level ``error``) on its first line,
whose message gives the figure and the limit, so every output format reports it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .document.model import Document
from .findings import Finding, Suggestion
from .packs.model import Example, Rule

GATE_CODE = "JL900"
GATE_NAME = "measure-gate"
GATE_CATEGORY = "measure"
GATE_LEVEL = "error"
GATE_HELP_URI = "https://github.com/jargonlint/jargonlint#gates-on-document-measures"
"""Where gates are documented (the README section; they are not a pack rule in docs/rules.md)."""


@dataclass(frozen=True)
class Gate:
    """One gate: the config key, the measure it reads, its direction and its valid range."""

    key: str
    measure: str
    label: str
    """How the measure reads in a message."""
    direction: str
    """"max": the page fails above the limit; "min": below it."""
    low: float
    high: float | None
    advice: str

    @property
    def attribute(self) -> str:
        """Return the Config attribute that holds this gate's limit."""
        return self.key.replace("-", "_")

    def failed(self, figure: float, limit: float) -> bool:
        """Return True when ``figure`` is past ``limit`` in this gate's direction."""
        return figure > limit if self.direction == "max" else figure < limit


GATES: tuple[Gate, ...] = (
    Gate(
        "min-jargon-score",
        "jargon_score",
        "jargon score",
        "min",
        0.0,
        100.0,
        "Swap rare and technical words for everyday ones (100 means every word is common).",
    ),
    Gate(
        "max-buzzwords-per-100-words",
        "buzzwords_per_100_words",
        "buzzwords per 100 words",
        "max",
        0.0,
        None,
        "Replace the buzzwords with what the product does for the reader.",
    ),
    Gate(
        "min-reader-hero-share",
        "hero_reader_share",
        "share of sentences with the reader as the hero",
        "min",
        0.0,
        1.0,
        "Rewrite sentences so the reader (you, your customers) is the subject.",
    ),
    Gate(
        "max-tech-hero-share",
        "hero_tech_share",
        "share of sentences with a technology as the hero",
        "max",
        0.0,
        1.0,
        "Say what the reader gets, not what the technology does.",
    ),
    Gate(
        "max-company-hero-share",
        "hero_company_share",
        "share of sentences with the company as the hero",
        "max",
        0.0,
        1.0,
        "Turn statements about the company into promises to the reader.",
    ),
)
"""Every gate, in the order the README and `config --show` list them."""

BY_KEY = {gate.key: gate for gate in GATES}

MISNAMED_KEYS = {
    "max-jargon-score": "the jargon score rises as copy gets plainer (100: every word is "
    "common), so its limit is a minimum: use min-jargon-score",
}
"""Keys people reach for that would mean the opposite of what they want, with the reason."""

GATE_EXPLANATION = (
    "The page's measure is past the limit the configuration sets (min-jargon-score, "
    "max-buzzwords-per-100-words, min-reader-hero-share, max-tech-hero-share or "
    "max-company-hero-share). The finding sits on the page's first line and names the figure "
    "and the limit."
)

GATE_RULE = Rule(
    code=GATE_CODE,
    name=GATE_NAME,
    kind="gate",
    category=GATE_CATEGORY,
    level=GATE_LEVEL,
    message="{label} is {figure}, {direction} {limit} ({key}).",
    explanation=GATE_EXPLANATION,
    pack="core",
    source="jargonlint/gates.py",
    # What `explain` shows: gates judge whole pages against a configured limit, not sentences.
    bad=(Example("a page with 8 buzzwords per 100 words, under max-buzzwords-per-100-words: 2"),),
    good=(Example("the same page under max-buzzwords-per-100-words: 10"),),
)
"""The rule every gate finding belongs to (defined in code: it reads measures, not prose)."""


def active_gates(config) -> list[tuple[Gate, float]]:
    """Return the gates the config sets, each with its limit, in GATES order."""
    limits = [(gate, getattr(config, gate.attribute, None)) for gate in GATES]
    return [(gate, float(limit)) for gate, limit in limits if limit is not None]


def _format(value: float, gate: Gate) -> str:
    """Return a figure as the message shows it: a share as a percentage, else one decimal."""
    if gate.high == 1.0:
        return f"{value:.0%}"
    return f"{value:g}" if float(value).is_integer() else f"{value:.1f}"


def gate_findings(
    document: Document,
    measures: dict,
    config,
    locate: Callable[..., Finding],
) -> list[Finding]:
    """Return one document-level finding per gate the page fails.

    A gate whose measure the run did not compute (the hero rules are off, or the page has no
    prose) is not judged: a missing figure is not a failing one.
    """
    if not measures.get("words"):
        return []
    findings = []
    for gate, limit in active_gates(config):
        figure = measures.get(gate.measure)
        if figure is None or not gate.failed(float(figure), limit):
            continue
        direction = "above the maximum" if gate.direction == "max" else "below the minimum"
        message = GATE_RULE.message.format(
            label=gate.label.capitalize(),
            figure=_format(figure, gate),
            direction=direction,
            limit=_format(limit, gate),
            key=gate.key,
        )
        first_line = document.text.splitlines()[0] if document.text else ""
        findings.append(
            locate(
                document,
                GATE_RULE,
                0,
                len(first_line),
                message,
                first_line,
                (Suggestion(gate.advice, "advice", False),),
            )
        )
    return findings


def gate_rule(key: str) -> Rule | None:
    """Return the gate rule when ``key`` is its code or name (for `jargonlint explain`)."""
    return GATE_RULE if key.upper() == GATE_CODE or key == GATE_NAME else None
