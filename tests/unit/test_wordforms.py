"""The on-disk inflection cache: same answers as lemminflect, and never a reason to fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from lemminflect import getAllInflections

from jargonlint.lang import wordforms


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(wordforms, "_table", None)
    monkeypatch.setattr(wordforms, "_dirty", False)
    return tmp_path


def test_answers_match_lemminflect_and_are_saved(fresh_cache):
    found = wordforms.inflections("utilize")
    assert found == {tag: tuple(v) for tag, v in getAllInflections("utilize").items()}
    wordforms.save()
    saved = json.loads(wordforms.cache_file().read_text("utf-8"))
    assert saved["d:utilize"]["VBD"] == ["utilized"]


def test_a_new_process_reads_the_saved_table(fresh_cache):
    wordforms.inflections("streamline")
    wordforms.save()
    code = (
        "import sys; from jargonlint.lang import wordforms; "
        "t = wordforms._load(); sys.exit(0 if 'd:streamline' in t else 1)"
    )
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(fresh_cache)}
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


def test_corrupt_cache_is_ignored(fresh_cache):
    path = wordforms.cache_file()
    path.write_text("{not json", encoding="utf-8")
    assert wordforms.inflections("leverage")["VBZ"] == ("leverages",)


def test_unwritable_cache_folder_is_skipped_silently(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(wordforms, "_table", None)
    monkeypatch.setattr(wordforms, "_dirty", False)
    assert wordforms.oov_inflections("webhook", "NOUN")["NNS"] == ("webhooks",)
    wordforms.save()  # must not raise
    assert not (blocker / "sub").exists()


def _reloaded(cache_dir) -> set[str]:
    """Return the keys a new process reads from the saved cache file."""
    code = (
        "import json, sys; from jargonlint.lang import wordforms; "
        "print(json.dumps(sorted(wordforms._load())))"
    )
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return set(json.loads(done.stdout))


def test_unknown_words_and_lemmas_survive_a_reload(fresh_cache):
    # A word lemminflect does not know has no forms: that answer is worth keeping too, or
    # every run would load the whole table again to learn it.
    assert wordforms.inflections("zxqvbnm") == {}
    assert wordforms.lemmas("went", "VERB") == {"VERB": ("go",)}
    assert wordforms.lemmas("invoices", "NOUN") == {"NOUN": ("invoice",)}
    wordforms.save()
    assert {"d:zxqvbnm", "l:VERB:went", "l:NOUN:invoices"} <= _reloaded(fresh_cache)


def test_a_poisoned_lemma_entry_is_dropped(fresh_cache):
    path = wordforms.cache_file()
    path.write_text(json.dumps({"l:VERB:door": {"VERB": ["use"]}}), encoding="utf-8")
    assert "l:VERB:door" not in _reloaded(fresh_cache)


def test_inflection_answers_as_lemminflect_does(fresh_cache):
    from lemminflect import getInflection

    from jargonlint.lang.inflection import inflection

    words = ["be", "go", "book", "leverage", "stop", "good", "happy", "early", "data", "zqxv"]
    tags = ["VBD", "VBN", "VBG", "VBZ", "NNS", "JJR", "JJS", "RBR", "RB", "RP", "NNP"]
    for word in [*words, "Acme", "iPhone"]:
        for tag in tags:
            assert inflection(word, tag) == getInflection(word, tag=tag), (word, tag)


def test_a_save_keeps_words_another_process_saved(fresh_cache):
    wordforms.inflections("invoice")
    wordforms.save()
    other = {"d:tyre": {"NNS": ["tyres"]}, "d:invoice": {"NNS": ["invoices"]}}
    wordforms.cache_file().write_text(json.dumps(other), "utf-8")
    wordforms.inflections("brake")
    wordforms.save()
    assert {"d:tyre", "d:brake", "d:invoice"} <= _reloaded(fresh_cache)


def test_words_without_letters_are_never_looked_up(fresh_cache, monkeypatch):
    import lemminflect

    monkeypatch.setattr(lemminflect, "getAllLemmas", None)  # calling it would fail
    assert wordforms.lemmas(".", "VERB") == {} and wordforms.inflections("42") == {}
