"""Bounded work: long blocks cut at sentence ends, long runs cut, results streamed per file."""

from __future__ import annotations

from jargonlint import bounded
from jargonlint import engine as engine_module
from jargonlint.bounded import bounded_blocks, bounded_document
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter

from ..conftest import shipped_catalog

PARAGRAPH = " ".join(
    f"Shop {i} will utilize the van in order to leverage the &amp; tidy rota." for i in range(60)
)


def _linter(**overrides) -> Linter:
    config = Config().with_overrides(**overrides)
    return Linter.from_catalog(shipped_catalog(), config)


def _findings(linter: Linter, text: str, fmt: str = "markdown"):
    document = read_document("page.md", data=text.encode(), fmt=fmt)
    (result,) = linter.lint([document])
    return [(f.code, f.offset, f.end_offset, f.match) for f in result.findings]


def test_pieces_cover_the_block_exactly_and_end_at_sentence_ends():
    document = read_document("page.md", data=(PARAGRAPH + "\n").encode())
    (block,) = document.blocks
    pieces = bounded_blocks(block, limit=500)
    assert len(pieces) > 5
    assert "".join(p.text for p in pieces) == block.text
    assert all(len(p.text) <= 500 for p in pieces)
    assert all(p.text.rstrip().endswith(".") for p in pieces[:-1])
    at = 0
    for piece in pieces:  # every prose character maps to the same file offset as before
        for i in range(len(piece.text)):
            assert piece.source_map.source_offset(i) == block.source_map.source_offset(at + i)
        at += len(piece.text)


def test_a_block_without_sentence_ends_is_cut_at_spaces():
    words = "alpha beta gamma delta " * 200
    document = read_document("page.txt", data=words.encode(), fmt="text")
    pieces = bounded_blocks(document.blocks[0], limit=300)
    assert "".join(p.text for p in pieces) == document.blocks[0].text
    assert all(p.text.endswith(" ") for p in pieces[:-1])


def test_findings_are_the_same_whether_or_not_the_block_is_cut(monkeypatch):
    linter = _linter()
    whole = _findings(linter, PARAGRAPH + "\n")
    monkeypatch.setattr(bounded, "PIECE_CHARS", 400)
    cut = _findings(linter, PARAGRAPH + "\n")
    assert whole and cut == whole
    assert {code for code, *_ in whole} >= {"JL201"}


def test_small_documents_are_not_copied():
    document = read_document("page.md", data=b"Short copy.\n")
    assert bounded_document(document) is document


def test_a_block_over_spacy_limit_is_linted(tmp_path):
    """spaCy refuses texts over 1,000,000 characters (E088); the engine never hands it one."""
    sentence = "We open at nine and close at five. "
    text = sentence * (1_050_000 // len(sentence)) + "Please utilize the side door.\n"
    assert len(text) > 1_000_000
    findings = _findings(_linter(select=["JL101"]), text, fmt="text")
    assert [match for *_, match in findings] == ["utilize"]
    assert findings[0][1] == text.index("utilize")


def test_a_run_without_any_sentence_end_is_cut_into_bounded_sentences():
    text = "the van and the rota and the shop " * 300 + "will utilize it\n"
    linter = _linter(select=["JL101"])
    document = read_document("page.txt", data=text.encode(), fmt="text")
    analyzed = linter._analyze(document)
    assert len(analyzed.sentences) > 1
    assert all(len(s.light) <= engine_module.SENTENCE_TOKENS for s in analyzed.sentences)
    assert [f.match for f in linter.lint([document])[0].findings] == ["utilize"]


def test_results_stream_before_every_document_is_read():
    linter = _linter(select=["JL101"])
    read = []

    def documents():
        for index in range(3):
            read.append(index)
            text = "Please utilize the door. " * (engine_module.GROUP_SENTENCES + 1)
            yield read_document(f"p{index}.txt", data=text.encode(), fmt="text")

    stream = linter.lint_iter(documents())
    first = next(stream)
    assert first.path == "p0.txt" and first.findings
    assert read == [0]  # the first file was reported before the second was read
    assert [r.path for r in stream] == ["p1.txt", "p2.txt"]
