"""The `acronym` kind: undefined or audience-unknown acronyms (scan, definitions, lexicon)."""

from .check import AcronymCheck

__all__ = ["AcronymCheck"]
