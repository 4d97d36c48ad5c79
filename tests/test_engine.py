"""What a student notices: the right answer, with real figures and their source, for what they
actually type — typos, slang, short messages, several questions at once, follow-ups."""

import pytest

from careerbot.answers.compose import OUTSIDE
from careerbot.answers.pay import pay_cell
from careerbot.conversation import Context
from careerbot.engine import Engine
from careerbot.understanding.states import STATES, state_name

LIBRARY_TECH = "25-4031"


def ask(engine: Engine, *messages: str) -> list[tuple[str, list[str], str]]:
    """Send messages in one conversation; return (intent, occupations, text) per reply."""
    context = Context()
    replies = []
    for message in messages:
        answer, context = engine.reply(message, context)
        replies.append((answer.intent, answer.occupations, answer.plain_text()))
    return replies


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("what do library technicians earn?", "salary"),
        ("what do libary techincians earn", "salary"),
        ("library tech salery", "salary"),
        ("how much $$ do library assistants make", "salary"),
        ("r library techs gonna get replaced by ai", "automation"),
        ("is being a library clerk chill", "work_life_balance"),
        ("do library technicians need a degree?", "education"),
        ("what does a library assistant do all day", "duties"),
        ("how many library techs are there in the us", "employment"),
        ("is there a future for library technicians", "outlook"),
        ("library technician", "overview"),
        ("25-4031", "overview"),
    ],
)
def test_understands_what_people_type(engine: Engine, message: str, intent: str) -> None:
    answer, _ = engine.reply(message)
    assert (answer.intent, answer.occupations) == (intent, [LIBRARY_TECH])


def test_salary_answer_has_figure_hourly_equivalent_and_source(engine: Engine) -> None:
    text = engine.reply("what do library technicians earn?")[0].plain_text()
    assert "$37,540" in text
    assert "$18.05" in text  # 37,540 / 2,080 hours
    assert "Source:" in text and "bls.gov/ooh" in text


def test_personality_answer_ranks_best_fitting_types(engine: Engine) -> None:
    text = engine.reply("is being a library tech good for introverts")[0].plain_text()
    assert text.index("Social") < text.index("Artistic") < text.index("Investigative")


def test_missing_field_is_said_honestly(engine: Engine) -> None:
    answer, _ = engine.reply("what education do library technicians need")
    assert answer.intent == "education"
    assert "$" not in answer.plain_text()  # no invented figure where the profile has none


def test_two_questions_in_one_message_answers_both(engine: Engine) -> None:
    answer, _ = engine.reply("library tech pay and growth?")
    assert answer.intents == ["salary", "outlook"]
    text = answer.plain_text()
    assert "$37,540" in text and "7.0%" in text


@pytest.mark.parametrize(
    ("message", "intent"),
    [("pay?", "salary"), ("skills", "skills"), ("growth?", "outlook"), ("duties", "duties")],
)
def test_very_short_messages_after_a_topic(engine: Engine, message: str, intent: str) -> None:
    replies = ask(engine, "tell me about library technicians", message)
    assert replies[1][:2] == (intent, [LIBRARY_TECH])


def test_follow_up_keeps_the_occupation(engine: Engine) -> None:
    replies = ask(
        engine,
        "what do library technicians earn?",
        "and what about growth?",
        "r they gonna get replaced by ai",
    )
    assert [r[0] for r in replies] == ["salary", "outlook", "automation"]
    assert all(r[1] == [LIBRARY_TECH] for r in replies)
    assert "shrink by 7.0%" in replies[1][2] and "(-7.0%)" in replies[1][2]
    assert "10%" in replies[2][2]


def test_what_about_keeps_the_intent_for_the_new_occupation(engine: Engine) -> None:
    replies = ask(engine, "how much do library technicians make", "what about library clerks?")
    assert replies[1][0] == "salary" and replies[1][1] == [LIBRARY_TECH]


def test_question_without_occupation_asks_which_then_answers(engine: Engine) -> None:
    replies = ask(engine, "how much do they make?", "library tech")
    assert replies[0][0] == "salary" and replies[0][1] == []
    assert "Which career" in replies[0][2]
    assert replies[1][0] == "salary" and replies[1][1] == [LIBRARY_TECH]


def test_numbered_choice_picks_from_the_list(engine: Engine) -> None:
    replies = ask(engine, "whats the salary", "1")
    assert replies[1][0] == "salary" and replies[1][1] == [LIBRARY_TECH]


@pytest.mark.parametrize(
    "message",
    [
        "what's the weather",
        "how do I renew my library book",
        "when is my paycheck",
        "when is payday",
        "how much pto do i have left",
        "where is my w2",
        "tell me a joke",
        "asdfghjkl",
    ],
)
def test_out_of_scope_falls_back_politely(engine: Engine, message: str) -> None:
    answer, _ = engine.reply(message)
    assert answer.intent == "fallback"
    assert answer.occupations == []
    assert "$" not in answer.plain_text()


def test_fallback_in_the_middle_keeps_memory(engine: Engine) -> None:
    replies = ask(engine, "library tech pay", "whats the weather like", "and the duties?")
    assert replies[1][0] == "fallback"
    assert replies[2][0] == "duties" and replies[2][1] == [LIBRARY_TECH]


def test_social_intents(engine: Engine) -> None:
    assert engine.reply("hi there")[0].intent == "greeting"
    assert engine.reply("thanks!!")[0].intent == "thanks"
    assert engine.reply("bye")[0].intent == "goodbye"
    assert engine.reply("what can you do")[0].intent == "help"


def test_list_and_source(engine: Engine) -> None:
    listing = engine.reply("which careers do you know about?")[0]
    assert listing.intent == "list_occupations"
    assert f"I know {len(engine.occupations)} careers" in listing.plain_text()
    library = engine.reply("jobs with library in them")[0].plain_text()
    assert "Library Technicians and Assistants (25-4031)" in library
    assert "Library Assistants, Clerical (43-4121)" in library
    assert "Accountants" not in library
    source = engine.reply("where does your data come from")[0]
    assert source.intent == "source"
    assert "bls.gov" in source.plain_text()


def test_compare_puts_both_side_by_side_with_sources(engine: Engine) -> None:
    answer = engine.reply("library technician vs librarian")[0]
    assert (answer.intent, answer.occupations) == ("compare", [LIBRARY_TECH, "25-4022"])
    text = answer.plain_text()
    # BLS's 25-4031 row is "Library Technicians", not the seed's combined group.
    row = "Median pay, US (BLS wage survey, May 2025) — Library Technicians: $44,580 a year"
    assert row in text
    assert "bls.gov/oes" in text


def test_compare_with_one_known_occupation_says_so(engine: Engine) -> None:
    answer = engine.reply("compare library technicians with astronauts")[0]
    assert answer.intent == "compare"
    assert "I have Library Technicians and Assistants" in answer.plain_text()


def test_answers_offer_next_questions(engine: Engine) -> None:
    answer = engine.reply("library tech salary")[0]
    assert answer.suggestions
    assert all(s.occupations == [LIBRARY_TECH] for s in answer.suggestions)
    assert "salary" not in {s.intent for s in answer.suggestions}


def test_button_tap_answers_directly(engine: Engine) -> None:
    answer, context = engine.respond("duties", [LIBRARY_TECH])
    assert answer.intent == "duties"
    assert 1 <= len(answer.blocks[0].items) < 20  # the short form, with a "More" button
    more = answer.suggestions[0]
    assert (more.label, more.intent, more.detail) == ("More", "duties", True)
    full = engine.composer.about_occupations(["duties"], [LIBRARY_TECH], 100.0, detail=True)
    assert len(full.blocks[0].items) > len(answer.blocks[0].items)
    assert context.occupations == [LIBRARY_TECH]
    unknown, _ = engine.respond("no_such_intent", [LIBRARY_TECH])
    assert unknown.intent == "fallback"


def test_a_question_without_a_career_offers_careers_and_a_number_picks_one(engine: Engine) -> None:
    answer, context = engine.reply("how much do they make?")
    assert answer.intent == "salary" and answer.choices
    picked, _ = engine.reply("1", context)
    assert (picked.intent, picked.occupations) == ("salary", answer.choices[0].occupations)
    assert picked.reason == "pick"
    too_far, _ = engine.reply(str(len(answer.choices) + 1), context)
    assert f"from 1 to {len(answer.choices)}" in too_far.plain_text()


def test_two_names_with_several_meanings_are_asked_one_after_the_other_keeping_the_state(
    engine: Engine,
) -> None:
    # "nurse vs teacher": nurse resolves to Registered Nurses, so only the teacher is asked.
    answer, context = engine.reply("nurse vs teacher pay in ohio")
    assert answer.choices and answer.state == "OH"
    assert all(pick.occupations[0] == "29-1141" for pick in context.choices)
    answer, _ = engine.reply("2", context)
    assert answer.intent == "compare" and answer.state == "OH"
    assert answer.occupations[0] == "29-1141" and len(answer.occupations) == 2
    # Neither name has a meaning that holds most of its jobs ("nurse" would: Registered Nurses).
    answer, context = engine.reply("engineer vs teacher pay in ohio")
    assert answer.choices and answer.state == "OH"
    answer, context = engine.reply("1", context)
    first = context.choices[0].occupations[0]
    assert answer.choices and answer.state == "OH"  # now: which teacher?
    assert all(pick.occupations[0] == first for pick in context.choices)
    answer, _ = engine.reply("2", context)
    assert answer.intent == "compare" and answer.state == "OH"
    assert len(answer.occupations) == 2 and answer.occupations[0] == first


def test_places_where_a_place_is_meant_and_nowhere_else(engine: Engine) -> None:
    assert engine.reply("library tech pay in OH")[0].state == "OH"
    assert engine.reply("library tech pay in pa?")[0].state == "PA"
    assert engine.reply("high school teacher salary nc")[0].state == "NC"
    assert engine.reply("is library tech a good fit for me")[0].state is None
    assert engine.reply("oh ok")[0].state is None
    city = engine.reply("library tech pay in nyc")[0]
    assert city.state == "NY" and "not by metro area" in city.plain_text()
    abroad = engine.reply("library tech pay in canada")[0]
    assert abroad.state is None and "United States only" in abroad.plain_text()
    # a typo in a two-word state's second word, which the speller would read as another word
    assert engine.reply("how much do plumbers make in new yourk")[0].state == "NY"
    assert engine.reply("electrician pay west virgina")[0].state == "WV"
    # a part of the US that is no state: national figures, said so
    region = engine.reply("how much do plumbers make in the midwest")[0]
    assert region.state is None and "not for the Midwest" in region.plain_text()
    _, context = engine.reply("nurse pay in ohio")
    south = engine.reply("what about in the south?", context)[0]
    assert south.state is None and "not for the South" in south.plain_text()
    assert engine.reply("is south carolina good for nurses")[0].plain_text().count("South,") == 0


def test_follow_ups_keep_or_drop_the_state_as_the_user_says(engine: Engine) -> None:
    _, context = engine.reply("library tech pay in ohio")
    answer, context = engine.reply("how about carpenters then?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2031"], "OH")
    answer, context = engine.reply("and for the country overall?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2031"], None)
    answer, context = engine.reply("will ai replace them", context)
    answer, context = engine.reply("and in florida?", context)
    # the question again (national: said so), then the figure BLS publishes by state
    assert (answer.intents, answer.state) == (["automation", "salary"], "FL")
    text = answer.plain_text()
    assert "That answer is the same in every state" in text
    assert "In Florida, Carpenters earn" in text
    # the pay was added, not asked: the next career is asked the question asked
    assert engine.reply("what about plumbers", context)[0].intents == ["automation"]
    # after a question asked in a state, "not published by state" and the pay one tap away
    _, context = engine.reply("will ai replace carpenters in florida")
    answer, context = engine.reply("will ai replace them in florida", context)
    pay = next(s for s in answer.suggestions if s.intent == "salary")
    assert (pay.label, pay.occupations) == ("💰 Pay in Florida", ["47-2031"])
    answer, _ = engine.respond(pay.intent, pay.occupations, context)
    assert (answer.intent, answer.state) == ("salary", "FL")
    assert "Florida" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent", "soc", "state"),
    [
        ("Good morning. I worked in my country in the post office many years. Now I live in "
         "Texas. Is mail carrier a job with future here?", "outlook", "43-5052", "TX"),
        ("What training do HVAC technicians need in Arizona? My son's friend in Phoenix makes "
         "good money doing it.", "education", "49-9021", "AZ"),
    ],
)  # fmt: skip
def test_a_story_around_a_question_is_read_from_the_sentence_that_asks(
    engine: Engine, text: str, intent: str, soc: str, state: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations, answer.state) == (intent, [soc], state)


def test_the_users_own_job_is_not_the_career_asked_about(engine: Engine) -> None:
    answer = engine.reply(
        "I am a school counselor in Tucson. What do library technicians earn in Arizona?"
    )[0]
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [LIBRARY_TECH], "AZ")


def test_a_career_named_in_passing_is_not_compared(engine: Engine) -> None:
    answer = engine.reply(
        "The librarian at her school suggested she look into becoming a library technician. "
        "What education would she need?"
    )[0]
    assert (answer.intent, answer.occupations) == ("education", [LIBRARY_TECH])
    assert answer.reason == "last_named"


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        # one job said twice is no comparison
        (
            "hello i want to ask about truck driver job, big truck with trailer. salary?",
            ["53-3032"],
        ),
        # people in the user's life ("our athletes", "his job coach") are not what is asked
        (
            "Several of our athletes are interested in fitness careers. Could you give an "
            "overview of fitness trainers?",
            ["39-9031"],
        ),
        (
            "His job coach suggested either library technician or teaching assistant. Could you "
            "put the two side by side?",
            [LIBRARY_TECH, "25-9045"],
        ),
    ],
)
def test_only_the_careers_asked_about_are_answered(
    engine: Engine, text: str, socs: list[str]
) -> None:
    assert engine.reply(text)[0].occupations == socs


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        # the worker asked about, not a field said in passing
        ("is cna a good job for an 18 yr old who wants to do nursing later", "31-1131"),
        ("what do morticians do exactly, like do they do the embalming too", "39-4031"),
        # the user's past job is no part of the question
        (
            "I have been a charge nurse for 12 years. Is hospital administration a growing "
            "field, or are those jobs drying up?",
            "11-9111",
        ),
        ("I've been a paralegal for 9 years. What do library technicians earn?", LIBRARY_TECH),
    ],
)
def test_the_career_asked_about_among_several_named(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_after_a_comparison_a_word_of_one_career_narrows_to_it(engine: Engine) -> None:
    _, context = engine.reply("auto mechanic vs diesel mechanic")
    answer, _ = engine.reply("diesel pay in wyoming?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-3031"], "WY")
    _, context = engine.reply("police officer or corrections officer?")
    answer, _ = engine.reply("pay for corrections in California", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["33-3012"], "CA")


def test_compare_asked_after_a_second_career_compares_it_with_the_first(engine: Engine) -> None:
    _, context = engine.reply("How much do library technicians earn in Massachusetts?")
    _, context = engine.reply("What would it take to become a librarian later on?", context)
    answer, _ = engine.reply("How does the librarian pay compare?", context)
    assert (answer.intent, answer.occupations, answer.state) == (
        "compare",
        [LIBRARY_TECH, "25-4022"],
        "MA",
    )


def test_superlatives_and_picks_after_a_list(engine: Engine) -> None:
    _, context = engine.reply("will ai replace graphic designers, illustrators and photographers")
    answer, _ = engine.reply("so which one is safest", context)
    assert (answer.intent, len(answer.occupations)) == ("compare", 3)
    first, context = engine.reply("jobs similar to electricians")
    answer, _ = engine.reply("what about the first one", context)
    assert answer.reason == "pick"
    assert answer.occupations == first.choices[0].occupations


def test_is_that_good_after_pay_is_judged_against_all_jobs(engine: Engine) -> None:
    _, context = engine.reply("plumber pay in texas")
    answer, _ = engine.reply("is that good?", context)
    text = answer.plain_text()
    us = engine.catalog.oews.all_occupations.number("annual_median")  # type: ignore[union-attr]
    assert text.startswith("Against all jobs: the US median for all occupations is")
    assert f"${us:,.0f} a year" in text and "$63,800, 25% above it" in text


def test_state_pay_then_national_pay_says_which_is_which(engine: Engine) -> None:
    text = engine.reply("kindergarten teacher pay in ohio")[0].plain_text()
    assert "In Ohio, Kindergarten Teachers" in text and "Across the US, Kindergarten" in text
    assert text.count("BLS gives only yearly pay") == 1  # explained once, like the median


def test_a_plain_version_of_the_career_keeps_the_question(engine: Engine) -> None:
    _, context = engine.reply("diesel mechanic pay in michigan")
    answer, _ = engine.reply("and regular mechanics", context)  # not "are the hours regular"
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-3023"], "MI")


@pytest.mark.parametrize("correction", ["no i mean pharmacists", "wait, I meant pharmacists"])
def test_a_correction_keeps_the_question_for_the_career_meant(
    engine: Engine, correction: str
) -> None:
    _, context = engine.reply("lpn outlook in ohio")
    answer, _ = engine.reply(correction, context)
    assert (answer.intent, answer.occupations, answer.state) == ("outlook", ["29-1051"], "OH")


def test_a_name_of_several_meanings_takes_the_one_the_talk_is_about(engine: Engine) -> None:
    _, context = engine.reply("real estate agent pay in florida")
    answer, _ = engine.reply("what about brokers", context)  # not securities brokers
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["41-9021"], "FL")
    _, context = engine.reply("what do kindergarten teachers earn")
    answer, _ = engine.reply("do teachers need a masters", context)  # no "which teachers?"
    assert (answer.intent, answer.occupations) == ("education", ["25-2012"])
    # a word of one of the careers talked of points to it
    _, context = engine.reply("can u get rich selling houses")
    answer, context = engine.reply("whats the difference between an agent and a broker", context)
    assert (answer.intent, answer.occupations) == ("compare", ["41-9022", "41-9021"])
    answer, _ = engine.reply("how about work life balance for agents", context)
    assert (answer.intent, answer.occupations) == ("work_life_balance", ["41-9022"])
    # a correction means the other meaning, not the one talked of
    _, context = engine.reply("what do nurse practitioners make")
    answer, _ = engine.reply("no i meant nurses", context)
    assert (answer.intent, answer.occupations) == ("salary", ["29-1141"])
    # but a name set against the career talked of keeps its own meaning
    _, context = engine.reply("what do nurse practitioners do")
    answer, _ = engine.reply("how is that different from a regular nurse", context)
    assert "29-1141" in answer.occupations


def test_which_one_earns_more_compares_the_two_careers_talked_about(engine: Engine) -> None:
    _, context = engine.reply("library tech salary")
    _, context = engine.reply("what about carpenters?", context)
    answer, _ = engine.reply("which one earns more", context)
    assert (answer.intent, answer.occupations) == ("compare", [LIBRARY_TECH, "47-2031"])


def test_unknown_and_military_jobs_are_said_so_and_near_ones_offered(engine: Engine) -> None:
    youtuber = engine.reply("how much do youtubers make")[0]
    # no figure can be given: a fallback that says why, and the pay question is kept for the
    # next career named
    assert youtuber.intent == "fallback" and youtuber.occupations == []
    assert "no job by that name" in youtuber.plain_text() and not youtuber.choices
    editors = engine.reply(
        "ok what about video editors", engine.reply("how much do youtubers make")[1]
    )[0]
    assert (editors.intent, editors.occupations) == ("salary", ["27-4032"])
    # a word of one O*NET title ("coffee sommelier") is no occupation by itself
    assert "no job by that name" in engine.reply("what does a sommelier earn")[0].plain_text()
    seal = engine.reply("navy seal salary")[0]
    assert "military" in seal.plain_text() and "civilian" in seal.plain_text()
    assert seal.intent == "fallback"  # no military pay figures, whatever civilian ones are offered
    doordash, context = engine.reply("doordash driver pay in texas")
    assert doordash.intent == "salary"  # genuinely close careers answer the question once picked
    assert doordash.choices and "53-3031" in {c.occupations[0] for c in doordash.choices}
    index = next(i for i, c in enumerate(doordash.choices, 1) if c.occupations == ["53-3031"])
    picked, _ = engine.reply(str(index), context)
    assert (picked.intent, picked.occupations, picked.state) == ("salary", ["53-3031"], "TX")


def test_a_service_member_is_offered_the_civilian_careers_closest_to_their_work(
    engine: Engine,
) -> None:
    infantry = engine.reply("i was an infantryman, what civilian careers match my skills")[0]
    offered = {c.occupations[0] for c in infantry.choices}
    assert {"33-3051", "33-2011"} <= offered  # police patrol officers, firefighters
    assert "military" in infantry.plain_text() and all(
        c.intent != "related" for c in infantry.choices
    )
    corpsman = engine.reply("navy corpsman getting out next year, what jobs can i do")[0]
    assert "29-2042" in {c.occupations[0] for c in corpsman.choices}  # EMTs
    # a whole service says nothing of the work: the answer asks for the specialty
    army = engine.reply("im getting out of the army soon, what jobs can i do")[0]
    assert not army.choices and "specialty" in army.plain_text()


def test_ordinal_replies_pick_from_the_list(engine: Engine) -> None:
    answer, context = engine.reply("how much do they make?")
    for reply in ("the second one", "option 2", "2nd"):
        picked, _ = engine.reply(reply, context)
        assert (picked.intent, picked.occupations) == ("salary", answer.choices[1].occupations)


def test_a_comparison_that_could_not_be_made_is_not_repeated_by_follow_ups(engine: Engine) -> None:
    _, context = engine.reply("electrician pay in ohio vs pennsylvania")
    follow, _ = engine.reply("and michigan?", context)
    assert follow.intent == "salary" and follow.occupations == ["47-2111"]
    assert follow.state == "MI"


def test_the_other_one_and_the_last_one_point_to_careers_discussed(engine: Engine) -> None:
    _, context = engine.reply("compare library techs, librarians and archivists")
    answer, context = engine.reply("what's the pay for the first one in virginia", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", [LIBRARY_TECH], "VA")
    answer, context = engine.reply("and the last one", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["25-4011"], "VA")
    answer, context = engine.reply("what do librarians do all day", context)
    answer, _ = engine.reply("and the other one?", context)
    assert (answer.intent, answer.occupations) == ("duties", ["25-4011"])


def test_why_and_same_risk_keep_the_question(engine: Engine) -> None:
    _, context = engine.reply("will ai replace library aides")
    answer, context = engine.reply("why?", context)
    assert (answer.intent, answer.occupations) == ("automation", [LIBRARY_TECH])
    answer, context = engine.reply("librarians - same risk?", context)
    assert (answer.intent, answer.occupations) == ("automation", ["25-4022"])
    answer, _ = engine.reply("which one is safer from ai", context)
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["25-4022", LIBRARY_TECH])


@pytest.mark.parametrize(
    ("text", "intent", "soc"),
    [
        # the question after the description is read without it
        ("the people who answer 911 calls, how much do they make", "salary", "43-5031"),
        # the pay asked for after the description, and workers called "techs"
        ("how much do the people who clean teeth make", "salary", "29-1292"),
        ("what do techs who climb and fix wind turbines make", "salary", "49-9081"),
        # a job described and nothing asked: what it is
        ("what's the job called for the people who answer 911 calls", "overview", "43-5031"),
    ],
)
def test_a_described_job_is_answered_with_the_question_around_it(
    engine: Engine, text: str, intent: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == (intent, [soc])


def test_a_described_job_is_answered_saying_how_it_was_read(engine: Engine) -> None:
    # far ahead of the rest: answered, and said to be read from the description
    answer, _ = engine.reply("the guy who reads the gas meter, how much does he make")
    assert (answer.intent, answer.occupations) == ("salary", ["43-5041"])
    # said before the figures, so no one reads them as another job's
    said = "I took the job you described to be Meter Readers, Utilities."
    assert answer.plain_text().startswith(said)
    # closer: the likeliest answered, the others a tap away
    answer, context = engine.reply("the people who make fake legs and arms, what school is needed")
    assert answer.plain_text().startswith("I took the job you described to be ")
    others = [s for s in answer.suggestions if s.label.startswith("Also: ")]
    assert others and all(s.occupations != answer.occupations for s in others)
    # a tap on another answers the same question for it
    tapped = engine.reply(others[0].label, context)[0]
    assert (tapped.intent, tapped.occupations) == ("education", others[0].occupations)


def test_a_described_library_job_is_answered_as_library_assistant_is(engine: Engine) -> None:
    # the two meanings of "library assistant" neck and neck: answered as the name is, the
    # clerical one offered beside it
    answer, _ = engine.reply("the ppl who check out books at the library, is that a good career")
    assert (answer.intent, answer.occupations) == ("overview", [LIBRARY_TECH])
    assert any(s.occupations == ["43-4121"] for s in answer.suggestions)


def test_comparison_follow_ups_in_chat_words(engine: Engine) -> None:
    _, context = engine.reply("lifeguard pay")
    answer, context = engine.reply("wbu cashiers", context)
    assert (answer.intent, answer.occupations) == ("salary", ["41-2011"])
    answer, context = engine.reply("who gets paid more", context)
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["33-9092", "41-2011"])
    _, context = engine.reply("what do cashiers make")
    answer, _ = engine.reply("Massage therapist is more money?", context)
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["31-9011", "41-2011"])


def test_another_career_after_a_comparison_is_asked_what_the_comparison_was_about(
    engine: Engine,
) -> None:
    _, context = engine.reply(
        "which is at higher risk of automation: cashiers or retail salespersons?"
    )
    answer, context = engine.reply("What about customer service representatives?", context)
    assert (answer.intent, answer.occupations) == ("automation", ["43-4051"])
    answer, _ = engine.reply("and the first one?", context)
    assert (answer.intent, answer.occupations) == ("automation", ["41-2011"])
    # a comparison about nothing in particular: pay, as before
    _, context = engine.reply("nurse vs teacher")
    assert engine.reply("and welders?", context)[0].intent == "salary"


def test_a_question_after_a_reaction_is_no_verdict_on_the_last_answer(engine: Engine) -> None:
    _, context = engine.reply("what do air traffic controllers make")
    answer, context = engine.reply("ok so what do you need to become one", context)
    assert (answer.intent, answer.occupations) == ("education", ["53-2021"])
    answer, _ = engine.reply("ok is that good?", context)
    assert answer.reason == "judges_last_answer"


def test_bare_questions_and_closing_words_after_a_career(engine: Engine) -> None:
    _, context = engine.reply("game warden salary")
    answer, context = engine.reply("what do they do and do u need college", context)
    assert (answer.intents, answer.occupations) == (["duties", "education"], ["33-3031"])
    answer, context = engine.reply("and how much", context)
    assert answer.intent == "salary"
    answer, _ = engine.reply("ok makes sense. bye", context)
    assert answer.intent == "goodbye"


def test_saying_where_one_lives_asks_the_last_question_there(engine: Engine) -> None:
    _, context = engine.reply("what do bakers earn")
    answer, _ = engine.reply("I live in Wisconsin.", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["51-3011"], "WI")


def test_a_reaction_offers_more_about_the_career_and_keeps_it(engine: Engine) -> None:
    _, context = engine.reply("what do emts make in ohio")
    answer, context = engine.reply("wow ok", context)
    assert (answer.intent, answer.reason, answer.occupations) == ("fallback", "reaction", [])
    assert "Emergency Medical Technicians" in answer.plain_text()
    assert {s.occupations[0] for s in answer.suggestions} == {"29-2042"}
    answer, _ = engine.reply("and the outlook?", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["29-2042"])


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("list careers with therapist", "therapist", "Physical Therapists"),
        ("list careers with engineer", "engineer", "Aerospace Engineers"),
    ],
)
def test_a_list_is_searched_by_its_topic_words(
    engine: Engine, text: str, word: str, title: str
) -> None:
    # (an interest, "any jobs with animals", lists the careers that go with it instead)
    text_out = engine.reply(text)[0].plain_text()
    assert f"match “{word}”" in text_out and title in text_out


def test_an_area_lists_its_most_common_careers_first(engine: Engine) -> None:
    # "computer" names an area (data/areas.yaml): its careers, not titles with the word
    text_out = engine.reply("show me computer jobs")[0].plain_text()
    assert "Careers in computer" in text_out and "1. Software Developers" in text_out


def test_careers_with_a_word_are_searched_and_the_search_said(engine: Engine) -> None:
    answer = engine.reply("any careers with 'therapist'?")[0]
    assert answer.intent == "list_occupations"  # not "which therapist do you mean?"
    text = answer.plain_text()
    assert "match “therapist”" in text and "Physical Therapists (29-1123)" in text
    assert "Physical Therapist Assistants" in text


@pytest.mark.parametrize(
    "text",
    [
        "what colleges have the best nursing programs",
        "what gpa do i need for nursing school",
        "what gpa do i need to get into ucla nursing",  # no school word: the gpa says it
    ],
)
def test_choosing_a_school_is_said_to_be_outside_the_data(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.reason) == ("fallback", "picks_a_school")
    assert "colleges" in answer.plain_text() and "Registered Nurses" in answer.plain_text()
    assert [s.intent for s in answer.suggestions] == ["education"]


def test_the_education_a_job_needs_is_still_answered(engine: Engine) -> None:
    answer = engine.reply("do i need to go to college to be a plumber")[0]
    assert (answer.intent, answer.occupations) == ("education", ["47-2152"])


def test_a_judgement_of_the_last_answer_gets_it_again_with_its_comparison(engine: Engine) -> None:
    _, context = engine.reply("what do emts make in ohio")
    answer, _ = engine.reply("is that low?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["29-2042"], "OH")
    assert answer.reason == "judges_last_answer" and "below" in answer.plain_text()


def test_a_remark_on_the_last_figure_gets_its_comparison_and_what_else_to_ask(
    engine: Engine,
) -> None:
    _, context = engine.reply("what do emts make in ohio")
    answer, after = engine.reply("that's kinda low ngl", context)
    # no question asked: the figure set against all jobs, and buttons for what else to ask
    assert (answer.intent, answer.reason) == ("fallback", "remarks_on_last")
    assert answer.plain_text().startswith("Against all jobs") and "below" in answer.plain_text()
    assert {s.occupations[0] for s in answer.suggestions} == {"29-2042"}
    follow_up, _ = engine.reply("do they need college", after)
    assert (follow_up.intent, follow_up.occupations) == ("education", ["29-2042"])


def test_a_sum_of_money_beside_a_career_is_about_its_pay(engine: Engine) -> None:
    answer = engine.reply("my cousin says electricians in dallas clear 70k, is that true?")[0]
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2111"], "TX")
    assert engine.reply("is subbing a decent gig while i figure out my life?")[0].intent != "salary"


def test_a_career_set_against_the_one_discussed_is_compared(engine: Engine) -> None:
    _, context = engine.reply("what do registered nurses make in new york")
    answer, _ = engine.reply("LPN is lower?", context)
    assert (answer.intent, sorted(answer.occupations), answer.state) == (
        "compare",
        ["29-1141", "29-2061"],
        "NY",
    )


def test_a_word_that_names_another_career_with_the_last_ones_head_noun(engine: Engine) -> None:
    _, context = engine.reply("civil engineer salary")
    answer, _ = engine.reply("mechanical?", context)
    assert (answer.intent, answer.occupations) == ("salary", ["17-2141"])
    _, context = engine.reply("elementary school teacher pay in texas")
    answer, context = engine.reply("ok how about high school", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["25-2031"], "TX")
    answer, _ = engine.reply("is that a lot?", context)  # a judgement, not "lot" + teacher
    assert answer.reason == "judges_last_answer"


@pytest.mark.parametrize("text", ["?", "...", "🙂", ""])
def test_a_message_with_no_words_gets_a_nudge_not_a_refusal(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.reason) == ("fallback", "nothing_said")
    assert (
        "employer" not in answer.plain_text() and "library technicians earn" in answer.plain_text()
    )


def test_no_next_buttons_after_a_goodbye(engine: Engine) -> None:
    assert engine.reply("thx bye")[0].suggestions == []


def test_a_comparison_says_which_pays_most_and_grows_fastest(engine: Engine) -> None:
    answer = engine.reply("lpn vs rn pay in texas")[0]
    text = answer.plain_text()
    assert "Highest median pay in Texas: Registered Nurses" in text
    assert "Fastest projected growth, 2024–34:" in text


def test_where_is_that_from_asks_for_the_source(engine: Engine) -> None:
    _, context = engine.reply("will ai replace library aides")
    assert engine.reply("where's that from", context)[0].intent == "source"


@pytest.mark.parametrize(
    ("first", "follow", "named"),
    [
        ("how much do pharmacists make", "where's that from?", "BLS wage survey"),
        ("what do library techs do", "where is that info from", "O*NET 30.3"),
        ("compare nurses and electricians", "where is that number from", "Employment Projections"),
    ],
)
def test_where_is_that_from_names_the_last_answers_sources_first(
    engine: Engine, first: str, follow: str, named: str
) -> None:
    _, context = engine.reply(first)
    answer, _ = engine.reply(follow, context)
    assert answer.intent == "source" and answer.occupations == []
    lead = answer.blocks[0].text.split("\n")[0]
    assert "I just gave for" in lead and named in lead
    # every official source is still listed, and no one career's report
    names = [c.name for c in answer.sources]
    assert any("O*NET" in n for n in names) and any("Employment Projections" in n for n in names)
    assert not any("StartRight" in n for n in names)


def test_where_does_your_data_come_from_lists_the_official_sources_once(engine: Engine) -> None:
    answer, _ = engine.reply("where does your data come from")
    names = [c.name for c in answer.sources]
    assert len([n for n in names if "Occupational Employment and Wage Statistics" in n]) == 1
    assert not any("StartRight" in n for n in names)


# One message, fresh conversation: what it asks and about which careers (None: any careers),
# each row a kind of message people write.
MESSAGES = [
    ("pharmacist hours in texas", ["work_life_balance"], None),  # hours are a schedule
    ("how much per hour do nurses make", ["salary"], None),  # an hour, a rate of pay
    ("thx, bye", ["thanks", "goodbye"], []),
    ("Thank you dear, goodbye", ["thanks", "goodbye"], []),
    ("ok makes sense. bye", ["goodbye"], []),
    ("fine lol bye", ["goodbye"], []),
    ("Salamat!", ["thanks"], []),
    ("tyy", ["thanks"], []),
    ("thanksss", ["thanks"], []),
    ("ok bye, thanks", ["goodbye", "thanks"], []),  # in the order said
    ("Goodbye and thanks for the info", ["goodbye", "thanks"], []),
    ("Thanks, I'll look into CNA programs.", ["thanks"], []),
    ("thanks!! ur a lifesaver", ["thanks"], []),
    ("what does a library tech do and is it stressful", ["duties", "work_life_balance"], None),
    ("do high school teachers actually get summers off", ["work_life_balance"], None),
    ("pros and cons of library tech work", ["strengths", "challenges"], [LIBRARY_TECH]),
    ("how 2 become library aide", ["education"], [LIBRARY_TECH]),
    ("hi what can u do", ["help"], []),
    # a greeting that opens a question is no greeting to answer
    ("yo whats a dental hygienist make", ["salary"], ["29-1292"]),
    ("hello how much truck driver make in usa", ["salary"], ["53-3032"]),
    ("hey whats up", ["greeting"], []),
    ("how do u get to be a detective", ["education"], ["33-3021"]),
    ("law school how many years total to be a lawyer", ["education"], ["23-1011"]),
    # a future put down to AI or robots is the automation question
    (
        "Will they still need electricians when he is my age, with all these robots?",
        ["automation"],
        ["47-2111"],
    ),
    ("will there be jobs for interpreters", ["outlook"], ["27-3091"]),
    ("is being a software engineer still worth it with all the ai stuff", ["automation"], None),
    ("how many lawyers are there", ["employment"], ["23-1011"]),
    ("how many pilots are there in the us", ["employment"], ["53-2011"]),  # "pilot" is guarded
    ("what does an animator make", ["salary"], ["27-1014"]),
    ("is a data analyst a good job", ["overview"], ["15-2051"]),  # not management analysts
    # "what's a …" asks what the job is: its description and tasks
    ("whats an actuary", ["duties"], ["15-2011"]),
    # a job word too general alone, made a name by the workplace said with it
    ("are libraries still hiring technicians these days", ["outlook"], [LIBRARY_TECH]),
    ("my school library is hiring student aides. is it worth it", ["overview"], [LIBRARY_TECH]),
    ("I'm a school counselor. What information can this chatbot give my students?", ["help"], []),
    # pay said in passing outweighs a reading of the whole as an overview
    ("is plumbing worth it money wise", ["salary"], ["47-2152"]),
    ("my uncle says roofers dont make much. is that true?", ["salary"], ["47-2181"]),
    ("i heard dental hygienists are the best paid in healthcare, is it true", ["salary"], None),
    # "<topic> wise", a field of study said with "major", "employment outlook", "how many exams"
    ("where do pharmacists stand, growth-wise", ["outlook"], ["29-1051"]),
    ("nursing major here, will ai take over nursing", ["automation"], ["29-1141"]),
    ("what is the employment outlook for welders", ["outlook"], ["51-4121"]),
    ("how many exams to become a cpa", ["education"], None),
    ("what are the principal duties of a paralegal", ["duties"], ["23-2011"]),  # no school head
    ("what do school nurses do in schools all day", ["duties"], ["29-1141"]),  # a workplace
    ("ai vs paralegals, who wins", ["automation"], ["23-2011"]),
    ("is phlebotomy a good first job in healthcare", ["overview"], ["31-9097"]),  # no list
    ("what is the work of a court interpreter", ["duties"], ["27-3091"]),
    # thanks said at length, a greeting in another language, thanks before a question
    ("Thank you so much, this put my mind at ease about her plans.", ["thanks"], []),
    ("hola, buenas tardes", ["greeting"], []),
    ("thanks but what do welders make", ["salary"], ["51-4121"]),
    # old enough to start is a question of getting in; at 50 it is whether it is worth it
    ("can you be a cna at 16", ["education"], ["31-1131"]),
    ("how old do you have to be to be a lifeguard", ["education"], None),
    ("what do nurses make at 30", ["salary"], ["29-1141"]),
    # the career asked about is in the sentence that asks, not the story before it
    (
        "He always wanted to be a pilot but now he wants to go into coding. What do software "
        "developers make?",
        ["salary"],
        ["15-1252"],
    ),
    ("yo wat do ppl who make video games get paid", ["salary"], ["15-1252"]),
    # the user's own career is the one related careers are asked for
    ("im a barista rn and i want out, what careers are similar", ["related"], ["35-3023"]),
    ("I work as a bank teller, what else could I do with my experience?", ["related"], ["43-3071"]),
    ("what does someone in HR actually do all day", ["duties"], ["13-1071"]),
    ("what is the job of a logistician exactly", ["duties"], ["13-1081"]),
    ("whats a school library aide", ["duties"], [LIBRARY_TECH]),
    ("what do you do", ["help"], []),
    ("how does this work", ["help"], []),
    ("what is this chat for", ["help"], []),
    ("hello, what can you help with?", ["help"], []),
    ("welding worth it?", ["overview"], None),
    ("surveying as a career?", ["overview"], None),
    ("youtubers make how much per video??", ["fallback"], []),
    ("how much did the kardashians make last year", ["fallback"], []),
    ("how do i file taxes as a doordash driver", ["fallback"], []),
    ("Hello, I'm a high school counselor preparing a careers unit.", ["greeting"], []),
    ("Greetings! I'm a school counselor, nice to meet you.", ["greeting"], []),
    ("yo can u do my math hw", ["fallback"], []),
    ("are u chatgpt", ["fallback"], []),  # about the bot, not a career's AI risk
    # a side asked by judging the job, whatever the rest of the message says
    ("whats good about being an elevator mechanic, heard they make bank", ["strengths"], None),
    (
        "my mom keeps pushing accounting. whats actually good about being an accountant",
        ["strengths"],
        None,
    ),
    ("What's the toughest part of driving a city bus in Chicago?", ["challenges"], ["53-3052"]),
    ("is this an ai", ["fallback"], []),
    ("my kid wants to be a vet", ["overview"], ["29-1131"]),
    ("is pilot a good job", ["overview"], ["53-2011"]),
    ("my dentist said i have 2 cavities", ["fallback"], []),
    # someone's own librarian, not the career
    (
        "My daughter's school librarian was rude to her today. Who do I complain to?",
        ["fallback"],
        [],
    ),
    ("is the number of library tech jobs going up or down", ["outlook"], [LIBRARY_TECH]),
    ("how many library technicians are there", ["employment"], [LIBRARY_TECH]),
]


@pytest.mark.parametrize(("text", "intents", "socs"), MESSAGES)
def test_messages_as_people_write_them(
    engine: Engine, text: str, intents: list[str], socs: list[str] | None
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intents == intents
    assert socs is None or answer.occupations == socs
    if set(intents) == {"thanks", "goodbye"}:
        assert len(answer.blocks) == 2  # both answered


def test_why_questions_and_long_judgements_keep_the_last_question(engine: Engine) -> None:
    _, context = engine.reply("will ai replace library aides")
    answer, context = engine.reply("Why is it rated that way?", context)
    assert (answer.intent, answer.reason) == ("automation", "judges_last_answer")
    _, context = engine.reply("correctional officer pay in texas")
    answer, context = engine.reply("seems low for a dangerous job", context)
    assert (answer.intent, answer.reason) == ("fallback", "remarks_on_last")
    answer, _ = engine.reply("and in florida?", context)  # the pay question still stands
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["33-3012"], "FL")


def test_pros_or_cons_alone_and_all_usa(engine: Engine) -> None:
    _, context = engine.reply("what do library techs do in new hampshire")
    assert engine.reply("Can you give us three pros for the video?", context)[0].intent == (
        "strengths"
    )
    assert engine.reply("And a couple of cons, to be honest", context)[0].intent == "challenges"
    answer, _ = engine.reply("For all USA?", context)
    assert (answer.intent, answer.state) == ("duties", None)


def test_an_employers_pay_is_said_to_be_unpublished_and_the_careers_pay_offered(
    engine: Engine,
) -> None:
    answer, _ = engine.reply("how much does google pay software engineers")
    assert (answer.intent, answer.reason, answer.occupations) == ("fallback", "employer", [])
    assert "google" in answer.plain_text().lower()
    assert "by occupation and state" in answer.plain_text()
    offered = [(s.intent, s.occupations) for s in answer.suggestions]
    assert offered == [("salary", ["15-1252"])]
    # A workplace is not an employer question: the stocker's pay, in Arkansas, is answered.
    answer, _ = engine.reply("stocker at walmart in arkansas, hourly?")
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["53-7065"], "AR")


def test_a_reply_naming_an_option_picks_it_with_everything_kept(engine: Engine) -> None:
    answer, context = engine.reply("nurse vs teacher pay")
    assert answer.choices  # which teachers?
    answer, context = engine.reply("high school", context)
    assert (answer.intent, answer.reason) == ("compare", "pick_by_name")
    assert sorted(answer.occupations) == ["25-2031", "29-1141"]
    answer, context = engine.reply("how much do engineers make")
    answer, _ = engine.reply("mechanical", context)
    assert (answer.intent, answer.occupations) == ("salary", ["17-2141"])


def test_a_question_while_options_wait_is_answered_for_the_first_with_the_rest_offered(
    engine: Engine,
) -> None:
    answer, context = engine.reply("how much do teachers make")
    offered = [choice.occupations for choice in answer.choices]
    answer, context = engine.reply("do they need a masters", context)
    assert answer.reason == "choice_pending/first"
    assert (answer.intent, answer.occupations) == ("education", offered[0])
    also = [s for s in answer.suggestions if s.label.startswith("Also: ")]
    assert [s.occupations for s in also] == offered[1 : len(also) + 1]
    assert all(s.intent == "education" for s in also)
    answer, _ = engine.reply("in cali", context)  # a state: the same question there
    assert (answer.intent, answer.occupations, answer.state) == ("education", offered[0], "CA")


def test_a_state_while_options_wait_keeps_the_options(engine: Engine) -> None:
    _, context = engine.reply("how much do teachers make")
    _, context = engine.reply("in cali", context)
    answer, _ = engine.reply("the elementary one", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["25-2021"], "CA")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the people who clean your teeth", "overview"),
        ("yo whats the pay for the ppl who clean ur teeth at the dentist", "salary"),
        ("the ladies who clean your teeth at the dentist, what do they have to study", "education"),
    ],
)
def test_the_people_who_clean_teeth_are_dental_hygienists(
    engine: Engine, text: str, intent: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations, answer.reason) == (
        intent,
        ["29-1292"],
        "described_job",
    )


@pytest.mark.parametrize(
    ("text", "socs", "state"),
    [
        ("how much do welders make in ohio? and electricians?", ["51-4121", "47-2111"], "OH"),
        (
            "What is salary for electrician in Texas state? And for plumber same state?",
            ["47-2111", "47-2152"],
            "TX",
        ),
        (
            "what do dental hygienists earn and what about dental assistants",
            ["29-1292", "31-9091"],
            None,
        ),
    ],
)
def test_a_career_added_at_the_end_gets_the_same_question(
    engine: Engine, text: str, socs: list[str], state: str | None
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", socs, state)


@pytest.mark.parametrize(
    "text", ["lol ok", "cool", "omg", "interesting", "hmm", "k", "bet", "thats trash", "ight"]
)
def test_a_reaction_after_an_answer_offers_what_else_to_ask(engine: Engine, text: str) -> None:
    _, context = engine.reply("how much do welders make")
    answer, _ = engine.reply(text, context)
    assert (answer.intent, answer.reason) == ("fallback", "reaction")
    assert "ask your employer" not in answer.plain_text()
    assert {s.occupations[0] for s in answer.suggestions} == {"51-4121"}


def test_thanks_then_a_further_question_answers_the_question(engine: Engine) -> None:
    answer = engine.reply(
        "thx! one more: what careers are good for kids who love art but want stable pay"
    )[0]
    assert answer.intent == "list_occupations" and answer.choices
    assert engine.reply("thanks so much, this is what I needed")[0].intent == "thanks"


def test_thanks_with_a_friendly_word_is_thanks(engine: Engine) -> None:
    answer, _ = engine.reply("thank you very much my friend")
    assert answer.intent == "thanks"


def test_a_job_wished_for_is_not_the_users_own_pay(engine: Engine) -> None:
    answer, _ = engine.reply("i wanna be a youtuber how much $$")
    assert (answer.intent, answer.reason) == ("fallback", "unknown_job")
    answer, _ = engine.reply("how much do i make")  # the user's own pay: their employer knows
    assert (answer.intent, answer.reason) == ("fallback", "own_job")
    assert "employer or HR" in answer.plain_text()
    answer, _ = engine.reply("can you write my essay about careers")  # no employer for that
    assert answer.intent == "fallback" and "employer" not in answer.plain_text()


def test_no_downside_found_is_never_read_as_safe(engine: Engine) -> None:
    answer, _ = engine.reply("What are the downsides of being a police officer?")
    assert answer.intent == "challenges"
    text = answer.plain_text()
    # Police pay and outlook trip none of the rules; the answer must not read as "safe".
    assert "that is not the same as no downsides" in text
    assert "physical danger" in text


def test_the_downsides_of_a_trade_include_slow_growth_and_the_old_computerisation_estimate(
    engine: Engine,
) -> None:
    text = engine.reply("what are the cons of welding")[0].plain_text()
    assert "Growing slower than most: +2.2%" in text
    assert "computerisation (Frey & Osborne): 94%" in text
    assert "physical danger" in text  # said under every list of downsides


@pytest.mark.parametrize(
    ("text", "intent", "socs"),
    [
        ("whats an esthetician do", "duties", ["39-5094"]),
        ("what do animators make", "salary", ["27-1014"]),
        ("what is the source of this numbers", "source", []),
        ("is being a makeup artist an actual career", "overview", ["39-5091"]),
    ],
)
def test_plain_questions_with_the_name_taken_out(
    engine: Engine, text: str, intent: str, socs: list[str]
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == (intent, socs)


def test_a_reaction_then_a_new_career_keeps_the_question(engine: Engine) -> None:
    _, context = engine.reply("how many years of school to be a psychiatrist")
    answer, _ = engine.reply("omg thats so long. what about psychologists", context)
    assert (answer.intent, answer.occupations, answer.reason) == (
        "education",
        ["19-3033"],
        "career_switch",
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("what does a tour guide make here in Savannah", "GA"),
        ("what do lifeguards make in myrtle beach", "SC"),  # two words: no anchor needed
        ("nurse pay in tyler", "TX"),
        ("my son tyler wants to be a nurse, how much do they make", None),  # a name, not a city
        ("how much does barnes and noble pay", None),  # not "barre"
    ],
)
def test_cities_from_the_geonames_table_stand_for_their_state(
    engine: Engine, text: str, state: str | None
) -> None:
    assert engine.reply(text)[0].state == state


def test_a_job_counted_in_a_catch_all_group_says_so(engine: Engine) -> None:
    answer, _ = engine.reply("how much do tattoo artists make")
    assert answer.occupations == ["39-9099"]
    # the note names the job the user asked about, so they see why the title differs
    assert "BLS counts “tattoo artists” in “Personal Care and Service Workers, All Other”" in (
        answer.plain_text()
    )
    assert "catch-all" not in engine.reply("how much do plumbers make")[0].plain_text()


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("which one needs more school", "Least education to start: Dental Hygienists"),
        ("which has more jobs", "Most jobs: Registered Nurses"),
        ("which is growing faster", "Fastest projected growth, 2024–34:"),
        ("which pays more", "Median pay is close:"),  # $98,100 against $97,550
        ("which is more at risk from ai", "More exposed to AI language models: Registered"),
    ],
)
def test_a_comparison_opens_with_what_was_asked(
    engine: Engine, question: str, opening: str
) -> None:
    _, context = engine.reply("nurse vs dental hygienist")
    answer, _ = engine.reply(question, context)
    assert answer.intent == "compare"
    assert answer.plain_text().split("\n")[1].startswith(opening)


def test_short_follow_ups_name_weak_words_and_places(engine: Engine) -> None:
    _, context = engine.reply("how many athletes are there")
    answer, context = engine.reply("and coaches?", context)
    assert (answer.intent, answer.occupations) == ("employment", ["27-2022"])
    _, context = engine.reply("how much do plumbers make")
    answer, _ = engine.reply("In Maine, I mean.", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2152"], "ME")


@pytest.mark.parametrize(
    "text", ["barbers tho", "What about being a barber instead?", "wow. barbers?"]
)
def test_a_new_career_in_passing_keeps_the_last_question(engine: Engine, text: str) -> None:
    _, context = engine.reply("how much do hairdressers make in georgia")
    answer, _ = engine.reply(text, context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["39-5011"], "GA")


def test_a_word_of_one_career_discussed_points_to_it(engine: Engine) -> None:
    _, context = engine.reply("compare librarians and library technicians")
    answer, _ = engine.reply("the technician job, will AI replace it?", context)
    assert (answer.intent, answer.occupations) == ("automation", ["25-4031"])
    answer, _ = engine.reply("what skills does the librarian one need", context)
    assert (answer.intent, answer.occupations) == ("skills", ["25-4022"])
    # a word of the everyday name ("mri tech") points as a word of the title does
    _, context = engine.reply("sonographer vs mri tech pay")
    answer, _ = engine.reply("which is safer from ai, the mri one?", context)
    assert (answer.intent, answer.occupations) == ("automation", ["29-2035"])


def test_how_much_more_after_two_careers_compares_them(engine: Engine) -> None:
    _, context = engine.reply("should i be a dental assistant or a dental hygienist")
    answer, _ = engine.reply("how much more do hygienists make", context)
    assert (answer.intent, answer.occupations) == ("compare", ["31-9091", "29-1292"])


def test_a_reaction_opening_a_question_does_not_hide_it(engine: Engine) -> None:
    _, context = engine.reply("whats a pharmacy tech")
    answer, _ = engine.reply("oh wow how long is the training", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-2052"])


def test_a_career_set_against_the_last_by_its_short_name(engine: Engine) -> None:
    _, context = engine.reply("what does an occupational therapist do")
    answer, _ = engine.reply("hows that different from pt", context)
    assert (answer.intent, answer.occupations) == ("compare", ["29-1122", "29-1123"])
    # "pt" alone is still part time
    answer, _ = engine.reply("i work pt at a gym, is that bad", Context())
    assert answer.occupations == []


def test_a_follow_up_naming_its_question_is_not_refused(engine: Engine) -> None:
    _, context = engine.reply("what do mail carriers do")
    answer, _ = engine.reply("need test or school?", context)
    assert (answer.intent, answer.occupations) == ("education", ["43-5052"])
    _, context = engine.reply("how many library technicians are there")
    answer, _ = engine.reply("is that number going up", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["25-4031"])


@pytest.mark.parametrize(
    ("first", "then", "socs"),
    [
        ("how much do library technicians make", "How does the pay compare to tellers?",
         ["25-4031", "43-3071"]),
        ("what do vet techs do", "how much more do vets make", ["29-2056", "29-1131"]),
    ],
)  # fmt: skip
def test_a_comparison_with_the_career_discussed_by_its_words(
    engine: Engine, first: str, then: str, socs: list[str]
) -> None:
    _, context = engine.reply(first)
    answer, _ = engine.reply(then, context)
    assert (answer.intent, answer.occupations) == ("compare", socs)


def test_compare_all_of_them_and_which_pays_better_compare_the_careers_discussed(
    engine: Engine,
) -> None:
    _, context = engine.reply("electricians vs plumbers vs welders")
    answer, _ = engine.reply("compare all three on pay in iowa", context)
    assert (answer.intent, answer.state) == ("compare", "IA")
    assert sorted(answer.occupations) == ["47-2111", "47-2152", "51-4121"]
    answer, _ = engine.reply("which has the better paycheck", context)
    assert answer.intent == "compare"


def test_similar_jobs_after_a_career_are_its_related_careers(engine: Engine) -> None:
    _, context = engine.reply("what do library technicians do")
    answer, context = engine.reply("ok cool what are some similar jobs", context)
    assert (answer.intent, answer.occupations) == ("related", ["25-4031"])
    answer, _ = engine.reply("What kinds of similar jobs might also suit him?", context)
    assert (answer.intent, answer.occupations) == ("related", ["25-4031"])


def test_which_state_pays_most_ranks_the_states_by_median(engine: Engine) -> None:
    answer, context = engine.reply("which state pays nurses the most")
    assert (answer.intent, answer.occupations, answer.reason) == (
        "salary",
        ["29-1141"],
        "states_by_pay",
    )
    oews = engine.catalog.oews
    assert oews is not None
    medians = {
        code: figures.number("annual_median") or 0.0
        for code in STATES
        if (figures := oews.state(code, "29-1141")) is not None
    }
    best = max(medians, key=lambda code: medians[code])
    items = answer.blocks[0].items
    assert len(items) == 5 and items[0].startswith(state_name(best) + ": $")
    assert "Source: BLS wage survey" in answer.plain_text()
    # after a career, "that" is the career; "lowest" turns the order round
    _, context = engine.reply("how much do welders make")
    answer, _ = engine.reply("which state has the lowest pay for that", context)
    assert answer.reason == "states_by_pay" and answer.occupations == ["51-4121"]
    worst = min(
        (figures.number("annual_median") or 1e9, code)
        for code in STATES
        if (figures := oews.state(code, "51-4121")) is not None
    )[1]
    assert answer.blocks[0].items[0].startswith(state_name(worst) + ": $")
    # a question about the bot is no ranking
    assert engine.reply("what state are you in", context)[0].reason != "states_by_pay"


def test_the_other_end_of_a_state_ranking_is_one_word_away(engine: Engine) -> None:
    best, context = engine.reply("which state pays nurses the most")
    worst, context = engine.reply("and the worst?", context)
    assert (worst.reason, worst.occupations) == ("states_other_end", ["29-1141"])
    assert "earn the least" in worst.plain_text()
    assert engine.reply("what about the top ones again", context)[0].blocks == best.blocks
    # a question of its own is no ranking
    assert engine.reply("what are the worst parts of the job", context)[0].intent == "challenges"
    # a career of the list just offered, asked where it pays most: the ranking, not the option
    _, context = engine.reply("i like animals what jobs r there")
    answer, _ = engine.reply("which state pays vets the most", context)
    assert (answer.reason, answer.occupations) == ("states_by_pay", ["29-1131"])


def test_a_place_we_live_asks_the_last_question_there(engine: Engine) -> None:
    _, context = engine.reply("how much do auto mechanics make")
    answer, _ = engine.reply("We live in Michigan, does that change anything?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-3023"], "MI")


def test_surprise_is_no_goodbye_and_a_question_after_a_reaction_is_answered(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do actuaries make")
    assert engine.reply("fr? thats it", context)[0].intent != "goodbye"
    answer, _ = engine.reply("thats a lot lol. is it hard", context)
    assert (answer.intent, answer.occupations) == ("challenges", ["15-2011"])


def test_the_pay_jump_from_one_to_the_other_compares_the_two(engine: Engine) -> None:
    _, context = engine.reply("whats the difference between a bookkeeper and an accountant")
    answer, _ = engine.reply("and how big is the pay jump from one to the other", context)
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["13-2011", "43-3031"])


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("what does median mean", "Median"),
        ("wat does median mean lol", "Median"),
        ("what is the meaning of median", "Median"),
        ("what is a job zone", "Job Zones"),
        ("what does 'middle half' mean", "Percentiles and the middle half"),
        ("what is O*NET", "O*NET"),
        ("what does more exposed than 60% of jobs mean", "AI exposure"),
        ("what does SOC stand for", "SOC codes"),
        ("define percentile", "Percentiles and the middle half"),
        ("what does bright outlook mean", "Bright Outlook"),
        ("what is a median?", "Median"),  # no career talked about: the word
    ],
)
def test_the_words_answers_use_are_explained(engine: Engine, text: str, term: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.reason) == ("source", "defines_term")
    assert answer.blocks[0].heading == f"📖 {term}"
    assert engine.catalog.glossary[term].text == answer.blocks[0].text


def test_a_figure_asked_for_is_not_explained_instead(engine: Engine) -> None:
    _, context = engine.reply("what do welders make")
    answer, context = engine.reply("whats the median?", context)
    assert (answer.intent, answer.occupations) == ("salary", ["51-4121"])
    assert engine.reply("what is the outlook for nurses")[0].intent == "outlook"
    # an explanation mid-chat keeps the conversation's thread
    answer, context = engine.reply("what does median mean", context)
    assert answer.reason == "defines_term"
    assert engine.reply("and in ohio?", context)[0].occupations == ["51-4121"]


def test_someone_starting_over_is_shown_ways_to_explore(engine: Engine) -> None:
    laid_off = engine.reply("i just got laid off what can i even do now")[0]
    assert (laid_off.intent, laid_off.reason) == ("fallback", "starting_out")
    assert (
        "careeronestop.org" in laid_off.plain_text() and "can't help" not in laid_off.plain_text()
    )
    # the news is not the user's own layoff: the question is answered
    _, context = engine.reply("my son wants to be a video game designer")
    news = engine.reply(
        "Is it a field that's growing or shrinking? I keep reading about layoffs at game "
        "companies.",
        context,
    )[0]
    assert news.intent == "outlook"
    low = engine.reply("honestly I feel hopeless, like I'll never find anything")[0]
    assert low.reason == "starting_out" and "That sounds hard" in low.plain_text()
    openings = engine.reply("any jobs hiring near me?")[0]
    assert (
        openings.intent == "fallback" and "careeronestop.org/Toolkit/Jobs" in openings.plain_text()
    )
    undecided = engine.reply("idk what to do with my life")[0]
    assert undecided.reason == "starting_out" and "what jobs fit me" in undecided.plain_text()
    # said with what they like or need, it is the list itself
    liked = engine.reply("im 15 and i like gaming and drawing. idk what i want to do lol")[0]
    assert liked.intent == "list_occupations" and "15-1252" in {
        c.occupations[0] for c in liked.choices
    }
    floor = engine.reply(
        "i just got laid off from the amazon warehouse after 6 years. im 44, no college. "
        "what kind of jobs can i get that pay better than $18 an hour"
    )[0]
    assert floor.intent == "list_occupations" and "$37,440 a year or more" in floor.plain_text()


def test_veterans_are_asked_their_specialty_or_offered_careers_close_to_it(engine: Engine) -> None:
    veteran = engine.reply("I'm a veteran looking for a job, what careers are good for veterans?")[
        0
    ]
    assert "specialty" in veteran.plain_text() and not veteran.choices
    infantry = engine.reply("army vet, was infantry. what can i do now")[0]
    assert infantry.occupations == [] and "29-1131" not in str(infantry.choices)  # no vets
    assert "33-3051" in {c.occupations[0] for c in infantry.choices}
    assert engine.reply("how much do vets make")[0].occupations == ["29-1131"]


def test_the_first_one_points_to_the_first_career_discussed(engine: Engine) -> None:
    _, context = engine.reply("compare library assistants and librarians")
    _, context = engine.reply("more", context)
    answer, _ = engine.reply("tell me more about the first one", context)
    # "first" + the head noun "assistant" is no "First Assistant" (surgical assistants)
    assert answer.occupations == [LIBRARY_TECH]


def test_a_question_in_spanish_is_told_the_bot_reads_english(engine: Engine) -> None:
    answer = engine.reply("necesito trabajo, donde puedo buscar empleo")[0]
    assert answer.reason == "in_spanish" and "solo entiendo inglés" in answer.plain_text()
    # one word of Spanish in English is English
    assert engine.reply("how much does a nurse make, gracias")[0].intent == "salary"


def test_comparisons_say_what_they_cannot_settle(engine: Engine) -> None:
    _, context = engine.reply("nursing or dental hygiene")
    stress, _ = engine.reply("what about stress, which one is more stressful", context)
    assert stress.intent == "compare" and "won't" in stress.plain_text()
    close = engine.reply("nursing or dental hygiene")[0].plain_text()
    assert "Median pay is close" in close and "Highest median pay" not in close
    assert "Highest median pay" in engine.reply("nurse vs cna pay")[0].plain_text()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("elecrician salry in texs", "TX"),
        ("nurse pay in tennesee", "TN"),
        ("welder pay in conneticut", "CT"),
        ("nurse pay in calfornia", "CA"),
    ],
)
def test_misspelt_states_are_still_the_state(engine: Engine, text: str, state: str) -> None:
    assert engine.reply(text)[0].state == state


def test_a_question_after_a_list_offers_the_careers_listed(engine: Engine) -> None:
    listed, context = engine.reply("highest paying jobs")
    answer, _ = engine.reply("how long does it take to become one", context)
    assert answer.intent == "education"
    assert [c.occupations for c in answer.choices] == [c.occupations for c in listed.choices]


@pytest.mark.parametrize(
    ("text", "intent", "socs"),
    [
        ("elecrician or plumbr wich is better", "compare", ["47-2111", "47-2152"]),
        ("pa or np, which is better", "compare", ["29-1071", "29-1171"]),
        ("is translating a dead career bc of chatgpt", "automation", ["27-3091"]),
        ("What occupations are related to speech-language pathology?", "related", ["29-1127"]),
        # a question about the career beats the school said around it
        (
            "My son is thinking about pharmacy school. Before we commit to six more years of "
            "tuition I'd like to know what pharmacists actually earn here in Pennsylvania.",
            "salary",
            ["29-1051"],
        ),
        ("Thank you, you help me a lot", "thanks", []),
    ],
)
def test_names_and_questions_from_a_fresh_round(
    engine: Engine, text: str, intent: str, socs: list[str]
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == (intent, socs)


def test_a_career_named_without_a_word_of_goodbye_is_no_goodbye(engine: Engine) -> None:
    assert engine.reply("ok im gonna be a vet tech lol")[0].intent != "goodbye"
    assert engine.reply("ok bye, the nurse info helped")[0].intent == "goodbye"


def test_follow_ups_from_a_fresh_round_keep_the_career(engine: Engine) -> None:
    _, context = engine.reply("what do paralegals make")
    answer, _ = engine.reply(
        "What's the work-life balance like? Anything has to be better than retail holidays.",
        context,
    )
    assert (answer.intent, answer.occupations) == ("work_life_balance", ["23-2011"])
    _, context = engine.reply("What do animators actually earn?")
    answer, _ = engine.reply(
        "What would be some related careers that are more stable, just in case?", context
    )
    assert (answer.intent, answer.occupations) == ("related", ["27-1014"])
    _, context = engine.reply("what skills do game developers need")
    answer, _ = engine.reply("what about being an animator for games", context)
    assert (answer.intent, answer.occupations) == ("skills", ["27-1014"])


def test_a_list_stays_open_while_its_careers_are_talked_about(engine: Engine) -> None:
    listed, context = engine.reply("careers similar to dental hygienist")
    offered = [c.occupations for c in listed.choices]
    answer, context = engine.reply("tell me about the second one", context)
    assert (answer.reason, answer.occupations) == ("pick", offered[1])
    answer, context = engine.reply("what about the third", context)
    assert answer.occupations == offered[2]
    answer, context = engine.reply("pay for that one in ohio", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", offered[2], "OH")
    # the next pick asks the last question, in the last place
    answer, context = engine.reply("number 1?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", offered[0], "OH")
    # a career from outside the list closes it: "which pays more" is about the careers talked of
    _, context = engine.reply("what about welders", context)
    answer, _ = engine.reply("which pays more", context)
    assert sorted(answer.occupations) == sorted([*offered[0], "51-4121"])


@pytest.mark.parametrize(
    ("text", "intent", "soc"),
    [
        ("im a junior dev, is AI going to take my job", "automation", "15-1252"),
        ("im a nurse, will ai take my job", "automation", "29-1141"),
        ("i work as a cashier. is my job going to be automated", "automation", "41-2011"),
        ("Im a line cook, 26, burned out. What do chefs actually make?", "salary", "35-1011"),
        ("what do photographers actually make", "salary", "27-4021"),
    ],
)
def test_questions_about_ones_own_career_and_what_a_job_makes(
    engine: Engine, text: str, intent: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == (intent, [soc])


def test_troubles_at_ones_own_job_are_still_for_the_employer(engine: Engine) -> None:
    for text in ("im a nurse and my boss is mean", "how much do i make"):
        assert engine.reply(text)[0].reason == "own_job"
    assert engine.reply("what do chefs actually do")[0].intent == "duties"


def test_corrections_pointers_and_other_jobs_from_a_newcomers_chats(engine: Engine) -> None:
    _, context = engine.reply("nurse pay in texas")
    _, context = engine.reply("ok what about LPNs", context)
    answer, _ = engine.reply("no wait i meant LPN in texas not RN", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["29-2061"], "TX")
    _, context = engine.reply("Could you tell me about the pay and AI risk for accountants?")
    answer, context = engine.reply("How does the former compare with bookkeepers?", context)
    assert (answer.intent, answer.occupations) == ("compare", ["13-2011", "43-3031"])
    assert engine.reply("And the latter?", context)[0].occupations == ["43-3031"]
    for text, soc in (
        ("Which other jobs I can do with civil engineering degree?", "17-2051"),
        ("what other jobs can a nurse do", "29-1141"),
    ):
        answer = engine.reply(text)[0]
        assert (answer.intent, answer.occupations) == ("related", [soc])
    assert engine.reply("what about ag inspectors")[0].occupations == ["45-2011"]


def test_here_and_other_jobs_keep_the_thread(engine: Engine) -> None:
    _, context = engine.reply(
        "im a welder in louisiana thinking of switching to pipefitting. what do pipefitters "
        "make here"
    )
    answer, _ = engine.reply("how bout welders here", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["51-4121"], "LA")
    _, context = engine.reply("i run a small family farm in iowa what do farm managers make")
    answer, _ = engine.reply("what other jobs use farm skills", context)
    assert (answer.intent, answer.occupations) == ("related", ["11-9013"])


def test_the_state_said_before_a_which_career_question_is_kept(engine: Engine) -> None:
    _, context = engine.reply("cop vs firefighter vs ems, which pays best in california")
    answer, context = engine.reply("ok firefighter then. how do i become one", context)
    assert (answer.intent, answer.occupations, answer.state) == ("education", ["33-2011"], "CA")
    _, context = engine.reply("whats a real estate agent do")
    answer, _ = engine.reply("what do agents actually make in south carolina", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["41-9022"], "SC")


def test_similar_but_safer_from_ai_lists_the_related_careers_less_exposed(engine: Engine) -> None:
    _, context = engine.reply(
        "i'm an illustrator and honestly kind of scared. is AI going to replace artists like me?"
    )
    answer, _ = engine.reply("ugh. ok what jobs are similar but safer", context)
    assert (answer.intent, answer.occupations) == ("related", ["27-1013"])

    def exposure(soc: str) -> float:
        profile = engine.catalog.profiles[soc]
        return next(e.percentile for e in profile.exposure if e.measure == "llm_exposure")

    shown = [c.occupations[0] for c in answer.choices]
    assert shown and all(exposure(s) < exposure("27-1013") for s in shown)
    assert [exposure(s) for s in shown] == sorted(exposure(s) for s in shown)
    # "safer" after a career's dangers is about safety, not AI: the plain related careers
    _, context = engine.reply("is roofing dangerous")
    plain, _ = engine.reply("what job is similar but more safe?", context)
    assert plain.intent == "related" and "less exposed to AI" not in plain.plain_text()


def test_a_list_question_narrows_the_list_just_shown(engine: Engine) -> None:
    listed, context = engine.reply("Which careers are growing fastest right now?")
    narrowed, context = engine.reply("which of those need only a high school diploma?", context)
    assert narrowed.reason == "narrows_list"
    assert "Fastest projected growth" in narrowed.plain_text()
    assert "high school diploma" in narrowed.plain_text()
    # a career that needs a degree (nurse practitioners, on the first list) is gone
    first = {tuple(c.occupations) for c in listed.choices}
    kept = {tuple(c.occupations) for c in narrowed.choices}
    assert ("29-1171",) in first and ("29-1171",) not in kept
    # and the narrowed list can be sorted again: the filter stays
    by_pay, _ = engine.reply("sort them by pay", context)
    assert "Highest median pay" in by_pay.plain_text()
    assert "high school diploma" in by_pay.plain_text()


def test_a_search_list_is_sorted_within_its_matches(engine: Engine) -> None:
    _, context = engine.reply("list careers with engineer")
    by_pay, _ = engine.reply("sort them by pay", context)
    titles = [engine.catalog.occupations[c.occupations[0]].title for c in by_pay.choices]
    assert titles and all("Engineer" in title for title in titles)


def test_the_first_one_with_a_question_picks_from_a_list(engine: Engine) -> None:
    listed, context = engine.reply("Which careers are growing fastest right now?")
    offered = [c.occupations for c in listed.choices]
    answer, context = engine.reply("how much does the first one make", context)
    assert (answer.intent, answer.occupations) == ("salary", offered[0])
    answer, _ = engine.reply("what about the last one", context)
    assert (answer.intent, answer.occupations) == ("salary", offered[-1])


def test_a_counsellor_asking_for_a_list_is_not_asking_about_counselling(engine: Engine) -> None:
    answer, _ = engine.reply(
        "I'm a high school counselor preparing a lesson for juniors. "
        "Which careers are growing fastest right now?"
    )
    assert answer.intent == "list_occupations" and "Fastest projected growth" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        (
            "My 15 year old is obsessed with video games and now says he wants to be an "
            "animator. I don't want to crush his dream but is that something AI is going to "
            "take over in 10 years? Genuinely asking.",
            "27-1014",
        ),
        ("is baking a job that's going to be automated? I see so much factory bread", "51-3011"),
    ],
)
def test_ai_said_in_a_long_message_asks_about_automation(
    engine: Engine, text: str, soc: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("automation", [soc])


def test_is_that_good_after_an_overview_weighs_pay_and_growth_against_all_jobs(
    engine: Engine,
) -> None:
    _, context = engine.reply("tell me about pharmacists")
    answer, _ = engine.reply("is that good?", context)
    text = answer.plain_text()
    assert answer.intent == "overview" and "the US median for all occupations is" in text
    assert "for all jobs (BLS Employment Projections)" in text


@pytest.mark.parametrize("follow", ["how much is that in michigan", "in michigan?"])
def test_a_state_after_an_overview_gives_the_pay_there(engine: Engine, follow: str) -> None:
    _, context = engine.reply("tell me about truck drivers")
    answer, _ = engine.reply(follow, context)
    assert answer.state == "MI" and "In Michigan, Heavy and Tractor-Trailer" in answer.plain_text()
    assert "does not publish them by state" not in answer.plain_text()


def test_the_hvac_one_after_a_comparison_asks_its_pay_in_the_state_said(engine: Engine) -> None:
    _, context = engine.reply("electrician vs plumber vs hvac tech, which is best?")
    answer, _ = engine.reply("ok what about the hvac one in minnesota", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-9021"], "MN")


def test_a_job_described_with_what_it_is_not_is_answered(engine: Engine) -> None:
    answer, _ = engine.reply(
        "what's the job called where you fix teeth but you're not the dentist, you clean them"
    )
    assert answer.occupations == ["29-1292"]  # dental hygienists, not dentists


def test_a_switch_to_a_name_of_two_careers_asks_which_for_the_last_question(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do nurse anesthetists make")
    answer, context = engine.reply("what about working as a nurse educator instead", context)
    assert answer.reason == "which_occupation" and answer.intent == "salary"
    picked, _ = engine.reply("1", context)
    assert picked.intent == "salary" and picked.occupations in (["25-1072"], ["21-1091"])


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("how much do video game designers make", "video game designers", "Web and Digital"),
        ("what does a park ranger do", "park ranger", "Conservation Scientists"),
        # the user's own words, not their folded form ("delivery driv")
        ("what about delivery driving", "delivery driving", "Light Truck Drivers"),
    ],
)
def test_a_job_bls_counts_within_a_group_says_so(
    engine: Engine, text: str, name: str, title: str
) -> None:
    text_out = engine.reply(text)[0].plain_text()
    assert f"BLS counts “{name}” within “{title}" in text_out


# ("bank teller": the title, Tellers, says nothing the name does not)
@pytest.mark.parametrize(
    "text", ["what do truck drivers make", "library tech pay", "cna pay", "bank teller pay"]
)
def test_a_job_named_as_bls_names_it_has_no_group_note(engine: Engine, text: str) -> None:
    assert "BLS counts" not in engine.reply(text)[0].plain_text()


def test_a_counsellors_worksheet_asks_for_the_areas_careers_then_narrows_them(
    engine: Engine,
) -> None:
    listed, context = engine.reply(
        "I'm putting together a worksheet for 10th graders on healthcare careers. "
        "Can you list some healthcare jobs with their median pay?"
    )
    assert listed.intent == "list_occupations" and "Careers in healthcare" in listed.plain_text()
    assert "Graders" not in listed.plain_text()  # "10th graders" is no search word
    narrowed, _ = engine.reply("which of those need less than a bachelor's?", context)
    assert narrowed.reason == "narrows_list"
    socs = [c.occupations[0] for c in narrowed.choices]
    assert "29-1141" not in socs and "31-1131" in socs  # RNs need a bachelor's; CNAs do not


def test_jobs_that_ai_will_replace_ranks_by_exposure(engine: Engine) -> None:
    answer, _ = engine.reply("what about jobs that AI will replace")
    assert answer.intent == "list_occupations" and "Most exposed to AI" in answer.plain_text()


@pytest.mark.parametrize(
    "follow",
    ["is that before or after taxes?", "does that include benefits?", "is that take home pay"],
)
def test_what_the_pay_figure_counts_is_explained(engine: Engine, follow: str) -> None:
    _, context = engine.reply("how much do librarians make")
    answer, _ = engine.reply(follow, context)
    assert answer.reason == "defines_term" and "before taxes" in answer.plain_text()
    assert "benefits" in answer.plain_text()


def test_corrections_keep_what_is_still_meant(engine: Engine) -> None:
    _, context = engine.reply("what do engineers earn")
    _, context = engine.reply("no I meant software engineers", context)
    answer, _ = engine.reply("not pay, I meant the outlook", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["15-1252"])
    _, context = engine.reply(
        "the person who reads x-rays and does scans at the hospital, not the doctor"
    )
    _, context = engine.reply("how much do they earn", context)
    answer, _ = engine.reply("no, I meant the one that does MRIs", context)
    assert (answer.intent, answer.occupations) == ("salary", ["29-2035"])


def test_a_licence_question_gets_the_education_and_says_licences_are_not_in_the_data(
    engine: Engine,
) -> None:
    _, context = engine.reply("What is salary of accountant in chicago?")
    answer, _ = engine.reply("accountant need CPA?", context)
    assert answer.intent == "education" and "License Finder" in answer.plain_text()
    # a licence said in passing asks nothing about it
    _, context = engine.reply("how much do electricians make in ohio")
    answer, _ = engine.reply("And what would he realistically earn once he's licensed?", context)
    assert answer.intent == "salary" and "License Finder" not in answer.plain_text()


def test_starting_pay_is_said_to_be_unpublished_with_the_low_percentiles_as_the_guide(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do mechanics make")
    answer, _ = engine.reply("whats the startin pay tho", context)
    assert answer.intent == "salary" and "BLS publishes no starting pay" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent"), [("aight preciate it", "thanks"), ("goodnight", "goodbye")]
)
def test_slang_thanks_and_goodbyes(engine: Engine, text: str, intent: str) -> None:
    assert engine.reply(text)[0].intent == intent


def test_a_list_picked_from_by_number_in_a_sentence_and_asked_about_in_filler_words(
    engine: Engine,
) -> None:
    listed, context = engine.reply("what jobs are similar to paralegal")
    offered = [c.occupations for c in listed.choices]
    _, context = engine.reply("the second one", context)
    _, context = engine.reply("how much does it pay", context)
    answer, context = engine.reply("ok go back to the list, number 4", context)
    assert (answer.intent, answer.occupations) == ("salary", offered[3])
    answer, _ = engine.reply("what does that job do", context)
    assert (answer.intent, answer.occupations) == ("duties", offered[3])
    # a number with a question: the option, asked that question
    answer, _ = engine.reply("number 3, what does it pay?", context)
    assert (answer.intent, answer.occupations) == ("salary", offered[2])


def test_a_number_of_careers_asked_for_is_how_many_are_listed(engine: Engine) -> None:
    answer = engine.reply("give me 5 healthcare careers")[0]
    assert answer.intent == "list_occupations" and len(answer.choices) == 5


def test_the_dc_area_is_a_place(engine: Engine) -> None:
    _, context = engine.reply("what do dental hygienists make in texas")
    answer, _ = engine.reply("and in the DC area", context)
    assert (answer.intent, answer.state) == ("salary", "DC")


def test_a_question_asked_past_which_teacher_is_answered_for_the_most_common(
    engine: Engine,
) -> None:
    asked, context = engine.reply("teacher salary in new york city")
    assert asked.reason == "which_occupation"
    answer, context = engine.reply("and do they need a masters in texas", context)
    assert answer.reason == "choice_pending/first" and answer.state == "TX"
    assert answer.occupations == asked.choices[0].occupations
    assert "You did not pick one" in answer.plain_text()
    assert any(s.label.startswith("Also: ") for s in answer.suggestions)


def test_the_starter_careers_are_never_assumed(engine: Engine) -> None:
    _, context = engine.reply("how long does it take to become one")
    answer, _ = engine.reply("pay in california?", context)
    assert answer.occupations == []


def test_a_list_asked_while_a_choice_waits_is_listed(engine: Engine) -> None:
    _, context = engine.reply(
        "for a careers fair, compare pay of nurses, teachers, police officers and electricians"
    )
    listed, context = engine.reply(
        "can you list the top paying jobs that only need a high school diploma", context
    )
    assert listed.intent == "list_occupations"
    again, _ = engine.reply("and the top jobs that need a 2 year degree", context)
    assert again.intent == "list_occupations" and "associate" in again.plain_text()


@pytest.mark.parametrize(
    ("text", "intent"), [("IT jobs outlook", "outlook"), ("how much do IT people make", "salary")]
)
def test_it_in_capitals_is_information_technology(engine: Engine, text: str, intent: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == intent and answer.reason == "which_occupation"
    assert answer.choices[0].occupations == ["15-1232"]  # Computer User Support Specialists


def test_whoever_describes_a_job(engine: Engine) -> None:
    answer, _ = engine.reply("how much does whoever runs the crane make")
    assert (answer.intent, answer.occupations) == ("salary", ["53-7021"])


def test_a_search_with_no_match_says_how_to_search_instead_of_listing_everything(
    engine: Engine,
) -> None:
    answer, _ = engine.reply("list careers with zzzqx")
    assert "Try a job title" in answer.plain_text() and not answer.choices


@pytest.mark.parametrize(
    ("text", "liking"),
    [
        ("what careers are there for biology majors", "biology"),
        ("what jobs can I get with a math degree", "math"),
    ],
)
def test_a_subject_studied_lists_careers_that_fit(engine: Engine, text: str, liking: str) -> None:
    answer, _ = engine.reply(text)
    assert (
        answer.intent == "list_occupations" and f"Careers to match: {liking}" in answer.plain_text()
    )


def test_a_parents_family_is_no_liking(engine: Engine) -> None:
    answer, _ = engine.reply(
        "I'm a single mom with two kids and I need a job with predictable hours"
    )
    assert "Careers to match: kids" not in answer.plain_text()


@pytest.mark.parametrize(
    "text",
    [
        "what pays the most",
        "ngl i hate school lowkey, what pays good without college",
        "yo what job makes bank fr",
    ],
)
def test_what_pays_most_with_no_career_in_mind_ranks_careers_by_pay(
    engine: Engine, text: str
) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations" and "Highest median pay" in answer.plain_text()


def test_hard_to_get_into_asks_about_getting_in_not_a_school(engine: Engine) -> None:
    _, context = engine.reply("tell me about phlebotomists")
    answer, context = engine.reply("is it hard to get into", context)
    assert (answer.intent, answer.occupations) == ("education", ["31-9097"])
    answer, _ = engine.reply("how hard is it to get into harvard", context)
    assert answer.intent == "fallback"
    # it raised a TypeError when no intent was read before "get into"; the way into the next
    # career is its education
    answer, _ = engine.reply("what about flight attendants, easier to get into?", context)
    assert (answer.intent, answer.occupations) == ("education", ["53-2031"])


@pytest.mark.parametrize(
    "switch",
    [
        "What about truck drivers? His brother drives long-haul.",
        "How about truck drivers, since his brother drives long-haul?",
        "and truck drivers? my cousin say is fast to become",
    ],
)
def test_a_switch_with_a_remark_after_it_keeps_the_question(engine: Engine, switch: str) -> None:
    _, context = engine.reply("will bus drivers be replaced by self driving buses")
    answer, _ = engine.reply(switch, context)
    assert (answer.intent, answer.occupations) == ("automation", ["53-3032"])


def test_across_the_whole_country_drops_the_state_and_keeps_the_comparison(
    engine: Engine,
) -> None:
    _, context = engine.reply("lineman vs electrician pay in louisiana")
    answer, _ = engine.reply("what about across the whole us", context)
    assert (answer.intent, answer.occupations, answer.state) == (
        "compare", ["49-9051", "47-2111"], None)  # fmt: skip
    _, context = engine.reply("civil engineer pay in houston")
    answer, _ = engine.reply("Is there many jobs for civil engineer in whole America?", context)
    assert (answer.intent, answer.state) == ("employment", None)


def test_a_topic_word_after_a_pay_answer_is_its_question_not_a_judgement(
    engine: Engine,
) -> None:
    _, context = engine.reply("what do healthcare social workers make in massachusetts")
    answer, _ = engine.reply("Is there a lot of burnout in that job?", context)
    assert answer.intent == "work_life_balance"
    answer, _ = engine.reply("is that a lot?", context)  # still judges the pay
    assert answer.intent == "salary"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok that makes me feel better. thank you", "thanks"),
        ("lol nvm wrong bot, thx", "thanks"),
        ("can u do my homework, thanks", "fallback"),  # a request, then thanks
    ],
)
def test_thanks_after_a_short_remark_is_thanks(engine: Engine, text: str, intent: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == intent


def test_add_a_career_to_the_comparison_just_shown(engine: Engine) -> None:
    _, context = engine.reply("ultrasound tech pay in kentucky")
    _, context = engine.reply("actually compare it to x-ray tech", context)
    answer, context = engine.reply("add mri to that", context)
    assert (answer.intent, answer.occupations, answer.state) == (
        "compare", ["29-2032", "29-2034", "29-2035"], "KY")  # fmt: skip
    answer, _ = engine.reply("which has the best outlook", context)
    assert answer.occupations == ["29-2032", "29-2034", "29-2035"]
    _, context = engine.reply("how much do pharmacists make")  # one career, then another
    answer, _ = engine.reply("add dental assistants to that", context)
    assert (answer.intent, answer.occupations) == ("compare", ["29-1051", "31-9091"])


@pytest.mark.parametrize(
    ("asked", "intent"),
    [("why so low for paramedics", "salary"), ("why is the outlook so low", "outlook")],
)
def test_why_the_pay_is_low_asks_about_pay(engine: Engine, asked: str, intent: str) -> None:
    _, context = engine.reply("paramedic outlook in arizona")
    answer, _ = engine.reply(asked, context)
    assert (answer.intent, answer.occupations) == (intent, ["29-2043"])


@pytest.mark.parametrize(
    ("first", "follow_up", "expected"),
    [
        # an O*NET title that is a phrasal verb ("Pick Up") names no job
        ("data scientist pay in washington", "What skills would I need to pick up?",
         ("skills", ["15-2051"], "WA")),
        # "an hour" with the career's head noun is no "HR assistant"
        ("how much do library techs make in cali", "whats that an hour",
         ("salary", ["25-4031"], "CA")),
        # "tell me more about" compares nothing
        ("paramedic pay in north carolina",
         "Tell me more about physician assistants, how long is school?",
         ("education", ["29-1071"], "NC")),
        # "i meant rns": RN is no "right now" after "meant"
        ("lpn outlook", "wait no i meant rns", ("outlook", ["29-1141"], None)),
        # a place set against the last one's: the same question there
        ("registered nurse pay in hawaii", "vs california", ("salary", ["29-1141"], "CA")),
        # a word of "the … one" with the last career's head noun names the one meant
        ("hello, i want know salary of lab technician in new jersey",
         "no sorry i mean the dental one, who make the teeth", ("salary", ["51-9081"], "NJ")),
        # the options' commonest head noun: aerospace engineers, not the technologists
        ("what engineering jobs do u have", "the aerospace one, how much",
         ("salary", ["17-2011"], None)),
        ("aerospace engineer pay in washington", "vs mechanical",
         ("compare", ["17-2011", "17-2141"], "WA")),
        # a field: skin care is what skincare specialists do
        ("how much money nail technician make in california", "and skin care",
         ("salary", ["39-5094"], "CA")),
    ],
)  # fmt: skip
def test_a_follow_up_is_read_with_the_conversation_so_far(
    engine: Engine, first: str, follow_up: str, expected: tuple[str, list[str], str | None]
) -> None:
    _, context = engine.reply(first)
    answer, _ = engine.reply(follow_up, context)
    assert (answer.intent, answer.occupations, answer.state) == expected


def test_b4_tax_asks_whether_pay_is_before_taxes(engine: Engine) -> None:
    _, context = engine.reply("firefighter salary in california")
    answer, _ = engine.reply("is that b4 tax or after", context)
    assert "before taxes" in answer.plain_text()


def test_several_words_before_one_head_noun_name_each_career(engine: Engine) -> None:
    answer, context = engine.reply("mechanical vs electrical vs civil engineering pay")
    assert (answer.intent, answer.occupations) == ("compare", ["17-2141", "17-2071", "17-2051"])
    _, context = engine.reply("whats a mechanical engineer actually do tho", context)
    answer, _ = engine.reply("ok back to civil, is it stressful", context)  # one of those
    assert (answer.intent, answer.occupations) == ("work_life_balance", ["17-2051"])
    answer, _ = engine.reply("ai vs library tech who wins lol")  # AI, not an "AI tech"
    assert (answer.intent, answer.occupations) == ("automation", ["25-4031"])


def test_options_after_a_liking_lists_careers_for_it(engine: Engine) -> None:
    answer, _ = engine.reply("kid likes computers but not coding. options?")
    assert answer.intent == "list_occupations" and "computers" in answer.plain_text()


def test_cyber_is_information_security(engine: Engine) -> None:
    answer, _ = engine.reply("how would he get into cyber")
    assert (answer.intent, answer.occupations) == ("education", ["15-1212"])


@pytest.mark.parametrize(
    "text",
    [
        "Can you explain what an occupational therapist does in simple terms?",
        "can you tell me what occupational therapists do",
        "occupational therapist?? what even is that job",
        "in my country i was nurse. in usa what is the job of occupational therapist",
    ],
)
def test_what_a_career_does_asks_its_duties(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("duties", ["29-1122"])


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("yo whats a sparky make", "47-2111"),
        ("thinking about becoming a grease monkey lol. good idea?", "49-3023"),
        ("A&P mechanic school, how long does it take", "49-3011"),
        ("actuarie what is that", "15-2011"),
        ("what school do you need to become a hearing doctor", "29-1181"),
        ("will self driving trucks kill the long haul job", "53-3032"),
    ],
)
def test_nicknames_for_careers(engine: Engine, text: str, soc: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.occupations == [soc]


def test_mech_e_vs_civil_e_compares_the_engineers(engine: Engine) -> None:
    answer, _ = engine.reply("mech e vs civil e")
    assert (answer.intent, answer.occupations) == ("compare", ["17-2141", "17-2051"])


def test_in_the_us_set_against_abroad_keeps_the_state_for_later_pay(engine: Engine) -> None:
    _, context = engine.reply("rn pay in california")
    answer, context = engine.reply("What I need for work as RN in US, I have BSN already", context)
    assert (answer.intent, answer.state) == ("education", "CA")
    answer, _ = engine.reply("and pay?", context)
    assert (answer.intent, answer.state) == ("salary", "CA")
    answer, _ = engine.reply("how much in US overall?", context)  # pay: the whole country
    assert (answer.intent, answer.state) == ("salary", None)


def test_a_country_abroad_is_no_us_state(engine: Engine) -> None:
    _, context = engine.reply("home health aide pay in new jersey")
    answer, _ = engine.reply("and in Philippines how much?", context)
    assert answer.state is None and "US" in answer.plain_text()


def test_ok_not_bad_is_a_reaction_and_the_next_switch_keeps_the_question(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do dental hygienists make in jersey")
    answer, context = engine.reply("ok not bad", context)
    assert (answer.intent, answer.reason) == ("fallback", "reaction")
    answer, _ = engine.reply("what about dental assistants", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["31-9091"], "NJ")
    _, context = engine.reply("how much do forensic scientists make")
    answer, _ = engine.reply("ok not bad. whats the job market like for it", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["19-4092"])


def test_pointing_words_after_two_careers(engine: Engine) -> None:
    _, context = engine.reply("whats a physician assistant")
    _, context = engine.reply("how is that different from a nurse practitioner", context)
    answer, _ = engine.reply("ok how long is school for the other one", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-1171"])
    _, context = engine.reply("How many people are employed as home health aides in the US?")
    answer, context = engine.reply("And certified nursing assistants?", context)  # no licence
    assert (answer.intent, answer.occupations) == ("employment", ["31-1131"])
    answer, _ = engine.reply("What's the outlook for the first?", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["31-1120"])
    _, context = engine.reply("is being an architect stressful")
    _, context = engine.reply("what about interior designers", context)
    answer, _ = engine.reply("the first one pays more right?", context)
    assert (answer.intent, answer.occupations) == ("compare", ["17-1011", "27-1025"])


def test_where_a_named_kind_of_figure_comes_from(engine: Engine) -> None:
    _, context = engine.reply("what personality fits chefs")
    answer, _ = engine.reply("Where is this personality data from?", context)
    assert answer.intent == "source"


def test_work_taught_is_the_users_own_career(engine: Engine) -> None:
    answer, _ = engine.reply(
        "I've taught middle school for 12 years and I'm burnt out. What related careers could I "
        "move into?"
    )
    assert (answer.intent, answer.occupations) == ("related", ["25-2022"])


def test_a_remark_then_what_about_a_career_keeps_the_question(engine: Engine) -> None:
    _, context = engine.reply("how long to be a psychologist")
    answer, _ = engine.reply("thats so long 😭 what about mental health counselors", context)
    assert (answer.intent, answer.occupations) == ("education", ["21-1018"])


def test_found_by_a_newcomer_starting_late_a_described_switch_and_five_compared(
    engine: Engine,
) -> None:
    _, context = engine.reply("how long to become an hvac tech")
    answer, _ = engine.reply("Am I too old to start this at 45?", context)  # no refusal
    assert (answer.intent, answer.occupations) == ("overview", ["49-9021"])
    answer, _ = engine.reply(
        "what about the people who climb up the electric poles and fix the power lines", context
    )
    assert (answer.intent, answer.occupations) == ("education", ["49-9051"])
    context = None
    for text in ["paralegal pay", "and hvac techs", "and graphic designers",
                 "and dental hygienists", "and physical therapist assistants"]:  # fmt: skip
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("Can you compare all five of those on outlook and pay?", context)
    assert answer.intent == "compare" and len(answer.occupations) == 5


def test_an_employers_pay_offers_the_occupations_pay_in_words_that_fit(engine: Engine) -> None:
    answer, _ = engine.reply("how much does Amazon pay software engineers")
    assert answer.plain_text().rstrip().endswith("across all employers.")
    assert answer.suggestions[0].occupations == ["15-1252"]


@pytest.mark.parametrize(
    "asked",
    [
        "if not possible nurse, what other job is near to nurse with less study?",
        "what jobs are similar to nursing but dont take forever",
    ],
)
def test_related_careers_with_less_schooling(engine: Engine, asked: str) -> None:
    answer, _ = engine.reply(asked)
    text = answer.plain_text()
    assert (answer.intent, answer.occupations) == ("related", ["29-1141"])
    assert "less schooling" in text and "Licensed Practical" in text
    assert "Nurse Practitioners:" not in text  # a master's: more schooling, not less


def test_is_it_a_good_career_after_the_pay_judges_the_career(engine: Engine) -> None:
    _, context = engine.reply("how much do radiologic technologists make")
    answer, _ = engine.reply("is it a good career", context)
    assert (answer.intent, answer.occupations) == ("overview", ["29-2034"])
    answer, _ = engine.reply("is that good?", context)  # the figure judged, as before
    assert (answer.intent, answer.reason) == ("salary", "judges_last_answer")
    answer, _ = engine.reply("seems low for a dangerous job", context)
    assert (answer.intent, answer.reason) == ("fallback", "remarks_on_last")


def test_why_after_an_answer_says_what_goes_with_the_figure(engine: Engine) -> None:
    _, context = engine.reply("how much do radiologic technologists make")
    answer, _ = engine.reply("why so low?", context)
    text = answer.plain_text()
    assert "not why" in text and "an associate's degree" in text and "57% above" in text
    _, context = engine.reply("will ai replace radiologic technologists")
    answer, _ = engine.reply("why?", context)
    assert answer.intent == "automation" and "rate a job's tasks" in answer.plain_text()


def test_a_city_with_national_figures_says_only_that_they_are_national(engine: Engine) -> None:
    text = engine.reply("electrician in san antonio")[0].plain_text()
    assert "These figures are national" in text and "all of Texas" not in text
    text = engine.reply("electricians pay in san antonio")[0].plain_text()
    assert "all of Texas" in text and "These figures are national" not in text


def test_the_modifier_of_a_title_can_be_left_off(engine: Engine) -> None:
    answer, _ = engine.reply("Tell me about health services managers")
    assert answer.occupations == ["11-9111"]  # Medical and Health Services Managers
    answer, _ = engine.reply("legal assistants pay")  # "Paralegals and Legal Assistants"
    assert answer.occupations == ["23-2011"]


def test_a_described_job_not_told_apart_is_answered_for_the_most_common(engine: Engine) -> None:
    answer, context = engine.reply("how much do the ppl who fix teeth make")
    assert (answer.intent, answer.occupations) == ("salary", ["29-1021"])  # dentists
    assert any(s.occupations == ["29-1023"] for s in answer.suggestions)  # orthodontists
    answer, _ = engine.reply("r they gonna get replaced by robots", context)
    assert (answer.intent, answer.occupations) == ("automation", ["29-1021"])
    # after another career, a question about a job clearly described is about it
    _, context = engine.reply("what do welders earn")
    answer, _ = engine.reply("how much do the guys who fix elevators make", context)
    assert (answer.intent, answer.occupations) == ("salary", ["47-4021"])
    # the question's own "do" after the description asks the duties
    answer, _ = engine.reply("what do the ppl who fix teeth do")
    assert (answer.intent, answer.occupations) == ("duties", ["29-1021"])
    answer, _ = engine.reply("how much do the guys who climb power poles make")
    assert answer.occupations == ["49-9051"]
    # a near tie whose title says what was described goes first, before the most common
    answer, _ = engine.reply("how much do the people who put you to sleep before surgery make")
    assert answer.occupations == ["29-1211"]  # anesthesiologists, not physician assistants


def test_careers_asked_one_after_another_are_all_meant_by_which_one(engine: Engine) -> None:
    context = None
    for text in ["cop salary in chicago", "wbu firefighters", "and emts"]:
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("which one has least stress lol", context)
    assert (answer.intent, answer.occupations) == ("compare", ["33-3051", "33-2011", "29-2042"])
    answer, _ = engine.reply("ok wait compare all 3", context)
    assert answer.intent == "compare" and len(answer.occupations) == 3
    answer, _ = engine.reply("big difference lol", context)  # a reaction, not a request
    assert answer.intent == "fallback"
    context = None
    for text in ["is bein an electrition worth it", "wbu plumbers", "which 1 pays more in jersey",
                 "ok and hvac"]:  # fmt: skip
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("r those jobs gonna get taken by robots", context)
    assert (answer.intent, answer.occupations) == ("automation", ["47-2111", "47-2152", "49-9021"])
    answer, _ = engine.reply("compare the last two", context)
    assert answer.occupations == ["47-2152", "49-9021"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [("tnx", "thanks"), ("how much skool 4 that", "education"), ("is it gud pay", "salary")],
)
def test_more_chat_shorthand(engine: Engine, text: str, intent: str) -> None:
    _, context = engine.reply("tell me about video game designers")
    assert engine.reply(text, context)[0].intent == intent


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("what does a PI do", "33-9021"),
        ("job outlook for PIs around here?", "33-9021"),
        ("how much do djs make", "27-2091"),
        ("and for security guard supervisors?", "33-1091"),
        ("health information technologists pay", "29-9021"),
        ("Is possible work like nurse helper while I study?", "31-1131"),
        ("911 call center pay", "43-5031"),
        ("tech writers pay", "27-3042"),
        ("transit police salary", "33-3052"),
        ("what does an EM director do", "11-9161"),
        ("how much earn a chofer for rich people, private driver, in miami", "53-3053"),
        ("how do u become a sports commentator", "27-3011"),
        ("how much do refs make", "27-2023"),
        ("is substitute teaching a good job", "25-3031"),
        # a title said the other way round, as in many languages
        ("Is good salary for technician of civil engineering? In Texas please", "17-3022"),
        ("I am teacher of french in lycée. In America I can teach in high school?", "25-2031"),
        ("how much earn a professor of chemistry", "25-1052"),
        # a field named by its worker's learned ending (-ologist, -ographer, -iatrist)
        ("epidemiology as a career", "19-1041"),
        ("tell me about cartography as a career", "17-1021"),
        ("anesthesiology thoughts?", "29-1211"),
        ("podiatry pay", "29-1081"),
        # what is repaired before "repair": the one title with both
        ("what does an escalator repair tech do", "47-4021"),
        ("Is watch repair still a real job today", "49-9064"),
        ("computer repair guy pay", "49-2011"),
        # "CO" where a prison is named: a correctional officer, not Colorado
        ("whats the worst part about being a CO in a prison", "33-3012"),
        ("how much do COs make at the county jail", "33-3012"),
        # "how much gain", "how much win": Spanish "ganar", said in English
        ("i want to know how much gain a construction worker in arizona", "47-2061"),
        # described, as a third newcomer did
        ("the doctor for your feet?", "29-1081"),
        ("the people who drive the big rigs", "53-3032"),
        ("the person who fixes teeth braces", "29-1023"),
        # as a fourth newcomer did: AC is HVAC, said short or described
        ("AC repair guy salary", "49-9021"),
        ("how much do the guys who fix AC make", "49-9021"),
        ("people who fix air conditioners", "49-9021"),
        ("the ppl who fix planes", "49-3011"),
        # what is said of the son after the description is no part of it
        (
            "my son is 17 and he keeps saying he wants to be one of the guys who fix elevators, "
            "he is good with his hands but not so much with school. how much do they make?",
            "47-4021",
        ),
    ],
)
def test_more_everyday_names(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_homework_in_a_subject_is_no_question_about_its_workers(engine: Engine) -> None:
    homework = engine.reply("can u help me with my chemistry homework")[0]
    assert (homework.intent, homework.occupations) == ("fallback", [])
    assert engine.reply("what do chemists make")[0].occupations == ["19-2031"]


def test_a_writer_introduced_by_title_and_name_is_not_the_career_asked(engine: Engine) -> None:
    answer = engine.reply(
        "Hi! I'm Ms. Alvarez, a counselor. I have my senior seminar on this chat right now. "
        "Could you tell us what you can do?"
    )[0]
    assert (answer.intent, answer.occupations) == ("help", [])
    assert engine.reply("nurse pay in CO")[0].state == "CO"
    people = engine.reply("what do people in cybersecurity do")[0]
    assert (people.intent, people.occupations) == ("duties", ["15-1212"])


def test_two_questions_said_by_keywords_are_not_a_comparison(engine: Engine) -> None:
    asked = "Is a dental hygienist likely to be automated, and what's the outlook?"
    answer, _ = engine.reply(asked)
    assert (answer.intents, answer.occupations) == (["automation", "outlook"], ["29-1292"])


def test_which_has_the_strongest_outlook_compares_the_careers_discussed(engine: Engine) -> None:
    context = None
    for text in ["what do x-ray techs make", "and sonographers", "and respiratory therapists"]:
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("Which has the strongest job outlook?", context)
    assert answer.intent == "compare" and len(answer.occupations) == 3


def test_a_greeting_with_the_users_own_job_is_a_greeting(engine: Engine) -> None:
    answer, _ = engine.reply("Hello! My name is Rosa, I'm a middle school counselor.")
    assert (answer.intent, answer.occupations) == ("greeting", [])
    answer, _ = engine.reply("im a retired cop, what else could i do")
    assert (answer.intent, answer.occupations) == ("related", ["33-3051"])


def test_the_same_question_for_two_more_careers_then_all_three(engine: Engine) -> None:
    _, context = engine.reply("whats the job outlook for plumbers")
    answer, context = engine.reply("And for carpenters and electricians as well, please.", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["47-2031", "47-2111"])
    answer, _ = engine.reply("Could you compare all three on median pay?", context)
    assert (answer.intent, answer.occupations) == ("compare", ["47-2152", "47-2031", "47-2111"])
    _, context = engine.reply("how much do cops make in chicago")
    answer, _ = engine.reply("and detectives, do they start out as patrol cops first?", context)
    assert len(answer.occupations) == 1  # patrol cops named in passing, not asked about too


def test_switches_that_keep_or_name_the_question(engine: Engine) -> None:
    _, context = engine.reply("what do school psychologists do in connecticut")
    answer, _ = engine.reply("What about school counselors, same pay question?", context)
    assert (answer.intent, answer.occupations) == ("salary", ["21-1012"])
    _, context = engine.reply("whats a vet tech")
    _, context = engine.reply("how much do they make in florida", context)
    answer, _ = engine.reply("and actual vets", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["29-1131"], "FL")
    _, context = engine.reply("how much do data scientists make in san francisco")
    answer, context = engine.reply("ok not bad at all", context)
    assert (answer.intent, answer.reason) == ("fallback", "reaction")
    answer, _ = engine.reply("what about statisticians there", context)
    assert (answer.intent, answer.occupations) == ("salary", ["15-2041"])


def test_she_in_a_parents_follow_up_is_the_child_not_one_career(engine: Engine) -> None:
    _, context = engine.reply("can you compare nursing and dental hygienists for me?")
    answer, _ = engine.reply("what about the hours? she wants a family someday", context)
    assert answer.occupations == ["29-1141", "29-1292"]


def test_found_by_a_newcomer_own_jobs_said_beside_other_questions(engine: Engine) -> None:
    answer, _ = engine.reply(
        "Hi, I'm a high school counselor putting together a careers lesson for 10th graders. "
        "Which jobs are growing fastest that don't need a four-year degree?"
    )
    assert answer.intent == "list_occupations"  # not careers like counselors
    answer, _ = engine.reply(
        "I'm 40 and have worked in retail management for 15 years. What could I move into "
        "without going back to school for four years?"
    )
    assert (answer.intent, answer.occupations) == ("related", ["41-1011"])
    answer, _ = engine.reply(
        "Hello, I work in hotel reception since 5 years. Which job is near to mine but pay better?"
    )
    assert (answer.intent, answer.occupations) == ("related", ["43-4081"])
    answer, _ = engine.reply("i want to work in nursing, what do they make")
    assert (answer.intent, answer.occupations) == ("salary", ["29-1141"])


def test_lists_by_a_degree_and_the_first_one_on_that_list(engine: Engine) -> None:
    _, context = engine.reply("healthcare jobs that need a two-year degree")
    answer, context = engine.reply(
        "What about healthcare jobs that need a bachelor's degree?", context
    )
    assert answer.intent == "list_occupations"
    assert "with a bachelor's degree to start" in answer.plain_text()
    first = answer.choices[0].occupations
    asked = "For the first one on that list, what does a typical day look like?"
    answer, _ = engine.reply(asked, context)
    assert (answer.intent, answer.occupations) == ("duties", first)
    _, context = engine.reply("healthcare jobs that need a two-year degree")
    listed, context = engine.reply("how long is the training?", context)  # which of them?
    answer, _ = engine.reply("for the second one on that list, what do they do", context)
    assert (answer.intent, answer.occupations) == ("duties", listed.choices[1].occupations)


def test_found_by_round_36_counsellors_and_group_chats(engine: Engine) -> None:
    answer, _ = engine.reply(
        "Hi, quick question before I use this with students: which BLS release are your wage "
        "figures from?"
    )
    assert answer.intent == "source"  # not the user's own wage
    answer, _ = engine.reply(
        "For a health sciences class: please compare RNs, LPNs, and medical assistants on pay "
        "and education."
    )
    assert answer.occupations == ["29-1141", "29-2061", "31-9092"]
    context = None
    for text in ["what do OTs make", "and respiratory therapists", "and speech pathologists"]:
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("Typical entry-level education for each of those three?", context)
    assert (answer.intent, len(answer.occupations)) == ("education", 3)
    _, context = engine.reply("hvac tech pay in maine")
    answer, _ = engine.reply("What's the national figure?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-9021"], None)


def test_a_laugh_ends_a_sentence(engine: Engine) -> None:
    answer, context = engine.reply("lineman tiktok got me wanting to climb poles lol whats the pay")
    assert (answer.intent, answer.occupations) == ("salary", ["49-9051"])
    answer, _ = engine.reply("is it dangerous tho", context)
    assert (answer.intent, answer.occupations) == ("challenges", ["49-9051"])


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("trucker 26 yrs, my back and knees are finished. what else can a driver do that aint "
         "so hard on the body", "53-3032"),
        ("hi, i clean houses 15 years, i want something more pay but not need much english. "
         "what is close?", "37-2012"),
        ("53, been doing warehouse work picking orders forever, body cant keep up. is there "
         "office work close to warehouse stuff", "53-7065"),
        ("I am painter of house, 17 years, in Brazil and here. What is similar work who pay "
         "more?", "47-2141"),
    ],
)  # fmt: skip
def test_a_career_changer_asks_what_is_close_to_their_own_work(
    engine: Engine, text: str, soc: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("related", [soc])


def test_options_offered_with_a_state_keep_it(engine: Engine) -> None:
    _, context = engine.reply(
        "I work in meat plant cutting 12 years in Minnesota. hand hurt. what job close to this?"
    )
    assert {pick.state for pick in context.choices} == {"MN"}


def test_the_same_questions_again_for_another_career(engine: Engine) -> None:
    context = None
    for text in ["Median annual wage for speech-language pathologists in Georgia?",
                 "Typical entry education?", "RIASEC codes?", "Projected growth?"]:  # fmt: skip
        _, context = engine.reply(text, context)
    answer, _ = engine.reply("And audiologists, same four?", context)
    assert answer.intents == ["salary", "education", "personality", "outlook"]
    assert (answer.occupations, answer.state) == (["29-1181"], "GA")
    _, context = engine.reply("how long to become a respiratory therapist and what does it pay?")
    _, context = engine.reply("what's the hardest part", context)
    answer, _ = engine.reply("and sonographer, same - school length and pay", context)
    assert (answer.intents, answer.occupations) == (["education", "salary"], ["29-2032"])


def test_found_by_round_35_second_language_writers(engine: Engine) -> None:
    answer, context = engine.reply(
        "Excuse me. I want to know job of sushi chef in America. Salary please."
    )
    assert (answer.intent, answer.occupations) == ("salary", ["35-1011"])
    answer, _ = engine.reply("Working hours is long?", context)
    assert answer.intent == "work_life_balance"
    answer, _ = engine.reply(
        "I was engineer mechanical in Russia 20 years. In USA my diploma not accepted. What job "
        "I can do close to my profession without new diploma?"
    )
    assert (answer.intent, answer.occupations) == ("related", ["17-2141"])
    answer, _ = engine.reply("which skills need for cabinetmaker, i have 30 years carpenter")
    assert (answer.intent, answer.occupations) == ("skills", ["51-7011"])  # not the carpenter
    answer, _ = engine.reply("im a page at my local library, how do i move up to library tech")
    assert answer.intent != "related"  # the way into library tech work, not careers like it


def test_a_state_name_inside_another_name_is_no_place(engine: Engine) -> None:
    answer, _ = engine.reply("is archaeology a real job or just indiana jones")
    assert (answer.occupations, answer.state) == (["19-3091"], None)


def test_found_by_round_31_parents_and_counsellors(engine: Engine) -> None:
    answer, _ = engine.reply("how much do massage therapists make and do u need school for it")
    assert answer.intents == ["salary", "education"]
    assert engine.reply("skills u need to be a scrub tech")[0].intents == ["skills"]
    answer, context = engine.reply(
        "I'm 38, currently a CNA in Tennessee. thinking about going back for my LPN or RN. "
        "what's the pay difference"
    )
    assert (answer.intent, answer.occupations) == ("compare", ["29-2061", "29-1141"])
    answer, _ = engine.reply("how long is each program", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-2061", "29-1141"])
    _, context = engine.reply("whats an electrician do")
    asked = "Are there other trades like it that take less time to get into?"
    answer, _ = engine.reply(asked, context)
    assert (answer.intent, answer.occupations) == ("related", ["47-2111"])
    _, context = engine.reply("what do paramedics make")
    asked = "Before I share this with parents, where do your salary figures come from?"
    assert engine.reply(asked, context)[0].intent == "source"


def test_found_by_a_second_newcomer(engine: Engine) -> None:
    _, context = engine.reply("compare accountants, nurses and paralegals")
    answer, _ = engine.reply("which is cheapest to get into", context)
    assert answer.intent == "compare" and len(answer.occupations) == 3
    assert "Least education to start: Paralegals" in answer.plain_text()
    answer, _ = engine.reply("what will nurses earn in 2030")
    assert answer.intent == "salary" and "not a forecast for 2030" in answer.plain_text()
    assert "forecast" not in engine.reply("what do nurses earn")[0].plain_text()


def test_pay_in_several_states_named_together(engine: Engine) -> None:
    _, context = engine.reply("What is the median annual pay for registered nurses in California?")
    answer, context = engine.reply("And in Texas and New York?", context)
    text = answer.plain_text()
    assert (answer.intent, answer.occupations, answer.reason) == (
        "salary",
        ["29-1141"],
        "pay_in_states",
    )
    assert "Texas: $95,970 a year" in text and "New York: $109,440 a year" in text
    assert "US: $97,550 a year" in text
    answer, _ = engine.reply("and in florida?", context)  # one state again: the full card
    assert (answer.intent, answer.state, answer.reason) == ("salary", "FL", "place_follow_up")
    answer, _ = engine.reply("plumbers in texas vs california")
    assert (answer.reason, answer.occupations) == ("pay_in_states", ["47-2152"])
    # a city after its own state is no second state
    answer, _ = engine.reply("welder pay in pennsylvania? We live outside Pittsburgh.")
    assert (answer.reason, answer.occupations, answer.state) == ("about_named", ["51-4121"], "PA")


def test_one_question_for_several_careers_named_answers_it_for_each(engine: Engine) -> None:
    asked = "Could you tell me what training is required for electricians and plumbers?"
    answer, _ = engine.reply(asked)
    assert (answer.intent, answer.occupations) == ("education", ["47-2111", "47-2152"])
    assert answer.plain_text().count("🎓 Education for") == 2
    # a choice between them is still a comparison
    answer, _ = engine.reply("electricians or plumbers, which needs more training?")
    assert answer.intent == "compare"


def test_a_tie_on_education_is_said_as_one(engine: Engine) -> None:
    _, context = engine.reply("compare electricians, plumbers and welders")
    answer, _ = engine.reply("which one needs less school", context)
    assert "The same education to start for each: high school diploma" in answer.plain_text()
    assert "Median pay is close" not in answer.plain_text()


def test_a_subject_studied_is_not_one_career(engine: Engine) -> None:
    answer, _ = engine.reply("what job i can do with biology")
    assert answer.occupations == []


def test_a_clause_opening_on_its_keyword_asks_it(engine: Engine) -> None:
    answer, _ = engine.reply("future of welding careers and what do welders actually do")
    assert answer.intents == ["outlook", "duties"]


def test_a_question_laughed_after_is_still_asked(engine: Engine) -> None:
    _, context = engine.reply("what do aerospace engineers do")
    answer, _ = engine.reply("is it dangerous lol", context)
    assert (answer.intent, answer.occupations) == ("challenges", ["17-2011"])
    answer, _ = engine.reply("sounds boring lol", context)  # a remark laughed after is one
    assert answer.intent == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "Good morning! This is Mr. Alvarez, I'm sharing this bot with my 11th grade class.",
        "Hello bot! I'm Dr. Nguyen, counselor at Lincoln Middle School.",
        "Hi, I'm the counselor at Westview. Sharing this with our library volunteers.",
        "hello there! my counselor said to try this",
    ],
)
def test_a_greeting_that_introduces_the_writer_is_a_greeting(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("greeting", [])


def test_a_greeting_beside_a_career_or_a_question_is_not_only_a_greeting(engine: Engine) -> None:
    answer, _ = engine.reply("hi my son wants to be a welder")
    assert answer.occupations == ["51-4121"]
    answer, _ = engine.reply("hey i was wondering what nurses make")
    assert answer.intent == "salary"


def test_the_users_own_job_told_with_its_years_is_not_asked_about(engine: Engine) -> None:
    asked = "Just got out of the Army after 8 years as a mechanic. Diesel mechanic pay in Wyoming?"
    answer, _ = engine.reply(asked)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-3031"], "WY")
    answer, _ = engine.reply(
        "High school english teacher, 14 years. Thinking school counselor or mental health "
        "counselor. What's the difference in what they do?"
    )
    assert sorted(answer.occupations) == ["21-1012", "21-1018"]


def test_options_after_the_users_own_work_are_careers_close_to_it(engine: Engine) -> None:
    told = "admin assistant for 20 years, 45, want to get into healthcare. options?"
    answer, context = engine.reply(told)
    assert (answer.intent, answer.occupations) == ("related", ["43-6014"])
    answer, _ = engine.reply("medical secretary? how is that different from what i do now", context)
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["43-6013", "43-6014"])


def test_found_by_a_third_newcomer_names_as_typed(engine: Engine) -> None:
    answer, _ = engine.reply("HR specialist salary")  # the title shortened: no "counted within"
    assert answer.occupations == ["13-1071"] and "counts" not in answer.plain_text()
    answer, _ = engine.reply("what does a farrier earn")  # one job within a group: said
    assert "BLS counts “farrier” within “Animal Caretakers”" in answer.plain_text()
    answer, _ = engine.reply("pro gamer salary")  # a professional, not the pros of a job
    assert answer.intent == "salary" and "professional gamer" in answer.plain_text()
    answer, _ = engine.reply("wats the highest paying job u can get w/o college")
    assert "no degree" in answer.plain_text()
    answer, _ = engine.reply("what's hard about being a child protective services worker")
    assert answer.occupations == ["21-1021"]  # not "Production Workers, All Other"
    answer, _ = engine.reply("My friend was teacher of mathematics in secondary school, pay?")
    assert answer.occupations == ["25-2031"]  # a school teacher, not a professor
    answer, _ = engine.reply("entrepreneur salary")  # no BLS occupation: said so
    assert answer.reason == "unknown_job" and "“entrepreneur”" in answer.plain_text()


def test_city_nicknames_are_their_state(engine: Engine) -> None:
    _, context = engine.reply("barber pay")
    answer, _ = engine.reply("in atl", context)
    assert (answer.intent, answer.state) == ("salary", "GA")


def test_lists_keep_what_was_asked_of_them(engine: Engine) -> None:
    answer, _ = engine.reply("ok wat jobs pay alot without college")
    assert answer.plain_text().startswith("💰 Highest median pay with no degree")
    answer, _ = engine.reply("jobs with animals that don't need a degree")
    assert "animals" in answer.plain_text() and "no degree" in answer.plain_text()
    answer, _ = engine.reply("highest paying jobs in texas")  # Texas pay ranks the list
    assert answer.plain_text().startswith("💰 Highest median pay in Texas")


def test_the_difference_between_two_careers_says_what_each_does(engine: Engine) -> None:
    answer = engine.reply("What is difference between nurse and nurse practitioner?")[0]
    assert (answer.intent, answer.occupations) == ("compare", ["29-1141", "29-1171"])
    text = answer.plain_text()
    assert "What each does" in text and "Nurse Practitioners: Diagnose and treat" in text
    # asked on pay, the table alone
    assert "What each does" not in engine.reply("nurse vs nurse practitioner pay")[0].plain_text()


def test_a_comparison_is_edited_by_adding_and_removing_careers(engine: Engine) -> None:
    _, context = engine.reply("compare electricians, plumbers, and registered nurses")
    added = "Can you add HVAC technicians and dental hygienists to the comparison?"
    answer, context = engine.reply(added, context)
    five = ["47-2111", "47-2152", "29-1141", "49-9021", "29-1292"]
    assert (answer.intent, answer.occupations) == ("compare", five)
    answer, context = engine.reply("remove the plumbers", context)
    assert (answer.intent, answer.reason) == ("compare", "removed_from_comparison")
    assert answer.occupations == [soc for soc in five if soc != "47-2152"]
    # a word of one compared title names it
    _, context = engine.reply("compare speech pathologist, occupational therapist and pt")
    answer, _ = engine.reply("ok let's drop speech. compare the other two on pay", context)
    assert answer.occupations == ["29-1122", "29-1123"]


def test_states_ranked_by_jobs_when_jobs_are_asked(engine: Engine) -> None:
    answer, _ = engine.reply("which states have the most jobs for LPNs")
    assert (answer.intent, answer.reason) == ("employment", "states_by_jobs")
    text = answer.plain_text()
    assert "Where the most Licensed Practical" in text and "• California: 82,850 jobs" in text
    answer, _ = engine.reply("where do electricians make the most")
    assert (answer.intent, answer.reason) == ("salary", "states_by_pay")
    _, context = engine.reply("what do welders earn")  # the career discussed, not a list
    answer, _ = engine.reply("which states have the most jobs for them?", context)
    assert (answer.reason, answer.occupations) == ("states_by_jobs", ["51-4121"])


def test_an_answer_judged_at_the_start_of_a_longer_message(engine: Engine) -> None:
    _, context = engine.reply("what do welders make in ohio")
    answer, _ = engine.reply("Is that enough to live on? I dont want him struggling", context)
    assert answer.reason == "judges_last_answer"
    assert answer.plain_text().startswith("Against all jobs")
    _, context = engine.reply("pharmacy tech salary")
    answer, _ = engine.reply("It is good salary or no?", context)
    assert answer.reason == "judges_last_answer"
    _, context = engine.reply("what do pharmacy techs do")
    answer, _ = engine.reply("is it good for someone shy", context)  # asks about a person
    assert answer.intent == "personality"


def test_a_place_after_a_list_shows_the_list_again_said_to_be_national(engine: Engine) -> None:
    _, context = engine.reply("fastest growing jobs")
    answer, context = engine.reply("and in texas?", context)
    assert (answer.intent, answer.reason) == ("list_occupations", "list_in_place")
    assert "This list is by US-wide figures" in answer.plain_text()
    answer, _ = engine.reply("tell me about the second one", context)
    assert answer.occupations == ["47-2231"]


@pytest.mark.parametrize(
    ("text", "intent", "soc"),
    [
        # "how many of them" counts one job's workers: no comparison of two careers
        ("the guys who fix elevators, how many of them are there", "employment", "47-4021"),
        # "taxes" (folded "taxe") is O*NET's "tax returns"
        ("the people who do your taxes every spring, do they make much", "salary", "13-2082"),
        # a name of several meanings, settled by the clause describing it
        (
            "the doctor who puts you to sleep before surgery, how many years of school is that",
            "education",
            "29-1211",
        ),
    ],
)
def test_a_job_described_before_its_question_is_answered(
    engine: Engine, text: str, intent: str, soc: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == (intent, [soc])


def test_a_career_set_against_the_one_before_the_question_is_compared_with_it(
    engine: Engine,
) -> None:
    _, context = engine.reply(
        "My son wants to be a video game designer. Is that a realistic career?"
    )
    answer, _ = engine.reply(
        "He also mentioned maybe doing animation instead. Is that any more stable than game "
        "design?",
        context,
    )
    assert answer.intent == "compare"
    assert sorted(answer.occupations) == ["15-1255", "27-1014"]


def test_work_where_it_is_done_lists_careers_and_work_alone_finds_no_title(engine: Engine) -> None:
    outside = engine.reply("jobs where you work outside")[0]
    assert "Landscaping and Groundskeeping Workers" in outside.plain_text()
    # not Social Work Teachers for the word "work"
    bees = engine.reply("any job where you work with bees")[0]
    assert "Social Work" not in bees.plain_text()


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("the person at the hospital who takes your blood", "31-9097"),  # clear: a switch
        ("ok and the guys who climb the big power line towers", None),  # "ok and": moving on
    ],
)
def test_a_job_described_after_another_is_asked_the_same_question(
    engine: Engine, text: str, soc: str | None
) -> None:
    _, context = engine.reply("how much do the guys who fix elevators make")
    answer, _ = engine.reply(text, context)
    assert answer.intent == "salary"
    assert answer.occupations and answer.occupations != ["47-4021"]
    assert soc is None or answer.occupations == [soc]
    assert "I took the job you described to be" in answer.plain_text()


def test_careers_asked_around_what_the_user_cannot_stand_leave_out_the_work_they_said(
    engine: Engine,
) -> None:
    answer, context = engine.reply("i want to work in healthcare but i hate blood. what can i do")
    assert answer.intent == "list_occupations"
    assert "whose O*NET task statements mention blood" in answer.plain_text()
    listed = [c.occupations[0] for c in answer.choices]
    assert listed and "31-9097" not in listed  # no phlebotomists
    for soc in listed:
        profile = engine.catalog.profiles.get(soc)
        assert profile is None or not any("blood " in t.text.lower() for t in profile.tasks)
    # said after the list, a limit narrows it: no home health aides for a bad back
    assert "31-1120" in listed
    narrowed, _ = engine.reply("also my back is bad so nothing where i lift people", context)
    assert "mention blood or lifting" in narrowed.plain_text()
    assert "31-1120" not in [c.occupations[0] for c in narrowed.choices]


@pytest.mark.parametrize("text", ["shukran", "dziękuję bardzo", "cảm ơn nhiều", "spasibo!"])
def test_thanks_in_other_languages_are_thanks(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "thanks"


def test_a_polite_particle_and_a_state_said_with_state_change_nothing_asked(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do medical assistants make in california")
    # Tagalog's "po" asks nothing: the question stays pay, the state stays California
    answer, context = engine.reply("how about CNA po?", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["31-1131"], "CA")
    # "washington state" is the place, whole
    answer, _ = engine.reply("and in washington state", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["31-1131"], "WA")


def test_a_job_described_with_when_it_is_done_is_read_by_the_work(engine: Engine) -> None:
    answer, _ = engine.reply(
        "the ones who fix the power lines after storms, what they make in washington state"
    )
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-9051"], "WA")


def test_jobs_without_college_are_listed_not_refused_as_a_school_question(engine: Engine) -> None:
    answer, _ = engine.reply("what are the best paying jobs without a college degree")
    assert answer.intent == "list_occupations" and answer.choices
    assert engine.reply("which college is best for nursing")[0].reason == "picks_a_school"


def test_which_ones_pay_most_after_a_long_list_ranks_the_whole_list(engine: Engine) -> None:
    _, context = engine.reply("what jobs only need a high school diploma")
    answer, _ = engine.reply("which ones pay the most without a college degree?", context)
    # the whole list re-ranked ("ones" points at it), not only the ten shown
    assert answer.reason == "narrows_list"
    assert "more" in answer.plain_text() and "Office Clerks" not in answer.plain_text()


@pytest.mark.parametrize(
    "text", ["WAIT what 😳", "wow big jump", "thats terrible", "ugh", "damn thats a lot"]
)
def test_an_exclamation_after_an_answer_is_met_with_what_else_to_ask(
    engine: Engine, text: str
) -> None:
    _, context = engine.reply("how much do actuaries make")
    answer, _ = engine.reply(text, context)
    assert answer.reason == "reaction"
    assert "Anything else you'd like to know about Actuaries?" in answer.plain_text()
    assert "Not something I can answer" not in answer.plain_text()


def test_a_question_after_an_answer_is_no_exclamation(engine: Engine) -> None:
    _, context = engine.reply("how much do actuaries make")
    assert engine.reply("is it dangerous", context)[0].intent == "challenges"
    # and with no answer before, an exclamation is not about any career
    assert engine.reply("wow big jump")[0].intent == "fallback"


def test_each_question_is_answered_for_the_career_its_own_clause_names(engine: Engine) -> None:
    answer, _ = engine.reply(
        "Quick q's - what does an actuary do, whats the outlook for electricians, and how much "
        "do paralegals make in illinois?"
    )
    assert answer.reason == "paired_questions"
    assert answer.intents == ["duties", "outlook", "salary"]
    assert answer.occupations == ["15-2011", "47-2111", "23-2011"]
    headings = [block.heading for block in answer.blocks if block.heading]
    assert headings[:3] == [
        "📋 What Actuaries do",
        "📈 Outlook for Electricians",
        "💰 Pay for Paralegals and Legal Assistants",
    ]
    assert "In Illinois" in answer.plain_text()
    # one question of two careers is asked of each, not paired
    both = engine.reply("what do nurses and teachers make")[0]
    assert both.reason != "paired_questions"
    assert engine.reply("how much do welders make and do they need college")[0].intents == [
        "salary",
        "education",
    ]


def test_two_careers_compared_say_the_pay_gap(engine: Engine) -> None:
    text = engine.reply("how much more do NPs make than RNs")[0].plain_text()
    # $132,300 - $97,550 (BLS OEWS May 2025 medians)
    assert (
        "Nurse Practitioners ($132,300 a year), $34,750 a year more than Registered Nurses "
        "($97,550 a year)" in text
    )


def test_a_skill_asked_about_is_rated_first(engine: Engine) -> None:
    _, context = engine.reply("how much do electricians make")
    text = engine.reply("do i need to be good at math cuz im not", context)[0].plain_text()
    # O*NET 30.3 skills.csv: Mathematics 3.00 for 47-2111, eighth of its ten rated skills
    assert text.startswith(
        "Mathematics, for Electricians: importance 3.0 of 5 in O*NET 30.3, number 8 of the 10"
    )
    unrated = engine.reply("do cashiers need programming skills")[0].plain_text()
    assert "Programming is not among the" in unrated


def test_pay_by_the_month_is_worked_out_and_said_to_be(engine: Engine) -> None:
    _, context = engine.reply("how much do electricians make in ohio")
    answer, _ = engine.reply("bruh is that like per month or wat", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2111"], "OH")
    # Ohio's yearly median for electricians (BLS OEWS May 2025) / 12, said to be worked out
    assert "Per month, Electricians in Ohio earn a median of about" in answer.plain_text()
    assert "divided by 12" in answer.plain_text()
    # months of training are no pay
    assert engine.reply("how many months of training do cnas need")[0].intent == "education"


def test_the_job_a_user_was_laid_off_from_is_their_own_not_the_one_asked(engine: Engine) -> None:
    answer, _ = engine.reply(
        "what skills i need for software developer? I am 38, laid off from call center, "
        "learning python now"
    )
    assert (answer.intent, answer.occupations) == ("skills", ["15-1252"])


@pytest.mark.parametrize(
    "text", ["where do you get the salary data", "where does the pay data come from"]
)
def test_where_the_figures_come_from_is_a_source_question(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "source"
    assert engine.reply("where do nurses make the most")[0].intent == "salary"


def test_spanish_with_the_question_in_english_too_is_answered(engine: Engine) -> None:
    answer, _ = engine.reply("cuanto gana... sorry, how much electrician earn in arizona?")
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["47-2111"], "AZ")


@pytest.mark.parametrize(
    ("text", "intent", "socs", "state"),
    [
        ("cuanto gana un electricista en texas", "salary", ["47-2111"], "TX"),
        ("quiero ser chef. que hace un chef todo el dia?", "duties", ["35-1011"], None),
        ("magkano po sahod ng RN sa california?", "salary", ["29-1141"], "CA"),
        ("accountant banne ke liye kya padhai chahiye", "education", ["13-2011"], None),
        ("bhai hvac ka scope kya hai", "outlook", ["49-9021"], None),
    ],
)
def test_words_of_spanish_tagalog_or_hindi_in_a_question_are_read(
    engine: Engine, text: str, intent: str, socs: list[str], state: str | None
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations, answer.state) == (intent, socs, state)


def test_greetings_and_thanks_in_tagalog_and_hindi_are_answered(engine: Engine) -> None:
    assert engine.reply("magandang umaga po!")[0].intent == "greeting"
    assert engine.reply("dhanyavaad")[0].intent == "thanks"


def test_schools_ranked_are_a_school_question_and_trades_asked_for_a_list(engine: Engine) -> None:
    assert engine.reply("best nursing schools in california?")[0].reason == "picks_a_school"
    trades = engine.reply("what trades can you tell me about")[0]
    assert trades.intent == "list_occupations" and trades.choices
    # not the education a job needs, asked with "what"
    assert engine.reply("what education is needed")[0].intent != "list_occupations"


def test_the_users_own_career_is_set_against_the_one_they_ask_about(engine: Engine) -> None:
    answer, _ = engine.reply("im a cna, how much more would i make as an rn")
    assert (answer.intent, answer.occupations) == ("compare", ["31-1131", "29-1141"])
    assert "$55,290 a year more than Nursing Assistants" in answer.plain_text()
    # a question about the user's own career alone stays about it
    assert engine.reply("im a nurse, will ai take my job")[0].occupations == ["29-1141"]


def test_found_by_a_third_newcomer_limits_said_as_people_say_them(engine: Engine) -> None:
    blood = engine.reply(
        "i wanna work in healthcare but i literally faint when i see blood lol and i hate "
        "needles. whats left for me"
    )[0]
    assert "mention blood or needles" in blood.plain_text()
    knee = engine.reply(
        "Hi. I am 45 and my knee is shot. What jobs are there where I can sit down and not lift "
        "anything heavy?"
    )[0]
    assert knee.intent == "list_occupations"
    assert "mention kneeling, climbing or lifting" in knee.plain_text()


def test_pay_by_the_week_and_hours_a_week(engine: Engine) -> None:
    _, context = engine.reply("how much do medical assistants make")
    week = engine.reply("what about per week", context)[0]
    assert week.intent == "salary" and "Per week, Medical Assistants earn" in week.plain_text()
    hours = engine.reply("do financial advisors actually have a life or is it 60 hrs a week")[0]
    assert hours.intent == "work_life_balance"


def test_a_part_of_the_work_asked_about_is_answered_from_the_tasks(engine: Engine) -> None:
    _, context = engine.reply("how much do registered nurses make")
    blood = engine.reply("would i ever have to see blood tho", context)[0]
    assert blood.occupations == ["29-1141"] and blood.intent == "duties"
    assert "None of the 27 O*NET tasks for Registered Nurses mention blood" in blood.plain_text()
    climb = engine.reply("do electricians climb a lot")[0].plain_text()
    assert "1 of the O*NET tasks for Electricians mentions climbing: Work from ladders" in climb
    # "self driving trucks" asks about automation, not about driving tasks
    trucks = engine.reply("will self driving trucks replace truck drivers")[0]
    assert trucks.intent == "automation" and "O*NET tasks for" not in trucks.plain_text()


def test_found_by_a_fourth_newcomer_dislikes_and_what_the_work_helps(engine: Engine) -> None:
    no_math = engine.reply("jobs with no math")[0]
    text = no_math.plain_text()
    # careers without maths in their tasks, not the maths careers
    assert no_math.intent == "list_occupations" and "task statements mention math" in text
    assert "Statisticians" not in text and "Actuaries" not in text
    assert "Source: O*NET 30.3" in text  # the task statements that left careers out
    hated = engine.reply("i hate math what jobs are there")[0].plain_text()
    assert "task statements mention math" in hated and "Careers in math" not in hated
    outside = engine.reply("i dont like working outside, what jobs fit")[0].plain_text()
    assert "Landscaping" not in outside and "Forest and Conservation" not in outside
    animals = engine.reply("jobs that help animals")[0]
    assert animals.intent == "list_occupations" and "Veterinarians" in animals.plain_text()
    environment = engine.reply("jobs that help the environment")[0]
    assert environment.intent == "list_occupations"
    assert "Environmental Scientists" in environment.plain_text()


def test_a_question_about_a_field_of_work_offers_its_own_careers(engine: Engine) -> None:
    retail = engine.reply("pay in retail")[0]
    offered = [c.occupations[-1] for c in retail.choices]
    # the most common retail careers (BLS OEWS employment), not the showcase careers
    assert offered[:2] == ["41-2031", "41-2011"] and all(s.startswith("41") for s in offered)
    picked = engine.reply("1", engine.reply("pay in retail")[1])[0]
    assert (picked.intent, picked.occupations) == ("salary", ["41-2031"])


def test_found_by_a_fourth_newcomer_the_users_own_job_is_not_the_one_asked_about(
    engine: Engine,
) -> None:
    counselor = engine.reply(
        "I am a high school counselor. Which careers have the best outlook that only need a "
        "two-year degree?"
    )[0]
    assert counselor.intent == "list_occupations" and "Fastest projected growth" in (
        counselor.plain_text()
    )
    manager = engine.reply(
        "Former retail store manager here, laid off. What careers can I get into?"
    )[0]
    assert (manager.intent, manager.occupations) == ("related", ["41-1011"])
    cop = engine.reply("retired cop here, what jobs can i do now")[0]
    assert (cop.intent, cop.occupations) == ("related", ["33-3051"])


def test_a_city_after_in_is_a_place_not_a_title_of_the_career_talked_about(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do elementary teachers make in nyc")
    la = engine.reply("what about in LA", context)[0]
    # not the O*NET title "LA Teacher" (language arts): Los Angeles, so California
    assert (la.occupations, la.state) == (["25-2021"], "CA")


@pytest.mark.parametrize(
    "text", ["is it hard to become a nurse", "how easy is it to get into welding"]
)
def test_how_hard_the_way_in_is_asks_about_education(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "education"
    # how hard the job itself is: its downsides
    assert engine.reply("is being a nurse hard")[0].intent == "challenges"


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("i faint when i see blood lol. do phlebotomists literally take blood all day", "31-9097"),
        ("im scared of heights so do linemen climb poles a lot", "49-9051"),
    ],
)
def test_a_yes_no_question_about_the_work_after_a_fear_is_answered_from_the_tasks(
    engine: Engine, text: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == ("duties", [soc])
    assert "O*NET tasks for" in answer.plain_text()


@pytest.mark.parametrize(
    "text", ["careers that use chemistry?", "i like chemistry what jobs", "jobs that involve math"]
)
def test_careers_asked_for_by_a_field_liked_are_a_list_not_its_namesake(
    engine: Engine, text: str
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "list_occupations" and "Careers to match" in answer.plain_text()


def test_a_job_described_in_the_question_is_asked_about_not_the_story_around_it(
    engine: Engine,
) -> None:
    turbines = engine.reply(
        "what do the techs who climb and fix wind turbines make? my brother in law wants to "
        "quit trucking for it"
    )[0]
    assert (turbines.intent, turbines.occupations) == ("salary", ["49-9081"])
    hearing = engine.reply(
        "I'm 50, just retired from the Army, and want something calm. The people who test "
        "hearing and fit hearing aids at those clinics in the mall, what training do they need?"
    )[0]
    assert (hearing.intent, hearing.occupations) == ("education", ["29-2092"])
    languages = engine.reply("What careers are good for someone who speaks three languages?")[0]
    assert languages.intent == "list_occupations" and "languages" in languages.plain_text()


def test_found_by_a_fifth_newcomer_thanks_first_then_a_question(engine: Engine) -> None:
    _, context = engine.reply("how much do mechanics make")
    body = engine.reply("thx. wat about auto body guys", context)[0]
    assert (body.intent, body.occupations) == ("salary", ["49-3021"])
    _, context = engine.reply("how much do dental hygienists make in ohio")
    florida, context = engine.reply("ok thanks. what about in florida", context)
    assert (florida.occupations, florida.state) == (["29-1292"], "FL")
    assert engine.reply("and dental assistants there", context)[0].state == "FL"
    # "one more" asks another question; it sets nothing side by side
    _, context = engine.reply("how much do police officers make")
    guards = engine.reply(
        "thank you so much, this helps. one more - what about a security guard?", context
    )[0]
    assert (guards.intent, guards.occupations) == ("salary", ["33-9032"])
    # thanks alone, or thanks for something, is thanks
    for thanks in ("thank you very much", "thanks, this helped a lot", "Thanks, I'll look into it"):
        assert engine.reply(thanks, context)[0].intent == "thanks"


def test_the_second_one_after_other_meanings_of_a_name_picks_the_next_meaning(
    engine: Engine,
) -> None:
    nurses, context = engine.reply("how much do nurses make")
    assert nurses.occupations == ["29-1141"] and "can also mean" in nurses.plain_text()
    second = engine.reply("the second one", context)[0]
    assert (second.intent, second.occupations) == ("salary", ["29-2061"])


def test_a_comparison_verdict_names_both_ends_so_least_and_worst_are_answered(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do welders make")
    _, context = engine.reply("and plumbers", context)
    less = engine.reply("which pays less", context)[0].plain_text()
    assert "slowest: Welders" in less and "more than Welders" in less
    _, context = engine.reply("commercial pilot vs airline pilot")
    school = engine.reply("which needs more training", context)[0].plain_text()
    assert "most: Airline Pilots, Copilots, and Flight Engineers (bachelor's degree" in school
    legal = engine.reply("court reporter vs paralegal vs legal secretary")[1]
    worst = engine.reply("which of these has the worst outlook", legal)[0].plain_text()
    assert "slowest: Legal Secretaries and Administrative Assistants (-5.8%)" in worst


@pytest.mark.parametrize(
    "text",
    [
        "what does a nurse practitioner make and what does a physician assistant make",
        "my twins are 18. one wants to be a nurse practitioner and the other wants to be a "
        "physician assistant. what do they each make?",
    ],
)
def test_the_same_question_asked_of_each_career_is_answered_for_each(
    engine: Engine, text: str
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "salary" and answer.occupations == ["29-1171", "29-1071"]


def test_careers_greeted_are_the_readers_not_the_question(engine: Engine) -> None:
    answer = engine.reply(
        "Good morning counsellors, quick question for the group: what's the pay for a pharmacy "
        "tech vs a pharmacist?"
    )[0]
    assert (answer.intent, answer.occupations) == ("compare", ["29-2052", "29-1051"])
    assert engine.reply("hey nurse salary")[0].occupations == ["29-1141"]


def test_work_on_a_thing_names_the_trade_that_works_on_it(engine: Engine) -> None:
    turbines = engine.reply(
        "hi, my son wants to work on wind turbines. how much money do they make?"
    )[0]
    assert (turbines.intent, turbines.occupations) == ("salary", ["49-9081"])
    assert engine.reply("is solar energy a good career")[0].occupations == ["47-2231"]


@pytest.mark.parametrize("follow_up", ["what's the difference", "wich one is beter"])
def test_two_careers_set_side_by_side_however_the_question_is_typed(
    engine: Engine, follow_up: str
) -> None:
    _, context = engine.reply("commercial pilot vs airline pilot")
    answer = engine.reply(follow_up, context)[0]
    assert (answer.intent, answer.occupations) == ("compare", ["53-2012", "53-2011"])
    # a remark on the difference asks nothing
    assert engine.reply("big difference lol", context)[0].intent == "fallback"


def test_a_short_training_said_keeps_a_list_to_careers_without_a_degree(engine: Engine) -> None:
    answer = engine.reply("jobs that pay at least 60k with less than a year of training")[0]
    text = answer.plain_text()
    assert answer.intent == "list_occupations" and "no degree needed to start" in text
    assert "Registered Nurses" not in text and "Software Developers" not in text


@pytest.mark.parametrize(
    "text", ["any nursing jobs hiring near me rn?", "are there any welding jobs hiring near me"]
)
def test_openings_near_me_are_pointed_to_job_boards_whatever_career_is_named(
    engine: Engine, text: str
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "fallback" and "I don't list job openings" in answer.plain_text()
    # how easy finding a job will be is the outlook
    assert engine.reply("will she be able to find a job as a nurse")[0].intent == "outlook"


def test_careers_weighed_in_the_story_stay_in_the_conversation(engine: Engine) -> None:
    asked, context = engine.reply(
        "my daughter is 17 and torn between becoming a dental assistant and a radiology tech. "
        "how much does a dental assistant make?"
    )
    assert (asked.intent, asked.occupations) == ("salary", ["31-9091"])
    school = engine.reply("which one needs less school?", context)[0]
    assert school.intent == "compare"
    assert set(school.occupations) == {"31-9091", "29-2034"}


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("can my son be a cop with daca", "uscis.gov"),
        ("do electricians need a green card", "uscis.gov"),
        ("will i lose medicaid if i become a cna", "usa.gov/benefits"),
        ("will being a crossing guard reduce my social security", "ssa.gov"),
        ("can i use my 401k to pay for welding school", "irs.gov"),
        ("do bartenders have to pay tax on cash tips", "irs.gov"),
        ("what's the overtime law for nurses in california", "dol.gov"),
        ("can you check my resume for a paralegal job", "careeronestop.org"),
    ],
)
def test_a_matter_outside_the_data_is_pointed_to_who_can_answer_it(
    engine: Engine, text: str, where: str
) -> None:
    answer, context = engine.reply(text)
    assert answer.intent == "fallback" and where in answer.plain_text()
    # the career named is still the one talked about
    follow_up, _ = engine.reply("ok what do they make", context)
    assert follow_up.intent == "salary" and follow_up.occupations == context.occupations != []


def test_a_career_question_beside_an_outside_matter_is_answered(engine: Engine) -> None:
    both = "What does a crossing guard make? And will the income reduce her Social Security?"
    assert engine.reply(both)[0].occupations == ["33-9091"]
    story = "I just got my green card. What is the median salary for chemical engineers?"
    assert engine.reply(story)[0].intent == "salary"
    assert engine.reply("how much do tax preparers make")[0].intent == "salary"
    assert engine.reply("do CPAs have a life during tax season")[0].intent == "work_life_balance"
    assert engine.reply("do police officers have good job security")[0].intent == "outlook"
    skills = "skills to put on a medical assistant resume"
    assert engine.reply(skills)[0].intent == "skills"


def test_the_weather_in_a_place_is_no_follow_up_about_the_last_career(engine: Engine) -> None:
    _, context = engine.reply("what do electricians make")
    answer, _ = engine.reply("what's the weather in denver lol", context)
    assert answer.intent == "fallback" and answer.occupations == []
    answer, _ = engine.reply("what's the minimum wage in ohio anyway", context)
    assert answer.intent == "fallback" and "dol.gov" in answer.plain_text()


@pytest.mark.parametrize(
    "text",
    [
        "is library aide a good first job for a 16 year old",
        "is library aide a decent job for someone who just finished high school and loves books",
    ],
)
def test_a_career_judged_as_a_whole_is_its_overview(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("overview", ["25-4031"])


@pytest.mark.parametrize(
    "text",
    [
        "what careers are there in healthcare that don't take 8 years of school",
        "healthcare jobs that dont need long school",
    ],
)
def test_a_short_way_in_said_as_no_long_school_lists_careers_below_a_bachelors(
    engine: Engine, text: str
) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations"
    assert "no bachelor's degree" in answer.plain_text()


def test_an_age_in_years_is_no_length_of_school(engine: Engine) -> None:
    text = "My 16-year-old has never worked before. What should she put on a resume?"
    assert engine.reply(text)[0].intent == "fallback"


@pytest.mark.parametrize(
    ("text", "intent", "soc"),
    [
        (
            "my dad drives the trash truck and hops off the back at every house. is that job "
            "hard on your body",
            "challenges",
            "53-7081",
        ),
        (
            "my aunt works in the hospital basement sterilizing and packing all the surgical "
            "tools. what does that pay in texas",
            "salary",
            "31-9093",
        ),
        (
            "my grandpa sits in the little booth on the drawbridge in our town and raises it for "
            "boats. how many people do that job nationwide",
            "employment",
            "53-6011",
        ),
        ("my mom cleans houses for a living. is that a good job", "overview", "37-2012"),
    ],
)
def test_a_job_told_as_what_someone_close_does_is_the_job_asked_about(
    engine: Engine, text: str, intent: str, soc: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == (intent, [soc])


@pytest.mark.parametrize(
    "text",
    [
        "my sister works at target. is it a good place to work",  # a workplace, not the work
        "my son likes animals and being outdoors. what careers would suit him?",
        "my mom works at a bank and she says tellers are disappearing. is that true",
    ],
)
def test_a_story_that_tells_no_work_is_no_job_described(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.reason is not None and not answer.reason.startswith("described_job")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("im deaf, can i be a nurse", "askjan.org"),
        ("my son has adhd, would library tech suit him", "askjan.org"),
        ("can i be a electrician with a felony", "background check"),
    ],
)
def test_a_situation_told_beside_a_question_is_answered_with_where_to_ask_about_it(
    engine: Engine, text: str, said: str
) -> None:
    answer, _ = engine.reply(text)
    assert answer.occupations and said in answer.plain_text()


def test_a_condition_that_is_part_of_the_work_is_no_situation(engine: Engine) -> None:
    text = "the people who translate for deaf people, do they need a degree"
    assert "askjan.org" not in engine.reply(text)[0].plain_text()


@pytest.mark.parametrize(
    "text",
    ["what jobs are in demand", "what careers are growing", "what jobs are in demand in texas"],
)
def test_careers_in_demand_are_listed_by_projected_growth(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations" and "Fastest projected growth" in answer.plain_text()


def test_a_career_talked_about_growing_is_its_outlook(engine: Engine) -> None:
    _, context = engine.reply("software developer salary in washington")
    answer, _ = engine.reply("is the job market growing", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["15-1252"])


def test_the_meanings_offered_stay_open_after_one_is_picked(engine: Engine) -> None:
    _, context = engine.reply("how much do teachers make")
    answer, context = engine.reply("2", context)
    assert answer.occupations == ["25-2031"]
    answer, _ = engine.reply("what about the first one", context)
    assert (answer.intent, answer.occupations) == ("salary", ["25-2021"])


def test_a_sum_asked_about_is_placed_among_the_careers_pay_percentiles(engine: Engine) -> None:
    answer, _ = engine.reply("is 80k a good salary for a nurse")
    text = answer.plain_text()
    # between the published 10th and 25th percentiles of RN pay (BLS OEWS May 2025)
    assert text.startswith("$80,000 a year is between the 10th percentile ($68,940)")
    assert "25th percentile ($80,330)" in text
    answer, _ = engine.reply("is $25 an hour good for a welder in ohio")
    assert answer.plain_text().startswith("$25.00 an hour ($52,000 a year, full time)")
    assert "in Ohio" in answer.plain_text().split("\n")[0]


def test_a_number_that_is_no_pay_is_not_placed(engine: Engine) -> None:
    answer, _ = engine.reply("do nurses need a 4 year degree")
    assert "percentile" not in answer.plain_text().split("\n")[0]


def test_what_a_job_is_called_is_its_overview(engine: Engine) -> None:
    answer, _ = engine.reply("what do you call someone who builds cabinets and stuff out of wood")
    assert (answer.intent, answer.occupations) == ("overview", ["51-7011"])
    answer, _ = engine.reply("what do you call the person who fixes elevators")
    assert (answer.intent, answer.occupations) == ("overview", ["47-4021"])


def test_a_description_matching_one_word_of_the_work_is_offered_not_answered(
    engine: Engine,
) -> None:
    # "drive" alone (uber is no O*NET word) fits pile drivers as well as bus drivers
    answer, _ = engine.reply("how much do people who drive for uber make")
    assert answer.reason == "described_job/ask" and answer.occupations == []
    story = "my neighbour reupholsters old couches in his garage. is that a real job"
    assert engine.reply(story)[0].occupations != ["29-2092"]  # not hearing aid specialists


def test_workers_described_by_what_they_wear_before_the_work(engine: Engine) -> None:
    text = "people in hazmat suits who remove asbestos, what do they make"
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("salary", ["47-4041"])
    # "someone in that job" is the job talked about, not a description
    _, context = engine.reply("what is a ux designer")
    answer, _ = engine.reply("what does someone in that job actually do day to day?", context)
    assert answer.intent == "duties" and not (answer.reason or "").startswith("described")


def test_job_openings_in_a_field_are_pointed_to_the_job_boards(engine: Engine) -> None:
    answer, _ = engine.reply("can you give me some interior design job openings in chicago")
    assert answer.intent == "fallback" and "careeronestop.org" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent", "said"),
    [
        ("what's the SOC code for dental hygienists", "overview", "SOC code: 29-1292"),
        ("what is the Job Zone for electricians", "education", "Job Zone"),
    ],
)
def test_a_counsellors_official_term_gets_the_answer_that_gives_it(
    engine: Engine, text: str, intent: str, said: str
) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == intent and said in answer.plain_text()


def test_the_users_own_health_is_pointed_to_a_doctor(engine: Engine) -> None:
    text = "im a nurse and get migraines after every shift, what medicine should i take"
    answer, _ = engine.reply(text)
    assert answer.intent == "fallback" and "doctor or a nurse" in answer.plain_text()
    assert engine.reply("do i need to study medicine to be a pa")[0].intent == "education"


def test_an_easier_way_in_asked_of_the_next_career_is_its_education(engine: Engine) -> None:
    _, context = engine.reply("what do accountants make in california")
    answer, _ = engine.reply("How about bookkeeping, less school?", context)
    assert (answer.intent, answer.occupations) == ("education", ["43-3031"])
    _, context = engine.reply("how long does it take to become a pilot")
    answer, _ = engine.reply("what about flight attendants, easier to get into?", context)
    assert (answer.intent, answer.occupations) == ("education", ["53-2031"])


def test_a_surgeon_is_a_general_surgeon_with_the_specialties_offered(engine: Engine) -> None:
    answer, _ = engine.reply("is being a surgeon super stressful")
    assert (answer.intent, answer.occupations) == ("work_life_balance", ["29-1249"])
    assert "Orthopedic Surgeons" in answer.plain_text()


def test_a_country_the_user_comes_from_is_no_place_asked_about(engine: Engine) -> None:
    answer, _ = engine.reply("I was nurse in Philippines, what I need to be nurse in USA?")
    assert answer.occupations == ["29-1141"] and "none for" not in answer.plain_text()
    answer, _ = engine.reply("how much do nurses make in canada")
    assert "I have none for Canada" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent", "soc", "state"),
    [
        ("dealing blackjack in las vegas, what's the pay", "salary", "39-3011", "NV"),
        ("downsides of removing asbestos and lead paint from old buildings", "challenges",
         "47-4041", None),
        ("how much does somebody make tuning and fixing pianos for a living", "salary",
         "49-9063", None),
    ],
)  # fmt: skip
def test_a_job_said_as_the_work_done_is_answered_for_that_job(
    engine: Engine, text: str, intent: str, soc: str, state: str | None
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations, answer.state) == (intent, [soc], state)
    assert answer.plain_text().startswith("I took the job you described to be")


@pytest.mark.parametrize(
    "text",
    [
        "how much does fixing my car cost",
        "my coworker keeps taking credit for my work",
        "my manager keeps scheduling me for closing shifts on school nights, is that even legal",
    ],
)
def test_the_users_own_errands_and_complaints_are_no_work_done(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "fallback"


def test_a_new_described_job_is_answered_while_a_choice_waits(engine: Engine) -> None:
    # found by a newcomer: the pick-list for "artist" ate the next question
    _, context = engine.reply("what do teachers make")
    assert context.choices
    text = "the person who climbs power lines and fixes them, what do they earn"
    answer, context = engine.reply(text, context)
    assert answer.intent == "salary" and "Teachers" not in answer.plain_text()
    assert answer.plain_text().startswith("I took the job you described to be")
    # a description alone, after that, is the next career asked about
    answer, _ = engine.reply("someone who inspects buildings for safety", context)
    assert answer.occupations == ["47-4011"]


def test_the_worker_a_described_job_helps_is_not_the_job_asked_about(engine: Engine) -> None:
    text = "my kid wants to be the one who asists the vet, giving shots and taking xrays of pets"
    answer, _ = engine.reply(text + ". how much school is that")
    assert (answer.intent, answer.occupations) == ("education", ["29-2056"])


def test_spanish_small_words_are_read_as_spanish_in_a_spanish_message(engine: Engine) -> None:
    # found by a newcomer: "para" was read as a paraprofessional, "IA" is Spanish for AI
    answer, _ = engine.reply("el riesgo de IA para contadores?")
    assert (answer.intent, answer.occupations) == ("automation", ["13-2011"])
    # in English, "para" is still the paraprofessional
    assert engine.reply("para pay in ohio")[0].occupations == ["25-9045"]


def test_robots_taking_my_job_after_a_career_is_about_that_career(engine: Engine) -> None:
    _, context = engine.reply("what do electricians make")
    answer, _ = engine.reply("can robots take my job tho", context)
    assert (answer.intent, answer.occupations) == ("automation", ["47-2111"])
    # with no career in the conversation, the user's own job is theirs to know
    assert engine.reply("will ai take my job")[0].intent == "fallback"


def test_a_veterans_benefit_or_a_condition_asked_about_alone_says_who_can_answer(
    engine: Engine,
) -> None:
    # found by a newcomer playing a veteran
    answer, _ = engine.reply("does the GI bill cover police academy?")
    assert answer.intent == "fallback" and "https://www.va.gov/education" in answer.plain_text()
    _, context = engine.reply("what do accountants make")
    answer, _ = engine.reply("what jobs are good for someone with PTSD?", context)
    assert answer.intent == "fallback" and "https://askjan.org" in answer.plain_text()
    assert "Accountants" not in answer.plain_text()


@pytest.mark.parametrize(
    "text", ["What about my son, he likes fixing cars", "my daughter loves drawing and math"]
)
def test_a_liking_said_of_a_child_asks_for_careers_to_match(engine: Engine, text: str) -> None:
    # found by a newcomer playing a parent: both had "Not something I can answer"
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations" and answer.choices


def test_which_pays_more_after_one_career_asks_for_the_other(engine: Engine) -> None:
    # found by a newcomer: it repeated the nurses' pay as if answered
    _, context = engine.reply("what do nurses make")
    answer, _ = engine.reply("which pays more?", context)
    assert answer.intent == "compare"
    assert "I have Registered Nurses: name the other one" in answer.plain_text()


def test_which_kind_of_a_name_pays_best_ranks_its_meanings(engine: Engine) -> None:
    # found by a newcomer: it asked "Which career do you mean?" instead of answering
    answer, _ = engine.reply("What kind of artist jobs pay best?")
    assert answer.intent == "compare" and len(answer.occupations) == 3
    opening = "Highest median pay: Special Effects Artists and Animators"
    assert answer.plain_text().splitlines()[1].startswith(opening)
    # a yes/no question about the name still asks which one
    assert engine.reply("do teachers get paid well in tx")[0].intent == "salary"


def test_an_unknown_job_said_alone_leaves_no_question_to_carry(engine: Engine) -> None:
    # found by a newcomer: "game dev??" after "wat about youtuber" was answered with education,
    # a guess at the youtuber turn's question carried over
    _, context = engine.reply("wat about youtuber")
    answer, _ = engine.reply("game dev??", context)
    assert (answer.intent, answer.occupations) == ("overview", ["15-1252"])


def test_which_one_needs_a_masters_after_two_careers_gives_the_verdict_on_education(
    engine: Engine,
) -> None:
    _, context = engine.reply("librarian vs library technician")
    answer, _ = engine.reply("which one needs a masters", context)
    assert answer.intent == "compare" and len(answer.occupations) == 2
    assert answer.plain_text().splitlines()[1].startswith("Least education to start:")


def test_the_middle_one_and_which_is_quicker_point_into_the_careers_discussed(
    engine: Engine,
) -> None:
    _, context = engine.reply("compare solar installers, linemen and electricians")
    answer, _ = engine.reply("the middle one, is it dangerous?", context)
    assert (answer.intent, answer.occupations) == ("challenges", ["49-9051"])
    _, context = engine.reply("phlebotomist or cna in north carolina")
    answer, _ = engine.reply("which is quicker to train for", context)
    assert answer.intent == "compare" and len(answer.occupations) == 2
    assert "The same education to start for each" in answer.plain_text().splitlines()[1]
    # "middle school" is still a school
    _, context = engine.reply("high school teacher pay in texas")
    assert engine.reply("and for middle school?", context)[0].occupations == ["25-2022"]


def test_work_done_said_after_what_it_takes_is_the_job_asked_about(engine: Engine) -> None:
    text = "what training does it take to work on airplane engines and fix planes"
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("education", ["49-3011"])
    # "mines" is no "mine" of the user's
    answer, _ = engine.reply("risks of the job setting off explosives at quarries and mines")
    assert answer.intent == "challenges" and answer.reason.startswith("described_job")


def test_jobs_without_a_degree_say_which_need_years_in_a_related_job_first(
    engine: Engine,
) -> None:
    # found by a newcomer playing a counsellor: police supervisors topped the list unexplained
    answer, _ = engine.reply("Which careers pay well without a college degree?")
    lines = answer.plain_text().splitlines()
    supervisors = next(line for line in lines if "First-Line Supervisors of Police" in line)
    assert supervisors.endswith("needs work in a related job first (less than 5 years, BLS)")
    pilots = next(line for line in lines if line.startswith("1. Commercial Pilots"))
    assert "related job" not in pilots


def test_careers_that_combine_two_interests_fit_both_at_once(engine: Engine) -> None:
    # found by a newcomer: "art and math" listed computer support first (math jobs, then art)
    answer, _ = engine.reply("what jobs combine art and math")
    listed = [c.occupations[0] for c in answer.choices]
    assert answer.intent == "list_occupations" and "15-1232" not in listed
    assert {"15-1255", "17-3011"} <= set(listed[:5])  # web designers, architectural drafters
    assert "at once" in answer.plain_text()


def test_a_questions_keyword_names_no_option_of_a_list(engine: Engine) -> None:
    _, context = engine.reply("My daughter likes kids and music. what careers combine those?")
    _, context = engine.reply("music therapist pay", context)
    answer, _ = engine.reply("what education", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-1129"])


def test_a_liking_with_a_ceiling_lists_more_than_one_career(engine: Engine) -> None:
    # found by a newcomer playing a counsellor: a list of one (medical records specialists)
    answer, _ = engine.reply("jobs for introverts that don't need college")
    assert answer.intent == "list_occupations" and len(answer.choices) >= 5


def test_jobs_for_kids_who_like_something_are_for_that_liking(engine: Engine) -> None:
    # found by a newcomer playing a counsellor: preschool teachers for "kids ... hands"
    answer, _ = engine.reply("jobs for kids who are good with their hands")
    listed = [c.occupations[0] for c in answer.choices]
    assert "47-2031" in listed and "25-2011" not in listed  # carpenters, not preschool teachers


def test_a_state_without_pay_figures_is_not_set_against_the_us(engine: Engine) -> None:
    # found by a newcomer: "That is not comparable with the US median (a figure is not
    # published)" after saying there were no figures
    answer, _ = engine.reply("what do web developers make in ohio")
    text = answer.plain_text()
    assert "In Ohio, BLS published no pay figures for Web Developers in this survey." in text
    assert "not comparable" not in text and "  " not in text


def test_what_about_a_career_said_first_is_its_overview(engine: Engine) -> None:
    # found by a newcomer: "what about project management" opened a conversation with education
    answer, context = engine.reply("what about project management")
    assert (answer.intent, answer.occupations) == ("overview", ["13-1082"])
    answer, _ = engine.reply("and in ohio?", context)
    assert "so here it is again, with the pay in Ohio" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("person who arranges flowers for weddings, future of this job", "27-1023"),
        ("someone who opens locked cars and cuts keys, is that a good job", "49-9094"),
        ("the people who calculate insurance risk, salary pls", "15-2011"),
        ("what does a derrick hand do on an oil rig", "47-5011"),
        ("detective privado — what training is needed?", "33-9021"),
    ],
)
def test_everyday_words_for_the_work_find_the_trade(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_a_worker_described_in_words_no_job_matches_is_told_how_to_ask(engine: Engine) -> None:
    # found by a newcomer: "I'm a careers bot, so I can't help with that one" read as off topic
    answer, _ = engine.reply("the person who puts the cast on your arm")
    assert answer.intent == "fallback"
    assert answer.plain_text().startswith("I couldn't tell which job that is from the description")
    # a tax question it is not
    answer, _ = engine.reply("the people who do your taxes")
    assert "13-2082" in [c.occupations[0] for c in answer.choices]
    # the dentist is who the described worker helps, and roofs are the roofers' work
    answer, _ = engine.reply("the lady who checks your teeth before the dentist comes in")
    assert answer.occupations != ["29-1021"] and answer.reason.startswith("described_job")
    assert engine.reply("the folks who put shingles on roofs")[0].occupations == ["47-2181"]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("which jobs pay the most for the least work", "💰 Highest median pay"),
        ("top 10 jobs in Texas by number of jobs", "👥 Most jobs"),
        ("what careers are good for introverts", "🧭 Careers to match: introvert"),
        (
            "my grandson is finishing high school in Pennsylvania and is wonderful with "
            "computers. What careers would you recommend?",
            "🧭 Careers to match: computers",
        ),
    ],
)
def test_lists_asked_the_way_a_second_newcomer_asked(
    engine: Engine, text: str, heading: str
) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations" and heading in answer.plain_text()


def test_a_list_asked_while_a_choice_waits_is_the_list(engine: Engine) -> None:
    _, context = engine.reply("what do teachers make")
    answer, _ = engine.reply("top 10 jobs for people who like helping others", context)
    assert answer.intent == "list_occupations" and "helping" in answer.plain_text()


@pytest.mark.parametrize("text", ["ok", "nvm", "idk", "wait"])
def test_filler_before_any_career_gets_what_to_ask(engine: Engine, text: str) -> None:
    # found by a newcomer: the full "Not something I can answer" four times over
    answer, _ = engine.reply(text)
    assert answer.intent == "fallback"
    assert answer.plain_text().startswith("Ask me about any career")


@pytest.mark.parametrize("text", ["are you chatgpt", "who made you", "r u a real person"])
def test_a_question_about_the_bot_says_what_it_is(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "fallback" and "I'm careerbot: a bot" in answer.plain_text()
    assert engine.reply("thank you bot")[0].intent == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "how much do drug dealers make",
        "how much do hitmen make",
        "is being a stripper a real career",
    ],
)
def test_work_outside_the_official_occupations_is_no_lookalike_job(
    engine: Engine, text: str
) -> None:
    # found by a newcomer: drug dealers got the pay of securities sales agents
    answer, _ = engine.reply(text)
    assert answer.intent == "fallback" and answer.occupations == []
    assert "as an occupation" in answer.plain_text()


def test_hindi_words_near_a_state_name_are_no_state(engine: Engine) -> None:
    # found by a newcomer: "chali" ("will go") was read as California
    answer, _ = engine.reply("kya AI se data scientist ki naukri chali jayegi?")
    assert (answer.intent, answer.occupations, answer.state) == ("automation", ["15-2051"], None)


def test_best_paying_and_most_common_jobs_in_a_state_rank_by_that_states_figures(
    engine: Engine,
) -> None:
    # found by a newcomer playing a counsellor: only the US list, with a note
    answer, context = engine.reply("best paying jobs in California")
    text = answer.plain_text()
    assert answer.state == "CA" and text.startswith("💰 Highest median pay in California")
    first = answer.choices[0].occupations[0]
    in_state = engine.catalog.oews.state("CA", first)
    assert in_state is not None and pay_cell(in_state) in text.splitlines()[2]
    # another state, then the US again
    answer, context = engine.reply("and in texas?", context)
    assert answer.plain_text().startswith("💰 Highest median pay in Texas")
    answer, context = engine.reply("nationally?", context)
    assert answer.state is None and answer.plain_text().startswith("💰 Highest median pay\n")
    # a pick with a place said with it keeps the place
    answer, _ = engine.reply("number 2, whats the pay in texas", context)
    assert (answer.intent, answer.state) == ("salary", "TX")
    # growth is published for the US only: that list stays national, and says so
    answer, _ = engine.reply("fastest growing jobs in texas")
    assert answer.state is None and "This list is by US-wide figures" in answer.plain_text()


def test_more_after_a_list_shows_its_next_careers(engine: Engine) -> None:
    # found by a newcomer playing a counsellor: "show more" was refused
    first, context = engine.reply("give me 20 jobs in healthcare")
    assert "say “more” for the next ones" in first.plain_text()
    shown = [c.occupations[0] for c in first.choices]
    second, context = engine.reply("show more", context)
    following = [c.occupations[0] for c in second.choices]
    assert second.intent == "list_occupations" and len(following) == 10
    assert not set(shown) & set(following)
    third, context = engine.reply("next 10", context)
    assert not set(following) & {c.occupations[0] for c in third.choices}
    # a number picks from the careers shown last
    picked, _ = engine.reply("number 2", context)
    assert picked.occupations == [third.choices[1].occupations[0]]


def test_the_other_two_and_a_dropped_career_follow_the_comparison(engine: Engine) -> None:
    # found by a second newcomer comparing three careers
    _, context = engine.reply("compare welders, electricians and plumbers")
    _, context = engine.reply("how much do welders make in texas", context)
    answer, _ = engine.reply("what about the other two", context)
    assert (answer.intent, answer.state) == ("salary", "TX")
    assert answer.occupations == ["47-2111", "47-2152"]
    answer, _ = engine.reply("drop the plumber, just welder vs electrician", context)
    assert (answer.intent, answer.occupations) == ("compare", ["51-4121", "47-2111"])


def test_nursing_informatics_is_health_informatics_not_nursing(engine: Engine) -> None:
    _, context = engine.reply("what do nurses make")
    answer, _ = engine.reply("what about nurse informatics", context)
    assert answer.occupations == ["15-1211"]


def test_taglish_questions_ask_what_they_say(engine: Engine) -> None:
    # found by a second newcomer: "magkano" (how much) read as a head count
    _, context = engine.reply("how much do caregivers make")
    answer, _ = engine.reply("what about caregiver, magkano?", context)
    assert answer.intent == "salary"
    answer, _ = engine.reply("ano trabaho ng pharmacy technician")
    assert (answer.intent, answer.occupations) == ("duties", ["29-2052"])


def test_a_greeting_that_tells_of_someone_is_greeted(engine: Engine) -> None:
    text = (
        "Good afternoon. I hope this message finds you well. My name is Dorothy and I am writing "
        "on behalf of my grandson Michael, who is seventeen years old and rather fond of animals."
    )
    assert engine.reply(text)[0].intent == "greeting"


def test_related_careers_without_so_many_years_of_study_need_less_school(engine: Engine) -> None:
    _, context = engine.reply("what do vets make")
    text = (
        "alternative occupations involving animals that do not require quite so many years of study"
    )
    answer, _ = engine.reply(text, context)
    assert "with less schooling to start" in answer.plain_text()


def test_the_pay_of_a_described_worker_asked_after_it_is_the_pay(engine: Engine) -> None:
    text = "the guy at the airport who waves the planes in, what does he make"
    answer, _ = engine.reply(text)
    assert answer.intent == "salary" and answer.reason.startswith("described_job")


def test_that_one_after_which_pays_the_most_is_the_one_named(engine: Engine) -> None:
    # found by a third newcomer: the last of the list was described instead
    _, context = engine.reply("similar jobs to truck driver")
    answer, context = engine.reply("which of those pays the most?", context)
    named = answer.plain_text().splitlines()[1]
    answer, context = engine.reply("tell me more about that one", context)
    told = answer.occupations
    title = engine.catalog.occupations[told[0]].title
    assert answer.intent == "overview" and named.startswith(f"Highest median pay: {title}")
    answer, _ = engine.reply("how long would it take to train for that?", context)
    assert answer.occupations == told  # the same career again
    assert engine.catalog.occupations[answer.occupations[0]].title == title


@pytest.mark.parametrize(
    ("text", "soc"),
    [("is it safe to be a roofer?", "47-2181"), ("is being a police officer safe?", "33-3051")],
)
def test_is_it_safe_without_ai_asks_of_the_works_dangers(
    engine: Engine, text: str, soc: str
) -> None:
    # found by a third newcomer playing a parent: an AI card and a personality card
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.occupations) == ("challenges", [soc])
    assert "say nothing about physical danger" in answer.plain_text()
    assert engine.reply("is coding still safe from AI")[0].intent == "automation"


def test_what_training_costs_says_where_to_find_it(engine: Engine) -> None:
    # found by a third newcomer playing a parent: "Not something I can answer"
    answer, _ = engine.reply("how much does electrician school cost?")
    assert answer.intent == "fallback"
    assert "https://www.careeronestop.org/FindTraining/" in answer.plain_text()
    assert "Electricians: pay, training, outlook" in answer.plain_text()


@pytest.mark.parametrize("text", ["what about teaching?", "is teaching stressful?"])
def test_teaching_said_alone_is_the_teachers(engine: Engine, text: str) -> None:
    # found by two newcomers: "teaching" read as the education topic, or off topic
    answer, _ = engine.reply(text)
    assert answer.reason == "which_occupation"
    assert any("Teachers" in c.label for c in answer.choices)
    # a name with it, or the user's own teaching, stays what it was
    assert engine.reply("teaching assistant pay")[0].occupations == ["25-9045"]
    text = "Hi, I'm teaching a career exploration class this semester. What can you do?"
    assert engine.reply(text)[0].intent == "help"


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself",
        "i dont want to be alive anymore",
        "sometimes i just want to disappear, i dont see the point of anything",
        "i hate nursing school so much i want to end it all",
    ],
)
def test_a_person_in_crisis_is_given_a_line_that_answers_now(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert answer.reason == "in_crisis" and "call or text 988" in answer.plain_text()
    assert "careers bot, so I can't help" not in answer.plain_text()


def test_a_career_question_about_crisis_work_is_no_crisis(engine: Engine) -> None:
    answer = engine.reply("what do crisis hotline counselors make")[0]
    assert answer.reason != "in_crisis" and answer.intent == "salary"
    stressed = engine.reply("im so stressed about my future i cant stop crying")[0]
    assert stressed.reason == "starting_out" and "That sounds hard" in stressed.plain_text()


def test_jobs_in_a_state_are_counted_there(engine: Engine) -> None:
    # "are there jobs for ... in arizona": the state's count, not "not published by state"
    answer = engine.reply("is there jobs in arizona for dental hygienists")[0]
    assert (answer.intent, answer.occupations, answer.state) == ("employment", ["29-1292"], "AZ")
    assert "in Arizona" in answer.plain_text()
    # the outlook there: projections are national, the jobs there are counted
    outlook = engine.reply("whats the job outlook for welders in arizona")[0]
    assert outlook.intent == "outlook"
    text = outlook.plain_text()
    assert "whole US only" in text and "Welders, Cutters, Solderers, and Brazers in Arizona" in text
    assert "does not publish them by state" not in text


def test_a_name_after_do_is_the_name_said(engine: Engine) -> None:
    answer = engine.reply("what do hair stylists make")[0]
    assert answer.occupations == ["39-5012"] and "“do hair”" not in answer.plain_text()
    assert engine.reply("i want to do hair")[0].occupations == ["39-5012"]
    assert engine.reply("eye surgeon salary")[0].occupations == ["29-1241"]


def test_a_trade_learned_by_apprenticeship_is_no_easy_start(engine: Engine) -> None:
    text = engine.reply("pros and cons of being an electrician")[0].plain_text()
    assert "Easy to start" not in text and "then an apprenticeship" in text
    cashier = engine.reply("pros and cons of being a cashier")[0].plain_text()
    assert "Easy to start" in cashier


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("elektrician salery in texass", "TX"),
        ("welder pay in ilinois", "IL"),
        ("nurse pay in arizonia", "AZ"),
        ("bartender pay in las vagas", "NV"),
        # a word, or a country, after "in" is no misspelt state
        ("in order to be a nurse what do i need", None),
        ("What is salary for truck driver in USA? I drove trucks 10 years in Poland", None),
        ("what education need for library assistant job, i am new in US from india", None),
    ],
)
def test_a_state_typed_with_a_slip_is_found(engine: Engine, text: str, state: str | None) -> None:
    assert engine.reply(text)[0].state == state


def test_robots_and_self_driving_lead_with_the_estimate_of_machines(engine: Engine) -> None:
    text = engine.reply("will self driving trucks replace truck drivers")[0].plain_text()
    assert text.startswith("Robots, self-driving vehicles and other machines")
    assert "computerisation estimate (Frey & Osborne) measured: a 79% chance" in text
    # a question about AI keeps the language-model measures first
    plain = engine.reply("will ai replace welders")[0].plain_text()
    assert not plain.startswith("Robots")


def test_a_short_form_or_slip_of_the_title_is_not_said_to_be_within_it(engine: Engine) -> None:
    for text in ("how mach mony make a truk drivr", "vet tech salary"):
        assert "BLS counts" not in engine.reply(text)[0].plain_text()
    # a job BLS files under a group of another name still says so
    assert "BLS counts “park ranger” within" in engine.reply("park ranger salary")[0].plain_text()
    _, context = engine.reply("how much do teachers make")
    assert "BLS counts" not in engine.reply("high school", context)[0].plain_text()


def test_which_has_more_jobs_in_a_state_counts_them_there(engine: Engine) -> None:
    text = engine.reply("which one have more jobs in georgia, truck driver or police officer")[
        0
    ].plain_text()
    assert "Most jobs in Georgia: Heavy and Tractor-Trailer Truck Drivers" in text
    assert "Jobs in Georgia — " in text


def test_software_made_is_software_developers(engine: Engine) -> None:
    answer = engine.reply("my son study computer, he want make software. AI will take his job?")[0]
    assert (answer.intent, answer.occupations) == ("automation", ["15-1252"])
    assert "BLS counts" not in answer.plain_text()  # the work said, not another job's name


def test_the_states_one_career_was_asked_for_are_kept_for_which_pays_more(engine: Engine) -> None:
    context = engine.reply("how much do u make as a nurse lol")[1]
    context = engine.reply("what bout in cali", context)[1]
    context = engine.reply("and texas?", context)[1]
    assert context.states == ["CA", "TX"]
    text = engine.reply("which pays more?", context)[0].plain_text()
    assert "California: $" in text and "Texas: $" in text
    # another career starts again
    assert engine.reply("what about welders", context)[1].states == ["TX"]


def test_a_field_said_with_no_school_to_pick_is_answered(engine: Engine) -> None:
    answer = engine.reply("is radiology a good field to get into without going to med school")[0]
    assert answer.occupations == ["29-2034"] and answer.reason != "picks_a_school"
    assert engine.reply("how do i get into nursing school")[0].reason == "picks_a_school"
    field = engine.reply("what about going into the electrical field")[0]
    assert field.occupations == ["47-2111"] and "BLS counts" not in field.plain_text()


def test_the_first_one_of_a_list_is_its_first_option(engine: Engine) -> None:
    # not "First-Line Supervisors" for the word "first"
    listed, context = engine.reply("jobs similar to cashiers")
    answer = engine.reply("the first one", context)[0]
    assert answer.occupations == listed.choices[0].occupations[-1:]


def test_which_has_the_best_outlook_after_a_comparison_is_of_those(engine: Engine) -> None:
    _, context = engine.reply(
        "compare software developers, data scientists and information security analysts"
    )
    answer = engine.reply("which has the best job outlook?", context)[0]
    assert answer.intent == "compare"
    assert set(answer.occupations) == {"15-1252", "15-2051", "15-1212"}


def test_the_work_a_relative_does_is_looked_up_as_a_job(engine: Engine) -> None:
    answer = engine.reply("my uncle fixes air conditioners and furnaces, what is that job called")[
        0
    ]
    assert answer.occupations == ["49-9021"]
    # "my uncle is a plumber" says no work done
    assert engine.reply("my uncle is a plumber")[0].reason != "described_job/likely"


def test_a_worry_about_age_is_met_with_ways_in(engine: Engine) -> None:
    answer = engine.reply("am I too old to retrain at 55?")[0]
    assert answer.reason == "starting_out" and "no figures on hiring by age" in answer.plain_text()
    # after a career, the age asked of it is a question about that career
    _, context = engine.reply("what do landscape architects do")
    assert engine.reply("how much school, honestly, at my age", context)[0].intent == "education"


def test_a_career_pointed_at_with_a_question_of_its_own_answers_that_question(
    engine: Engine,
) -> None:
    _, context = engine.reply("librarian vs library tech")
    answer, context = engine.reply("the second one, what do they do", context)
    assert (answer.intent, answer.occupations) == ("duties", [LIBRARY_TECH])
    # an ordinal alone, or with "1st", asks the last question again of that career
    _, context = engine.reply("nurse or dental hygienist??")
    _, context = engine.reply("the second one, how long is school", context)
    answer, context = engine.reply("what about the 1st one", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-1141"])
    answer, _ = engine.reply("second?", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-1292"])


def test_a_career_named_with_one_then_a_bare_question(engine: Engine) -> None:
    _, context = engine.reply("how much do pilots make in georgia")
    _, context = engine.reply("and flight attendants", context)
    answer, _ = engine.reply("the pilot one, how do u become one", context)
    assert (answer.intent, answer.occupations) == ("education", ["53-2011"])


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how to be a nurse", "education"),
        ("how can i be a plumber", "education"),
        ("whats the average for nurses", "salary"),
    ],
)
def test_everyday_short_questions_with_a_career(engine: Engine, text: str, intent: str) -> None:
    assert engine.reply(text)[0].intent == intent


def test_a_state_with_where_one_lives_around_it_asks_the_last_question_there(
    engine: Engine,
) -> None:
    _, context = engine.reply("how much do aircraft mechanics earn?")
    answer, _ = engine.reply("And in Oklahoma specifically? We live near Tulsa.", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["49-3011"], "OK")


def test_saying_the_answer_helped_is_thanks(engine: Engine) -> None:
    assert engine.reply("ok that helps thx")[0].intent == "thanks"


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("Is 58 too old to become a real estate agent?", "41-9022"),
        ("culinary school at 40 to become a chef, worth it?", "35-1011"),
        ("63 and need income, security guard ok?", "33-9032"),
    ],
)
def test_a_late_start_gets_the_overview_with_a_word_on_age(
    engine: Engine, text: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == ("overview", [soc])
    assert "BLS publishes no figures on hiring by age" in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how long is nursing school at 45", "education"),
        ("im 50, how much do electricians make", "salary"),
        ("police officer. what training would i need, im 34 is that too old", "education"),
    ],
)
def test_an_age_beside_another_question_keeps_that_question(
    engine: Engine, text: str, intent: str
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == intent
    assert "hiring by age" not in answer.plain_text()


def test_everyday_descriptions_of_firefighters_and_vet_techs(engine: Engine) -> None:
    answer = engine.reply("the people who put out fires")[0]
    assert answer.occupations == ["33-2011"]
    _, context = engine.reply("how much do vets make")
    answer, context = engine.reply("and the ppl who help the vet", context)
    assert (answer.intent, answer.occupations) == ("salary", ["29-2056"])
    answer, _ = engine.reply("which one pays more", context)
    assert (answer.intent, answer.occupations) == ("compare", ["29-1131", "29-2056"])


def test_a_name_with_only_an_article_is_its_overview(engine: Engine) -> None:
    answer = engine.reply("the animal doctor")[0]
    assert (answer.intent, answer.occupations) == ("overview", ["29-1131"])


def test_a_count_of_openings_is_blss_projected_openings_not_listings(engine: Engine) -> None:
    answer = engine.reply("how many job openings for nurses")[0]
    assert (answer.intent, answer.occupations) == ("outlook", ["29-1141"])
    assert "Openings each year" in answer.plain_text()
    _, context = engine.reply("how much do high school teachers make")
    _, context = engine.reply("compare that with nursing", context)
    answer, _ = engine.reply("which one has more job openings", context)
    assert answer.intent == "compare" and "189,100 openings a year" in answer.plain_text()
    # listings asked for still get the job boards
    assert "CareerOneStop" in engine.reply("any nursing jobs hiring near me")[0].plain_text()


@pytest.mark.parametrize(
    "text",
    [
        "my husband is a plumber. what jobs are good for kids who like computers?",
        "hello, my son Jake is 16, he is obsessed with cars and fixing stuff, grades are ok not "
        "great. his school counselor keeps pushing 4 year college but i was wondering if there "
        "are good trade jobs for kids like him that pay decent?",
    ],
)
def test_careers_asked_for_in_general_are_not_the_careers_of_the_story(
    engine: Engine, text: str
) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "list_occupations" and answer.choices
    assert "Plumbers" not in answer.plain_text() and "Counselors" not in answer.plain_text()


@pytest.mark.parametrize(
    ("text", "intent", "soc"),
    [
        ("my husband is a plumber. what does it pay?", "salary", "47-2152"),
        ("my son wants to be a welder. what other jobs are like that?", "related", "51-4121"),
        (
            "My son has his heart set on firefighting. Will there be jobs for him when he "
            "finishes school?",
            "outlook",
            "33-2011",
        ),
    ],
)
def test_a_career_of_the_story_asked_about_stays(
    engine: Engine, text: str, intent: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == (intent, [soc])


@pytest.mark.parametrize(
    ("text", "intent", "socs"),
    [
        ("pilot or air traffic controller, which is the better career", "compare",
         ["53-2011", "53-2021"]),
        ("mech engineering or nursing which pays more", "compare", ["17-2141", "29-1141"]),
        ("someone who does facials for a living, what do they earn", "salary", ["39-5094"]),
        ("the people who fix elevators make bank?", "salary", ["47-4021"]),
        ("how much years study for orthodontist", "education", ["29-1023"]),
        ("how much time and school to be an airline pilot", "education", ["53-2011"]),
        ("how much time off do nurses get", "work_life_balance", ["29-1141"]),
    ],
)  # fmt: skip
def test_found_in_dev_round_77(engine: Engine, text: str, intent: str, socs: list[str]) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == (intent, socs)


def test_a_veteran_asking_careers_by_what_he_likes_gets_the_list(engine: Engine) -> None:
    answer = engine.reply("jobs for a veteran who likes working with his hands")[0]
    assert answer.intent == "list_occupations" and answer.choices
    # a military job asked about is still said to be outside the wage survey
    assert engine.reply("how much does a navy seal make")[0].reason == "unknown_job"


@pytest.mark.parametrize(
    ("text", "soc"),
    [("commercial diving school how long", "49-9092"), ("tsa screener pay", "33-9093")],
)
def test_more_fields_and_names_from_career_changers(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_what_about_becoming_another_career_asks_the_last_question_of_it(engine: Engine) -> None:
    _, context = engine.reply("how much do bookkeepers make")
    answer, _ = engine.reply("what about becoming an accountant instead", context)
    assert (answer.intent, answer.occupations) == ("salary", ["13-2011"])


def test_found_by_a_newcomer_picks_two_states_and_college_not_needed(engine: Engine) -> None:
    _, context = engine.reply("yo what jobs pay good and r chill")
    answer, _ = engine.reply("whats 3", context)
    assert answer.reason == "pick" and answer.occupations
    answer = engine.reply("nvm whats the best paying job that doesnt need college")[0]
    assert answer.intent == "list_occupations" and "no degree needed" in answer.plain_text()
    answer = engine.reply("Where would a registered nurse make more money, Ohio or Texas?")[0]
    assert answer.reason == "pay_in_states"
    assert "Ohio" in answer.plain_text() and "Texas" in answer.plain_text()
    assert engine.reply("what do plumbers make these days")[0].intent == "salary"


def test_an_army_mos_code_gets_the_civilian_careers_closest_to_it(engine: Engine) -> None:
    answer = engine.reply(
        "Getting out of the army in 6 months. I was a 91B wheeled vehicle mechanic. what "
        "civilian jobs match that"
    )[0]
    assert answer.reason == "unknown_job"
    assert "Automotive Service Technicians and Mechanics" in answer.plain_text()


def test_two_careers_in_a_story_then_which_pays_more_compares_them(engine: Engine) -> None:
    answer = engine.reply(
        "my parents want me to do nursing but i want computer science. which career pays more"
    )[0]
    assert (answer.intent, answer.occupations) == ("compare", ["29-1141", "15-1252"])


def test_a_head_word_with_the_same_state_names_the_next_career(engine: Engine) -> None:
    _, context = engine.reply("salary of electrical engineer in Massachusetts?")
    answer, _ = engine.reply("and mechanical in the same state", context)
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["17-2141"], "MA")


def test_the_second_before_a_place_points_to_the_second_career(engine: Engine) -> None:
    _, context = engine.reply("What is the employment outlook for occupational therapy assistants?")
    _, context = engine.reply("And for physical therapist assistants?", context)
    _, context = engine.reply("Which of the two pays better?", context)
    answer, _ = engine.reply(
        "Thank you. What is the median salary for the second in Massachusetts?", context
    )
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["31-2021"], "MA")


def test_a_question_drowned_in_a_long_story_is_read_from_the_clause_naming_the_career(
    engine: Engine,
) -> None:
    answer = engine.reply(
        "My 16 year old shelves books at our library after school and checks people out at the "
        "front desk, and she loves it. She asked me to find out what that kind of library clerk "
        "job pays in Minnesota if she stayed on after graduation. I'm not even sure what the "
        "proper title is, sorry."
    )[0]
    assert (answer.intent, answer.state) == ("salary", "MN")


def test_a_place_the_question_names_beats_the_place_of_the_story(engine: Engine) -> None:
    answer = engine.reply(
        "My husband has been a diesel mechanic for the county road department in Oklahoma for "
        "years, and now our son wants to do the same but move down to Texas where his "
        "girlfriend is. What do diesel mechanics make in Texas?"
    )[0]
    assert (answer.occupations, answer.state) == (["49-3031"], "TX")
    answer = engine.reply(
        "My grandmother was a librarian in a tiny town in Arkansas and it seemed like she was "
        "the only one for fifty miles lol. My granddaughter now says she wants to do it too. "
        "How many librarians are there in the whole country these days?"
    )[0]
    assert (answer.intent, answer.occupations, answer.state) == ("employment", ["25-4022"], None)
    # with no place in the question, the story's place stands (where the family lives)
    answer = engine.reply(
        "My son is set on being a diesel mechanic after high school. He's always had his head "
        "under the hood of something. What kind of money is that realistically? We're just "
        "outside Knoxville if that matters."
    )[0]
    assert answer.state == "TN"


@pytest.mark.parametrize(
    "text",
    [
        "My husband is a nurse at the VA. What do auto mechanics make?",
        "My husband manages a car wash and I'm a hairdresser. What do auto mechanics make?",
    ],
)
def test_words_that_are_no_state_set_no_state(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.occupations, answer.state) == (["49-3023"], None)
    assert engine.reply("auto mechanic pay in va")[0].state == "VA"


def test_a_name_with_several_meanings_beside_one_of_them_plainly_means_it(engine: Engine) -> None:
    answer = engine.reply(
        "He got into Michigan Tech for engineering. What do mechanical engineers make?"
    )[0]
    assert (answer.intent, answer.occupations) == ("salary", ["17-2141"])
    answer = engine.reply("outlook for admin assistants / secretaries?")[0]
    assert (answer.intent, answer.occupations) == ("outlook", ["43-6014"])


def test_the_users_own_take_home_pay_is_no_question_of_what_a_word_means(engine: Engine) -> None:
    answer = engine.reply("whats my take home pay on 55k in ohio")[0]
    assert answer.intent == "fallback"
    assert engine.reply("is that pay before or after taxes?")[0].reason == "defines_term"


def test_a_question_asking_something_else_than_the_storys_career_is_refused(
    engine: Engine,
) -> None:
    answer, _ = engine.reply(
        "How much is tuition at Ivy Tech these days? My son wants to do their HVAC program and "
        "my husband says we should just pay it out of pocket."
    )
    assert (answer.intent, answer.occupations) == ("fallback", [])
    answer, _ = engine.reply(
        "My husband is a plumber and his boss hasn't given him a raise in three years even "
        "though he trains all the new guys. How should he ask for a raise without getting fired?"
    )
    assert (answer.intent, answer.occupations) == ("fallback", [])
    # a question over the story's own claim is still about the career
    answer, _ = engine.reply(
        "my husband keeps saying accounting is safe and our daughter should do it, but i keep "
        "reading that AI will do all of it. who's right?"
    )
    assert (answer.intent, answer.occupations) == ("automation", ["13-2011"])


@pytest.mark.parametrize(
    "text",
    [
        "My son can't stand being indoors. His dad's a corrections officer and hates being "
        "inside the prison all day. What jobs are mostly outdoors?",
        "what careers use a lot of math?? my daughter loves it but she does NOT want to be a "
        "teacher like me haha",
        "My youngest adores little kids. She's 16 and her older sister is in nursing school. "
        "What kinds of jobs let you work with children?",
        "My daughter draws constantly, she even designed the logo for her uncle's landscaping "
        "business. Everybody in the family says art doesn't pay. What careers are good for "
        "someone artistic who still wants a decent living?",
    ],
)
def test_careers_asked_for_after_a_family_story_are_listed(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == ("list_occupations", [])
    assert answer.choices  # careers to pick from, not the careers of the story


def test_a_career_not_wanted_beside_a_question_for_others_is_still_their_kin(
    engine: Engine,
) -> None:
    answer = engine.reply(
        "What careers are related to law for students who don't want to become lawyers?"
    )[0]
    assert (answer.intent, answer.occupations) == ("related", ["23-1011"])


def test_a_deed_typed_as_a_verb_names_no_worker(engine: Engine) -> None:
    answer = engine.reply(
        "My husband works for Boeing in Everett and he's wondering if the bonus they announced "
        "this year is normal. How much are Boeing's bonuses usually?"
    )[0]
    assert (answer.intent, answer.occupations) == ("fallback", [])
    assert engine.reply("what do announcers make")[0].occupations == ["27-3011"]


def test_a_question_with_a_condition_after_it_is_still_the_question(engine: Engine) -> None:
    answer = engine.reply(
        "His dad is a machinist and thinks he should go to trade school instead. I want to show "
        "him real numbers. what does a library technician make in ohio if he goes full time"
    )[0]
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["25-4031"], "OH")


def test_the_familys_careers_told_around_a_question_are_not_asked_about(engine: Engine) -> None:
    answer = engine.reply(
        "Pharmacy technician. Good job or not? My daughter's thinking about it after high "
        "school, my husband's a pastor and I do daycare at home."
    )[0]
    assert (answer.intent, answer.occupations) == ("overview", ["29-2052"])
    answer = engine.reply(
        "my husband teaches high school chemistry and I'm an accountant, our daughter loves AP "
        "stats. she's torn between software developer and data scientist. which one has better "
        "job growth"
    )[0]
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["15-1252", "15-2051"])


def test_a_job_hoped_for_is_not_the_users_own(engine: Engine) -> None:
    answer = engine.reply("I am shy, can I work as a massage therapist?")[0]
    assert (answer.intent, answer.occupations) == ("personality", ["31-9011"])


def test_customer_service_is_the_field_of_its_representatives(engine: Engine) -> None:
    answer = engine.reply("Is danger from AI for customer service job?")[0]
    assert (answer.intent, answer.occupations) == ("automation", ["43-4051"])
    # listed among the skills asked, it is a skill
    answer = engine.reply(
        "What are the key skills for library paraprofessionals - cataloguing software, "
        "customer service, something else?"
    )[0]
    assert (answer.intent, answer.occupations) == ("skills", ["25-4031"])


@pytest.mark.parametrize("text", ["teşekkürler", "dyakuyu", "asante sana"])
def test_thanks_in_other_languages_is_thanks(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "thanks"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how much does it cost to go to nursing school at Ohio State? my granddaughter got in "
         "and we're trying to figure out how to help her", "cost"),
        ("should my daughter take out private loans or parent plus loans for her dental hygiene "
         "program?", "money"),
        ("my daughter is a nurse at a hospital in Tucson and they keep making her work double "
         "shifts with no notice. is that even legal?", "law"),
    ],
)  # fmt: skip
def test_matters_outside_the_data_beside_a_career_say_where_to_ask(
    engine: Engine, text: str, kind: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.reason) == ("fallback", "outside_topic")
    assert OUTSIDE[kind].split(":")[0] in answer.plain_text()
    # the same career with a question the figures answer is answered
    assert (
        engine.reply("what do pharmacists earn? before we commit to years of tuition")[0].intent
        == "salary"
    )


def test_the_users_home_beats_the_relatives_places_of_the_story(engine: Engine) -> None:
    answer = engine.reply(
        "My nephew in Boston is a firefighter and my sister is a teacher in Atlanta. I'm in "
        "Denver. I'm thinking about becoming an EMT at 52. Is that realistic, and what would I "
        "earn here?"
    )[0]
    assert (answer.occupations, answer.state) == (["29-2042"], "CO")
    answer = engine.reply(
        "We moved from California to Tennessee last year. My oldest is thinking about becoming "
        "a physical therapist assistant. What's the job outlook?"
    )[0]
    assert (answer.occupations, answer.state) == (["31-2021"], "TN")


def test_la_alone_after_an_answer_is_the_city(engine: Engine) -> None:
    _, context = engine.reply("how much do dental assistants make in vegas")
    answer = engine.reply("what about LA", context)[0]
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["31-9091"], "CA")
    assert "statewide" in answer.plain_text() or "not by metro area" in answer.plain_text()


def test_one_good_career_asked_for_after_a_family_story_is_a_list(engine: Engine) -> None:
    answer = engine.reply(
        "Hi, my husband is an electrician and his brother works as a plumber in Ohio. Our son "
        "Jake is 16 and loves computers and video games but hates sitting still. What would be "
        "a good career for him?"
    )[0]
    assert (answer.intent, answer.occupations) == ("list_occupations", [])
    assert engine.reply("is nursing a good career for him")[0].occupations == ["29-1141"]


@pytest.mark.parametrize(
    "text", ["what job good for me, I like fix things", "i like building stuff and being outside"]
)
def test_likings_said_plainly_list_careers(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "list_occupations"
    assert {"47-2111", "49-9071", "47-2031"} & {c.occupations[0] for c in answer.choices}


def test_a_career_changer_gets_careers_close_to_their_own_narrowed_as_asked(
    engine: Engine,
) -> None:
    answer = engine.reply(
        "I'm 44 and have been a truck driver for 20 years. My back is shot. What could I switch "
        "to without going back to school for 4 years?"
    )[0]
    assert (answer.intent, answer.occupations) == ("related", ["53-3032"])
    assert "less schooling" in answer.plain_text()
    answer = engine.reply(
        "I'm 41 and work as a paralegal. I want to move into something with less AI risk. What "
        "are my options?"
    )[0]
    assert (answer.intent, answer.occupations) == ("related", ["23-2011"])
    assert "less exposed to AI" in answer.plain_text()
    # someone else's job said the same way is not the user's
    answer = engine.reply("my husband is 40 and works as a plumber. what do electricians make")[0]
    assert (answer.intent, answer.occupations) == ("salary", ["47-2111"])


def test_years_in_a_field_told_are_the_users_own_and_what_they_need_is_the_way_in(
    engine: Engine,
) -> None:
    reading = engine.matcher.understand("im 47, been in retail management for 22 yrs. help")
    assert reading.own_careers == ("41-1011",)
    _, context = engine.reply("thinking about becoming a dental hygienist")
    answer = engine.reply("ok what would i need", context)[0]
    assert (answer.intent, answer.occupations) == ("education", ["29-1292"])


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("For my 9th grade career unit, I'd like 5 careers in healthcare that need only a "
         "certificate, with pay and outlook.", "healthcare"),
        ("Can you make a quick list of 10 STEM careers for my 8th graders, with one sentence "
         "each on what they do?", "STEM"),
        ("I teach a careers class. What are the fastest-growing jobs in the US right now?",
         "Fastest projected growth"),
    ],
)  # fmt: skip
def test_a_teachers_list_request_is_a_list_of_what_was_asked(
    engine: Engine, text: str, heading: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == ("list_occupations", [])
    first = answer.plain_text().splitlines()[0]
    assert heading.lower() in first.lower() and "teaching" not in first


def test_follow_ups_after_a_list_point_to_its_careers(engine: Engine) -> None:
    _, context = engine.reply("jobs for someone who likes animals")
    answer, _ = engine.reply("what do they pay", context)
    assert answer.intent == "compare" and len(answer.occupations) >= 3
    assert "Highest median pay" in answer.plain_text()
    _, context = engine.reply("which one pays most", context)
    answer, _ = engine.reply("how do u become one", context)
    assert (answer.intent, answer.occupations) == ("education", ["29-1131"])


def test_a_lone_career_word_beside_a_shared_name_keeps_its_own_meaning(engine: Engine) -> None:
    answer = engine.reply("whats better for a girl, dental hygenist or nurse")[0]
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["29-1141", "29-1292"])
    answer = engine.reply("real estate agent or broker, which pays more")[0]
    assert sorted(answer.occupations) == ["41-9021", "41-9022"]


def test_tell_me_more_about_the_first_one_is_its_overview(engine: Engine) -> None:
    _, context = engine.reply(
        "im 38, been in retail management 12 years. i keep going back and forth between dental "
        "hygienist and radiation therapist. how long is school for those"
    )
    answer, context = engine.reply("tell me more about the first one", context)
    assert (answer.intent, answer.occupations) == ("overview", ["29-1292"])
    answer, _ = engine.reply("tell me more about the second one, what do they do all day?", context)
    assert (answer.intent, answer.occupations) == ("duties", ["29-1124"])


def test_the_jobs_of_a_hotel_are_listed(engine: Engine) -> None:
    answer = engine.reply("hi I want work in hotel. what jobs there is?")[0]
    assert answer.intent == "list_occupations"
    assert "43-4081" in {c.occupations[0] for c in answer.choices}  # hotel desk clerks
    # careers like one described are its kin, not the careers of an area
    answer = engine.reply(
        "what careers are similar to being the one who cleans teeth at the dentist"
    )[0]
    assert (answer.intent, answer.occupations) == ("related", ["29-1292"])


@pytest.mark.parametrize(
    ("text", "soc"),
    [("radiologic technologist", "29-2034"), ("radiologic technicians", "29-2034")],
)
def test_each_half_of_an_official_title_alone_is_a_career_named(
    engine: Engine, text: str, soc: str
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.occupations) == ("overview", [soc])


def test_would_she_make_a_good_one_asks_her_fit(engine: Engine) -> None:
    answer = engine.reply(
        "my daughter is bossy and super organized lol, she runs every family party. would she "
        "make a good event planner?"
    )[0]
    assert (answer.intent, answer.occupations) == ("personality", ["13-1121"])
    assert engine.reply("do event planners make a good living")[0].intent == "salary"


def test_which_of_those_earns_more_sets_the_careers_told_side_by_side(engine: Engine) -> None:
    answer = engine.reply(
        "My two grandsons are twins. One wants to be a car mechanic and the other wants to be a "
        "diesel mechanic. Which of those earns more?"
    )[0]
    assert (answer.intent, sorted(answer.occupations)) == ("compare", ["49-3023", "49-3031"])


def test_a_remark_told_after_a_list_question_points_back_to_nothing(engine: Engine) -> None:
    answer = engine.reply(
        "what careers pay well without a college degree? my son just isn't a school kid and "
        "that's ok"
    )[0]
    assert (answer.intent, answer.occupations) == ("list_occupations", [])


@pytest.mark.parametrize(
    "text",
    [
        "do you know any good flight schools in anchorage",
        "can you recommend a good trade school near Akron? My son wants welding",
        "is Lincoln Tech a good school for diesel mechanics or is it a scam?",
    ],
)
def test_a_school_judged_good_or_a_scam_is_outside_the_data(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, answer.reason) == ("fallback", "picks_a_school")
    assert engine.reply("is welding a good career without school")[0].intent == "overview"


def test_a_place_follow_up_with_a_story_after_it_is_still_the_place(engine: Engine) -> None:
    _, context = engine.reply("what do airline pilots make")
    answer, _ = engine.reply(
        "what about in alaska? his grandpa lives in Anchorage and he wants to fly up there",
        context,
    )
    assert (answer.intent, answer.occupations, answer.state) == ("salary", ["53-2011"], "AK")


def test_where_someone_lives_now_is_the_place_not_a_relatives_town(engine: Engine) -> None:
    answer = engine.reply(
        "I'm writing on behalf of my nephew. His mom (my sister) is a hairdresser in Tulsa but "
        "he now lives with me in Albuquerque, New Mexico. He wants to be a firefighter or a "
        "police officer. Which pays better here?"
    )[0]
    assert (answer.intent, answer.state) == ("compare", "NM")
