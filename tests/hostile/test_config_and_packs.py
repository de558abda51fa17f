"""Issue 12 §5: hostile configuration and packs end in `file:line: problem` and exit 2."""

from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.config import load_config
from jargonlint.errors import ConfigError, PackError
from jargonlint.packs.catalog import load_catalog

from .conftest import WORDY

TOKEN_RULE = """\
pack: mine
rules:
  - code: XY201
    name: odd-word
    kind: token
    category: claim
    level: info
    message: m
    explanation: e
    patterns: [[{{TEXT: {{REGEX: '{regex}'}}}}]]
    examples: {{bad: [a], good: [b]}}
"""


def alias_bomb(levels: int = 9) -> str:
    """Return YAML whose last anchor expands to 9**levels values in a few hundred bytes."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        refs = ",".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_alias_bomb_in_a_config_key_is_refused_with_its_line(folder, capsys):
    (folder / "page.md").write_text(WORDY, encoding="utf-8")
    bomb = alias_bomb().replace("a9: &a9", "allow: &a9")
    (folder / ".jargonlint.yaml").write_text(bomb, encoding="utf-8")
    code, output = run(capsys, "page.md")
    assert code == 2
    # The first anchor past the limit is named: a6 expands to 9**7 values, on line 7.
    assert ".jargonlint.yaml:7: too many values once aliases are expanded" in output
    assert len(output) < 400  # one line, no repr of the value


def test_alias_bomb_in_a_pack_value_is_refused_with_its_line(tmp_path):
    pack = tmp_path / "bomb.yaml"
    pack.write_text("pack: bomb\n" + alias_bomb() + "rules: []\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_catalog([pack])
    assert f"{pack}:8: too many values" in str(caught.value)


def test_three_hundred_thousand_allow_entries_load_with_duplicates_removed(folder):
    entries = [f"term{i % 150_000}" for i in range(300_000)]
    (folder / ".jargonlint.yaml").write_text(
        "allow:\n" + "".join(f"  - {e}\n" for e in entries), encoding="utf-8"
    )
    config = load_config()
    assert len(config.allow) == 150_000 and config.allow[:2] == ("term0", "term1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("allow: " + "[" * 3000 + "]" * 3000 + "\n", ".jargonlint.yaml:1: invalid YAML"),
        ("allow:\n" + "".join("  " * i + "- \n" for i in range(1, 200)), "levels deep"),
        ('allow: ["a\\0b"]\n', ".jargonlint.yaml:1: a string holds a NUL character"),
        ("allow: [a]\n\0\n", ".jargonlint.yaml: binary file"),
        ('allow: ["\\uD800"]\n', ".jargonlint.yaml:1: invalid YAML"),
        ('allow: ["\\UFFFFFFFF"]\n', ".jargonlint.yaml:1: invalid YAML"),
        ("product-names: " + "x" * 100_000 + "\n", "got string 'xxxxx"),
    ],
    ids=["deep-flow", "deep-block", "nul-escape", "nul-byte", "surrogate", "huge-escape", "long"],
)
def test_bad_config_is_one_line_naming_the_file(folder, text, expected):
    (folder / ".jargonlint.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config()
    message = str(caught.value)
    assert expected in message and len(message) < 300


def test_deep_toml_config_is_an_error_naming_the_file(folder):
    deep = "[" * 3000 + "]" * 3000
    (folder / "pyproject.toml").write_text(f"[tool.jargonlint]\nallow = {deep}\n", "utf-8")
    with pytest.raises(ConfigError, match=r"pyproject.toml: nested too deeply"):
        load_config()


def test_nul_in_a_toml_path_is_refused_by_item(folder):
    (folder / "pyproject.toml").write_text(
        '[tool.jargonlint]\npacks = ["x\\u0000y"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="item 1 holds a NUL character"):
        load_config()


@pytest.fixture
def fifo(folder) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need a POSIX system")
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def test_packs_naming_a_device_is_refused_by_name(folder, capsys):
    (folder / "page.md").write_text(WORDY, encoding="utf-8")
    (folder / ".jargonlint.yaml").write_text("packs: [/dev/zero]\n", encoding="utf-8")
    code, output = run(capsys, "page.md")
    assert code == 2 and "/dev/zero: cannot read pack: a character device" in output


def test_a_fifo_pack_and_a_fifo_in_a_packs_folder_are_refused(folder, fifo):
    with pytest.raises(PackError, match="pipe.yaml: cannot read pack: a FIFO"):
        load_catalog([fifo])
    with pytest.raises(PackError, match="pipe.yaml: cannot read pack: a FIFO"):
        load_catalog([folder])


def test_a_fifo_baseline_is_refused(folder, fifo, capsys):
    (folder / "page.md").write_text(WORDY, encoding="utf-8")
    code, output = run(capsys, "--baseline", str(fifo), "page.md")
    assert code == 2 and "cannot read the baseline: a FIFO" in output


def test_a_fifo_as_the_inflection_cache_is_ignored(folder, monkeypatch, capsys):
    from jargonlint.lang import wordforms

    cache = folder / "cache"
    cache.mkdir()
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(cache))
    os.mkfifo(wordforms.cache_file())
    monkeypatch.setattr(wordforms, "_table", None)
    monkeypatch.setattr(wordforms, "_dirty", False)
    assert wordforms.inflections("utilize")["VBZ"] == ("utilizes",)


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        ("(a+)+$", "repeats a repetition"),
        ("(\\w+\\s?)*$", "repeats a repetition"),
        ("(a|ab)*c", "repeats alternatives"),
        ("(x)\\1", "backreference"),
        ("[z-a", "invalid regular expression"),
    ],
)
def test_unsafe_or_invalid_pack_regex_is_refused_with_its_line(tmp_path, regex, expected):
    pack = tmp_path / "mine.yaml"
    pack.write_text(TOKEN_RULE.format(regex=regex), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_catalog([pack])
    assert f"{pack}:10: rules/0/patterns/0/0/TEXT/REGEX: " in str(caught.value)
    assert expected in str(caught.value)


def test_a_safe_pack_regex_still_matches_and_never_sees_huge_tokens(tmp_path):
    from jargonlint.config import Config
    from jargonlint.document.reader import read_document
    from jargonlint.engine import Linter
    from jargonlint.packs.selection import select_rules
    from tests.conftest import codes

    pack = tmp_path / "mine.yaml"
    pack.write_text(TOKEN_RULE.format(regex="^a*a*a*a*a*b$"), encoding="utf-8")
    config = Config(packs=(pack,), select=("XY201",))
    linter = Linter(select_rules(load_catalog([pack]), config), config)
    text = "We sell aab here. " + "a" * 5000 + "c is long.\n"
    started = time.perf_counter()
    findings = linter.lint([read_document("x.txt", data=text.encode())])[0].findings
    assert codes(findings) == ["XY201"] and findings[0].match == "aab"
    assert time.perf_counter() - started < 60  # unguarded, this regex runs for hours


def test_long_values_in_pack_messages_are_cut(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text(
        textwrap.dedent(f"""\
        pack: mine
        rules:
          - code: XY101
            name: {"n" * 50_000}
        """),
        encoding="utf-8",
    )
    with pytest.raises(PackError) as caught:
        load_catalog([pack])
    assert all(len(line) < 600 for line in str(caught.value).splitlines())
