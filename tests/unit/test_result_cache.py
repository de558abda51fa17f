"""The result cache: what invalidates an entry, and what a bad or shared cache cannot do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from jargonlint import resultcache, scheduler
from jargonlint.config import Config
from jargonlint.resultcache import ResultCache, cache_folder, file_key, run_key
from jargonlint.runner import lint_paths

COPY = "Our platform leverages synergy to utilize your data.\n"


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    """A private, empty cache folder for one test."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(folder))
    return folder / "results"


@pytest.fixture()
def page(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(COPY, encoding="utf-8")
    return path


def _lint(path: Path, config: Config | None = None, use_cache: bool = True):
    """Return (findings as (code, offset, end, message), files linted rather than cached)."""
    calls = []
    real = scheduler.lint_task

    def counting(task, linters):
        calls.append(task.path)
        return real(task, linters)

    scheduler.lint_task = counting
    try:
        result, _ = lint_paths([str(path)], config or Config(), use_cache=use_cache)
    finally:
        scheduler.lint_task = real
    found = [(f.code, f.offset, f.end_offset, f.message) for f in result.findings]
    return found, len(calls)


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("??/*.json"))


def test_second_run_comes_from_the_cache_with_the_same_findings(cache_dir, page):
    first, linted_first = _lint(page)
    second, linted_second = _lint(page)
    assert first and first == second
    assert (linted_first, linted_second) == (1, 0)
    assert len(_entries(cache_dir)) == 1


def test_no_cache_lints_and_stores_nothing(cache_dir, page):
    _, linted = _lint(page, use_cache=False)
    assert linted == 1
    assert not cache_dir.exists() or not _entries(cache_dir)


def test_changed_content_is_linted_again(cache_dir, page):
    before, _ = _lint(page)
    page.write_text("We utilize " + COPY, encoding="utf-8")
    after, linted = _lint(page)
    assert linted == 1
    assert after != before


def test_changed_config_is_linted_again(cache_dir, page):
    _lint(page)
    allowed, linted = _lint(page, Config().with_overrides(allow=["synergy"]))
    assert linted == 1
    assert all("synergy" not in message.lower() for *_, message in allowed)


def test_changed_pack_is_linted_again(cache_dir, page, tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text(_pack("platform"), encoding="utf-8")
    config = Config(packs=(pack,))
    first, _ = _lint(page, config)
    pack.write_text(_pack("data"), encoding="utf-8")
    second, linted = _lint(page, config)
    assert linted == 1
    assert [f for f in first if f[0] == "JL901"] != [f for f in second if f[0] == "JL901"]


def _pack(term: str) -> str:
    return (
        "pack: house\n"
        "rules:\n"
        "  - code: JL901\n"
        "    name: house-word\n"
        "    kind: phrase\n"
        "    category: plain-words\n"
        "    level: warning\n"
        "    message: 'House style avoids {match}.'\n"
        "    explanation: A word the house style avoids.\n"
        "    terms:\n"
        f"      - phrase: {term}\n"
        "    examples:\n"
        "      bad: [{text: 'The " + term + " is here.'}]\n"
        "      good: [{text: 'The shop is here.'}]\n"
    )


def test_version_and_model_are_part_of_the_key(monkeypatch):
    packs = [Path("rules/core.yaml")]
    base = run_key(Config(), "en_core_web_sm", packs)
    assert run_key(Config(), "some_other_model", packs) != base
    monkeypatch.setattr(resultcache, "_version", lambda name: "9.9.9")
    assert run_key(Config(), "en_core_web_sm", packs) != base


def test_code_change_is_part_of_the_key(monkeypatch):
    packs = [Path("rules/core.yaml")]
    base = run_key(Config(), "en_core_web_sm", packs)
    monkeypatch.setattr(resultcache, "_code_stamp", lambda: "another build")
    assert run_key(Config(), "en_core_web_sm", packs) != base


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"42",
        b"[]",
        b'{"format": 1, "key": "someone else", "findings": [], "measures": {}}',
    ],
    ids=["empty", "truncated", "not-utf8", "integer", "list", "foreign-key"],
)
def test_corrupt_entries_are_ignored_and_replaced(cache_dir, page, content):
    first, _ = _lint(page)
    (entry,) = _entries(cache_dir)
    entry.write_bytes(content)
    again, linted = _lint(page)
    assert again == first
    assert linted == 1
    assert json.loads(entry.read_text("utf-8"))["findings"]  # rewritten whole


def _poison(entry: Path, change) -> None:
    data = json.loads(entry.read_text("utf-8"))
    change(data["findings"][0])
    entry.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [
        lambda f: f.update(offset=10**6, end_offset=10**6 + 3),
        lambda f: f.update(offset=-1),
        lambda f: f.update(end_offset=True),
        lambda f: f.update(level="fatal"),
        lambda f: f.update(suggestions=[{"text": 1, "kind": "replace", "safe": True}]),
        lambda f: f.update(suggestions=[{"text": "x", "kind": "rm -rf", "safe": True}]),
        lambda f: f.pop("code"),
    ],
    ids=["beyond-file", "negative", "bool-offset", "level", "suggestion-text", "kind", "missing"],
)
def test_entries_with_bad_findings_are_not_trusted(cache_dir, page, change):
    first, _ = _lint(page)
    (entry,) = _entries(cache_dir)
    _poison(entry, change)
    again, linted = _lint(page)
    assert (again, linted) == (first, 1)


def test_a_fifo_in_the_cache_is_refused_without_hanging(cache_dir, page):
    first, _ = _lint(page)
    (entry,) = _entries(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    assert ResultCache(cache_dir).get(entry.stem, str(page), COPY) is None


def test_concurrent_writers_leave_one_whole_entry(cache_dir, page):
    first, _ = _lint(page)
    (entry,) = _entries(cache_dir)
    key = entry.stem
    good = ResultCache(cache_dir).get(key, str(page), COPY)
    assert good is not None
    entry.unlink()

    def write() -> None:
        for _ in range(30):
            ResultCache(cache_dir).put(key, good)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _entries(cache_dir) == [entry]  # no temporary files left behind
    read = ResultCache(cache_dir).get(key, str(page), COPY)
    assert read is not None and read.findings == good.findings


def test_concurrent_runs_agree(cache_dir, page, tmp_path):
    """Two processes linting the same file at once both succeed with the same findings."""
    code = (
        "import json, sys\n"
        "from jargonlint.config import Config\n"
        "from jargonlint.runner import lint_paths\n"
        "r, _ = lint_paths([sys.argv[1]], Config())\n"
        "print(json.dumps([[f.code, f.offset] for f in r.findings]))\n"
    )
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(cache_dir.parent)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(page)], stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    outputs = [json.loads(run.communicate(timeout=300)[0]) for run in runs]
    assert outputs[0] == outputs[1] and outputs[0]
    assert len(_entries(cache_dir)) == 1


def test_entries_never_hold_the_path_and_serve_a_copy_elsewhere(cache_dir, page, tmp_path):
    _lint(page)
    copy = tmp_path / "copy.md"
    copy.write_bytes(page.read_bytes())
    found, linted = _lint(copy)
    assert linted == 0 and found
    (entry,) = _entries(cache_dir)
    assert str(page) not in entry.read_text("utf-8")


def test_format_is_part_of_the_file_key():
    assert file_key("run", "markdown", b"x") != file_key("run", "text", b"x")


def test_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path))
    assert cache_folder() == tmp_path / "results"
    monkeypatch.delenv("JARGONLINT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "jargonlint" / "results"


def test_a_fully_cached_run_never_imports_spacy(cache_dir, page):
    """The pre-commit case: every file cached means no NLP import at all."""
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(cache_dir.parent)}
    command = [sys.executable, "-m", "jargonlint", "--format", "json", str(page)]
    subprocess.run(command, env=env, capture_output=True, check=False)
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['jargonlint', '--format', 'json', {str(page)!r}]\n"
        "try:\n"
        "    runpy.run_module('jargonlint', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('spacy' in sys.modules, 'jargonlint.engine' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "False False"
    assert json.loads(done.stdout)["summary"]["findings"] > 0


def test_config_fields_that_do_not_shape_findings_share_entries():
    base = resultcache.config_stamp(Config())
    assert resultcache.config_stamp(replace(Config(), fail_level="error")) == base
    assert resultcache.config_stamp(Config().with_overrides(audience="developer")) != base
