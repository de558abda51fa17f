"""The on-disk Zipf memo: wordfreq's values, kept between runs, never a reason to fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from wordfreq import zipf_frequency

from jargonlint.lang import zipfcache


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(zipfcache, "_table", None)
    monkeypatch.setattr(zipfcache, "_dirty", False)
    return tmp_path


def test_values_are_wordfreqs_and_are_saved(fresh_cache):
    for word in ("invoice", "the", "zqxvbn", "workflows"):
        assert zipfcache.zipf_of(word) == zipf_frequency(word, "en")
    zipfcache.save()
    saved = json.loads(zipfcache.cache_file().read_text("utf-8"))
    assert saved["invoice"] == zipf_frequency("invoice", "en")
    assert saved["zqxvbn"] == 0.0  # an unknown word is an answer worth keeping too


def test_a_new_process_answers_without_importing_wordfreq(fresh_cache):
    zipfcache.zipf_of("invoice")
    zipfcache.save()
    code = (
        "import sys; from jargonlint.lang import zipfcache; v = zipfcache.zipf_of('invoice'); "
        "sys.exit(0 if 'wordfreq' not in sys.modules and v > 3 else 1)"
    )
    env = {**os.environ, "JARGONLINT_CACHE_DIR": str(fresh_cache)}
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"invoice": "high"}', '{"invoice": 99.0}', '{"Invoice": 1.0}'],
)
def test_bad_entries_are_dropped(fresh_cache, content):
    zipfcache.cache_file().write_text(content, encoding="utf-8")
    assert zipfcache.zipf_of("invoice") == zipf_frequency("invoice", "en")


def test_unwritable_cache_folder_is_skipped_silently(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(zipfcache, "_table", None)
    monkeypatch.setattr(zipfcache, "_dirty", False)
    assert zipfcache.zipf_of("invoice") == zipf_frequency("invoice", "en")
    zipfcache.save()  # must not raise
    assert not (blocker / "sub").exists()


def test_a_save_keeps_words_another_process_saved(fresh_cache):
    zipfcache.zipf_of("invoice")
    zipfcache.save()
    zipfcache._table = None  # as a second process would start: it reads the file ...
    zipfcache._load()
    zipfcache.cache_file().write_text(json.dumps({"invoice": 4.0, "tyre": 3.5}), "utf-8")
    zipfcache.zipf_of("brake")  # ... learns a word, and meanwhile the file gained "tyre"
    zipfcache.save()
    saved = json.loads(zipfcache.cache_file().read_text("utf-8"))
    assert saved["tyre"] == 3.5 and "brake" in saved and "invoice" in saved
