"""How figures are told to a 16-year-old: one rule per test, on the real data where it has a
case, on a row the test writes where it does not."""

import re
from pathlib import Path

import pytest

from careerbot.answers.audit import said
from careerbot.answers.facts import SHORT_LIMIT, length
from careerbot.answers.pay import range_sentence, versus_national
from careerbot.answers.values import half_up, whole_percent
from careerbot.catalog import load_catalog
from careerbot.catalog.oews import FIGURES, Figures
from careerbot.engine import Engine

LIBRARY_TECH, RN, ELECTRICIANS, ACTORS = "25-4031", "29-1141", "47-2111", "27-2011"
TEACHERS, SURGEONS, PROSTHODONTISTS = "25-2021", "29-1022", "29-1024"


def row(**cells: str) -> Figures:
    """An OEWS row in BLS's own cells: numbers, '*' not published, '#' top-coded."""
    return Figures(tuple(cells.get(column, "*") for column in FIGURES))


def test_rounding_is_half_up() -> None:
    assert whole_percent(26.5) == "27%" and whole_percent(25.5) == "26%"
    assert str(half_up(4.25, 1)) == "4.3"


def test_state_against_us_rounds_half_up() -> None:
    national = row(annual_median="100000", hourly_median="48.08")
    state = row(annual_median="126500", hourly_median="60.82")
    assert versus_national(state, national) == "27% above the US median for this job"


def test_top_coded_wage_reads_at_least_and_never_starts_a_range(engine: Engine) -> None:
    text = engine.reply("oral surgeon pay in alaska")[0].plain_text()
    if "Alaska" not in text:  # the name may not resolve; ask the engine directly
        text = engine.composer.about_occupations(["salary"], [SURGEONS], 100.0, "AK").plain_text()
    assert "at least $239,200 a year" in text
    assert "to at least" not in text.split("\n\n")[0]  # the Alaska row is all '#'
    every = row(**{c: "#" for c in FIGURES if c != "employment"})
    assert "Nearly all of them earn at least $239,200 a year" in range_sentence(every)
    high = row(
        annual_p10="90000", annual_p25="#", annual_median="#", annual_p75="#", annual_p90="#"
    )
    assert "The middle half" not in range_sentence(high)


def test_hourly_only_occupations_show_hourly_percentiles(engine: Engine) -> None:
    text = engine.respond("salary", [ACTORS])[0].plain_text()
    assert "$29.05 an hour" in text and "The middle half earn $20.34 to $97.95 an hour" in text
    assert "no yearly figure" in text


def test_annual_only_occupations_say_why_there_is_no_hourly_figure(engine: Engine) -> None:
    text = engine.respond("salary", [TEACHERS])[0].plain_text()
    assert "BLS gives only yearly pay for this job" in text and "no hourly figure" in text


def test_a_row_with_nothing_published_says_so_in_one_sentence() -> None:
    from careerbot.answers.pay import median_sentence

    assert median_sentence("Astronauts", row()) == (
        "BLS published no pay figures for Astronauts in this survey."
    )
    assert range_sentence(row()) == ""


def test_the_district_of_columbia_reads_with_the(engine: Engine) -> None:
    text = engine.composer.about_occupations(["salary"], [RN], 100.0, "DC").plain_text()
    assert "In the District of Columbia, Registered Nurses earn" in text


def test_no_bare_acronyms_and_median_explained_once(engine: Engine) -> None:
    for intent in ("salary", "overview", "employment", "outlook"):
        text = said(engine.respond(intent, [RN])[0])
        assert not re.search(r"\bOEWS\b", text), intent
    text = said(engine.composer.about_occupations(["salary"], [RN], 100.0, "TX"))
    assert text.count("half earn more, half less") == 1


def test_single_field_short_answers_fit_before_a_more_button(engine: Engine) -> None:
    composer = engine.composer
    for soc in (RN, ELECTRICIANS, ACTORS, "15-1252", "11-9199"):
        for intent in ("duties", "education", "skills", "personality", "related", "outlook"):
            answer = composer.about_occupations([intent], [soc], 100.0)
            assert length(answer.blocks) <= SHORT_LIMIT, (soc, intent)
    short = composer.about_occupations(["duties"], [RN], 100.0)
    more = [s for s in short.suggestions if s.detail]
    assert more and more[0].label == "More" and more[0].intent == "duties"
    full = composer.about_occupations(["duties"], [RN], 100.0, detail=True)
    assert length(full.blocks) > length(short.blocks)
    assert not any(s.detail for s in full.suggestions)


def test_do_i_need_a_degree_gets_a_direct_first_sentence(engine: Engine) -> None:
    nurse = engine.respond("education", [RN])[0].blocks[0].text
    assert nurse.startswith("The usual start is a bachelor's degree (4 years of college)")
    electrician = engine.respond("education", [ELECTRICIANS])[0].blocks[0].text
    assert electrician.startswith("No degree: the usual start is a high school diploma, then")
    # fits "how long does it take" too: no bare yes or no
    pharmacist = engine.reply("how long does it take to become a pharmacist")[0].plain_text()
    assert "Yes:" not in pharmacist and "doctoral or professional degree" in pharmacist


def test_outlook_against_the_average_and_never_a_forecast(engine: Engine) -> None:
    text = engine.respond("outlook", [ELECTRICIANS])[0].plain_text()
    assert "projected to grow 9.5% from 2024 to 2034, faster than the 3.1% for all jobs" in text
    assert "Bright outlook (my rule:" in text  # 9.5% >= 2 x 3.1%
    assert "not forecasts" in text and text.count("forecast") == 1
    tech = engine.respond("outlook", [LIBRARY_TECH])[0].plain_text()
    assert "shrink 6.8%" in tech and "78,600 in 2024" in tech and "Bright outlook" not in tech


def test_ai_measures_are_named_percentiles_never_replacement(engine: Engine) -> None:
    text = engine.respond("automation", [LIBRARY_TECH])[0].plain_text()
    assert "more exposed than 88% of jobs" in text  # Eloundou 2024 percentile 88.3
    assert "Tomlinson et al. 2025" in text and "2013 estimate" in text and "Frey & Osborne" in text
    assert "do not foresee rapid technological change" in text
    assert "10%" in text and "StartRight career profile" in text  # the seed's, named
    for soc in (RN, ELECTRICIANS, ACTORS, LIBRARY_TECH):
        assert "replaced" not in engine.respond("automation", [soc])[0].plain_text().lower()


def test_seed_employment_is_not_jobs_held(engine: Engine) -> None:
    for intent in ("employment", "overview", "outlook", "salary"):
        text = engine.respond(intent, [LIBRARY_TECH])[0].plain_text()
        assert "11,000 people" not in text
    jobs = engine.respond("employment", [LIBRARY_TECH])[0].plain_text()
    assert jobs.startswith("👥") and "About 68,690 people work as Library Technicians" in jobs
    outlook = engine.respond("outlook", [LIBRARY_TECH])[0].plain_text()
    assert "“Employment 11,000” is not the number of people working" in outlook


def test_official_figures_lead_and_the_seed_follows_labelled(engine: Engine) -> None:
    text = engine.respond("personality", [LIBRARY_TECH])[0].plain_text()
    official, seed = text.index("Conventional"), text.index("StartRight career profile")
    assert official < seed and "Social (9.4/10)" in text
    pay = engine.respond("salary", [LIBRARY_TECH])[0].plain_text()
    assert pay.index("$44,580") < pay.index("$37,540")


def test_onet_title_named_when_it_differs(engine: Engine) -> None:
    text = engine.respond("duties", ["13-1020"])[0].plain_text()
    assert "O*NET's figures here combine 3 of its occupations" in text


def test_compare_labels_bls_rows_and_names_a_missing_state_row(engine: Engine) -> None:
    answer = engine.composer.compare([LIBRARY_TECH, RN], 100.0)
    assert "— Library Technicians: $44,580 a year; Registered Nurses" in answer.plain_text()
    in_ca = engine.composer.compare([PROSTHODONTISTS, RN], 100.0, "CA").plain_text()
    assert "BLS publishes no California figures for Prosthodontists" in in_ca


def test_related_careers_are_buttons_closest_first(engine: Engine) -> None:
    answer = engine.respond("related", [LIBRARY_TECH])[0]
    assert answer.choices[0].label == "Library Assistants, Clerical"
    assert all(c.intent == "overview" and c.occupations for c in answer.choices)
    assert engine.reply("jobs like library technicians")[0].intent == "related"


def test_work_life_balance_is_never_invented(engine: Engine) -> None:
    text = engine.respond("work_life_balance", [ELECTRICIANS])[0].plain_text()
    assert "No national source rates work-life balance" in text
    assert not re.search(r"\d+(\.\d)?/10", text)
    seed = engine.respond("work_life_balance", [LIBRARY_TECH])[0].plain_text()
    assert "8.2/10" in seed and "StartRight career profile" in seed


def test_pros_and_cons_cite_their_figures(engine: Engine) -> None:
    cons = engine.respond("challenges", [LIBRARY_TECH])[0]
    text = cons.plain_text()
    assert "median $44,580 a year vs $50,980 for all jobs" in text
    assert "Shrinking: -6.8% projected for 2024–34" in text
    pros = engine.respond("strengths", [RN])[0].plain_text()
    assert "Pays well: median $97,550 a year vs $50,980 for all jobs" in pros


def test_suggestions_offer_only_what_the_data_answers(engine: Engine) -> None:
    offered = {s.intent for s in engine.respond("salary", [ELECTRICIANS])[0].suggestions}
    assert "work_life_balance" not in offered and offered


def test_source_answer_carries_the_onet_credit(engine: Engine) -> None:
    text = engine.reply("where does your data come from")[0].plain_text()
    assert "This product includes information from the O*NET 30.3 Database" in text
    assert "Employment Projections 2024–34" in text and "Frey & Osborne" in text


def test_missing_all_occupations_row_drops_only_the_pay_comparison(
    data_copy: tuple[Path, Path],
) -> None:
    data, intents = data_copy
    (data / "oews" / "all_occupations.csv").unlink()
    (data / "all_occupations.yaml").unlink()
    engine = Engine(load_catalog(data, intents))
    text = engine.respond("challenges", [LIBRARY_TECH])[0].plain_text()
    assert "for all jobs" not in text and "Shrinking: -6.8%" in text


@pytest.mark.parametrize("intent", ["duties", "skills", "education", "automation"])
def test_answers_fit_a_telegram_message_in_full(engine: Engine, intent: str) -> None:
    for soc in ("11-9199", RN, LIBRARY_TECH):
        full = engine.composer.about_occupations([intent], [soc], 100.0, detail=True)
        assert len(full.plain_text()) < 4096


def test_a_shrinking_job_is_never_called_bright(engine: Engine) -> None:
    text = engine.reply("whats the outlook for cashiers")[0].plain_text()
    assert "shrink 9.9%" in text and "Bright outlook" not in text
    assert "Many openings, though jobs are shrinking" in text
