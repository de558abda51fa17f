"""The trained pipeline's attribute ruler, with the same results for a quarter of its cost.

spaCy's English pipelines map each fine tag to its part of speech and morphology, and fix a
few words, with an ``attribute_ruler`` of about 180 Matcher patterns. Run on every parsed
sentence, its Matcher took more CPU than the parser (set and regular-expression predicates
are tested in Python, per token and per pattern). Almost all of its patterns look at one token
only, through its tag, lower-case form, dependency label and whether it is a space; what they
say about a token depends on those four values alone, so it is computed once per distinct
combination and remembered. Patterns over several tokens still go through a Matcher of their
own. The matches are then sorted and applied by the ruler itself, exactly as it would, so
every token ends with the same part of speech, morphology and lemma.

A pipeline whose ruler uses anything else (another attribute or predicate) keeps its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

ATTRIBUTES: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda token: token.tag_,
    "LOWER": lambda token: token.lower_,
    "DEP": lambda token: token.dep_,
    "IS_SPACE": lambda token: token.is_space,
}
"""The token attributes a one-token pattern may test here (all the English pipelines use)."""
MAX_REMEMBERED = 200_000
"""Distinct (tag, word, label, space) combinations remembered before starting afresh."""

Test = Callable[[Any], bool]


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the remembered matching; True when it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastMatch.of(ruler)
    if fast is None:
        return False
    ruler.match = fast  # AttributeRuler.__call__ reads self.match, then sets annotations
    return True


class FastMatch:
    """``AttributeRuler.match`` for rulers whose one-token patterns read only ATTRIBUTES."""

    def __init__(self, ruler, single: list[tuple[int, list[dict[str, Test]]]], multi):
        self.strings = ruler.vocab.strings
        self.single = single
        """(attribute id, [one-token pattern as attribute → test]) for each one-token entry."""
        self.multi = multi
        """A Matcher of the entries with longer patterns (None when there are none)."""
        self.match_ids = {i: self.strings[str(i)] for i, _ in single}
        self.remembered: dict[tuple, tuple[int, ...]] = {}

    @classmethod
    def of(cls, ruler) -> FastMatch | None:
        """Return the fast match for a ruler, or None when some pattern is beyond it."""
        from spacy.matcher import Matcher

        single: list[tuple[int, list[dict[str, Test]]]] = []
        multi = Matcher(ruler.vocab)
        for index, entry in enumerate(ruler.patterns):
            patterns = entry["patterns"]
            if any(len(pattern) != 1 for pattern in patterns):
                multi.add(str(index), patterns)
                continue
            tests = [_token_tests(pattern[0]) for pattern in patterns]
            if any(test is None for test in tests):
                return None
            single.append((index, tests))  # type: ignore[arg-type]
        return cls(ruler, single, multi if len(multi) else None)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Return the ruler's matches as ``AttributeRuler.match`` does, sorted the same way."""
        matches = []
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space)
            found = self.remembered.get(key)
            if found is None:
                found = self._remember(key, token)
            i = token.i
            matches.extend((attr, self.match_ids[attr], i, i + 1) for attr in found)
        if self.multi is not None:
            for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                matches.append((int(self.strings[match_id]), match_id, start, end))
        matches.sort()
        return matches

    def _remember(self, key: tuple, token: Token) -> tuple[int, ...]:
        if len(self.remembered) >= MAX_REMEMBERED:
            self.remembered.clear()
        values = {name: read(token) for name, read in ATTRIBUTES.items()}
        found = tuple(
            index
            for index, patterns in self.single
            if any(all(test(values[name]) for name, test in p.items()) for p in patterns)
        )
        self.remembered[key] = found
        return found


def _token_tests(pattern: dict) -> dict[str, Test] | None:
    """Return a one-token pattern as attribute → test, or None when it is not understood."""
    tests: dict[str, Test] = {}
    for name, spec in pattern.items():
        if name not in ATTRIBUTES:
            return None
        test = _test(spec)
        if test is None:
            return None
        tests[name] = test
    return tests


def _test(spec: Any) -> Test | None:
    """Return the test a Matcher applies for one attribute's value spec (None: not handled)."""
    if isinstance(spec, str | bool):
        return lambda value: value == spec
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    [(operator, argument)] = spec.items()
    if operator == "IN" and isinstance(argument, list):
        members = frozenset(argument)
        return lambda value: value in members
    if operator == "NOT_IN" and isinstance(argument, list):
        members = frozenset(argument)
        return lambda value: value not in members
    if operator == "REGEX" and isinstance(argument, str):
        compiled = re.compile(argument)
        return lambda value: isinstance(value, str) and compiled.search(value) is not None
    return None
