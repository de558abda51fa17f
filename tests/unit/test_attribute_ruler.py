"""The remembered attribute ruler gives every token exactly what spaCy's own ruler gives."""

from __future__ import annotations

import spacy

from jargonlint.attribute_ruler import speed_up
from jargonlint.nlp import resolve_model_name

SENTENCES = [
    "Our new booking page lets you pick a time that suits you.",
    "We ain't gonna charge you twice for the same repair.",
    "She'd've called if the parts had arrived, wouldn't she?",
    "Y'all can   collect the keys\tafter five.",
    "Whom should I ask about the invoice?",
    "It's the best-rated shop in town—ask anyone!",
    "1.5 hours, £40, 3rd floor: that's it.",
]


def _annotations(nlp, texts):
    return [
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
        for doc in nlp.pipe(texts)
    ]


def test_same_annotations_as_spacys_ruler():
    model = resolve_model_name(None)
    plain = spacy.load(model, exclude=["ner"])
    fast = spacy.load(model, exclude=["ner"])
    assert speed_up(fast)
    # Twice: the second pass answers from what the first remembered.
    expected = _annotations(plain, SENTENCES)
    assert _annotations(fast, SENTENCES) == expected
    assert _annotations(fast, SENTENCES) == expected
    assert fast.get_pipe("attribute_ruler").match.remembered


def test_a_ruler_with_other_patterns_keeps_its_own_matching():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "Xxxx"}]], {"POS": "PROPN"})  # SHAPE: not one of the four read here
    assert not speed_up(nlp)
    assert nlp("Acme sells tyres")[0].pos_ == "PROPN"


def test_one_token_and_longer_patterns_both_apply_in_order():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}]], {"LEMMA": "first"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})  # later: it wins
    ruler.add([[{"LOWER": {"REGEX": "^na$"}}]], {"LEMMA": "to"})
    expected = [t.lemma_ for t in nlp("I'm gon na go, wan na come?")]
    assert speed_up(nlp)
    assert [t.lemma_ for t in nlp("I'm gon na go, wan na come?")] == expected
    assert expected[2:4] == ["go", "to"]
