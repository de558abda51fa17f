"""The test session never touches the user's cache: it has a cache folder of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from jargonlint.lang import wordforms

from ..conftest import CACHE_PREFIX


def session_cache() -> Path:
    return Path(os.environ["JARGONLINT_CACHE_DIR"])


def test_the_session_cache_is_a_fresh_temporary_folder() -> None:
    folder = session_cache()
    assert folder.name.startswith(CACHE_PREFIX)
    assert folder.parent == Path(tempfile.gettempdir())
    assert Path.home() / ".cache" not in folder.parents


def test_the_inflection_cache_file_is_in_the_session_folder() -> None:
    assert wordforms.cache_file().parent == session_cache()


def test_subprocesses_inherit_the_session_cache() -> None:
    code = "from jargonlint.lang import wordforms; print(wordforms.cache_file().parent)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert Path(done.stdout.strip()) == session_cache()
