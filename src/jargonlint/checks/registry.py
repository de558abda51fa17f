"""What each rule kind accepts from packs, declared without importing the checks (no spaCy here).

Listing and validating packs reads only this module: each kind's own options (a JSON Schema),
its kind-level checks, the placeholders its messages may use, the lexicons packs may declare,
and where its Check class lives (imported only to lint). The `phrase`, `token` and `dependency`
kinds' options are described by pack.schema.json itself.

Lexicons are the shared vocabulary of a pack (its top-level ``lexicons:`` block): every pack's
lexicons are merged by name and always loaded, whatever rules a run selects, so turning one rule
off never changes what another rule knows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..enums import AUDIENCES, REACHES
from .base import WORD_LIST

if TYPE_CHECKING:
    from ..packs.lexicons import Lexicons
    from ..packs.model import Rule

KindProblems = Callable[[list["Rule"], "Lexicons"], Iterator[tuple["Rule", list, str]]]
"""A kind-level check of all rules of a kind: yields ``(rule, key_path, problem)``."""

# -- lexicons ------------------------------------------------------------------------------

TECH_GLOSSARY = "tech-glossary"
"""The `tech-term` kind's glossary: reported by the glossary rule, and its single words are
technical stems for the frequency rule."""

HERO_LEXICONS = (
    "tech-nouns",
    "tech-modifiers",
    "tech-suffixes",
    "capability-verbs",
    "giving-verbs",
    "abstract-nouns",
    "abstract-suffixes",
    "concrete-nouns",
    "use-verbs",
    "outcome-verbs",
    "reader-verbs",
    "weak-verbs",
    "service-verbs",
    "reader-nouns",
    "people-nouns",
    "company-nouns",
    "self-nouns",
    "self-adjectives",
    "self-verbs",
    "strong-self-verbs",
    "self-topics",
    "history-verbs",
    "award-verbs",
    "rank-words",
    "praise-words",
    "size-words",
    "scale-verbs",
    "inclusive-words",
    "announce-verbs",
    "partner-verbs",
    "give-verbs",
)
"""The word lists every `hero` rule reads (tech, reader and company heroes share them)."""

_AUDIENCE_LIST = {
    "type": "array",
    "items": {"enum": list(AUDIENCES)},
    "minItems": 1,
    "uniqueItems": True,
}


# -- options of the detector kinds ---------------------------------------------------------

HERO_ROLES = ("tech-sentence", "tech-document", "company-sentence", "company-document")

HERO_OPTIONS = {
    "properties": {
        "role": {"enum": list(HERO_ROLES)},
        "names-as-products": {"type": "boolean"},
        "min-sentences": {"type": "integer", "minimum": 1},
        "min-share": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["role"],
}

_ZIPF = {"type": "number", "minimum": 0, "maximum": 8}
_GLOSSARY_ENTRY = {
    "type": "object",
    "additionalProperties": False,
    "required": ["term", "plain"],
    "properties": {
        "term": {"type": "string", "minLength": 1},
        "plain": {"type": "string", "minLength": 1},
        "audiences": _AUDIENCE_LIST,
        "not-before": WORD_LIST,
        "not-after": WORD_LIST,
    },
}
TECH_GLOSSARY_SCHEMA = {
    "oneOf": [
        {"type": "array", "items": _GLOSSARY_ENTRY},
        {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {"type": "array", "minItems": 1, "items": _GLOSSARY_ENTRY},
        },
    ]
}
"""A tech-term glossary: a list of entries, or entries grouped by domain ({"networking": [...]})."""

LEXICONS: dict[str, dict] = {
    **{name: WORD_LIST for name in HERO_LEXICONS},
    TECH_GLOSSARY: TECH_GLOSSARY_SCHEMA,
}
"""Every lexicon a pack may declare, with the JSON Schema of its entries."""

TECH_TERM_OPTIONS = {
    "required": ["source"],
    "properties": {
        "source": {"enum": ["glossary", "frequency", "code"]},
        "max-zipf": {
            "oneOf": [
                _ZIPF,
                {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {a: _ZIPF for a in AUDIENCES},
                },
            ]
        },
        "min-length": {"type": "integer", "minimum": 1},
        "stems": WORD_LIST,
        "prefixes": WORD_LIST,
        "strong-prefixes": WORD_LIST,
        "suffixes": WORD_LIST,
        "known-words": WORD_LIST,
        "trademark-signs": WORD_LIST,
        "literal-verbs": WORD_LIST,
        "everyday-formats": WORD_LIST,
        "definition-cues": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                key: WORD_LIST for key in ("openers", "copula-openers", "defining-verbs", "naming")
            },
        },
    },
}

_KNOWN_BY = {"type": "array", "items": {"enum": list(AUDIENCES)}, "uniqueItems": True}
ACRONYM_OPTIONS: dict = {
    "properties": {
        "glossary": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["acronym", "expansion", "plain"],
                "properties": {
                    "acronym": {"type": "string", "minLength": 2},
                    "expansion": {"type": "string", "minLength": 2},
                    "plain": {"type": "string", "minLength": 2},
                    "known-by": _KNOWN_BY,
                },
            },
        },
        "known": {
            "type": "object",
            "additionalProperties": False,
            "properties": {audience: WORD_LIST for audience in AUDIENCES},
        },
        "brands": WORD_LIST,
        "units": WORD_LIST,
        "ordinary-words": WORD_LIST,
        "definition-cues": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"naming": WORD_LIST, "expanding": WORD_LIST},
        },
        "ambiguous": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "acronym-after": WORD_LIST,
                    "acronym-before": WORD_LIST,
                    "word-after": WORD_LIST,
                    "word-before": WORD_LIST,
                },
            },
        },
    },
    "required": ["glossary"],
}
"""JSON Schema of the `acronym` kind's rule options (see rules/acronyms.yaml)."""

CLAIM_OPTIONS = {
    "properties": {
        "claims": WORD_LIST,
        "superlatives-after": WORD_LIST,
        "rank-superlatives": WORD_LIST,
        "rank-most": WORD_LIST,
        "not-before": WORD_LIST,
        "evidence-words": WORD_LIST,
        "source-words": WORD_LIST,
        "spec-units": WORD_LIST,
        "date-words": WORD_LIST,
        "bare-nouns": WORD_LIST,
    },
    "required": ["claims"],
}

SCOPE_OPTIONS = {
    "properties": {
        "phrases": WORD_LIST,
        "reaches": {
            "type": "array",
            "items": {"enum": list(REACHES)},
            "uniqueItems": True,
            "minItems": 1,
        },
        "reader-frame": {
            "type": "object",
            "propertyNames": {"enum": list(REACHES)},
            "additionalProperties": {"type": "string", "minLength": 1},
        },
    },
    "required": ["phrases", "reaches"],
}

NO_OPTIONS: dict = {"properties": {}}
"""A kind with no options of its own."""

# -- kind-level checks -----------------------------------------------------------------------


def tech_term_problems(rules: list[Rule], lexicons: Lexicons) -> Iterator[tuple[Rule, list, str]]:
    """Yield a glossary rule with no glossary lexicon, a frequency rule with no threshold,
    and a second rule of either source (each source reports through one rule)."""
    sources: set[str] = set()
    for rule in rules:
        source = rule.options.get("source")
        if source in sources:
            yield rule, ["source"], f"only one rule may have source {source!r}"
        sources.add(source)
        if source == "glossary" and not lexicons.entries(TECH_GLOSSARY):
            yield rule, ["source"], f"a glossary rule needs the {TECH_GLOSSARY!r} lexicon"
        if source == "frequency" and "max-zipf" not in rule.options:
            yield rule, ["max-zipf"], "a frequency rule needs max-zipf"


def _node_names(pattern: list) -> list:
    return [spec.get("RIGHT_ID") if isinstance(spec, dict) else None for spec in pattern]


def dependency_problems(rules: list[Rule], lexicons: Lexicons) -> Iterator[tuple[Rule, list, str]]:
    """Yield a rule whose `highlight` names no node, or not the same node in every pattern."""
    for rule in rules:
        highlight = rule.options.get("highlight")
        if highlight is None:
            continue
        places = {
            _node_names(p).index(highlight) if highlight in _node_names(p) else None
            for p in rule.options["patterns"]
        }
        if places == {None}:
            yield rule, ["highlight"], f"highlight {highlight!r} names no RIGHT_ID of the patterns"
        elif len(places) > 1:
            message = f"highlight {highlight!r} must be the same node in every pattern"
            yield rule, ["highlight"], message


# -- the registry ------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindSpec:
    """What packs may say to one rule kind, and where its check lives."""

    kind: str
    check: str | None
    """``module:Class`` of the Check, imported only to lint; None when jargonlint itself
    reports the kind's rules (`unused-suppression`: the suppressions module)."""
    options_schema: dict | None = None
    """JSON Schema (``properties``, ``required``) of the kind's own rule keys; None when
    pack.schema.json describes them. Unknown keys are errors."""
    problems: KindProblems | None = None
    """Kind-level checks of all the kind's rules together."""
    message_fields: frozenset[str] = frozenset({"match"})
    """The placeholders the kind fills in its rules' messages (`{match}`: the flagged text)."""


KINDS: dict[str, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(
            "phrase",
            "jargonlint.checks.phrase:PhraseCheck",
            message_fields=frozenset({"match", "replacement"}),
        ),
        KindSpec("token", "jargonlint.checks.pattern.token:TokenCheck"),
        KindSpec(
            "dependency",
            "jargonlint.checks.pattern.dependency:DependencyCheck",
            problems=dependency_problems,
        ),
        KindSpec("acronym", "jargonlint.checks.acronym.check:AcronymCheck", ACRONYM_OPTIONS),
        KindSpec(
            "tech-term",
            "jargonlint.checks.techterm.check:TechTermCheck",
            TECH_TERM_OPTIONS,
            tech_term_problems,
        ),
        KindSpec(
            "hero",
            "jargonlint.checks.hero.check:HeroCheck",
            HERO_OPTIONS,
            message_fields=frozenset({"hero", "match"}),
        ),
        KindSpec("claim", "jargonlint.checks.claim:ClaimCheck", CLAIM_OPTIONS),
        KindSpec(
            "audience-scope",
            "jargonlint.checks.scope:ScopeCheck",
            SCOPE_OPTIONS,
            message_fields=frozenset({"match", "reach"}),
        ),
        KindSpec("unused-suppression", None, NO_OPTIONS),
    )
}
"""Every rule kind, in the order their checks run."""

DOCUMENT_MESSAGE_FIELDS = frozenset({"figures"})
"""What a document-level hero rule fills: the figures behind it (shares, you-to-we ratio)."""
GLOSSARY_ADVICE_FIELDS = frozenset({"term", "plain"})
"""What the glossary rule fills in its advice: the glossary term and its plain explanation."""


def message_fields(rule: Rule) -> frozenset[str]:
    """Return the placeholders the rule's kind fills in its message."""
    if rule.kind == "hero" and str(rule.options.get("role", "")).endswith("-document"):
        return DOCUMENT_MESSAGE_FIELDS
    spec = KINDS.get(rule.kind)
    return spec.message_fields if spec else frozenset()


def advice_fields(rule: Rule) -> frozenset[str]:
    """Return the placeholders the rule's kind fills in its advice (most fill none)."""
    if rule.kind == "tech-term" and rule.options.get("source") == "glossary":
        return GLOSSARY_ADVICE_FIELDS
    return frozenset()
