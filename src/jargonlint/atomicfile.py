"""Writing files so that nothing the user owns is ever half-written, clobbered or cut loose.

``write_atomically`` writes jargonlint's own outputs (baseline, cache). ``replace_checked``
rewrites a user's file for ``--fix`` the way git and black would: only if it is still exactly
what was read (compare-and-swap), through a symlink to its target, keeping hard links,
permissions and ownership, and never leaving a temporary file behind on any exit Python sees.
Temporary files are named ``NAME.jargonlint-tmp-XXXXXX`` beside the file, so that one left by
a hard kill is easy to recognise.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

TEMP_MARK = ".jargonlint-tmp-"


class FileChangedError(OSError):
    """The file changed between reading it and replacing it; it was left as it is."""


def _written_temp_beside(target: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file beside ``target``, flushed to disk; return its path.

    On any failure the temporary file is removed and the error raised.
    """
    handle, temp = tempfile.mkstemp(prefix=f"{target.name}{TEMP_MARK}", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return temp


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path``'s content with ``data``: readers see the old file or the new, never half.

    A temporary file beside the target is written, flushed to disk and renamed over it; an
    existing file keeps its permissions, a new one gets the usual ones (umask applied). Raises
    OSError, leaving the target untouched and no temporary file behind.
    """
    target = Path(os.path.abspath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _written_temp_beside(target, data)
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def same_file_state(before: os.stat_result, now: os.stat_result) -> bool:
    """Return True when two stats describe the same, unmodified file (inode, size, mtime)."""
    return (before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns) == (
        now.st_dev,
        now.st_ino,
        now.st_size,
        now.st_mtime_ns,
    )


def read_with_state(path: Path) -> tuple[bytes, os.stat_result]:
    """Return a regular file's bytes and its stat taken around the read (for replace_checked).

    Raises OSError when the file changes while it is read.
    """
    from .safeio import read_regular

    before = os.stat(path)
    data = read_regular(path, max(before.st_size, 0) + 1)
    if not same_file_state(before, os.stat(path)) or len(data) != before.st_size:
        raise FileChangedError(errno.EAGAIN, "it changed while it was read")
    return data, before


def replace_checked(path: Path, data: bytes, expected: bytes, before: os.stat_result) -> None:
    """Write ``data`` over ``path`` if it still holds ``expected`` (as stat'ed in ``before``).

    ``path`` is resolved first, so a symlink is fixed through to its target and stays a link.
    A file with several hard links, or whose owner or group a new file could not keep, is
    rewritten in place (a backup copy beside it until the write is safely done); any other is
    replaced atomically by a temporary file renamed over it, with its mode and ownership.
    Raises FileChangedError (the file is left alone) or another OSError.
    """
    target = Path(os.path.realpath(path))
    if before.st_nlink > 1:
        _rewrite_in_place(target, data, expected, before)
        return
    temp = _written_temp_beside(target, data)
    try:
        os.chmod(temp, stat.S_IMODE(before.st_mode))
        if not _keep_owner(temp, before):
            Path(temp).unlink()
            _rewrite_in_place(target, data, expected, before)
            return
        _check_unchanged(target, expected, before)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _keep_owner(temp: str, before: os.stat_result) -> bool:
    """Give ``temp`` the original owner and group; return False when that is not allowed."""
    now = os.stat(temp)
    if (now.st_uid, now.st_gid) == (before.st_uid, before.st_gid):
        return True
    if not hasattr(os, "chown"):
        return False
    try:
        os.chown(temp, before.st_uid, before.st_gid)
    except PermissionError:
        return False
    return True


def _check_unchanged(target: Path, expected: bytes, before: os.stat_result) -> None:
    """Raise FileChangedError unless ``target`` is still the file and content that was read."""
    try:
        now = os.stat(target)
        with open(target, "rb") as handle:
            current = handle.read(len(expected) + 1)
    except FileNotFoundError:
        raise FileChangedError(errno.EAGAIN, "it was removed since it was read") from None
    if not same_file_state(before, now) or current != expected:
        raise FileChangedError(errno.EAGAIN, "it changed since it was read")


def _rewrite_in_place(target: Path, data: bytes, expected: bytes, before: os.stat_result) -> None:
    """Overwrite ``target``'s bytes in place (same inode), with a backup until it is done.

    If the write is interrupted the original bytes are put back; the backup stays only when
    even that fails, so the user still has a copy.
    """
    backup = _written_temp_beside(target, expected)
    in_flight = False
    try:
        _check_unchanged(target, expected, before)
        in_flight = True
        try:
            _overwrite(target, data)
        except BaseException:
            _overwrite(target, expected)
            in_flight = False
            raise
        in_flight = False
    finally:
        if not in_flight:
            Path(backup).unlink(missing_ok=True)


def _overwrite(target: Path, data: bytes) -> None:
    with open(target, "r+b") as out:
        out.write(data)
        out.truncate()
        out.flush()
        os.fsync(out.fileno())
