"""The acronym check (JL301): what it finds, what counts as a definition, what it leaves alone."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from jargonlint.config import Config
from jargonlint.document.reader import read_document
from jargonlint.engine import Linter
from jargonlint.packs.catalog import load_catalog

PACK = Path(__file__).resolve().parents[2] / "rules" / "acronyms.yaml"
SUFFIX = {"markdown": ".md", "html": ".html", "text": ".txt"}


@lru_cache(maxsize=1)
def acronym_catalog():
    """Return the acronym pack alone (other packs cannot break these tests)."""
    return load_catalog([PACK], shipped=False)


def acronym_rules():
    """Return the rules of the acronym pack."""
    return acronym_catalog().rules


@lru_cache(maxsize=32)
def _linter(config: Config) -> Linter:
    return Linter(list(acronym_rules()), config, acronym_catalog().lexicons)


def run(text: str, fmt: str = "text", **overrides):
    """Return (findings, measures, linter) for text linted with the acronym pack only."""
    config = Config().with_overrides(**overrides) if overrides else Config()
    document = read_document(f"copy{SUFFIX[fmt]}", data=text.encode("utf-8"), fmt=fmt)
    linter = _linter(config)
    result = linter.lint([document])[0]
    return result.findings, result.measures, linter


def matches(text: str, fmt: str = "text", **overrides) -> list[str]:
    """Return the matched text of every JL301 finding."""
    return [f.match for f in run(text, fmt, **overrides)[0] if f.code == "JL301"]


# -- case patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Every plan comes with a clear SLA.", ["SLA"]),
        ("Keep your customers in one CRM.", ["CRM"]),
        ("Set a KPI for each shop.", ["KPI"]),
        ("Plug in any IoT gadget.", ["IoT"]),
        ("Run it as SaaS or on PaaS.", ["SaaS", "PaaS"]),
        ("We sell B2B and through our eCRM.", ["B2B", "eCRM"]),
        ("Ask AI, ML or UX folks.", ["AI", "ML", "UX"]),
        ("Watch your KPIs every week.", ["KPIs"]),
        ("Read the SLA's small print.", ["SLA"]),
        ("Connect three APIs at once.", ["APIs"]),
        ("Switch on 2FA today.", ["2FA"]),
        ("We passed our SOC 2 audit.", ["SOC 2"]),
        ("We passed our SOC2 audit.", ["SOC2"]),
        ("Try the AI-powered planner.", ["AI"]),
        ("Our API-first design helps.", ["API"]),
        ("We follow PCI DSS for card payments.", ["PCI DSS"]),
        ("Filters stop DoS attacks.", ["DoS"]),
        ("Every order ships with a 3PL partner.", ["3PL"]),
    ],
)
def test_finds_every_case_pattern(text: str, expected: list[str]) -> None:
    assert matches(text) == expected


def test_unknown_acronym_is_found_with_plain_advice() -> None:
    findings, _, _ = run("Pay with BNPL or QXZ at the till.")
    assert [f.match for f in findings] == ["BNPL", "QXZ"]
    qxz = findings[1]
    assert "QXZ" in qxz.message
    assert [s.kind for s in qxz.suggestions] == ["advice"]
    assert "spell it out" in qxz.suggestions[0].text.lower()


def test_glossary_suggestions_name_expansion_and_plain_alternative() -> None:
    (finding,) = run("Every plan includes a 99.9% SLA.")[0]
    assert "SLA" in finding.message
    texts = [s.text for s in finding.suggestions]
    assert texts == [
        "Spell it out: “service-level agreement (SLA)”",
        "Or say what it means for the reader: “uptime promise”",
    ]
    assert all(s.kind == "advice" and not s.safe for s in finding.suggestions)


def test_plural_suggestion_uses_plural_expansion() -> None:
    (finding,) = run("Track your KPIs.")[0]
    assert finding.suggestions[0].text == "Spell it out: “key performance indicators (KPIs)”"


def test_iot_suggestion() -> None:
    (finding,) = run("We help you with IoT.")[0]
    assert "“Internet of Things (IoT)”" in finding.suggestions[0].text
    assert "“connected devices”" in finding.suggestions[1].text


# -- definitions ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our service-level agreement (SLA) says when we answer.",
        "Our SLA (service level agreement) says when we answer.",
        "Our SLA (Service-Level Agreement) says when we answer.",
        "Our SERVICE LEVEL AGREEMENT (SLA) says when we answer.",
        "Our SLA, or service-level agreement, says when we answer.",
        "Our service-level agreement, or SLA, says when we answer.",
        "An SLA (short for service-level agreement) says when we answer.",
        "SLA stands for service-level agreement: it says when we answer.",
        "The SLA is the service-level agreement that says when we answer.",
        "Any Internet of Things (IoT) sensor works.",
        "Rent Software as a Service (SaaS) by the month.",
        "Turn on two-factor authentication (2FA) for every account.",
        "Sell business-to-business (B2B) with one price list.",
        "Our web pages use HyperText Markup Language (HTML).",
        "Watch your key performance indicators (KPIs) each Monday.",
        "Spend on research and development (R&D) pays back.",
        "Pick an electronic customer relationship management (eCRM) tool.",
    ],
)
def test_definition_forms(text: str) -> None:
    assert matches(text) == []


def test_definition_split_over_a_line_break() -> None:
    assert matches("We sign a service-level\nagreement (SLA) with every shop.\n") == []
    assert matches("We sign an SLA (service\nlevel agreement) with every shop.\n") == []


def test_link_wrapped_definition_in_markdown() -> None:
    text = "Read our [service-level agreement](https://example.com/terms) (SLA) first.\n"
    assert matches(text, "markdown") == []


def test_definition_counts_for_later_uses() -> None:
    text = "Our service-level agreement (SLA) is short.\n\nThe SLA covers weekends too.\n"
    assert matches(text) == []


def test_expansion_in_another_sentence_is_not_a_definition() -> None:
    text = "Read the SLA. It is a service-level agreement."
    assert matches(text) == ["SLA"]


# -- first use only ---------------------------------------------------------------------------


def test_only_first_undefined_use_is_reported_with_location() -> None:
    text = "Welcome.\nYour CRM keeps every order.\nThe CRM also sends the invoices.\n"
    findings, measures, _ = run(text)
    assert [(f.code, f.line, f.column, f.match) for f in findings] == [("JL301", 2, 6, "CRM")]
    assert measures["acronyms_undefined"] == 1


def test_acronym_defined_later_is_reported_at_first_use_with_a_note() -> None:
    text = "# Why pick SaaS\n\nSoftware as a service (SaaS) means you rent the tool by the month.\n"
    findings, _, _ = run(text, "markdown")
    assert [(f.line, f.column, f.match) for f in findings] == [(1, 12, "SaaS")]
    assert "further down" in findings[0].message


def test_front_matter_counts_in_reading_order() -> None:
    text = (
        "---\ntitle: The ERP that grows with you\n---\n\n"
        "An enterprise resource planning (ERP) system runs your stock.\n"
    )
    findings, _, _ = run(text, "markdown")
    assert [(f.line, f.match) for f in findings] == [(2, "ERP")]
    assert "further down" in findings[0].message


def test_measure_counts_distinct_undefined_acronyms() -> None:
    _, measures, _ = run("Our CRM and ERP talk. The CRM is fast. KPI (key performance indicator).")
    assert measures["acronyms_undefined"] == 2


def test_location_inside_hyphenated_word() -> None:
    findings, _, _ = run("Meet the new\nAI-powered planner.\n")
    assert [(f.line, f.column, f.end_column) for f in findings] == [(2, 1, 3)]


# -- exemptions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Download the PDF and print it.",
        "Watch it on TV or on your PC.",
        "Enter your PIN at the ATM.",
        "We ship across the USA, the UK and the EU.",
        "Plug the USB cable in and turn on Wi-Fi.",
        "Read the FAQ, then send us an SMS.",
        "The CEO replies to every email ASAP.",
        "Your GPS shows the way.",
        "Open the URL on your phone.",
    ],
)
def test_everyday_acronyms_for_general_readers(text: str) -> None:
    assert matches(text) == []


def test_audience_decides_what_is_known() -> None:
    text = "Send the request to our API and read the JSON reply."
    assert matches(text) == ["API", "JSON"]
    assert matches(text, audience="developer") == []
    assert matches("Compare the ROI of both plans.", audience="business") == []
    assert matches("Compare the ROI of both plans.") == ["ROI"]
    assert matches("We sell B2B.", audience="business") == []
    assert matches("Ask HR about it.", audience="business") == []


def test_developers_and_business_readers_know_what_general_readers_know() -> None:
    for audience in ("developer", "business"):
        assert matches("Export the PDF to a USB stick.", audience=audience) == []


def test_developers_do_not_know_business_jargon() -> None:
    assert matches("Pick a CRM your team likes.", audience="developer") == ["CRM"]


def test_config_known_acronyms_and_allow() -> None:
    text = "Your SLA and our KPI report."
    assert matches(text, known_acronyms=("SLA",)) == ["KPI"]
    assert matches(text, allow=("kpi",)) == ["SLA"]


def test_allowed_acronym_does_not_become_a_first_use() -> None:
    findings, measures, _ = run("Our SLA is short.", allow=("SLA",))
    assert findings == []
    assert measures["acronyms_undefined"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "The phone has 128 GB of storage and 8GB of memory.",
        "Files up to 25 MB, backups up to 2 TB.",
        "A 3 GHz chip, 60 FPS video and 300 DPI prints.",
        "The store opens at 9 AM and closes at 10PM.",
        "Prices are in USD and EUR; times in UTC.",
        "Sizes run from XS to XXL.",
    ],
)
def test_units_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chapter II explains the rest, and chapter IV the refunds.",
        "Henry VIII never had a loyalty card.",
        "Rocky III is on tonight.",
        "Phase XII starts in May.",
    ],
)
def test_roman_numerals_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


def test_roman_shaped_acronyms_still_count() -> None:
    assert matches("Use the CLI to publish.") == ["CLI"]


@pytest.mark.parametrize(
    "text",
    [
        "Back up your photos with GitHub, iPhone apps, PayPal and YouTube.",
        "We work with IBM, SAP and AWS.",
        "As seen on the BBC and CNN.",
        "Build it with LEGO from IKEA.",
    ],
)
def test_brand_names_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


def test_config_product_and_company_names() -> None:
    text = "Acme CRM syncs with QZRT in a minute."
    assert matches(text) == ["CRM", "QZRT"]
    assert matches(text, product_names=("Acme CRM",), company_names=("QZRT",)) == []


def test_document_name_in_capitals_is_not_an_acronym() -> None:
    text = "Welcome to TORVALDEX.\n\nTorvaldex keeps your recipes.\n"
    assert matches(text) == []


def test_name_marked_as_a_trademark_is_a_name_everywhere() -> None:
    text = "# QRB Planner™\n\nQRB Planner keeps your recipes.\n"
    assert matches(text, "markdown") == []


@pytest.mark.parametrize(
    "text",
    [
        "FREE SHIPPING ON ALL ORDERS",
        "BIG SALE: EVERYTHING MUST GO",
        "WHY CHOOSE US",
        "DON'T MISS OUT, WE'RE OPEN LATE",
    ],
)
def test_shouting_is_not_acronyms(text: str) -> None:
    assert matches(text) == []


def test_shouted_heading_in_markdown() -> None:
    assert matches("# FRESH BREAD EVERY MORNING\n\nCome early.\n", "markdown") == []


def test_shouting_still_reports_glossary_acronyms() -> None:
    assert matches("GET OUR CRM FOR FREE TODAY") == ["CRM"]


@pytest.mark.parametrize(
    "text",
    ["Do NOT share your code.", "It is FREE for NEW members.", "Open NOW, AND on Sundays."],
)
def test_emphasis_words_in_capitals_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Contact US for a quote.",
        "Join US on Saturday.",
        "Spend the day with US.",
        "We ship to US customers.",
        "Most of our shops are in the US.",
        "A US-based team answers the phone.",
    ],
)
def test_us_pronoun_or_country_is_never_reported(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize(
    "text",
    ["Let us make IT happen.", "You will love IT.", "We make IT simple. Try IT today."],
)
def test_it_as_a_pronoun_is_not_reported(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call your IT department first.",
        "Our IT team sets it up.",
        "Ask the IT staff for a password.",
        "It saves time for IT professionals.",
    ],
)
def test_it_as_the_acronym_is_reported_for_general_readers(text: str) -> None:
    assert matches(text) == ["IT"]


def test_it_is_known_to_business_readers() -> None:
    assert matches("Call your IT department first.", audience="business") == []


def test_parse_is_asked_for_only_when_context_words_do_not_settle_it() -> None:
    _, _, linter = run("Our SLA is short. Call your IT team.")
    before = linter.parsed_sentences
    run("Our SLA is short. Call your IT team.")
    assert linter.parsed_sentences == before  # the cues settled IT: nothing parsed
    findings, _, linter = run("IT changes everything for you.")
    assert linter.parsed_sentences >= 1
    assert [f.match for f in findings] == []  # the tagger reads a pronoun


def test_urls_emails_and_file_names_are_skipped() -> None:
    text = "See https://example.com/SLA, write to KPI@example.com, or open README.md."
    assert matches(text) == []


def test_contractions_in_capitals() -> None:
    assert matches("IT'S HERE. WE'RE OPEN.") == []


def test_version_and_year_numbers_keep_the_letters() -> None:
    assert matches("Pages in HTML5 load fast.") == ["HTML5"]
    assert matches("Pages in HTML5 load fast.", audience="developer") == []
    assert matches("Our FY24 results are in.", audience="business") == []
    assert matches("Play the MP3 file.") == []


@pytest.mark.parametrize(
    "text",
    ["Get 20% OFF with code SAVE20 today.", "Meet the Juicer 3 MAX.", "CALL NOW: 1-800-FLOWERS"],
)
def test_words_in_capitals_with_numbers_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


# -- names are not acronyms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new Zorbly MX500 is a quiet mouse.",
        "We reviewed the Plovix RTX4090 and liked it.",
        "Pair it with the Tarvio QX70S.",
    ],
)
def test_model_numbers_after_the_makers_name_are_not_acronyms(text: str) -> None:
    assert matches(text) == []


def test_a_model_number_shape_alone_may_be_a_standard() -> None:
    assert matches("Every page follows QRF9110 to the letter.") == ["QRF9110"]


def test_acronyms_with_one_digit_are_still_acronyms() -> None:
    assert matches("We sell B2B and QZ3 kits.") == ["B2B", "QZ3"]


@pytest.mark.parametrize(
    "text",
    ["Texts go out through PLOVANI and our own server.", "Meet TRAMBOLA, the planner for bakers."],
)
def test_a_spoken_word_in_capitals_is_a_name(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize("word", ["QXZT", "DMVRC", "SRTPQ"])
def test_letters_that_make_no_syllable_are_acronyms(word: str) -> None:
    assert matches(f"Turn on {word} for every shop.") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Customers sync their orders with Zorbly CRM every night.",
        "Our watch app runs on Zorbly OS and on phones.",
        "Plovix SEO is a plugin that checks each page title.",
    ],
)
def test_a_kind_of_product_at_the_end_of_a_name_is_the_name(text: str) -> None:
    assert matches(text) == []


def test_after_a_name_unknown_letters_and_plurals_are_still_jargon() -> None:
    assert matches("Audits cover all Zorbly IPs every year.") == ["IPs"]
    assert matches("Storage runs on Zorbly QRBD in three rooms.") == ["QRBD"]


def test_capitals_that_modify_a_noun_after_a_name_are_jargon() -> None:
    assert matches("Plovix is the leading SEO plugin. Try Plovix SEO plugin today.") == ["SEO"]
    assert matches("Try the Plovix SEO plugin for every page.") == ["SEO"]


def test_a_sentence_first_english_word_is_no_name() -> None:
    assert matches("Modern CRM tools help every shop.") == ["CRM"]


def test_title_case_headings_do_not_make_names() -> None:
    assert matches("# Why Every Bakery Needs CRM Software\n", "markdown") == ["CRM"]


def test_capitals_in_a_list_of_names_are_a_name() -> None:
    assert matches("It runs behind any web server (BlueHost, Tarvio, QRZX, etc.).") == []
    assert matches("Pick QRZX, KPI tracking or SLA reports.") == ["QRZX", "KPI", "SLA"]


# -- more definition forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Claims go through the rapid claims service, or RCS.",
        "RCS, the rapid claims service, pays within a day.",
        "We run a rapid claims service for every shop. RCS pays within a day.",
        "Every plan has a service-level agreement. We publish it. The SLA says when we answer.",
    ],
)
def test_more_definition_forms(text: str) -> None:
    assert matches(text) == []


def test_an_expansion_three_sentences_back_is_too_far() -> None:
    text = "We run a rapid claims service. It is quick. It is cheap. RCS pays within a day."
    assert matches(text) == ["RCS"]


def test_two_letters_are_not_spelled_out_by_chance() -> None:
    assert matches("Big ideas win. BI shows which ones.") == ["BI"]


def test_or_between_two_acronyms_is_no_definition() -> None:
    assert matches("Pick a CRM or KPI tracker.") == ["CRM", "KPI"]


# -- who knows what (aligned with the labelling rubric) ----------------------------------------


@pytest.mark.parametrize("text", ["Rent it as SaaS by the month.", "Keep every lead in a CRM."])
def test_saas_and_crm_are_not_everyday_for_business_readers(text: str) -> None:
    assert matches(text, audience="business")


@pytest.mark.parametrize(
    "text",
    [
        "The proxy speaks QUIC, TCP and UDP.",
        "Each host gets its address from DHCP behind NAT.",
        "Images are served as AVIF or WEBP, icons as SVG.",
        "Fonts ship as WOFF2 files.",
    ],
)
def test_networking_acronyms_and_file_formats_are_known_to_developers(text: str) -> None:
    assert matches(text, audience="developer") == []


def test_the_documents_own_names_hold_no_acronyms() -> None:
    # "Zorbly CRM" is the document's product: its title, and used again in the body.
    text = "# Zorbly CRM\n\nZorbly CRM keeps your bookings. Every shop runs Zorbly CRM daily.\n"
    assert matches(text, "markdown") == []


def test_the_same_letters_outside_the_name_are_still_jargon() -> None:
    text = (
        "# Zorbly CRM\n\nZorbly CRM keeps your bookings. Every shop runs Zorbly CRM daily.\n\n"
        "A CRM is a list of your customers.\n"
    )
    assert matches(text, "markdown") == ["CRM"]


def test_capitals_with_a_number_inside_are_a_brand_spelling() -> None:
    assert matches("Texts go out through QX7LINK or our own gateway.") == []
    # An initialism with a digit has one letter on a side of it.
    assert matches("Our P2P transfers arrive at once.") == ["P2P"]


@pytest.mark.parametrize(
    "text", ["Ask your GP before you start.", "Staff wear PPE in the kitchen.", "A cosy RPG."]
)
def test_everyday_acronyms_of_health_work_and_games_are_known(text: str) -> None:
    assert matches(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is regulated by the QHRA and inspected every year.",
        "We are a proud member of the BPTA.",
        "Our bakers studied at NCCA before opening the shop.",
    ],
)
def test_capitals_on_the_far_end_of_an_organisations_relation_are_its_name(text: str) -> None:
    assert matches(text) == []


def test_the_same_capitals_elsewhere_are_still_an_acronym() -> None:
    assert matches("Every order gets a QHRA check.") == ["QHRA"]


@pytest.mark.parametrize(
    "text",
    [
        "PORTO VELHANA, May 4 -- Zorbly opened a second bakery today.",
        "Zorbly Foods (NYSE: ZRB) opened a second bakery today.",
        "Zorbly Foods (Nasdaq: ZRBF) opened a second bakery today.",
    ],
)
def test_places_in_capitals_and_stock_symbols_are_names(text: str) -> None:
    assert matches(text) == []


def test_capitals_beside_shouted_english_are_still_acronyms() -> None:
    assert matches("We are GDPR COMPLIANT.") == ["GDPR"]
