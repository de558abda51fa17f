"""--format html in a real browser: headless Chromium renders the report, the DOM is checked.

Checks: every finding's highlight wraps exactly its span; script in the copy never runs (while
the report's own script does); the page fits a phone's width; a screenshot is taken (copied to
$JARGONLINT_REPORT_SCREENSHOT when that is set, for the release notes).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from jargonlint.cli import main
from jargonlint.reporters.html_highlight import display_text

PAGES = {
    # Nested and crossing findings, an astral character, front matter.
    "landing.md": (
        "---\ntitle: Bookings for busy repair shops\n---\n\n# Fix more cars 🚗\n\n"
        "Our AI-powered platform leverages machine learning to optimize your workflows.\n"
        "We are the industry-leading provider of cloud-based scheduling solutions.\n\n"
        "<img src=x onerror=\"document.documentElement.dataset.pwned='img'\">\n\n"
        "In order to book a repair, customers utilize the booking page.\n"
    ),
    # CRLF line endings and a script element in the copy.
    "about.html": (
        "<html><body>\r\n<p>We leverage synergy to empower teams.</p>\r\n"
        "<script>document.documentElement.dataset.pwned = 'script'</script>\r\n"
        "<p>Please utilize the form &amp; the phone.</p>\r\n</body></html>\r\n"
    ),
    # Markup-like text inside the prose of a plain-text file, next to findings.
    "notes.txt": (
        "Please utilize </pre><script>document.title='pwned'</script> the side door.\n"
        "We endeavour to reply in order to help.\n"
    ),
}


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if shutil.which("apt-get") is None:
        pytest.skip("no Chromium, and no apt-get on this machine to install it (.ci/run does)")
    pytest.fail("Chromium is not installed: run `apt-get install -y chromium` (.ci/run does)")


def chromium(tmp_path: Path, *args: str, width: int = 1280, height: int = 1600) -> str:
    """Run headless Chromium on the report with a throwaway profile; return its stdout."""
    home = tmp_path / "browser-home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_CACHE_HOME=str(home))
    command = [
        find_chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        f"--user-data-dir={home / 'profile'}",
        f"--window-size={width},{height}",
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


class Marks(HTMLParser):
    """Collects the text inside every `mark[data-f]`, nested marks included, and the scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str | None] = []
        self.text: dict[str, str] = {}
        self.scripts = 0
        self.root: dict[str, str | None] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.root = attributes
        if tag == "script":
            self.scripts += 1
        if tag == "mark":
            ident = attributes.get("data-f")
            self.open.append(ident)
            if ident is not None:
                self.text.setdefault(ident, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for ident in self.open:
            if ident is not None:
                self.text[ident] += data


@pytest.fixture
def report(tmp_path: Path, monkeypatch, capsys) -> tuple[Path, dict]:
    site = tmp_path / "site"
    site.mkdir()
    for name, text in PAGES.items():
        (site / name).write_bytes(text.encode("utf-8"))
    monkeypatch.chdir(site)
    names = sorted(PAGES)
    main(["--format", "json", *names])
    expected = json.loads(capsys.readouterr().out)
    main(["--format", "html", *names])
    page = tmp_path / "report.html"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    return page, expected


@pytest.mark.slow
def test_each_highlight_wraps_exactly_its_match_and_copy_script_never_runs(
    tmp_path: Path, report
) -> None:
    page, expected = report
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    marks = Marks()
    marks.feed(dom)
    assert marks.root.get("data-ready") == "1", "the report's own script should have run"
    assert "data-pwned" not in marks.root, "script from the copy ran"
    assert "<title>jargonlint report</title>" in dom
    assert marks.scripts == 1  # ours; the copy's script tags are text
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom

    checked = 0
    for file_index, file in enumerate(expected["files"]):
        source = (page.parent / "site" / file["path"]).read_bytes().decode("utf-8")
        for index, finding in enumerate(file["findings"]):
            ident = f"{file_index}-{index}"
            span = source[finding["offset"] : finding["end_offset"]]
            assert marks.text.get(ident) == display_text(span), (ident, finding["code"])
            if span == finding["match"]:
                assert marks.text[ident] == display_text(finding["match"])
            checked += 1
    assert checked >= 15
    assert set(marks.text) == {
        f"{i}-{j}" for i, f in enumerate(expected["files"]) for j in range(len(f["findings"]))
    }


@pytest.mark.slow
def test_report_fits_a_phone_and_a_screenshot_is_taken(tmp_path: Path, report) -> None:
    page, _ = report
    dom = chromium(tmp_path, "--dump-dom", page.as_uri(), width=390, height=844)
    marks = Marks()
    marks.feed(dom)
    assert marks.root.get("data-overflow") == "false", "the page scrolls sideways on a phone"

    shot = tmp_path / "report.png"
    # The link opens the first tech-hero finding's details in the side panel.
    chromium(tmp_path, f"--screenshot={shot}", page.as_uri() + "#finding-1-2", height=1400)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    keep = os.environ.get("JARGONLINT_REPORT_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)
