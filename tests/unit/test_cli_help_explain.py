"""`jargonlint --help` shows how to lint; `explain` takes the reach and finds near rules."""

from __future__ import annotations

import json

from jargonlint.cli import main


def test_top_level_help_shows_the_check_options_and_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: jargonlint [OPTIONS] PATHS...\n")
    for option in ("--fail-level", "--format", "--changed-since", "--fix", "-q, --quiet"):
        assert f"  {option}" in out, option
    assert "  --version" in out and "Commands:" in out and "  explain" in out


def test_explain_parse_uses_reach_and_audience(capsys):
    sentence = "We serve customers worldwide from our shop."
    assert main(["explain", "--format", "json", "--parse", sentence]) == 0
    plain = json.dumps(json.loads(capsys.readouterr().out))
    assert main(["explain", "--format", "json", "--reach", "local", "--parse", sentence]) == 0
    local = json.dumps(json.loads(capsys.readouterr().out))
    assert "JL701" not in plain and "JL701" in local
    assert main(["explain", "--audience", "developer", "--reach", "global", "--parse", "Hi."]) == 0


def test_explain_an_unknown_rule_suggests_the_nearest(capsys):
    assert main(["explain", "leverag"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "jargonlint: error: unknown rule 'leverag' "
        "(did you mean JL201 buzzword-verb, which flags “leverage”?)"
    )
    assert main(["explain", "pompus-verb"]) == 2
    assert "did you mean JL101 pompous-verb?" in capsys.readouterr().err
    assert main(["explain", "qqqqqq"]) == 2
    assert "`jargonlint rules` lists them" in capsys.readouterr().err
