"""Message templates: the `{name}` placeholders a rule's message or advice uses, filled in one pass.

Each rule kind declares the placeholders it fills (`checks/registry.py`); loading a pack
checks every message and advice against them, so a template never shows a raw `{name}`.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"\{([a-z][a-z-]*)\}")


def placeholders(template: str) -> set[str]:
    """Return the names of the placeholders a template uses."""
    return set(PLACEHOLDER.findall(template))


def fill(template: str, **values: str) -> str:
    """Return the template with each supplied ``{name}`` replaced (in one pass)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
