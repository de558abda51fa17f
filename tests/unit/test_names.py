"""The document's own names: found in the text, classified by use, computed once."""

from __future__ import annotations

from jargonlint.checks import names as names_module
from jargonlint.checks.base import AnalyzedDocument
from jargonlint.checks.names import COMPANY, PRODUCT, UNKNOWN, NameCues, document_names
from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.lexicons import Lexicons

CUES = NameCues(
    product_nouns=frozenset({"app", "platform", "plugin", "tool"}),
    company_nouns=frozenset({"company", "firm", "team"}),
    product_verbs=frozenset({"automate", "sync"}),
    company_verbs=frozenset({"found", "hire"}),
    use_verbs=frozenset({"download", "install"}),
)


def analyzed(markdown: str) -> AnalyzedDocument:
    document = read_document("page.md", data=markdown.encode("utf-8"), fmt="markdown")
    return Linter([], Config(), Lexicons())._analyze(document)


def names_of(markdown: str, config: Config | None = None):
    return document_names(analyzed(markdown), config, CUES)


def test_a_made_up_name_in_the_title_and_the_text_is_the_product() -> None:
    names = names_of(
        "# Quillo: invoices, sorted\n\nQuillo is an invoicing app for florists. "
        "Every night Quillo sends you the day's totals.\n"
    )
    assert names.kind_of("Quillo") == PRODUCT
    assert names.main_product is not None and names.main_product.text == "Quillo"
    assert {"title", "repeated"} <= names.main_product.evidence


def test_an_ordinary_word_capitalised_mid_sentence_is_a_name_and_matches_by_case() -> None:
    names = names_of(
        "Shops use Harbor every day. With Harbor you see stock at a glance. "
        "Install Harbor on the till.\n\nShips need a harbor.\n"
    )
    assert names.kind_of("Harbor") == PRODUCT
    assert names.kind_of("harbor") is None


def test_title_case_heading_words_and_weekdays_are_not_names() -> None:
    names = names_of(
        "# Manage Your Stock With Ease\n\nWe deliver on Monday. Orders placed on Monday "
        "ship the same day.\n"
    )
    assert names.kind_of("Manage") is None
    assert names.kind_of("Stock") is None
    assert names.kind_of("Monday") is None


def test_a_trademark_sign_marks_a_name() -> None:
    names = names_of("Try Brightline™ today.\n")
    assert names.kind_of("Brightline") == PRODUCT
    assert "mark" in names.find(["Brightline"]).evidence


def test_legal_forms_teams_founding_and_we_sentences_mark_a_company() -> None:
    names = names_of(
        "At Ferrow, we repair bikes. Ferrow Ltd was founded in 1990. "
        "The Ferrow team hired two mechanics.\n"
    )
    assert names.kind_of("Ferrow") == COMPANY
    assert names.main_company is not None and names.main_company.text == "Ferrow"
    assert "we" in names.find(["Ferrow"]).evidence


def test_a_name_with_no_cue_either_way_is_unknown() -> None:
    names = names_of("Readers love Zentrova. Critics praised Zentrova.\n")
    assert names.kind_of("Zentrova") == UNKNOWN


def test_a_bracketed_initialism_after_a_name_is_its_short_form() -> None:
    names = names_of(
        "Use Harbour Cloud Suite (HCS) on any till. Shops install Harbour Cloud Suite in "
        "minutes. HCS runs on tablets too.\n"
    )
    assert names.kind_of("HCS") == names.kind_of("Harbour Cloud Suite") == PRODUCT


def test_an_initialism_alone_is_left_to_the_acronym_rule() -> None:
    names = names_of("Our CRM helps. The CRM stores leads. A CRM is a database.\n")
    assert names.kind_of("CRM") is None


def test_it_stands_for_the_main_product_and_they_for_the_company() -> None:
    names = names_of(
        "# Quillo\n\nQuillo is an invoicing app. Quillo sends reminders. "
        "Ferrow Ltd makes Quillo. The Ferrow team answers email.\n"
    )
    assert names.pronoun_kind("it") == PRODUCT
    assert names.pronoun_kind("they") == COMPANY
    assert names_of("Plain text with no names at all.\n").pronoun_kind("it") is None


def test_config_names_count_whatever_the_case_and_win_over_discovery() -> None:
    config = Config().with_overrides(company_names=("Quillo",))
    names = names_of("Quillo is an invoicing app. Quillo sends reminders.\n", config)
    assert names.kind_of("quillo") == COMPANY
    assert "config" in names.find(["QUILLO"]).evidence


def test_names_are_computed_once_per_document_and_cue_set() -> None:
    document = analyzed("Quillo is an app. Quillo syncs.\n")
    first = document_names(document, None, CUES)
    assert document_names(document, None, CUES) is first
    assert document_names(document, None, NameCues()) is not first
    assert first.first_words == frozenset({"quillo"})


def test_the_document_is_read_once_for_every_cue_set(monkeypatch) -> None:
    calls: list[int] = []
    real_scan = names_module.scan

    def counting_scan(document):
        calls.append(1)
        return real_scan(document)

    monkeypatch.setattr(names_module, "scan", counting_scan)
    text = (
        "Quillo is an app. Quillo syncs. Install Quillo (QO) today. Shops trust Ferrow Ltd. "
        "It comes from Ferrow Ltd.\n"
    )
    document = analyzed(text)
    with_cues = document_names(document, None, CUES)
    without = document_names(document, None, NameCues())
    assert len(calls) == 1
    # Each cue set still reads the shared mentions its own way ...
    assert with_cues.kind_of("Quillo") == PRODUCT
    assert without.kind_of("Quillo") == UNKNOWN
    assert without.kind_of("Ferrow") == COMPANY  # a legal form needs no cue words
    assert with_cues.kind_of("QO") == PRODUCT  # a bracketed short form takes its name's kind
    # ... and gets what a document read afresh for it alone would give.
    assert document_names(analyzed(text), None, NameCues()) == without
    assert document_names(analyzed(text), None, CUES) == with_cues
    assert len(calls) == 3


def test_an_ordinary_title_word_opening_sentences_is_a_name_only_with_a_product_cue() -> None:
    used = names_of(
        "# Ledger Lane\n\nLedger Lane is a bookkeeping app for florists.\n\n"
        "Ledger Lane automates your month-end.\n"
    )
    assert used.kind_of("Ledger Lane") == PRODUCT
    plain = names_of("# Pricing\n\nPricing changes every spring.\n\nPricing is shown with tax.\n")
    assert plain.kind_of("Pricing") is None


def test_a_run_that_only_opens_sentences_is_a_product_when_used_as_one_twice() -> None:
    used = names_of(
        "Harbour Notes is a note app for ward nurses.\n\nHarbour Notes automates every handover.\n"
    )
    assert used.kind_of("Harbour Notes") == PRODUCT
    plain = names_of("Teams plan rounds on Monday.\n\nTeams share notes on Friday.\n")
    assert plain.kind_of("Teams") is None
    once = names_of("Harbour Notes syncs every handover.\n\nHarbour Notes opens at six.\n")
    assert once.kind_of("Harbour Notes") is None
