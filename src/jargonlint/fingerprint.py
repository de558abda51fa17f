"""Finding identities that survive moved lines and reworded neighbours (baseline and SARIF)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from .findings import Finding

FINGERPRINT_VERSION = 1
"""Bump when the recipe changes: every stored fingerprint becomes stale at once."""

_WORDS = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Return text reduced to its words: NFKC, case-folded, punctuation and spacing dropped.

    Re-wrapping a paragraph, fixing a comma or changing case keeps a finding's identity; only a
    change of words gives it a new one.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORDS.findall(folded))


def fingerprint(finding: Finding) -> str:
    """Return the finding's identity: a hash of its rule code, matched text and sentence.

    The path and the line number are left out on purpose: the line changes whenever copy above
    it changes, and the path is the key the baseline files findings under.
    """
    parts = (
        f"v{FINGERPRINT_VERSION}",
        finding.code,
        normalize(finding.match),
        normalize(finding.context),
    )
    # NUL cannot occur in normalised text, so the parts cannot run into each other.
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def numbered_fingerprints(findings: Iterable[Finding]) -> list[str]:
    """Return ``fingerprint:n`` for each finding, n counting identical ones in order (1-based).

    Two identical findings in one file (the same word twice in the same sentence) stay two
    distinct results for tools that match results by fingerprint, such as code scanning.
    """
    seen: Counter[tuple[str, str]] = Counter()
    numbered = []
    for finding in findings:
        key = (finding.path, fingerprint(finding))
        seen[key] += 1
        numbered.append(f"{key[1]}:{seen[key]}")
    return numbered
