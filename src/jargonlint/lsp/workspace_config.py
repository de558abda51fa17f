"""The configuration for each document: the CLI's discovery, from the document's own folder.

A document gets the config file nearest to it (walking up, as the command line does from its
working folder), so each workspace folder, and each project inside a monorepo, uses its own.
Loaded configs are cached per config file and forgotten when a config file changes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..config import Config, find_config_file, load_config

CONFIG_FILE_NAMES = (".jargonlint.yaml", ".jargonlint.yml", "pyproject.toml")
"""Files whose change means the configuration may have changed."""


class WorkspaceConfigs:
    """Finds and caches the Config that applies to each document."""

    def __init__(self, fallback_folder: Path | None = None):
        self.fallback_folder = fallback_folder or Path.cwd()
        self.folders: list[Path] = []
        self._cache: dict[Path | None, Config] = {}
        self._lock = threading.Lock()

    def set_folders(self, folders: list[Path]) -> None:
        """Remember the workspace folders (for documents that have no folder of their own)."""
        self.folders = [folder.absolute() for folder in folders]
        self.forget()

    def folder_for(self, path: Path | None) -> Path:
        """Return the folder discovery starts from for a document (its own, when it has one)."""
        if path is not None:
            return path.absolute().parent
        return self.folders[0] if self.folders else self.fallback_folder

    def config_for(self, path: Path | None) -> Config:
        """Return the Config for a document; raises ConfigError for a broken config file."""
        start = self.folder_for(path)
        found = find_config_file(start)
        with self._lock:
            if found in self._cache:
                return self._cache[found]
        # A document with no config file above it takes the defaults, rooted at its folder.
        config = load_config(found, cwd=start) if found else Config(root=self._root(start))
        with self._lock:
            self._cache[found] = config
        return config

    def _root(self, start: Path) -> Path:
        for folder in self.folders:
            if start == folder or folder in start.parents:
                return folder
        return start

    def forget(self) -> None:
        """Forget every loaded config (a config file changed)."""
        with self._lock:
            self._cache.clear()


def is_config_file(path: Path) -> bool:
    """Return True when a changed file may change the configuration."""
    return path.name in CONFIG_FILE_NAMES
