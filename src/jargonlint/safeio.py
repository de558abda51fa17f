"""Reading inputs without hanging: only regular files, never more than a set number of bytes.

A FIFO, a device such as ``/dev/zero`` or a socket can block a read forever or never end; a
file named as copy, config, pack, baseline or cache is refused by name instead. Standard input
is read in chunks and reading stops at the limit, so an endless pipe cannot exhaust memory.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

_CHUNK = 1 << 16


class NotRegularFileError(OSError):
    """The path names a FIFO, a device or a socket instead of a regular file."""


class TooLargeError(OSError):
    """The input holds more bytes than the limit allows."""

    def __init__(self, size: int | None, limit: int):
        self.size = size
        self.limit = limit
        amount = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
        super().__init__(errno.EFBIG, f"too large: {amount}; the limit is {limit:,} bytes")


def kind_of(mode: int) -> str:
    """Return what a file mode describes, as a user would name it ("a FIFO (named pipe)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def is_regular(path: str | os.PathLike[str]) -> bool:
    """Return True when ``path`` (after symlinks) is a regular file; never blocks or raises."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """Return the bytes of the regular file at ``path``, at most ``limit`` of them.

    The file is opened without blocking (a FIFO with no writer cannot hang the open) and
    checked before one byte is read. Raises IsADirectoryError for a folder, NotRegularFileError
    for anything else that is not a regular file, TooLargeError past ``limit``, and the usual
    OSError (a NUL in the path becomes an OSError too).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except ValueError as error:  # "embedded null byte"
        raise OSError(errno.EINVAL, f"invalid path: {error}") from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, f"{kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise TooLargeError(info.st_size, limit)
        with os.fdopen(handle, "rb", closefd=True) as stream:
            handle = -1
            return read_stream(stream, limit)
    finally:
        if handle >= 0:
            os.close(handle)


def read_stream(stream: BinaryIO, limit: int) -> bytes:
    """Return what ``stream`` holds, reading in chunks; raise TooLargeError past ``limit``.

    Reading stops one chunk after the limit, so an endless stream costs bounded memory.
    """
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise TooLargeError(None, limit)
