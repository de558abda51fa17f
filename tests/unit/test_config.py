"""Tests for config discovery, validation, overrides and selectors."""

from __future__ import annotations

import json
import tempfile
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonlint.config import (
    Config,
    check_selectors,
    config_as_dict,
    find_config_file,
    load_config,
    selector_matches,
)
from jargonlint.config_schema import DEFAULT_FRONT_MATTER_FIELDS, KEYS
from jargonlint.enums import CATEGORIES
from jargonlint.errors import ConfigError

CODES = {"JL101", "JL102", "JL201"}
NAMES = {"unexplained-acronym", "tech-as-hero", "we-we-we"}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str, name: str = ".jargonlint.yaml") -> str:
    write(tmp_path / name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(cwd=tmp_path)
    return str(caught.value)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cwd with no config above it, so walk-up results depend only on the test."""
    if find_config_file(tmp_path) is not None:
        pytest.skip("a config file above the temporary folder would leak into the test")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- discovery -----------------------------------------------------------------------------


def test_defaults_when_no_file(isolated: Path) -> None:
    config = load_config()
    assert config == Config(root=isolated)
    assert config.source is None
    assert config.root == isolated
    assert config.select == ("ALL",)
    assert config.fail_level == "warning"
    assert config.audience == "general"
    assert config.reach is None and config.model is None
    assert config.front_matter_fields == DEFAULT_FRONT_MATTER_FIELDS


def test_walks_up_to_parent_folder(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = write(isolated / ".jargonlint.yaml", "audience: business\n")
    deep = isolated / "docs" / "guide"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_config_file(deep) == cfg
    config = load_config()
    assert config.audience == "business"
    assert config.source == str(cfg)
    assert config.root == isolated


def test_yml_extension_is_accepted(isolated: Path) -> None:
    write(isolated / ".jargonlint.yml", "audience: developer\n")
    assert load_config().audience == "developer"


def test_yaml_beats_yml_and_pyproject_in_same_folder(isolated: Path) -> None:
    write(isolated / "pyproject.toml", '[tool.jargonlint]\naudience = "developer"\n')
    write(isolated / ".jargonlint.yml", "audience: general\n")
    write(isolated / ".jargonlint.yaml", "audience: business\n")
    assert load_config().audience == "business"


def test_nearer_pyproject_beats_farther_yaml(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "audience: business\n")
    sub = isolated / "sub"
    write(sub / "pyproject.toml", '[tool.jargonlint]\naudience = "developer"\n')
    config = load_config(cwd=sub)
    assert config.audience == "developer"
    assert config.root == sub


def test_pyproject_without_table_does_not_stop_walk(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "audience: business\n")
    sub = isolated / "pkg"
    write(sub / "pyproject.toml", '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 90\n')
    assert find_config_file(sub) == isolated / ".jargonlint.yaml"
    assert load_config(cwd=sub).audience == "business"


def test_broken_pyproject_that_ignores_us_is_skipped(isolated: Path) -> None:
    write(isolated / "pyproject.toml", "[project\n")
    assert find_config_file(isolated) is None


def test_broken_pyproject_that_mentions_us_is_an_error(isolated: Path) -> None:
    write(isolated / "pyproject.toml", "[tool.jargonlint]\naudience = \n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: invalid TOML: .*line 2"):
        load_config()


def test_explicit_path_wins_and_is_relative_to_cwd(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "audience: business\n")
    write(isolated / "conf" / "lint.yaml", "audience: developer\npacks: [extra]\n")
    (isolated / "conf" / "extra").mkdir()
    config = load_config("conf/lint.yaml")
    assert config.audience == "developer"
    assert config.root == isolated / "conf"
    assert config.packs == (isolated / "conf" / "extra",)


def test_explicit_missing_file(isolated: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.yaml: config file not found"):
        load_config("nope.yaml")


def test_explicit_folder_is_an_error(isolated: Path) -> None:
    with pytest.raises(ConfigError, match="folder"):
        load_config(".")


def test_explicit_pyproject_without_table(isolated: Path) -> None:
    write(isolated / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool\.jargonlint\] table"):
        load_config("pyproject.toml")


def test_explicit_plain_toml_uses_top_level(isolated: Path) -> None:
    write(isolated / "jargonlint.toml", 'fail-level = "error"\n')
    assert load_config("jargonlint.toml").fail_level == "error"


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n", "~\n"])
def test_empty_file_means_defaults(isolated: Path, text: str) -> None:
    path = write(isolated / ".jargonlint.yaml", text)
    config = load_config()
    assert config == Config(source=str(path), root=isolated)


# --- reading every key ---------------------------------------------------------------------


FULL_YAML = """\
packs: [rules/extra.yaml, rules]
select: [JL1, tech-as-hero, buzzword]
ignore: [JL102]
levels:
  JL101: error
  buzzword: off
fail-level: error
audience: developer
reach: global
model: en_core_web_md
include: ["docs/**/*.md"]
exclude: ["docs/drafts/**"]
allow: [Kubernetes, API]
known-acronyms: [SLA]
product-names: [Acme Cloud]
company-names: [Acme, "Acme, Inc."]
front-matter-fields: [title, lede]
"""


def test_reads_every_key_from_yaml(isolated: Path) -> None:
    write(isolated / "rules" / "extra.yaml", "rules: []\n")
    write(isolated / ".jargonlint.yaml", FULL_YAML)
    config = load_config()
    assert config.packs == (isolated / "rules" / "extra.yaml", isolated / "rules")
    assert config.select == ("JL1", "tech-as-hero", "buzzword")
    assert config.ignore == ("JL102",)
    assert config.levels == (("JL101", "error"), ("buzzword", "off"))
    assert config.fail_level == "error"
    assert config.audience == "developer"
    assert config.reach == "global"
    assert config.model == "en_core_web_md"
    assert config.include == ("docs/**/*.md",)
    assert config.exclude == ("docs/drafts/**",)
    assert config.allow == ("Kubernetes", "API")
    assert config.known_acronyms == ("SLA",)
    assert config.product_names == ("Acme Cloud",)
    assert config.company_names == ("Acme", "Acme, Inc.")
    assert config.front_matter_fields == ("title", "lede")
    hash(config)  # frozen and made of tuples, so usable as a cache key


def test_reads_every_key_from_pyproject(isolated: Path) -> None:
    write(isolated / "rules" / "extra.yaml", "rules: []\n")
    data = yaml.safe_load(FULL_YAML)
    levels = data.pop("levels")
    lines = ["[tool.jargonlint]"] + [f"{key} = {json.dumps(value)}" for key, value in data.items()]
    lines += ["", "[tool.jargonlint.levels]"]
    lines += [f"{selector} = {json.dumps(level or 'off')}" for selector, level in levels.items()]
    write(isolated / "pyproject.toml", "\n".join(lines) + "\n")
    from_toml = load_config()
    assert from_toml.source == str(isolated / "pyproject.toml")
    (isolated / "pyproject.toml").unlink()
    write(isolated / ".jargonlint.yaml", FULL_YAML)
    assert config_as_dict(from_toml) == config_as_dict(load_config())


def test_null_value_means_default(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "select:\nreach: ~\nmodel:\n")
    config = load_config()
    assert config.select == ("ALL",) and config.reach is None and config.model is None


def test_bare_off_in_levels_means_off(isolated: Path) -> None:
    # YAML 1.1 reads `off` as false; users mean the level "off".
    write(isolated / ".jargonlint.yaml", "levels:\n  JL101: off\n  JL102: 'off'\n")
    assert load_config().levels == (("JL101", "off"), ("JL102", "off"))


def test_duplicate_list_items_are_dropped(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "allow: [API, API, SDK]\n")
    assert load_config().allow == ("API", "SDK")


# --- validation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fail-level: loud\n", ":1: fail-level: 'loud' is not one of info, warning, error"),
        ("fail-level: 2\n", ":1: fail-level: expected one of info, warning, error, got number 2"),
        ("fail-level: Error\n", "(did you mean 'error'?)"),
        ("audience: devs\n", ":1: audience: 'devs' is not one of general, business, developer"),
        ("reach: planet\n", ":1: reach: 'planet' is not one of local, regional, national, global"),
        ("model: 3\n", ":1: model: expected a non-empty string, got number 3"),
        ("model: ''\n", ":1: model: expected a non-empty string, got string ''"),
        ("select: JL101\n", ":1: select: expected a list of strings, got string 'JL101'"),
        ("ignore: {a: 1}\n", ":1: ignore: expected a list of strings, got a mapping"),
        ("allow:\n  - API\n  - yes\n", ":3: allow: item 2 must be a non-empty string, got boolean"),
        ("include: ['']\n", ":1: include: item 1 must be a non-empty string"),
        ("exclude: [1]\n", "got number 1; quote it"),
        ("known-acronyms: [2024-01-01]\n", "got date 2024-01-01"),
        ("product-names: x\n", "product-names: expected a list of strings"),
        ("company-names: [[a]]\n", "company-names: item 1 must be a non-empty string, got a list"),
        ("front-matter-fields: true\n", "front-matter-fields: expected a list of strings"),
        ("packs: [missing]\n", ":1: packs: 'missing' does not exist"),
        ("levels: [JL101]\n", ":1: levels: expected a mapping of selector to level"),
        (
            "levels:\n  JL101: loud\n",
            ":2: levels: JL101: 'loud' is not one of info, warning, error, off",
        ),
        ("levels:\n  JL101: on\n", ":2: levels: JL101: expected one of info, warning, error, off"),
        ("levels:\n  1: info\n", ":2: levels: selectors must be non-empty strings, got number 1"),
        ("fail_level: error\n", ":1: unknown key 'fail_level' (did you mean 'fail-level'?)"),
        ("audiance: general\n", "unknown key 'audiance' (did you mean 'audience'?)"),
        ("zzz: 1\n", "unknown key 'zzz'; valid keys are packs, select, ignore"),
        ("select: []\nselect: [JL1]\n", ":2: duplicate key 'select' (first set on line 1)"),
    ],
)
def test_each_key_is_validated(isolated: Path, text: str, expected: str) -> None:
    message = error_of(isolated, text)
    assert message.startswith(".jargonlint.yaml:")
    assert expected in message


def test_all_problems_reported_at_once_with_lines(isolated: Path) -> None:
    message = error_of(
        isolated,
        """\
        audience: business
        fail_level: error
        select:
          - JL1
          - 7
        reach: planet
        """,
    )
    lines = message.splitlines()
    assert lines[0] == ".jargonlint.yaml: 3 problems:"
    assert lines[1] == (
        "  .jargonlint.yaml:2: unknown key 'fail_level' (did you mean 'fail-level'?)"
    )
    assert lines[2].startswith("  .jargonlint.yaml:5: select: item 2 must be a non-empty string")
    assert lines[3] == (
        "  .jargonlint.yaml:6: reach: 'planet' is not one of local, regional, national, global"
    )


def test_yaml_syntax_error_names_file_and_line(isolated: Path) -> None:
    message = error_of(isolated, "audience: business\nselect: [JL1\nreach: global\n")
    assert message.startswith(".jargonlint.yaml:")
    assert "invalid YAML" in message
    assert int(message.split(":")[1]) in (2, 3)


def test_bad_tag_is_a_yaml_error(isolated: Path) -> None:
    assert "invalid YAML" in error_of(isolated, "model: !!python/name:os.system\n")


@pytest.mark.parametrize(
    ("text", "got"), [("- JL101\n", "got a list"), ("just words\n", "got string")]
)
def test_top_level_must_be_a_mapping(isolated: Path, text: str, got: str) -> None:
    message = error_of(isolated, text)
    assert message.startswith(".jargonlint.yaml:1: expected a mapping")
    assert got in message


def test_pyproject_errors_name_table_and_key(isolated: Path) -> None:
    message = error_of(
        isolated,
        '[tool.jargonlint]\naudience = "devs"\nfail_level = "error"\n',
        name="pyproject.toml",
    )
    assert message.splitlines() == [
        "pyproject.toml: 2 problems:",
        "  pyproject.toml: [tool.jargonlint] audience: 'devs' is not one of general, business,"
        " developer",
        "  pyproject.toml: [tool.jargonlint]: unknown key 'fail_level'"
        " (did you mean 'fail-level'?)",
    ]


def test_pyproject_tool_jargonlint_must_be_a_table(isolated: Path) -> None:
    write(isolated / "pyproject.toml", "[tool]\njargonlint = 3\n")
    with pytest.raises(ConfigError, match=r"\[tool\.jargonlint\] must be a table"):
        load_config()


def test_error_in_parent_file_shows_relative_path(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(isolated / ".jargonlint.yaml", "audience: devs\n")
    (isolated / "sub").mkdir()
    monkeypatch.chdir(isolated / "sub")
    with pytest.raises(ConfigError, match=r"^\.\./\.jargonlint\.yaml:1: audience"):
        load_config()


# --- overrides -----------------------------------------------------------------------------


def test_overrides_apply_and_none_is_ignored(isolated: Path) -> None:
    base = Config(audience="business", select=("JL1",))
    changed = base.with_overrides(audience="developer", select=None, fail_level="error")
    assert changed.audience == "developer"
    assert changed.select == ("JL1",)
    assert changed.fail_level == "error"
    assert base.audience == "business"  # the original is untouched


def test_override_lists_replace_and_split_selectors(isolated: Path) -> None:
    config = Config(ignore=("JL9",)).with_overrides(
        select=("JL1,JL2", "buzzword"), ignore="JL101", allow=["Acme, Inc."]
    )
    assert config.select == ("JL1", "JL2", "buzzword")
    assert config.ignore == ("JL101",)
    assert config.allow == ("Acme, Inc.",)  # only selectors are comma-separated


def test_override_levels_accepts_pairs(isolated: Path) -> None:
    config = Config().with_overrides(levels=[("JL101", "off")])
    assert config.levels == (("JL101", "off"),)


def test_override_errors_name_cli_option(isolated: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        Config().with_overrides(audience="devs")
    assert str(caught.value) == "--audience: 'devs' is not one of general, business, developer"


def test_override_errors_are_collected(isolated: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        Config().with_overrides(audience="devs", fail_level="loud", packs=["nope"])
    lines = str(caught.value).splitlines()
    assert lines[0] == "command-line options: 3 problems:"
    assert lines[2].startswith("  --fail-level: 'loud' is not one of")
    assert lines[3].startswith("  --packs: 'nope' does not exist")


def test_override_packs_are_relative_to_cwd(isolated: Path) -> None:
    (isolated / "more").mkdir()
    assert Config(root=Path("/elsewhere")).with_overrides(packs="more").packs == (
        isolated / "more",
    )


def test_override_unknown_option_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="colour"):
        Config().with_overrides(colour="red")
    with pytest.raises(TypeError, match="root"):
        Config().with_overrides(root=Path("."))


# --- selectors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("ALL", True),
        ("JL101", True),
        ("JL1", True),
        ("JL", True),
        ("JL2", False),
        ("JL1011", False),
        ("unexplained-acronym", True),
        ("unexplained", False),
        ("acronym", True),
        ("buzzword", False),
        ("", False),
    ],
)
def test_selector_matches(selector: str, expected: bool) -> None:
    assert selector_matches(selector, "JL101", "unexplained-acronym", "acronym") is expected


def test_check_selectors_accepts_known(isolated: Path) -> None:
    write(
        isolated / ".jargonlint.yaml",
        "select: [ALL]\nignore: [JL1, we-we-we, buzzword]\nlevels: {JL201: info}\n",
    )
    check_selectors(load_config(), CODES, NAMES, set(CATEGORIES))


def test_check_selectors_lists_every_unknown_with_lines(isolated: Path) -> None:
    write(
        isolated / ".jargonlint.yaml",
        """\
        select:
          - JL1
          - JL9
        ignore: [tech-as-heros]
        levels:
          JL101: off
          JL999: error
        """,
    )
    with pytest.raises(ConfigError) as caught:
        check_selectors(load_config(), CODES, NAMES, set(CATEGORIES))
    assert str(caught.value).splitlines() == [
        ".jargonlint.yaml: 3 problems:",
        "  .jargonlint.yaml:3: select: selector 'JL9' matches no rule",
        "  .jargonlint.yaml:4: ignore: selector 'tech-as-heros' matches no rule"
        " (did you mean 'tech-as-hero'?)",
        "  .jargonlint.yaml:7: levels: selector 'JL999' matches no rule",
    ]


def test_check_selectors_names_cli_option_after_override(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "select: [JL9]\n")
    config = load_config().with_overrides(select="JL8")
    with pytest.raises(ConfigError, match=r"^--select: selector 'JL8' matches no rule"):
        check_selectors(config, CODES, NAMES, set(CATEGORIES))


def test_check_selectors_without_origins(isolated: Path) -> None:
    with pytest.raises(ConfigError, match=r"^configuration: ignore: selector 'nope'"):
        check_selectors(Config(ignore=("nope",)), CODES, NAMES, set(CATEGORIES))


# --- config --show -------------------------------------------------------------------------


def test_config_as_dict_has_every_key_in_kebab_case() -> None:
    data = config_as_dict(Config(levels=(("JL101", "off"),), packs=(Path("/p"),)))
    assert list(data) == list(KEYS)
    assert data["fail-level"] == "warning"
    assert data["levels"] == {"JL101": "off"}
    assert data["packs"] == [str(Path("/p"))]
    assert data["select"] == ["ALL"]
    assert data["reach"] is None


def test_shown_config_loads_back_to_the_same(isolated: Path) -> None:
    write(isolated / "rules" / "extra.yaml", "rules: []\n")
    write(isolated / ".jargonlint.yaml", FULL_YAML)
    config = load_config()
    write(isolated / "shown" / "c.yaml", yaml.safe_dump(config_as_dict(config), sort_keys=False))
    assert config_as_dict(load_config("shown/c.yaml")) == config_as_dict(config)


term = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(str.strip)


@settings(max_examples=60, deadline=None)
@given(st.lists(term, max_size=5, unique=True))
def test_any_terms_round_trip_through_yaml(terms: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "c.yaml", yaml.safe_dump({"allow": terms}))
        assert load_config(path).allow == tuple(terms)


def test_schema_and_selector_problems_are_listed_together(isolated: Path, capsys) -> None:
    """One run shows every problem: a bad key and a selector that matches no rule."""
    write(
        isolated / ".jargonlint.yaml",
        """\
        audiense: business
        select: [JL101, JL9999]
        fail-level: loud
        """,
    )
    from jargonlint.cli import main

    assert main(["config"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "jargonlint: error: .jargonlint.yaml: 3 problems:"
    assert lines[1].startswith("  .jargonlint.yaml:1: unknown key 'audiense'")
    assert lines[2].startswith("  .jargonlint.yaml:3: fail-level: 'loud' is not one of")
    assert lines[3] == "  .jargonlint.yaml:2: select: selector 'JL9999' matches no rule"


def test_selectors_are_not_checked_against_packs_that_failed(isolated: Path) -> None:
    write(isolated / ".jargonlint.yaml", "packs: [missing.yaml]\nselect: [XX1]\n")
    message = str(pytest.raises(ConfigError, load_config).value)
    assert "'missing.yaml' does not exist" in message and "XX1" not in message


def test_skip_non_copy_must_be_true_or_false(isolated: Path) -> None:
    assert "skip-non-copy: expected true or false, got string 'no way'" in error_of(
        isolated, "skip-non-copy: no way\n"
    )
    write(isolated / ".jargonlint.yaml", "audience: general\n")
    assert load_config().skip_non_copy is True
