"""Parser repairs, tested on parses written out by hand (the model's known misreadings).

Each parse below is what en_core_web_sm 3.8.0 gave for the sentence (see repairs.MODEL); the
tests hold whatever model is installed.
"""

from __future__ import annotations

from functools import lru_cache

from jargonlint.checks.hero import repairs
from jargonlint.checks.hero.clauses import clauses
from jargonlint.checks.hero.lexicon import Lexicon
from jargonlint.config import Config

from .saved_parses import parse
from .test_hero_support import pack_catalog


@lru_cache(maxsize=2)
def lexicon(*products: str) -> Lexicon:
    config = Config().with_overrides(product_names=products or None)
    return Lexicon.from_lexicons(pack_catalog().lexicons, config)


def test_the_repairs_name_the_model_they_were_written_for() -> None:
    assert repairs.MODEL == "en_core_web_sm 3.8.0"
    for repair in (
        repairs.named_subject,
        repairs.opening_name_subject,
        repairs.compound_subject,
        repairs.plural_noun_verb,
        repairs.missed_capability_verb,
    ):
        assert "en_core_web_sm 3.8.0" in (repair.__doc__ or "")


def test_a_configured_name_read_as_an_adverb_is_the_subject() -> None:
    doc = parse("Ledgerly|RB|advmod|1 automates|VBZ|ROOT|1|automate payroll|NN|dobj|1 .|.|punct|1")
    assert repairs.named_subject(doc[1], lexicon("Ledgerly")) == doc[0]
    assert repairs.named_subject(doc[1], lexicon()) is None
    (clause,) = clauses(doc, lexicon("Ledgerly"))
    assert clause.subject == doc[0] and clause.hero == "technology"


def test_an_unknown_brand_opening_the_sentence_is_the_subject() -> None:
    doc = parse("Quillo|RB|advmod|1 syncs|VBZ|ROOT|1|sync orders|NNS|dobj|1 .|.|punct|1")
    assert repairs.opening_name_subject(doc[1]) == doc[0]
    common = parse("Today|NN|npadvmod|1 syncs|VBZ|ROOT|1|sync orders|NNS|dobj|1 .|.|punct|1")
    assert repairs.opening_name_subject(common[1]) is None


def test_a_subject_read_as_a_compound_of_the_verb_is_the_subject() -> None:
    doc = parse(
        "Our|PRP$|poss|1 platform|NN|compound|2 leverages|VBZ|ROOT|2|leverage "
        "data|NNS|dobj|2 .|.|punct|2"
    )
    assert repairs.compound_subject(doc[2]) == doc[1]
    (clause,) = clauses(doc, lexicon())
    assert clause.subject == doc[1] and clause.hero == "technology"


def test_a_verb_tagged_as_a_plural_noun_is_a_verb() -> None:
    doc = parse(
        "The|DT|det|1 platform|NN|compound|2 leverages|NNS|ROOT|2 machine|NN|compound|4 "
        "learning|NN|dobj|2 .|.|punct|2"
    )
    assert repairs.plural_noun_verb(doc[2])
    plain = parse("Fresh|JJ|amod|1 loaves|NNS|ROOT|1 .|.|punct|1")
    assert not repairs.plural_noun_verb(plain[1])


def test_a_capability_verb_inside_a_noun_phrase_gets_its_clause() -> None:
    doc = parse(
        "Tidyup|NN|nsubj|3 leverages|VBZ|compound|3|leverage machine|NN|compound|3 "
        "learning|NN|ROOT|3 to|TO|aux|5 sort|VB|advcl|3 receipts|NNS|dobj|5 .|.|punct|3"
    )
    verb, subject = repairs.missed_capability_verb(doc, lexicon(), set())
    assert verb == doc[1] and subject == doc[0]
    found = [c for c in clauses(doc, lexicon("Tidyup")) if c.repaired]
    assert found and found[0].hero == "technology" and found[0].purpose == doc[5]


def test_a_possessive_is_not_the_subject_of_a_missed_verb() -> None:
    doc = parse(
        "Our|PRP$|poss|2 plugin|JJ|amod|2 leverages|NNS|ROOT|2 caching|VBG|acl|2 .|.|punct|2"
    )
    verb, subject = repairs.missed_capability_verb(doc, lexicon(), set())
    assert verb == doc[2] and subject == doc[1]


def test_a_base_form_is_not_a_missed_third_person_verb() -> None:
    doc = parse("Process|NN|ROOT|0 refunds|NNS|dobj|0 .|.|punct|0")
    assert repairs.missed_capability_verb(doc, lexicon(), set()) is None


def test_a_second_object_read_as_a_clause_is_what_a_giving_verb_gives() -> None:
    doc = parse(
        "The|DT|det|1 platform|NN|nsubj|2 offers|VBZ|ROOT|2|offer teams|NNS|nsubj|4 "
        "control|VB|ccomp|2 over|IN|prep|4 data|NNS|pobj|5 .|.|punct|2"
    )
    assert repairs.misread_second_object(doc[2], lexicon()) == doc[4]
    clause = clauses(doc, lexicon())[0]
    from jargonlint.checks.hero.subjects import Reading
    from jargonlint.checks.hero.tech import does_work

    assert does_work(clause, Reading(lexicon()))
    wants = parse("They|PRP|nsubj|1 offer|VBP|ROOT|1|offer to|TO|aux|3 help|VB|ccomp|1 .|.|punct|1")
    assert repairs.misread_second_object(wants[1], lexicon()) is None
