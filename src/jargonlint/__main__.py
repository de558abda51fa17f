"""`python -m jargonlint`: the same as the `jargonlint` command."""

from .cli import run

run()
