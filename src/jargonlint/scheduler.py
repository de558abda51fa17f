"""Where each file's result comes from: the result cache, this process, or worker processes.

``Scheduler.results(jobs)`` yields ``(FileResult, text)`` per file, in the order given, each as
soon as it is known, so a reporter can print a file while later ones are still being linted and
no run holds every result at once. A file whose key is in the cache costs a read and a hash; the
NLP code is imported only when some file is not cached. When enough files need linting and the
machine has more than one core, they go to a pool of worker processes, each of which loads the
spaCy pipeline once and lints whole files (measured faster on 2 cores than spaCy's own
``n_process``, which also forks per call and re-sends every sentence).
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.util
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .document.reader import _read_bytes, decode, format_for_path, read_document
from .errors import InputError, JargonlintError
from .nlp import resolve_model_name
from .packs.lexicons import Lexicons
from .packs.model import Example, Rule
from .packs.siblings import phrase_rules, remember_siblings, sibling_rules
from .resultcache import ResultCache, cache_folder, file_key, read_regular_file, run_key
from .results import FileResult

POOL_MIN_FILES = 8
"""Files to lint before a pool pays for its workers' start (a pipeline load each)."""
POOL_CHUNK = 2
"""Files handed to a worker at a time: small, so results stream and the load stays even."""


@dataclass(frozen=True)
class Job:
    """One file to lint: its name, its bytes when they came from stdin, its format and config."""

    path: str
    config: object
    data: bytes | None = None
    fmt: str | None = None


@dataclass(frozen=True)
class _Task:
    path: str
    config: object
    data: bytes | None
    fmt: str | None
    run: str | None
    """The run key under which the worker stores the result (None: no cache)."""


def job_format(job: Job) -> str:
    """Return the format a job's file is read in."""
    return job.fmt or format_for_path(job.path) or "text"


class Scheduler:
    """Lints jobs with one cache and one set of Linters (one per config), here or in workers."""

    def __init__(self, catalog_for, use_cache: bool = True, workers: int | None = None):
        self.catalog_for = catalog_for
        """Returns the checked rule catalogue for a config (loaded only when needed)."""
        self.cache = ResultCache(cache_folder() if use_cache else None)
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self._run_keys: dict[object, str] = {}
        self._rules: dict[str, Rule] = {}
        self.linters = Linters(catalog_for)
        """This run's Linters (one per config; a later run builds its own, packs may differ)."""
        self.linted = 0
        """Files linted (not from the cache) in this process or its workers."""

    # -- keys and rules ------------------------------------------------------------------

    def run_key(self, config) -> str:
        """Return (memoised) the part of every file key that the config, packs and model give."""
        if config not in self._run_keys:
            from .packs.loader import expand_pack_paths, shipped_pack_paths

            packs = shipped_pack_paths() + expand_pack_paths([Path(p) for p in config.packs])
            model = resolve_model_name(getattr(config, "model", None))
            self._run_keys[config] = run_key(config, model, packs)
        return self._run_keys[config]

    def rules(self) -> list[Rule]:
        """Return the active rules of every config seen, each code once, sorted."""
        return [self._rules[code] for code in sorted(self._rules)]

    def note_rules(self, config) -> None:
        """Learn the config's active rules: from the cache's manifest, else from the catalog."""
        folder = self.cache.folder
        key = self.run_key(config) if folder is not None else ""
        manifest = folder / "runs" / f"{key}.json" if folder is not None else None
        found = _read_manifest(manifest, key) if manifest is not None else None
        if found is None:
            linter = self.linters.get(config)
            rules = list(linter.rules.values())
            if manifest is not None:
                siblings = sibling_rules(phrase_rules(rules), config.audience)
                _write_manifest(manifest, key, rules, linter.lexicons, siblings)
        else:
            rules, lexicons, siblings = found
            self.linters.known[config] = rules
            self.linters.known_lexicons[config] = lexicons
            remember_siblings(phrase_rules(rules), config.audience, siblings)
        for rule in rules:
            self._rules.setdefault(rule.code, rule)

    # -- the run -------------------------------------------------------------------------

    def results(self, jobs: Iterable[Job]) -> Iterator[tuple[FileResult, str | None]]:
        """Yield ``(result, text)`` for every job, in order, each as soon as it is known.

        A first pass finds which files the cache holds (a read and a hash each, nothing kept
        but the key); the others start linting at once, here or in the pool, while the second
        pass reads cached results in their turn.
        """
        plan = [(job, self._cached_key(job)) for job in jobs]
        for config in {id(job.config): job.config for job, _ in plan}.values():
            self.note_rules(config)
        misses = [_task(job, self._key_part(job)) for job, key in plan if key is None]
        linted = self._lint(misses)
        for job, key in plan:
            found = self._from_cache(job, key) if key is not None else None
            if found is None and key is not None:  # the entry went bad since the first pass
                found = lint_task(_task(job, self._key_part(job)), self.linters)
                self.linted += 1
            if found is None:
                found = next(linted)
                self.linted += 1
            yield found

    def _key_part(self, job: Job) -> str | None:
        return self.run_key(job.config) if self.cache.folder is not None else None

    def _key(self, job: Job) -> tuple[str, str] | None:
        """Return the job's cache key and decoded text, or None when it cannot be read."""
        try:
            raw = job.data if job.data is not None else _read_bytes(job.path)
            text = decode(raw)
        except InputError:
            return None  # linting reports the problem in full
        return file_key(self.run_key(job.config), job_format(job), raw), text

    def _cached_key(self, job: Job) -> str | None:
        """Return the job's key when the cache holds an entry for it, else None."""
        if self.cache.folder is None:
            return None
        keyed = self._key(job)
        return keyed[0] if keyed is not None and self.cache.has(keyed[0]) else None

    def _from_cache(self, job: Job, key: str) -> tuple[FileResult, str] | None:
        """Return the cached result and text of a job, when the file still has that key."""
        keyed = self._key(job)
        if keyed is None or keyed[0] != key:
            return None
        result = self.cache.get(key, job.path, keyed[1])
        return (result, keyed[1]) if result is not None else None

    def _lint(self, tasks: list[_Task]) -> Iterator[tuple[FileResult, str | None]]:
        if len(tasks) >= POOL_MIN_FILES and self.workers > 1:
            yield from self._lint_in_pool(tasks)
        else:
            for task in tasks:
                yield lint_task(task, self.linters)

    def _lint_in_pool(self, tasks: list[_Task]) -> Iterator[tuple[FileResult, str | None]]:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        count = min(self.workers, len(tasks))
        linters = self.linters
        if context.get_start_method() == "fork":
            self._warm({id(task.config): task.config for task in tasks}.values())
        else:  # spawned workers get what pickles (rules, not spaCy objects) and build the rest
            linters = Linters(self.catalog_for)
            linters.known = dict(self.linters.known)
            linters.known_lexicons = dict(self.linters.known_lexicons)
        pool = context.Pool(count, _init_worker, (linters,))
        try:
            done = pool.imap(_lint_in_worker, tasks, chunksize=POOL_CHUNK)
            for index, found in enumerate(done, 1):
                if index == len(tasks):  # the last result is in: workers end on their own
                    pool.close()  # (and save the words they learned) ...
                    pool.join()
                yield found
        finally:
            pool.terminate()  # ... unless the run stopped early

    def _warm(self, configs) -> None:
        """Build the Linters and load the pipelines once here, so forked workers share them."""
        from .nlp import full_pipeline, light_pipeline

        light_pipeline()
        for config in configs:
            self.linters.get(config)
            full_pipeline(resolve_model_name(getattr(config, "model", None)))


def _task(job: Job, run: str | None) -> _Task:
    return _Task(job.path, job.config, job.data, job.fmt, run)


class Linters:
    """One Linter per config, built when a file first needs it (rules selected once each)."""

    def __init__(self, catalog_for):
        self.catalog_for = catalog_for
        self.by_config: dict[object, object] = {}
        self.known: dict[object, list[Rule]] = {}
        """Active rules already known for a config (from the cache's manifest, whose key covers
        the config and every pack's content): the catalogue need not be loaded again."""
        self.known_lexicons: dict[object, Lexicons] = {}
        """The packs' lexicons already known for a config (from the same manifest)."""

    def get(self, config):
        """Return the Linter for a config (the catalogue is read only when the manifest
        of an earlier run with the same config, packs and code is missing)."""
        if config not in self.by_config:
            from .engine import Linter
            from .packs.selection import select_rules

            rules = self.known.get(config)
            lexicons = self.known_lexicons.get(config)
            if rules is None or lexicons is None:
                catalog = self.catalog_for(config)  # reading and validating every pack
                lexicons = catalog.lexicons
                rules = rules if rules is not None else select_rules(catalog, config)
            self.by_config[config] = Linter(rules, config, lexicons)
        return self.by_config[config]


_worker_linters: Linters | None = None


def lint_task(task: _Task, linters: Linters) -> tuple[FileResult, str | None]:
    """Return one file's result and text, linted in this process (and stored in the cache).

    Any failure that is this file's own becomes its error; one bad file never sinks the run.
    A run-level problem (the model cannot load) still ends the run.
    """
    config = task.config
    try:
        raw = task.data if task.data is not None else _read_bytes(task.path)
        fields = tuple(config.front_matter_fields)
        document = read_document(task.path, data=raw, fmt=task.fmt, front_matter_fields=fields)
    except InputError as error:
        return FileResult(task.path, error=str(error)), None
    except Exception as error:
        return FileResult(task.path, error=internal_error("reading", error)), None
    try:
        [result] = linters.get(config).lint([document])
    except JargonlintError:
        raise
    except Exception as error:
        return FileResult(task.path, error=internal_error("linting", error)), document.text
    if task.run is not None:
        key = file_key(task.run, task.fmt or document.format, raw)
        ResultCache(cache_folder()).put(key, result)
    return result, document.text


def internal_error(stage: str, error: BaseException) -> str:
    """Return a one-line, bounded message for an unexpected failure on one file."""
    detail = " ".join(str(error).split())[:200]
    return f"internal error while {stage} this file: {type(error).__name__}: {detail}"


def _init_worker(linters: Linters) -> None:
    global _worker_linters
    _worker_linters = linters  # forked: the parent's Linters come along, already built
    multiprocessing.util.Finalize(None, _save_tables, exitpriority=10)  # run as it exits


def _lint_in_worker(task: _Task) -> tuple[FileResult, str | None]:
    assert _worker_linters is not None
    return lint_task(task, _worker_linters)


def _save_tables() -> None:
    """Save the word tables a worker learned (inflections, Zipf values) as it ends.

    A worker runs no exit handlers; without this, a later run (a pre-commit hook after a cold
    run over the site) would load lemminflect's and wordfreq's tables again."""
    from .lang import wordforms, zipfcache

    wordforms.save()
    zipfcache.save()


# -- the manifest of a run's rules (so a fully cached run never loads the catalogue) ------------


def _rule_entry(rule: Rule) -> dict:
    data = asdict(rule)
    data["options"] = rule.options
    return data


def _write_manifest(
    path: Path, key: str, rules: list[Rule], lexicons: Lexicons, siblings: list[Rule]
) -> None:
    try:
        entry = {
            "key": key,
            "rules": [_rule_entry(r) for r in rules],
            "siblings": [_rule_entry(r) for r in siblings],
            "lexicons": {name: list(entries) for name, entries in lexicons.by_name.items()},
        }
        data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".jargonlint-cache-{os.getpid()}-{path.name}")
        temp.write_bytes(data)
        os.replace(temp, path)
    except (OSError, TypeError, ValueError):
        return


def _read_manifest(path: Path, key: str) -> tuple[list[Rule], Lexicons, list[Rule]] | None:
    """Return the manifest's active rules, lexicons and sibling phrase rules (``packs.siblings``),
    or None when it is missing, foreign or damaged."""
    data = read_regular_file(path)
    if data is None:
        return None
    try:
        entry = json.loads(data.decode("utf-8"))
        if entry["key"] != key:
            return None
        rules = [_rule(item) for item in entry["rules"]]
        siblings = [_rule(item) for item in entry["siblings"]]
        return rules, _lexicons(entry["lexicons"]), siblings
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _lexicons(data: dict) -> Lexicons:
    """Return the manifest's lexicons (name → word or glossary entries), checked for shape."""
    if not isinstance(data, dict):
        raise TypeError("lexicons")
    for name, entries in data.items():
        if not isinstance(name, str) or not isinstance(entries, list):
            raise TypeError("lexicons")
        if not all(isinstance(entry, str | dict) for entry in entries):
            raise TypeError("lexicon entries")
    return Lexicons({name: tuple(entries) for name, entries in data.items()})


def _rule(item: dict) -> Rule:
    def examples(key: str) -> tuple[Example, ...]:
        return tuple(
            Example(**{k: tuple(v) if isinstance(v, list) else v for k, v in e.items()})
            for e in item[key]
        )

    fields = {k: v for k, v in item.items() if k not in ("bad", "good", "audiences")}
    return Rule(
        **fields,
        bad=examples("bad"),
        good=examples("good"),
        audiences=tuple(item["audiences"]),
    )
