"""The `tech-term` kind: glossary terms and rare technical words, unless defined in place."""

from .check import TechTermCheck

__all__ = ["TechTermCheck"]
