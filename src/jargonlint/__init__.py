"""jargonlint: a linter for customer-facing copy."""

__version__ = "0.1.0"
