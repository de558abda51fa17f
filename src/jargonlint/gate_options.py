"""The `check` command's flags for the measure gates, one per gate in jargonlint.gates."""

from __future__ import annotations

import click

from .gates import GATES


def gate_options(func):
    """Return ``func`` with a ``--KEY NUMBER`` option for every gate (limits override config)."""
    for gate in reversed(GATES):
        fails = "above" if gate.direction == "max" else "below"
        func = click.option(
            f"--{gate.key}",
            gate.attribute,
            type=float,
            metavar="NUMBER",
            help=f"Fail a page whose {gate.label} is {fails} NUMBER (measure gate).",
        )(func)
    return func


def gate_overrides(values: dict) -> dict:
    """Return the gate limits given on the command line, by Config attribute."""
    return {gate.attribute: values.get(gate.attribute) for gate in GATES}
