"""Every function in src/ stays readable: cyclomatic complexity 15 at most (measured by radon)."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

MAX_COMPLEXITY = 15
SRC = Path(__file__).resolve().parents[2] / "src" / "jargonlint"


def _blocks():
    for path in sorted(SRC.rglob("*.py")):
        for block in cc_visit(path.read_text("utf-8")):
            yield path.relative_to(SRC), block
            for method in getattr(block, "methods", ()):
                yield path.relative_to(SRC), method


def test_no_function_is_more_complex_than_the_limit():
    too_complex = [
        f"{path}:{block.lineno} {block.name} ({block.complexity})"
        for path, block in _blocks()
        if block.complexity > MAX_COMPLEXITY
    ]
    assert not too_complex, "split these into named steps:\n" + "\n".join(too_complex)


def test_the_measure_sees_a_complex_function():
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(20))
    (block,) = cc_visit(f"def f(x):\n{branches}\n    return -1\n")
    assert block.complexity > MAX_COMPLEXITY
