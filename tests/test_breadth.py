"""Every US occupation from BLS OEWS May 2025: everyday names, states, ambiguity, compare, lists,
and BLS's markers kept as words, never turned into numbers."""

from pathlib import Path

from careerbot.catalog import load_catalog
from careerbot.conversation import Context
from careerbot.engine import Engine

RN, TEACHER, ACTORS, ELECTRICIANS, PLUMBERS = "29-1141", "25-2021", "27-2011", "47-2111", "47-2152"


def test_everyday_names_reach_their_occupation(engine: Engine) -> None:
    for name, soc in [
        ("cop", "33-3051"),
        ("electrician", ELECTRICIANS),
        ("plumber", PLUMBERS),
        ("electritian", ELECTRICIANS),
        ("dental hygienist", "29-1292"),
        ("registered nurse", RN),
    ]:
        answer, _ = engine.reply(f"how much do {name}s make")
        assert (answer.intent, answer.occupations) == ("salary", [soc]), name


def test_state_pay_against_the_national_median(engine: Engine) -> None:
    answer, _ = engine.reply("what do registered nurses make in ohio")
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [RN], "OH")
    text = answer.plain_text()
    assert "In Ohio, Registered Nurses earn a median of $82,510 a year" in text
    assert "15% below the US median for this job" in text  # 82,510 vs 97,550
    assert "median of $97,550 a year" in text
    assert text.count("half earn more, half less") == 1  # "median" explained once
    assert "bls.gov/oes" in text


def test_states_by_abbreviation_and_everyday_name(engine: Engine) -> None:
    assert engine.reply("registered nurse salary tx")[0].state == "TX"
    assert engine.reply("registered nurse pay in cali")[0].state == "CA"
    assert engine.reply("registered nurse pay new york")[0].state == "NY"
    assert engine.reply("registered nurse pay in OK")[0].state == "OK"


def test_and_in_another_state_follows_up(engine: Engine) -> None:
    _, context = engine.reply("registered nurse pay in texas")
    answer, _ = engine.reply("and in ohio?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [RN], "OH")


def test_ambiguous_name_offers_choices_and_a_number_picks(engine: Engine) -> None:
    # No kind of teacher holds most teaching jobs, so the bot asks which one first.
    answer, context = engine.reply("what do teachers make in ohio")
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [], "OH")
    labels = [choice.label for choice in answer.choices]
    wanted_label = next(label for label in labels if "Secondary School Teachers" in label)
    assert len(labels) >= 2
    assert "1. " in answer.plain_text()
    picked, _ = engine.reply(str(labels.index(wanted_label) + 1), context)
    assert (picked.intent, picked.occupations, picked.state) == ("salary", ["25-2031"], "OH")


def test_a_name_one_occupation_dominates_is_answered_for_it(engine: Engine) -> None:
    # Registered Nurses hold about 3.3 million of the 4.3 million jobs "nurse" can mean.
    answer, _ = engine.reply("what do nurses make in ohio")
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [RN], "OH")


def test_compare_side_by_side_with_chart(engine: Engine) -> None:
    answer, _ = engine.reply("which pays more, electrician or plumber?")
    assert (answer.intent, answer.occupations) == ("compare", [ELECTRICIANS, PLUMBERS])
    text = answer.plain_text()
    assert "Electricians: $63,190" in text and "$63,800" in text
    assert answer.chart is not None and len(answer.chart.ranges) == 2


def test_salary_chart_puts_state_against_us(engine: Engine) -> None:
    answer, _ = engine.reply("registered nurse pay in texas")
    assert answer.chart is not None
    assert [r.label for r in answer.chart.ranges] == ["Texas", "U.S."]
    assert answer.chart.ranges[0].median == 95970


def test_list_search_by_word(engine: Engine) -> None:
    answer, _ = engine.reply("what health careers do you know")
    assert answer.intent == "list_occupations"
    assert "Home Health and Personal Care Aides" in answer.plain_text()


def test_overview_of_a_career_without_a_seed_profile_comes_from_official_data(
    engine: Engine,
) -> None:
    text = engine.reply("tell me about electricians")[0].plain_text()
    assert "Jobs in the US: 757,220" in text and "$63,190 a year" in text
    assert "Projected change 2024–34: +9.5% (all jobs: +3.1%)" in text
    assert "don't have" not in text and "Not in my data" not in text


def test_profile_and_oews_disagree_both_shown_with_sources(engine: Engine) -> None:
    answer, _ = engine.reply("library technician salary")
    text = answer.plain_text()
    assert "$37,540" in text and "$44,580" in text
    assert {c.url for c in answer.sources} == {
        "https://www.bls.gov/ooh/education-training-and-library/library-technicians-and-assistants.htm",
        "https://www.bls.gov/oes/",
    }


def test_hourly_only_and_annual_only_occupations(engine: Engine) -> None:
    actors = engine.respond("salary", [ACTORS])[0].plain_text()
    assert "Actors earn a median of $29.05 an hour" in actors
    assert "The middle half earn $20.34 to $97.95 an hour" in actors  # hourly percentiles
    assert "no yearly figure" in actors and "not published" not in actors
    teachers = engine.respond("salary", [TEACHER])[0].plain_text()
    assert "median of $63,970 a year" in teachers
    assert "BLS gives only yearly pay for this job" in teachers and "no hourly figure" in teachers


def test_top_coded_and_missing_markers_stay_words(
    engine: Engine, data_copy: tuple[Path, Path]
) -> None:
    data, intents = data_copy
    national = data / "oews" / "national.csv"
    lines = national.read_text().splitlines()
    lines = [
        line if not line.startswith(RN) else f"{RN},Registered Nurses,**,#,#,*,*,#,#,#,*,*,#,#,#"
        for line in lines
    ]
    national.write_text("\n".join(lines) + "\n")
    tweaked = Engine(load_catalog(data, intents))
    text = tweaked.respond("salary", [RN])[0].plain_text()
    assert "median of at least $239,200 a year" in text and "at least $115.00 an hour" in text
    assert "The middle half earn at least" not in text  # a top-code never starts a range
    assert "1 in 10 earn at least $239,200" in text
    employment = tweaked.respond("employment", [RN])[0].plain_text()
    assert "BLS did not publish how many people work as Registered Nurses" in employment
    chart = tweaked.respond("salary", [RN])[0].chart
    assert chart is not None and chart.ranges[0].median is None and chart.ranges[0].top_coded


def test_breadth_context_persists_through_serialisation(engine: Engine) -> None:
    _, context = engine.reply("how much do electricians make in texas")
    restored = Context.restore(context.model_dump(mode="json"))
    answer, _ = engine.reply("and how many are there?", restored)
    assert (answer.intent, answer.occupations, answer.state) == ("employment", [ELECTRICIANS], "TX")


def test_buttons_keep_the_state_of_the_answer_they_sit_under(engine: Engine) -> None:
    answer, context = engine.reply("registered nurse pay in texas")
    follow = next(s for s in answer.suggestions if s.intent != "salary")
    tapped, _ = engine.respond(follow.intent, follow.occupations, context)
    assert tapped.state == "TX"
    choice_answer, choice_context = engine.reply("what do teachers make in ohio")
    pick = choice_answer.choices[0]
    picked, _ = engine.respond(pick.intent, pick.occupations, choice_context)
    assert (picked.occupations, picked.state) == (pick.occupations, "OH")
    chart = engine.chart([RN], "TX")
    assert chart is not None and [r.label for r in chart.ranges] == ["Texas", "U.S."]


def test_a_broken_states_file_never_breaks_an_answer(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    (data / "oews" / "states.csv").write_text("state,soc,employment\nTX,29-1141,\x00\n")
    broken = Engine(load_catalog(data, intents))
    answer, _ = broken.reply("registered nurse pay in texas")
    assert answer.intent == "salary" and "median of $97,550 a year" in answer.plain_text()
    assert "BLS publishes no figures for Registered Nurses in Texas" in answer.plain_text()


def test_next_question_buttons_only_offer_what_the_data_can_answer(engine: Engine) -> None:
    answer, _ = engine.reply("tell me about electricians")
    offered = {s.intent for s in answer.suggestions}
    assert offered and "work_life_balance" not in offered  # no source scores it for electricians
    library = {s.intent for s in engine.reply("library tech salary")[0].suggestions}
    assert {"education", "outlook"} <= library  # BLS projections have both for 25-4031


def test_one_occupation_search_for_lists_and_careers_command(engine: Engine) -> None:
    search = engine.composer.search
    both = search(["library", "technician"])  # every word first ...
    assert [o.soc for o in both] == ["25-4031"]
    either = search(["library", "zzzz"])  # ... else any of them
    assert "25-4031" in [o.soc for o in either]
    assert [o.soc for o in search(["25-4031"])][:1] == ["25-4031"]  # a SOC code
