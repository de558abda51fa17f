"""A typed per-sentence memo: work a check does in `wants_parse`, kept for its `check`.

Each check declares the keys it stores (``CLAUSES: MemoKey[list[Clause]] = MemoKey("clauses")``),
so what is remembered, and its type, is written next to the code that uses it. Keys compare by
identity: two checks can never read each other's entries by accident.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class MemoKey(Generic[T]):
    """The typed key of one memo entry; ``name`` only labels it for debugging."""

    name: str


class Memo:
    """Values stored under typed keys for one sentence."""

    def __init__(self) -> None:
        self._values: dict[MemoKey[Any], Any] = {}

    def get(self, key: MemoKey[T]) -> T | None:
        """Return the value stored under ``key``, or None."""
        return self._values.get(key)

    def put(self, key: MemoKey[T], value: T) -> T:
        """Store ``value`` under ``key`` and return it."""
        self._values[key] = value
        return value

    def remember(self, key: MemoKey[T], compute: Callable[[], T]) -> T:
        """Return the value under ``key``, computing and storing it the first time."""
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]

    def __repr__(self) -> str:
        return f"Memo({', '.join(key.name for key in self._values)})"
