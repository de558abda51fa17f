"""The JSON reporter: the versioned machine-readable contract (version 1)."""

from __future__ import annotations

import json
from typing import TextIO

from ..results import RunResult
from .base import Reporter

JSON_VERSION = 1


def run_as_dict(result: RunResult) -> dict:
    """Return the JSON contract object for a run."""
    return {
        "version": JSON_VERSION,
        "files": [
            {
                "path": file.path,
                "findings": [finding.to_dict() for finding in file.findings],
                "error": file.error,
                "measures": file.measures,
            }
            for file in result.files
        ],
        "summary": result.summary(),
    }


class JsonReporter(Reporter):
    """Writes one JSON object with every file's findings and a summary."""

    name = "json"
    description = "one JSON object {version, files, summary}, a versioned contract (README)"

    def write(self, result: RunResult, out: TextIO) -> None:
        """Write the run as indented JSON."""
        json.dump(run_as_dict(result), out, indent=2, ensure_ascii=False)
        out.write("\n")
