"""The configuration that applies to each file: the config file closest to it, as in ruff.

In a monorepo, `jargonlint site/` run from the root uses `site/.jargonlint.yaml` for the
files under `site/`. A file with no config file above it uses the one found from the current
folder (or the defaults); `--config FILE` applies one file to everything. Command-line
options override whichever config applies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .config import Config, find_config_file, load_config


class ConfigTree:
    """Finds and loads, once per folder and once per file, the config for any path."""

    def __init__(
        self,
        explicit: str | Path | None = None,
        overrides: dict[str, Any] | None = None,
        cwd: Path | None = None,
    ):
        self.cwd = Path(cwd if cwd is not None else Path.cwd()).absolute()
        self.explicit = explicit
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self._loaded: dict[Path, Config] = {}
        self._nearest: dict[Path, Path | None] = {}
        self.default = load_config(explicit, cwd=self.cwd).with_overrides(**self.overrides)
        """The config of the current folder (or --config): for stdin and files with none."""

    @classmethod
    def fixed(cls, config: Config) -> ConfigTree:
        """Return a tree that gives ``config`` for every path (one config for the whole run)."""
        tree = cls.__new__(cls)
        tree.cwd = Path.cwd().absolute()
        tree.explicit = config.source
        tree.overrides = {}
        tree._loaded = {}
        tree._nearest = {}
        tree.default = config
        return tree

    def for_path(self, path: str | Path) -> Config:
        """Return the config that applies to the file or folder at ``path``."""
        if self.explicit is not None:
            return self.default
        absolute = (self.cwd / Path(path)).absolute()
        folder = absolute if absolute.is_dir() else absolute.parent
        found = self._nearest_file(folder)
        if found is None:
            return self.default
        if self.default.source and Path(self.default.source) == found:
            return self.default
        if found not in self._loaded:
            self._loaded[found] = load_config(found, cwd=self.cwd).with_overrides(**self.overrides)
        return self._loaded[found]

    def _nearest_file(self, folder: Path) -> Path | None:
        if folder not in self._nearest:
            self._nearest[folder] = find_config_file(folder)
        return self._nearest[folder]

    def configs(self) -> list[Config]:
        """Return every config loaded so far, the current folder's first."""
        return [self.default, *(c for c in self._loaded.values() if c is not self.default)]
