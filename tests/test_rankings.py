"""Ranked lists for exploring ("highest paying jobs without a degree"): what is read from the
question, and the order and filters applied to the official figures."""

import pytest

from careerbot.conversation import Context
from careerbot.engine import Engine
from careerbot.understanding import rankings
from careerbot.understanding.normalise import tokens, words_only

AREAS = {"healthcare": ("29", "31"), "trade": ("47", "49", "51")}


def _ask(text: str) -> rankings.Ranking:
    return rankings.ask(words_only(tokens(text)), AREAS)


@pytest.mark.parametrize(
    ("text", "by", "lowest", "education", "groups"),
    [
        ("highest paying jobs", "pay", False, None, ()),
        ("lowest paying jobs", "pay", True, None, ()),
        ("fastest growing careers in healthcare", "growth", False, None, ("29", "31")),
        ("which trades have the most openings", "openings", False, None, ("47", "49", "51")),
        ("best paying jobs without a degree", "pay", False, 3, ()),
        ("jobs that dont need a bachelors", None, False, 4, ()),
        ("good jobs right out of high school", None, False, 1, ()),
        ("is the field growing", None, False, None, ()),  # no ranking word: an outlook question
        ("high school teacher pay", None, False, None, ()),  # a teacher, not a ceiling
    ],
)
def test_what_a_list_question_asks(
    text: str, by: str | None, lowest: bool, education: int | None, groups: tuple[str, ...]
) -> None:
    asked = _ask(text)
    assert (asked.by, asked.lowest, asked.max_education, asked.groups) == (
        by,
        lowest,
        education,
        groups,
    )


def test_rank_orders_by_the_figure_and_filters_area_and_education() -> None:
    pay = {"29-1141": 93_600.0, "31-1131": 39_530.0, "47-2111": 62_350.0, "29-1228": None}
    education = {
        "29-1141": "Bachelor's degree",
        "31-1131": "Postsecondary nondegree award",
        "47-2111": "High school diploma or equivalent",
        "29-1228": "Doctoral or professional degree",
    }
    ranked = rankings.rank(
        rankings.Ranking(by="pay", groups=("29", "31")),
        list(pay),
        lambda soc, by: pay[soc],
        education.get,
    )
    assert [r.soc for r in ranked] == ["29-1141", "31-1131"]  # no figure, no place
    no_degree = rankings.Ranking(by="pay", max_education=3)
    ranked = rankings.rank(no_degree, list(pay), lambda soc, by: pay[soc], education.get)
    assert [(r.soc, r.value) for r in ranked] == [("47-2111", 62_350.0), ("31-1131", 39_530.0)]


def test_highest_paying_jobs_are_listed_from_the_wage_survey(engine: Engine) -> None:
    answer, _ = engine.reply("what are the highest paying jobs")
    assert (answer.intent, answer.reason) == ("list_occupations", "list_occupations")
    oews = engine.catalog.oews
    assert oews is not None
    medians = {soc: row.number("annual_median") or 0.0 for soc, row in oews.national.items()}
    best = max(medians, key=lambda soc: medians[soc])
    assert answer.choices[0].occupations == [best]
    assert "Highest median pay" in answer.plain_text()
    assert "Source: BLS wage survey" in answer.plain_text()


def test_jobs_without_a_degree_need_none_to_start(engine: Engine) -> None:
    answer, _ = engine.reply("best paying jobs without a degree")
    assert answer.intent == "list_occupations" and answer.choices
    allowed = set(rankings.EDUCATION_LEVELS[:4])
    for choice in answer.choices:
        profile = engine.catalog.profiles.get(choice.occupations[0])
        assert profile is not None and profile.projection is not None
        assert profile.projection.education in allowed


def test_fastest_growing_healthcare_careers_are_healthcare_and_in_order(engine: Engine) -> None:
    answer, _ = engine.reply("fastest growing careers in healthcare")
    socs = [choice.occupations[0] for choice in answer.choices]
    assert socs and all(soc[:2] in ("29", "31") for soc in socs)
    growth = []
    for soc in socs:
        profile = engine.catalog.profiles.get(soc)
        assert profile is not None and profile.projection is not None
        growth.append(profile.projection.percent_change)
    assert growth == sorted(growth, reverse=True)


def test_growth_of_the_career_discussed_is_no_list(engine: Engine) -> None:
    _, context = engine.reply("what do library techs do")
    answer, _ = engine.reply("is the field growing", context)
    assert (answer.intent, answer.occupations) == ("outlook", ["25-4031"])
    answer, _ = engine.reply("is the job growth good for them", context)
    assert answer.intent == "outlook"
    assert engine.reply("is healthcare a good career", Context())[0].intent != "list_occupations"


def test_a_number_asked_for_is_the_number_listed(engine: Engine) -> None:
    answer, _ = engine.reply("what are the top 5 fastest growing jobs")
    items = answer.blocks[0].items or []
    assert len([i for i in items if not i.startswith("…")]) == 5
    assert len(answer.choices) == 5


@pytest.mark.parametrize(
    "text", ["jobs with computers that dont need a degree", "what can i do without a degree"]
)
def test_careers_asked_for_without_a_list_word_are_listed(engine: Engine, text: str) -> None:
    answer, _ = engine.reply(text)
    assert answer.intent == "list_occupations"
    assert "no degree needed to start" in answer.plain_text()


def test_a_job_that_needs_a_degree_describes_no_job(engine: Engine) -> None:
    assert engine.matcher.finder.described(["a", "job", "that", "need", "a", "degree"]) is None


INTERESTS = rankings.interest_words(
    ["drawing", "video games", "animals", "helping people", "working with my hands", "math", "shy"]
)


@pytest.mark.parametrize(
    ("text", "likes"),
    [
        ("im 17 and i like video games and drawing", ("video games", "drawing")),
        ("i like working with my hands", ("working with my hands",)),
        ("i love drawing but i hate math", ("drawing",)),  # a dislike ends the liking
        ("my son is good at math", ("math",)),
        ("she enjoys helping people", ("helping people",)),
        ("i love reading. what jobs are there for people who like animals", ("animals",)),
        ("jobs like the people who draw comics", ()),  # "like" as "such as"
        ("is it a good job for my mom", ()),  # "good" alone is no liking
        ("i hate math", ()),
        ("what jobs suit someone who is shy", ("shy",)),  # a trait said of someone
        ("is that good money", ()),
    ],
)
def test_what_the_user_likes_is_read_up_to_a_dislike(text: str, likes: tuple[str, ...]) -> None:
    assert rankings.liked(words_only(tokens(text)), INTERESTS) == likes


LIMITS = rankings.interest_words(
    ["blood", "needles", "back", "heavy lifting", "animals", "heights"]
)


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("i want to work in healthcare but i hate blood. what can i do", ("blood",)),
        ("my back is bad, what jobs can i do", ("back",)),  # the cue after the limit
        ("jobs without heavy lifting", ("heavy lifting",)),
        # a list of limits
        ("nothing where i have to do heavy lifting or climb heights", ("heavy lifting", "heights")),
        ("scared of heights and needles", ("heights", "needles")),
        ("i hate blood but i love animals", ("blood",)),
        # liked, then a limit: the liking is no limit
        ("i like animals but im scared of needles, what jobs fit", ("needles",)),
        ("i love animals", ()),
        ("do nurses deal with blood", ()),  # asked about, not ruled out
    ],
)
def test_what_the_user_cannot_stand_is_read_where_they_say_so(
    text: str, limits: tuple[str, ...]
) -> None:
    assert rankings.limited(words_only(tokens(text)), LIMITS) == limits


def test_careers_by_interest_hand_picked_first_then_the_most_common_that_fit() -> None:
    fit = {"27-1024": 7.0, "27-1014": 7.0, "27-2011": 7.0, "27-3043": 6.0, "41-2031": 2.0}
    jobs = {"27-1024": 200_000.0, "27-1014": 20_000.0, "27-2011": 55_000.0, "27-3043": 48_000.0}
    education = {"27-1024": "Bachelor's degree", "27-2011": "Some college, no degree"}
    socs = [*fit, "29-1141"]
    ranked = rankings.by_interest(
        ["27-1014", "27-1024", "27-1014"],  # animators picked for two interests: first
        socs,
        fit.get,
        jobs.get,
        rankings.Ranking(),
        education.get,
    )
    # then the rest at FIT_FLOOR or more, most jobs first; retail (2.0) and nurses (no
    # interest profile) are left out
    assert ranked == ["27-1014", "27-1024", "27-2011", "27-3043"]
    no_bachelors = rankings.Ranking(
        max_education=rankings.EDUCATION_LEVELS.index("Associate's degree")
    )
    ranked = rankings.by_interest([], socs, fit.get, jobs.get, no_bachelors, education.get)
    assert ranked == ["27-2011"]  # the others need a degree (or their education is unknown)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("im 17 and i like video games and drawing, what jobs would fit me", "27-1014"),
        ("i love animals what jobs r there", "29-1131"),
        # math hated: a limit, so software developers ("mathematical models" in their O*NET
        # tasks) are left out, and the answer says so
        ("i want to work with computers but i hate math", "15-1212"),
        ("what careers are good for someone who likes helping people", "31-1120"),
        # a liking said around other words: "people who like" is who likes, not the liking;
        # "idk wat i wanna do" reads like "what can you do"
        ("which jobs for people who like working with their hands", "47-2031"),
        ("idk wat i wanna do, i like cars n stuff", "49-3023"),
    ],
)
def test_careers_are_suggested_for_what_the_user_likes(
    engine: Engine, text: str, first: str
) -> None:
    answer, _ = engine.reply(text)
    assert (answer.intent, answer.reason) == ("list_occupations", "list_occupations")
    assert answer.choices[0].occupations == [first]
    shown = answer.plain_text()
    assert "a year" in shown and "Source: BLS wage survey" in shown


def test_a_liking_with_no_careers_picked_lists_by_holland_type(engine: Engine) -> None:
    answer, _ = engine.reply("what careers are good for someone who likes helping people")
    assert "rates most Social (Holland interest types)" in answer.plain_text()
    assert "Source: O*NET" in answer.plain_text()
    profiles = engine.catalog.profiles
    for choice in answer.choices:
        social = {i.code: i.score for i in profiles[choice.occupations[0]].interests}["S"]
        assert social >= rankings.FIT_FLOOR


def test_a_career_named_with_a_liking_is_answered_about_that_career(engine: Engine) -> None:
    answer, _ = engine.reply("i love animals, what does a vet tech do")
    assert (answer.intent, answer.occupations) == ("duties", ["29-2056"])


def test_liking_said_alone_while_exploring_lists_careers_for_it(engine: Engine) -> None:
    _, context = engine.reply("i like animals and being outside, what jobs are there")
    answer, _ = engine.reply("i also like drawing", context)
    assert answer.reason == "list_occupations" and answer.choices[0].occupations == ["27-1024"]
    answer, _ = engine.reply("something with animals", context)
    assert answer.reason == "list_occupations" and answer.choices[0].occupations == ["29-1131"]


def test_a_trait_after_a_career_asks_about_that_career(engine: Engine) -> None:
    _, context = engine.reply("what do actuaries do")
    answer, _ = engine.reply("is it a good fit for someone who is shy", context)
    assert (answer.intent, answer.occupations) == ("personality", ["15-2011"])


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("jobs that pay at least $20 an hour", 20 * rankings.HOURS_A_YEAR),
        ("jobs that pay over 50k without a degree", 50_000),
        ("careers paying more than $60,000 a year", 60_000),
        ("jobs over 25/hr", 25 * rankings.HOURS_A_YEAR),
        ("careers that make six figures", 100_000),
        ("good careers for people over 50", None),  # an age
        # what the user earns now is no floor; the sum asked for last is
        ("im making 38k, what jobs pay 55k+", 55_000),
        ("making 38k at a warehouse. whats something that pays 55k+", 55_000),
        ("what jobs are there at least", None),
        ("", None),
    ],
)
def test_a_pay_floor_is_read_in_dollars_a_year(text: str, floor: float | None) -> None:
    assert rankings.pay_floor(words_only(tokens(text))) == floor


def test_jobs_paying_at_least_an_amount_all_clear_it_most_common_first(engine: Engine) -> None:
    answer, _ = engine.reply("what jobs can i get that pay at least $25 an hour without college")
    assert answer.reason == "list_occupations"
    oews = engine.catalog.oews
    assert oews is not None
    socs = [choice.occupations[0] for choice in answer.choices]
    assert socs and all(
        (oews.national[soc].number("annual_median") or 0) >= 25 * rankings.HOURS_A_YEAR
        for soc in socs
    )
    jobs = [engine.catalog.profiles[soc].projection.employment_2024 for soc in socs]  # type: ignore[union-attr]
    assert jobs == sorted(jobs, reverse=True)
    assert "$52,000 a year or more ($25.00 an hour)" in answer.plain_text()


def test_a_list_after_a_career_is_about_the_list(engine: Engine) -> None:
    # a career discussed earlier stays out of the way of a new list and of "which one"
    _, context = engine.reply("which state pays nurses the most")
    answer, context = engine.reply("i like drawing what jobs fit me", context)
    assert answer.reason == "list_occupations"
    offered = [choice.occupations[0] for choice in answer.choices]
    answer, _ = engine.reply("which one pays the most", context)
    assert answer.intent == "compare" and "29-1141" not in answer.occupations
    assert answer.occupations == offered[: len(answer.occupations)]


@pytest.mark.parametrize(
    ("words", "by", "lowest", "ai"),
    [
        ("which jobs are safest from ai", "ai", True, None),
        ("jobs least likely to be replaced by robots", "ai", True, None),
        ("what careers are ai proof", "ai", True, None),
        ("which jobs are most at risk from automation", "ai", False, None),
        # another figure orders them; "low" is the risk, not the pay
        ("top jobs with low ai risk that pay well", "pay", False, "safe"),
        ("highest paying jobs most likely to be automated", "pay", False, "exposed"),
        ("highest paying jobs", "pay", False, None),
    ],
)
def test_lists_by_exposure_to_ai_are_read(
    words: str, by: str, lowest: bool, ai: str | None
) -> None:
    ranking = rankings.ask(tokens(words), {})
    assert (ranking.by, ranking.lowest, ranking.ai) == (by, lowest, ai)


def test_careers_safest_from_ai_are_listed_by_their_exposure(engine: Engine) -> None:
    answer, _ = engine.reply("which jobs are safest from ai")
    assert answer.intent == "list_occupations" and "Least exposed to AI" in answer.plain_text()
    assert "not job losses" in answer.plain_text() and "Eloundou" in answer.plain_text()

    def exposure(soc: str) -> float:
        profile = engine.catalog.profiles[soc]
        return next(e.percentile for e in profile.exposure if e.measure == "llm_exposure")

    shown = [c.occupations[0] for c in answer.choices]
    assert [exposure(s) for s in shown] == sorted(exposure(s) for s in shown)
    # well paid and safe: best paid first, each less exposed than half of all jobs
    paid, _ = engine.reply("top jobs with low ai risk that pay well")
    assert "Highest median pay" in paid.plain_text()
    assert all(exposure(c.occupations[0]) < 50 for c in paid.choices)
    risky, _ = engine.reply("which jobs are most at risk from ai")
    assert exposure(risky.choices[0].occupations[0]) > 95


def test_education_asked_of_a_list_is_read_as_said(engine: Engine) -> None:
    counsellor = engine.reply(
        "Hi, I'm a high school counselor. Can you give me a list of healthcare jobs that "
        "don't need a 4-year degree?"
    )[0]
    text = counsellor.plain_text()
    assert "no bachelor's degree needed" in text  # the counsellor's school is no ceiling
    assert "29-1292" in {c.occupations[0] for c in counsellor.choices}  # dental hygienists
    associate, _ = engine.reply("list healthcare careers that need an associate's degree")
    levels = {engine.composer._entry_education(c.occupations[0]) for c in associate.choices}
    assert levels == {"Associate's degree"}


def test_a_list_is_numbered_once_most_common_first_each_with_its_pay(engine: Engine) -> None:
    answer, _ = engine.reply("healthcare jobs without a degree")
    text = answer.plain_text()
    first = answer.choices[0].label
    assert f"1. {first}: $" in text and text.count(first) == 1  # not listed again below
    jobs = [engine.composer._rank_figure(c.occupations[0], "jobs") or 0 for c in answer.choices]
    assert jobs == sorted(jobs, reverse=True)


def test_which_pays_most_after_a_list_ranks_every_career_it_offered(engine: Engine) -> None:
    listed, context = engine.reply("jobs in law")
    offered = [c.occupations[0] for c in listed.choices]
    assert len(offered) > 6 and not context.list_more  # the whole list is on the page
    answer, _ = engine.reply("which pays the most", context)
    assert answer.intent == "compare" and sorted(answer.occupations) == sorted(offered)

    def pay(soc: str) -> float:
        return engine.composer._rank_figure(soc, "pay") or 0.0

    assert answer.occupations[0] == max(offered, key=pay)
    assert "Highest median pay of those" in answer.plain_text()
    least, _ = engine.reply("which one pays the least", context)
    assert least.occupations[0] == min(offered, key=pay)
    calm, _ = engine.reply("which of those is least stressful", context)
    assert "won't say which is better" in calm.plain_text()  # no stress score, said so


def test_which_pays_most_after_a_longer_list_ranks_the_whole_list(engine: Engine) -> None:
    # a page of a longer list: the best paid of every career in it, not of the page
    listed, context = engine.reply("list healthcare careers that need an associate's degree")
    assert context.list_more
    shown = {c.occupations[0] for c in listed.choices}
    answer, _ = engine.reply("which pays the most", context)
    assert (answer.intent, answer.reason) == ("list_occupations", "narrows_list")
    best = answer.choices[0].occupations[0]
    pay = engine.composer._rank_figure
    assert all((pay(best, "pay") or 0) >= (pay(soc, "pay") or 0) for soc in shown)


def test_a_trait_said_of_people_is_no_liking_of_people(engine: Engine) -> None:
    likes = rankings.liked(tokens("jobs for creative people"), engine.matcher._interests)
    assert likes == ("creative",)


def test_which_of_those_pays_most_ranks_the_whole_list(engine: Engine) -> None:
    # not only the ten shown: the best paid of every career with no degree needed
    _, context = engine.reply("jobs with no degree")
    answer = engine.reply("which of those pay the most", context)[0]
    assert (answer.intent, answer.reason) == ("list_occupations", "narrows_list")
    assert "Commercial Pilots" in answer.plain_text().split("\n")[2]


def test_without_med_school_is_below_a_doctoral_degree(engine: Engine) -> None:
    answer = engine.reply("healthcare jobs without med school")[0]
    assert answer.intent == "list_occupations"
    assert "at most a master's degree" in answer.plain_text()


def test_an_area_can_be_a_minor_group(engine: Engine) -> None:
    # "law enforcement" is police, detectives and corrections, not firefighters or lifeguards
    answer = engine.reply("jobs in law enforcement")[0]
    socs = {c.occupations[0] for c in answer.choices}
    assert "33-3051" in socs and "33-2011" not in socs and "33-9092" not in socs


def test_area_words_are_read_as_folded(engine: Engine) -> None:
    # "engineering", "sports": the area's careers with their pay, not a title search
    answer = engine.reply("list careers in engineering")[0]
    assert answer.plain_text().startswith("📚 Careers in engineering")
    assert all(c.occupations[0].startswith("17-") for c in answer.choices)
    sports = {c.occupations[0] for c in engine.reply("careers in sports")[0].choices}
    assert "27-2021" in sports and "27-1024" not in sports  # athletes, no graphic designers


def test_a_career_named_with_a_number_from_a_list_is_the_one_named(engine: Engine) -> None:
    _, context = engine.reply("what jobs do u have with the word engineer")
    answer = engine.reply("number 2 on ur list, aerospace engineers. what do they do", context)[0]
    assert (answer.intent, answer.occupations) == ("duties", ["17-2011"])
    # a career of the list's kind not on its page, pointed at by a word of its name
    _, context = engine.reply("what engineering jobs do u have")
    answer = engine.reply("the aerospace one, how much", context)[0]
    assert (answer.intent, answer.occupations) == ("salary", ["17-2011"])


def test_careers_in_an_area_list_it_though_the_area_is_a_question_word(engine: Engine) -> None:
    answer = engine.reply("careers in education")[0]
    assert answer.intent == "list_occupations"
    assert all(c.occupations[0].startswith("25-") for c in answer.choices)
    # after a career, "related careers in food" is about that career
    _, context = engine.reply("what do chefs do")
    assert engine.reply("Are there related careers in food?", context)[0].intent == "related"


@pytest.mark.parametrize(
    ("first", "then", "heading"),
    [
        ("what are the highest paying jobs", "what about the fastest growing ones", "📈 Fastest"),
        (
            "careers for kids who like being outdoors",
            "which need only a high school diploma",
            "with a high school diploma (or less) to start",
        ),
    ],
)
def test_a_list_is_narrowed_or_sorted_again_by_a_short_follow_up(
    engine: Engine, first: str, then: str, heading: str
) -> None:
    _, context = engine.reply(first)
    answer = engine.reply(then, context)[0]
    assert answer.intent == "list_occupations" and heading in answer.plain_text().split("\n")[0]


def test_short_training_asks_for_careers_without_a_degree(engine: Engine) -> None:
    # not the best paid of all (surgeons): a short way in
    text = engine.reply("jobs with short training that pay well")[0].plain_text()
    assert "no degree needed to start" in text.split("\n")[0] and "Surgeons" not in text


def test_a_short_way_in_leaves_out_apprenticeships_and_experience_first(engine: Engine) -> None:
    answer = engine.reply("jobs with short training that pay well")[0]
    shown = {c.occupations[0] for c in answer.choices}
    # elevator installers (an apprenticeship) and police supervisors (years on the force first)
    assert "47-4021" not in shown and "33-1012" not in shown
    assert "short way in" in answer.plain_text().split("\n")[0]


def test_a_pay_floor_asked_after_the_users_own_job_lists_careers_by_it(engine: Engine) -> None:
    answer = engine.reply(
        "hey im 45 w/ no degree, making 38k at a warehouse in atlanta. whats something i could "
        "switch to that pays 55k+ without going back to school for 4 yrs"
    )[0]
    assert (answer.intent, answer.state) == ("list_occupations", "GA")
    text = answer.plain_text()
    assert "$55,000 a year or more" in text and "no bachelor's degree" in text
    # "going back to school" is no bad back: no careers left out for lifting
    assert "lifting" not in text


def test_a_bad_back_still_leaves_out_lifting(engine: Engine) -> None:
    assert "lifting" in engine.reply("jobs for someone with a bad back")[0].plain_text()


def test_likings_with_no_career_below_the_education_asked_show_what_each_needs(
    engine: Engine,
) -> None:
    answer = engine.reply("i like drawing and math, what jobs dont need a degree")[0]
    text = answer.plain_text()
    assert answer.choices and "I found none with no degree needed to start" in text
    assert "bachelor's degree to start" in text


def test_more_after_the_whole_list_says_it_was_all(engine: Engine) -> None:
    answer, context = engine.reply(
        "what jobs are good for students who like computers but dont want to go to college"
    )
    for _ in range(3):  # page on until the list is spent
        answer, context = engine.reply("more", context)
    assert "That was the whole list" in answer.plain_text()


def test_an_option_picked_by_hash_number_with_a_question(engine: Engine) -> None:
    _, context = engine.reply("jobs for people who like animals")
    answer, _ = engine.reply("what does number 1 do", context)
    assert (answer.intent, answer.occupations) == ("duties", ["29-1131"])
    answer, _ = engine.reply("what does #1 do all day", context)
    assert (answer.intent, answer.occupations) == ("duties", ["29-1131"])


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("what jobs can i get with a computer science degree", "15-1252"),
        ("what can you do with an economics major", "13-2051"),
        ("what careers can i get with a degree in criminal justice", "33-3051"),
    ],
)
def test_a_major_lists_the_careers_it_leads_to(engine: Engine, text: str, soc: str) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "list_occupations"
    assert soc in [s for choice in answer.choices for s in choice.occupations]


def test_a_class_taken_is_no_liking(engine: Engine) -> None:
    assert engine.reply("write my essay about careers for english class pls")[0].intent == (
        "fallback"
    )
    assert engine.reply("i like math class, what jobs fit")[0].intent == "list_occupations"


def test_a_long_story_before_a_list_question_does_not_narrow_or_block_it(engine: Engine) -> None:
    answer = engine.reply(
        "My son is 18 and says he is DONE with school after graduation, he's not a bad kid, just "
        "not a book person. His dad and I both work retail and we want him to have a better shot "
        "than we did. Which jobs pay well without a college degree?"
    )[0]
    assert answer.intent == "list_occupations"
    # the family works in retail; the careers asked for are not retail's alone
    assert "in retail" not in answer.plain_text()
    wished = engine.reply("i want to work in healthcare, what jobs pay well")[0]
    assert "in healthcare" in wished.plain_text()


@pytest.mark.parametrize(
    "text",
    [
        # a major said before the question
        "business major, what can i even do with it",
        "ok so what careers does a bio degree lead to",
        # a liking in second-language English, after a greeting
        "hola, i am from mexico, i like very much the computers. what work i can do?",
    ],
)
def test_careers_asked_for_by_a_subject_or_a_liking_are_listed(engine: Engine, text: str) -> None:
    answer = engine.reply(text)[0]
    assert answer.intent == "list_occupations" and answer.choices


def test_a_degree_asked_about_is_still_the_way_in(engine: Engine) -> None:
    assert engine.reply("how long is a nursing degree")[0].intent == "education"


def test_a_trait_then_a_yes_no_question_is_about_the_career_discussed(engine: Engine) -> None:
    _, context = engine.reply("what do dental assistants do in new jersey")
    answer, _ = engine.reply("She is very shy. Is ok for her?", context)
    assert answer.intent != "list_occupations" and answer.occupations == ["31-9091"]


def test_a_fear_denied_is_no_limit(engine: Engine) -> None:
    answer = engine.reply(
        "my daughter 22 wants to be one of those guys who climb the power poles and fix the lines "
        "after storms lol she says girls can do it too which sure. she's strong and not scared of "
        "heights at all. is that a good job"
    )[0]
    assert (answer.intent, answer.occupations) == ("overview", ["49-9051"])
    assert "heights" in engine.reply("jobs for someone scared of heights")[0].plain_text()
