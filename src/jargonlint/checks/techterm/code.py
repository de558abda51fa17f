"""Code in customer copy: identifiers, flags, calls, paths and file formats a lay reader meets
as unexplained technical terms.

Inline code (Markdown `` `max_guests` ``) never reaches the other checks as words; this module
judges it from the block's code spans (``Block.code``), and words in plain prose written in a
code shape (``max_guests``). What is judged is the shape, never the meaning: a plain word in
backticks is usually a label or a value (`Save`, `true`) and is left alone; so is code the
sentence tells the reader to type, run, paste, add, use or click ("Type `yes` and press
Enter"): the reader copies it without needing to know what it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.frequency import word_zipf
from ...lang.inflection import lemma_of

_WEB_ADDRESS = re.compile(r"^(?:[a-z][a-z+.-]*://|www\.|mailto:)", re.IGNORECASE)
_NUMBERISH = re.compile(r"^[\d.,:/x%+\-\s]+$|^v?\d+(?:\.\d+)+\w*$", re.IGNORECASE)
_KEYS = re.compile(r"^(?:ctrl|control|cmd|command|alt|option|shift|fn|⌘|⌥|⇧|⌃)\s*[+-]", re.I)
_CALL = re.compile(r"^[A-Za-z_$][\w.$]*\(.*\)$")
_FLAG = re.compile(r"^--?[A-Za-z][\w-]*(?:=\S*)?$")
_SNAKE = re.compile(r"^_*[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*$")
_CAMEL = re.compile(r"^(?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z][a-z])[A-Za-z0-9]*$")
_EXTENSION = re.compile(r"^\*?\.([A-Za-z][A-Za-z0-9]{0,5})$")
_FILE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.([A-Za-z][A-Za-z0-9]{0,5})$")
_PATH = re.compile(r"^(?:~|\.{1,2})?/\S|^[A-Za-z]:\\|\S/\S")
_SYMBOLS = re.compile(r"[=<>{}|;]|::|->|=>|\$\w|\w\$")
_MENU_PATH = re.compile(r"\w\s*(?:>|→|›|»|/)\s+\w|\w\s+(?:>|→|›|»|/)\s*\w")
"""A menu path the reader follows ("Settings > Privacy", "File → Export"): words, not code."""
_FOLDERS = re.compile(r"^[A-Z][\w -]*(?:/[A-Z][\w -]*)+/?$")
"""Folders as the reader sees them ("Downloads/Reports"): capitalised names, no leading slash."""
_CHAT_COMMAND = re.compile(r"^/[a-z]+$")
"""A chat command a lay reader types in a chat app ("/remind"), not a file path."""
_COMMAND = re.compile(r"^[a-z][a-z0-9.-]*(?: +\S+)+$")
_ARGUMENT = re.compile(r"^-|[/_=]|\w\.\w")
COMMAND_MAX_ZIPF = 4.0
"""A program name is a rare word ("npm", "brew", "curl"); "in order to" in backticks is words."""
DOMAIN_ENDINGS = frozenset({"com", "org", "net", "edu", "gov", "io", "co", "info", "biz", "uk"})
"""Endings that make ``name.ending`` a web address the reader visits, not a file."""


def code_shape(text: str) -> str | None:
    """Return what kind of code ``text`` is by its shape ("identifier", "flag", "call",
    "file format", "file", "path", "command", "expression"), or None for a plain word, a number,
    a key combination or a web address, which a lay reader reads as they are."""
    text = text.strip()
    if _read_as_written(text):
        return None
    checks = (
        ("call", _CALL.match(text)),
        ("flag", _FLAG.match(text)),
        ("identifier", _SNAKE.match(text) or _CAMEL.match(text)),
        ("file format", _EXTENSION.match(text)),
        ("path", " " not in text and _PATH.search(text)),
        ("expression", _SYMBOLS.search(text)),
        ("command", _COMMAND.match(text) and _is_command(text.split())),
        ("expression", " " in text and any(_word_is_code(w) for w in text.split())),
    )
    for name, found in checks:
        if found:
            return name
    named_file = _FILE_NAME.match(text)
    if named_file and named_file.group(1).lower() not in DOMAIN_ENDINGS:
        return "file"
    return None


def _read_as_written(text: str) -> bool:
    """Return True for what a lay reader reads as it stands: nothing, a web address, a number
    or version, a key combination, a menu path, a chat command."""
    if not text or _WEB_ADDRESS.match(text) or _NUMBERISH.match(text) or _KEYS.match(text):
        return True
    return bool(_MENU_PATH.search(text) or _CHAT_COMMAND.match(text) or _FOLDERS.match(text))


def _word_is_code(word: str) -> bool:
    """Return True for one word of a longer span that is code by itself (a call, a flag, an
    identifier joined by underscores): "set guest_limit 8" is code, "Add to cart" is words."""
    return bool(_CALL.match(word) or _FLAG.match(word) or _SNAKE.match(word))


def _is_command(words: list[str]) -> bool:
    """Return True when lower-case words read as a command line: a rare program name first,
    or an argument shaped like code (a flag, a path, a setting)."""
    return word_zipf(words[0]) < COMMAND_MAX_ZIPF or any(_ARGUMENT.search(w) for w in words[1:])


def file_ending(text: str) -> str:
    """Return the lower-case ending of a file name or format ("webp" for `.webp`), or ""."""
    found = _EXTENSION.match(text.strip()) or _FILE_NAME.match(text.strip())
    return found.group(1).lower() if found else ""


def prose_code_shape(token) -> str | None:
    """Return the code shape of a word written in plain prose: only identifiers joined by
    underscores count there (``max_guests``), since a camelCase or dotted word in prose is far
    more often a brand (iPhone) or a web address than code."""
    text = token.text
    if token.like_url or token.like_email or not _SNAKE.match(text):
        return None
    if token.i > 0:
        previous = token.doc[token.i - 1]
        if previous.text in ("#", "@") and not previous.whitespace_:
            return None  # a hashtag or a handle (#summer_sale, @corner_cafe) is a name
    return "identifier"


@dataclass(frozen=True)
class CodeCues:
    """What the pack says about code: verbs that make it a literal to act on, everyday formats."""

    literal_verbs: frozenset[str] = frozenset()
    everyday_formats: frozenset[str] = frozenset()

    @classmethod
    def from_options(cls, options: dict) -> CodeCues:
        """Return the cues of a code rule's ``literal-verbs`` and ``everyday-formats``."""
        return cls(
            frozenset(w.lower() for w in options.get("literal-verbs", ())),
            frozenset(w.lower().lstrip(".") for w in options.get("everyday-formats", ())),
        )

    def everyday(self, text: str, shape: str) -> bool:
        """Return True for a file or format every reader of this audience knows (`.pdf`)."""
        return shape in ("file", "file format") and file_ending(text) in self.everyday_formats

    def literal_after(self, words: list[str]) -> bool:
        """Return True when the words before the code (last first, lower case) tell the reader
        to act on it as written: "type", "run the", "paste in", "click"."""
        for word in words:
            if word in ("the", "a", "an", "in", "this", "following", "command", ":", '"', "'"):
                continue
            return word in self.literal_verbs or lemma_of(word) in self.literal_verbs
        return False
