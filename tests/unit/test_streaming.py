"""Long runs: each file's findings come out as soon as it is done; a terminal gets progress."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from jargonlint import terminal
from jargonlint.cli import main
from jargonlint.config import Config
from jargonlint.engine import Linter
from jargonlint.reporters.text import TextReporter
from jargonlint.runner import lint_paths
from jargonlint.terminal import Progress

PAGE = "Please utilize the side door. Our platform leverages AI to optimize bookings.\n"


@pytest.fixture
def pages(tmp_path: Path, monkeypatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    # A cache of its own: these tests watch files being linted, not read from the result cache.
    monkeypatch.setenv("JARGONLINT_CACHE_DIR", str(tmp_path / ".cache"))
    names = []
    for number in range(3):
        name = f"page{number}.md"
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
        names.append(name)
    return names


def test_each_file_is_reported_before_the_next_file_is_finished(pages, monkeypatch):
    log: list[str] = []
    finish = Linter._findings

    def logged(self, item):
        log.append(f"finished {item.document.path}")
        return finish(self, item)

    monkeypatch.setattr(Linter, "_findings", logged)

    class Observer:
        def started(self, total: int) -> None:
            log.append(f"started {total}")

        def file_done(self, result, text) -> None:
            assert text == PAGE and result.findings
            log.append(f"done {result.path}")

    result, _ = lint_paths(pages, Config(), observer=Observer())
    assert log == ["started 3"] + [
        line for name in pages for line in (f"finished {name}", f"done {name}")
    ]
    assert [f.path for f in result.files] == pages


def test_text_output_is_written_file_by_file_while_the_run_goes_on(pages, monkeypatch, capsys):
    finished: list[str] = []
    finish = Linter._findings

    def logged(self, item):
        finished.append(item.document.path)
        return finish(self, item)

    monkeypatch.setattr(Linter, "_findings", logged)
    seen_when_written: dict[str, int] = {}
    original = TextReporter.write_file

    def spy(self, file, out):
        seen_when_written[file.path] = len(finished)
        return original(self, file, out)

    monkeypatch.setattr(TextReporter, "write_file", spy)
    assert main(pages) == 1
    # page0 is printed when only page0 is finished, page1 when two are, and so on.
    assert seen_when_written == {name: index + 1 for index, name in enumerate(pages)}
    out = capsys.readouterr().out
    assert out.index("page0.md:1:") < out.index("page1.md:1:") < out.index("page2.md:1:")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_waits_before_drawing_then_counts_and_erases_itself():
    now = [0.0]
    stream = Terminal()
    progress = Progress(stream, enabled=True, delay=1.5, clock=lambda: now[0])
    progress.start(200)
    progress.advance(1, "a.md")
    assert stream.getvalue() == ""  # a short run never shows a progress line
    now[0] = 2.0
    progress.advance(40, "docs/b.md")
    assert stream.getvalue() == "\r\x1b[Kjargonlint: [ 40/200] docs/b.md"
    now[0] = 2.01
    progress.advance(41, "docs/c.md")  # redraws at most ten times a second
    assert stream.getvalue().count("jargonlint:") == 1
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K") and not progress.drawn


def test_progress_is_never_drawn_when_off():
    stream = Terminal()
    progress = Progress(stream, enabled=False, delay=0)
    progress.start(3)
    progress.advance(1, "a.md")
    assert stream.getvalue() == ""
    assert Progress.for_stream(io.StringIO()).enabled is False  # not a terminal
    assert Progress.for_stream(Terminal(), quiet=True).enabled is False


def test_a_run_on_a_terminal_shows_progress_on_stderr_only(pages, monkeypatch):
    monkeypatch.setattr(terminal, "PROGRESS_DELAY", 0.0)
    monkeypatch.setattr(terminal, "PROGRESS_INTERVAL", 0.0)
    err, out = Terminal(), io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setattr("sys.stdout", out)
    assert main(pages) == 1
    assert "jargonlint: [1/3] page0.md" in err.getvalue()
    assert err.getvalue().endswith("\r\x1b[K")  # erased before the run ends
    assert "\r" not in out.getvalue() and "[1/3]" not in out.getvalue()


def test_a_slow_start_up_shows_the_counter_as_soon_as_the_files_are_counted():
    now = [0.0]
    stream = Terminal()
    progress = Progress(stream, enabled=True, delay=1.5, clock=lambda: now[0])
    now[0] = 3.0  # importing the language model took a while
    progress.start(200)
    assert stream.getvalue() == "\r\x1b[Kjargonlint: [  0/200] "
