"""The scheduler: worker processes give the same results in the same order as one process."""

from __future__ import annotations

from jargonlint import scheduler
from jargonlint.cli import main
from jargonlint.config import Config
from jargonlint.runner import lint_paths

PAGES = [
    "Our platform leverages AI to streamline your bookings.\n",
    "We are the industry-leading provider of cloud solutions.\n",
    "Please utilize the side door in order to reach the shop.\n",
    "Bring the car in before nine.\n",
    "Our SLA covers the API.\n",
]


def _folder(tmp_path, count: int):
    folder = tmp_path / "pages"
    folder.mkdir()
    for index in range(count):
        (folder / f"p{index:02d}.md").write_text(PAGES[index % len(PAGES)], encoding="utf-8")
    (folder / "broken.md").write_bytes(b"not \xff utf-8\n")
    return folder


def _summary(result):
    return [
        (r.path, r.error, [(f.code, f.offset, f.end_offset, f.message) for f in r.findings])
        for r in result.files
    ]


def test_a_pool_of_workers_matches_one_process(tmp_path, monkeypatch):
    folder = _folder(tmp_path, scheduler.POOL_MIN_FILES + 2)
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    serial, _ = lint_paths([str(folder)], Config(), use_cache=False, workers=1)
    pooled, sources = lint_paths([str(folder)], Config(), use_cache=False, workers=2)
    assert _summary(pooled) == _summary(serial)
    assert any(r.findings for r in pooled.files)
    assert [r.path for r in pooled.files] == sorted(r.path for r in pooled.files)
    assert any(r.error for r in pooled.files)  # one bad file is that file's error only
    assert set(sources) == {r.path for r in pooled.files if not r.error}


def test_workers_fill_the_cache_for_the_next_run(tmp_path, monkeypatch):
    folder = _folder(tmp_path, scheduler.POOL_MIN_FILES + 1)
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, _ = lint_paths([str(folder)], Config(), workers=2)
    calls = []
    real = scheduler.lint_task

    def counting(task, linters):
        calls.append(task.path)
        return real(task, linters)

    monkeypatch.setattr(scheduler, "lint_task", counting)
    second, _ = lint_paths([str(folder)], Config(), workers=2)
    assert _summary(second) == _summary(first)
    assert calls == [str(folder / "broken.md")]  # errors are never cached; the rest were
    assert [r.code for r in second.rules] == [r.code for r in first.rules]


def test_no_cache_flag_writes_nothing(tmp_path, monkeypatch, capsys):
    page = tmp_path / "page.md"
    page.write_text(PAGES[0], encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(cache))
    assert main(["--no-cache", str(page)]) == 1
    assert not (cache / "results").exists()
    assert main([str(page)]) == 1
    assert list((cache / "results").glob("??/*.json"))
    capsys.readouterr()


def test_spawned_workers_build_their_own_linters(tmp_path, monkeypatch):
    """Where fork is missing (Windows, macOS defaults), workers are spawned and still agree."""
    folder = _folder(tmp_path, scheduler.POOL_MIN_FILES)
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    serial, _ = lint_paths([str(folder)], Config(), use_cache=False, workers=1)
    monkeypatch.setattr(scheduler.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    spawned, _ = lint_paths([str(folder)], Config(), workers=2)
    assert _summary(spawned) == _summary(serial)


def test_fix_never_acts_on_cached_findings(tmp_path, monkeypatch, capsys):
    """--fix edits files, so it plans its fixes from findings computed in this run."""
    page = tmp_path / "page.md"
    page.write_text(PAGES[2], encoding="utf-8")
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    assert main([str(page)]) == 1  # the page's findings are now cached
    reads: list[str] = []
    real_get = scheduler.ResultCache.get

    def get(self, key, path, text):
        reads.append(path)
        return real_get(self, key, path, text)

    monkeypatch.setattr(scheduler.ResultCache, "get", get)
    main(["--fix", str(page)])
    assert reads == []
    assert "utilize" not in page.read_text(encoding="utf-8")
    capsys.readouterr()


def test_workers_save_the_word_tables_they_learn(tmp_path, monkeypatch):
    """Workers end without exit handlers: the words they looked up are saved as they go."""
    import json

    from jargonlint.lang import zipfcache

    folder = _folder(tmp_path, scheduler.POOL_MIN_FILES)
    (folder / "p00.md").write_text("Bring the Zorblaxen in before nine.\n", encoding="utf-8")
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(zipfcache, "_table", None)  # this process has learned nothing yet
    monkeypatch.setattr(zipfcache, "_dirty", False)
    lint_paths([str(folder)], Config(), use_cache=False, workers=2)
    saved = json.loads(zipfcache.cache_file().read_text("utf-8"))
    assert "zorblaxen" in saved


def test_a_new_file_after_a_cached_run_never_reads_the_packs(tmp_path, monkeypatch):
    """The manifest of the last run (same config, packs and code) holds the rules and the
    lexicons, so one new file costs no pack reading or validation."""
    from jargonlint import runner

    folder = _folder(tmp_path, 2)
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, _ = lint_paths([str(folder)], Config(), workers=1)
    (folder / "new.md").write_text(PAGES[0], encoding="utf-8")

    def refuse(config):
        raise AssertionError("the packs were read again")

    monkeypatch.setattr(runner, "catalog_for", refuse)
    second, _ = lint_paths([str(folder)], Config(), workers=1)
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in [*first.files, *second.files]}
    assert by_name["new.md"].findings  # linted, with the rules and lexicons of the manifest
    assert [(f.code, f.match, f.message) for f in by_name["new.md"].findings] == [
        (f.code, f.match, f.message) for f in by_name["p00.md"].findings
    ]


def test_the_manifest_carries_the_phrase_checks_siblings(tmp_path, monkeypatch):
    """Deselected phrase rules of the active rules' packs (the phrase check matches them, never
    reports them) come from the manifest too: a new file after a cached run reads no pack."""
    from jargonlint.packs import loader, siblings

    folder = _folder(tmp_path, 3)
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / "cache"))
    config = Config().with_overrides(ignore=("JL102",))
    first, _ = lint_paths([str(folder)], config, workers=1)
    (folder / "new.md").write_text(PAGES[2], encoding="utf-8")

    siblings._known.clear()  # a new process: nothing found yet
    siblings._pack_rules.cache_clear()

    def refuse(path, kinds):
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(loader, "read_pack", refuse)
    second, _ = lint_paths([str(folder)], config, workers=1)
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in [*first.files, *second.files]}
    assert [(f.code, f.match) for f in by_name["new.md"].findings] == [
        (f.code, f.match) for f in by_name["p02.md"].findings
    ]
    assert "JL102" not in {f.code for f in by_name["new.md"].findings}
    active = [rule for rule in second.rules if rule.kind == "phrase"]
    assert "JL102" in {rule.code for rule in siblings.sibling_rules(active, "general")}


def test_a_manifest_without_siblings_is_not_trusted(tmp_path, monkeypatch):
    """A manifest from before siblings were kept is rebuilt from the packs, not half-used."""
    from jargonlint.packs.lexicons import Lexicons

    path = tmp_path / "runs" / "k.json"
    scheduler._write_manifest(path, "k", [], Lexicons(), [])
    assert scheduler._read_manifest(path, "k") == ([], Lexicons(), [])
    data = path.read_text(encoding="utf-8").replace('"siblings": [], ', "")
    path.write_text(data, encoding="utf-8")
    assert scheduler._read_manifest(path, "k") is None
