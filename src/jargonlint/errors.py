"""Error types and the exit codes that every command shares."""

from __future__ import annotations

EXIT_CLEAN = 0
"""Nothing at or above the fail level was found."""
EXIT_FINDINGS = 1
"""At least one finding at or above the fail level."""
EXIT_ERROR = 2
"""Usage, config, rule-pack, I/O or internal error."""


class JargonlintError(Exception):
    """Base class for errors that end a run with exit code 2 and a clear message."""


class ConfigError(JargonlintError):
    """A configuration file or option is invalid."""


class PackError(JargonlintError):
    """A rule pack is invalid; the message lists every problem found."""


class ModelError(JargonlintError):
    """The spaCy pipeline named by the config cannot be loaded."""


class InputError(JargonlintError):
    """A path or input cannot be read as a document."""


class BaselineError(JargonlintError):
    """A baseline file is missing, invalid or stale."""
