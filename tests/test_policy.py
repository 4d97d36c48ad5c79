"""Each rule of the dialogue policy, on a constructed reading: the condition it answers to and
the action it takes. (The eval sets measure the whole; these pin down each line of the table.)"""

import pytest

from careerbot.conversation import Context, Pick
from careerbot.engine import Engine
from careerbot.policy import RULES, Action, Thresholds, Turn, decide
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.occupations import Mention
from careerbot.understanding.reading import Reading
from careerbot.understanding.states import Place

LIB, NURSE, LPN, CARPENTER = "25-4031", "29-1141", "29-2061", "47-2031"
TEACHERS = ("25-2021", "25-2031")
THRESHOLDS = Thresholds(suggest=30.0, cold=60.0, answer=45.0)


def read(
    *asked: str,
    names: tuple[tuple[str, ...], ...] = (),
    ranked: tuple[tuple[str, float], ...] = (),
    topic: int = 0,
    **extra: object,
) -> Reading:
    intents = [IntentScore(intent, 90.0) for intent in asked]
    mentions = [Mention(i, i + 1, socs) for i, socs in enumerate(names)]
    words = extra.pop("words", [])
    return Reading(
        words=words,  # type: ignore[arg-type]
        mentions=mentions,
        intents=intents,
        ranked=[IntentScore(i, s) for i, s in ranked] or intents,
        topic_words=["w"] * topic,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def turn(engine: Engine):  # type: ignore[no-untyped-def]
    def make(reading: Reading, context: Context | None = None) -> Action:
        return decide(Turn(reading, context or Context(), engine.intents, THRESHOLDS))

    return make


def test_every_rule_is_named_once_and_documented() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.doc for rule in RULES)


def test_pick_answers_the_option_with_everything_it_kept(turn) -> None:  # type: ignore[no-untyped-def]
    offered = Context(
        choices=[Pick(intents=["compare"], occupations=[NURSE, TEACHERS[0]], state="OH")]
    )
    action = turn(read(number=1), offered)
    assert (action.rule, action.kind, action.socs, action.state) == (
        "pick",
        "compare",
        (NURSE, TEACHERS[0]),
        "OH",
    )


def test_a_career_added_at_the_end_gets_the_question_too(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("salary", names=((NURSE,), (CARPENTER,)), adds_another=True))
    assert (action.rule, action.intents, action.socs) == (
        "each_named",
        ("salary",),
        (NURSE, CARPENTER),
    )


def test_an_option_named_is_picked_with_what_it_kept(turn) -> None:  # type: ignore[no-untyped-def]
    offered = Context(
        choices=[
            Pick(intents=["compare"], occupations=[NURSE, TEACHERS[0]], state="OH"),
            Pick(intents=["compare"], occupations=[NURSE, TEACHERS[1]], state="OH"),
        ],
        pending_intents=["compare"],
    )
    action = turn(read(names=((TEACHERS[1],),)), offered)
    assert (action.rule, action.kind, action.socs, action.state) == (
        "pick_by_name",
        "compare",
        (NURSE, TEACHERS[1]),
        "OH",
    )
    # A new comparison is no pick: "emt vs paramedic" while the list waits.
    action = turn(read(names=((TEACHERS[1],), (CARPENTER,)), compares=True), offered)
    assert action.rule != "pick_by_name"


def test_a_question_while_options_wait_offers_them_again(turn) -> None:  # type: ignore[no-untyped-def]
    offered = Context(
        choices=[Pick(intents=["salary"], occupations=[s]) for s in TEACHERS],
        pending_intents=["salary"],
    )
    action = turn(read("education", topic=2), offered)
    assert (action.rule, action.kind, action.intents, action.offer) == (
        "choice_pending",
        "ask_which",
        ("education",),
        TEACHERS,
    )
    # Options that answer no "which career?" (numbered suggestions) are not waiting.
    suggested = offered.model_copy(update={"pending_intents": []})
    assert turn(read("education", topic=2), suggested).rule != "choice_pending"


def test_a_number_outside_the_list_asks_for_one_in_range(turn) -> None:  # type: ignore[no-untyped-def]
    offered = Context(choices=[Pick(intents=["salary"], occupations=[s]) for s in TEACHERS])
    action = turn(read(number=7), offered)
    assert (action.rule, action.kind, action.limit) == ("pick_out_of_range", "pick_range", 2)


def test_own_job_falls_back(turn) -> None:  # type: ignore[no-untyped-def]
    assert turn(read("salary", own_job=True)).rule == "own_job"


def test_own_career_is_the_subject_of_related_careers(turn) -> None:  # type: ignore[no-untyped-def]
    # "im a cashier, what jobs are related?": the user's own career, not a refusal
    action = turn(read("related", own_careers=("41-2011",)))
    assert (action.rule, action.intents, action.socs) == (
        "own_career_related",
        ("related",),
        ("41-2011",),
    )
    # "im a cashier, how much do i make": still the user's own job
    assert turn(read("salary", own_job=True, own_careers=("41-2011",))).rule == "own_job"


def test_states_ranked_by_pay_for_the_career_named_or_discussed(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("salary", names=((NURSE,),), ranks_states=True))
    assert (action.rule, action.kind, action.socs, action.lowest) == (
        "states_by_pay",
        "states",
        (NURSE,),
        False,
    )
    after_carpenters = Context(occupations=[CARPENTER], intents=["salary"])
    lowest = read(ranks_states=False, words=["which", "state", "pays", "least"], topic=4)
    action = turn(lowest, after_carpenters)
    assert (action.rule, action.socs, action.lowest) == ("states_by_pay", (CARPENTER,), True)
    # two careers: no one career's ranking to give
    two = Context(occupations=[NURSE, CARPENTER], intents=["compare"])
    assert turn(read("salary", ranks_states=True), two).rule != "states_by_pay"


def test_list_occupations_searches(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("list_occupations", words=["jobs", "with", "engineer", "|"]))
    assert (action.kind, action.words) == ("list", ("jobs", "with", "engineer"))


def test_a_ranking_of_careers_is_a_list_whatever_the_intent_read(turn) -> None:  # type: ignore[no-untyped-def]
    from careerbot.understanding.rankings import Ranking

    words = ["best", "paying", "job", "without", "a", "degree"]
    action = turn(read("salary", words=words, ranking=Ranking(by="pay", max_education=3)))
    assert (action.rule, action.kind) == ("list_occupations", "list")
    # "is the job growth good for them": the careers discussed, not a ranking
    words = ["is", "the", "job", "growth", "good", "for", "them"]
    before = Context(occupations=[LIB], intents=["salary"])
    action = turn(read("outlook", words=words, ranking=Ranking(by="growth")), before)
    assert action.rule != "list_occupations"


def test_ambiguous_name_asks_which_keeping_the_other_career_and_state(turn) -> None:  # type: ignore[no-untyped-def]
    nurse_vs_teacher = read(
        "salary", names=((NURSE,), TEACHERS), place=Place(state="OH"), compares=True
    )
    action = turn(nurse_vs_teacher)
    assert (action.rule, action.kind) == ("which_occupation", "ask_which")
    assert (action.intents, action.socs, action.offer, action.state) == (
        ("compare",),
        (NURSE,),
        TEACHERS,
        "OH",
    )


def test_an_ambiguous_name_in_passing_beside_a_clear_career_is_not_asked_about(turn) -> None:  # type: ignore[no-untyped-def]
    # "Her teacher says library technician is a good job for her. Is it stable?"
    action = turn(read("outlook", names=(TEACHERS, (LIB,))))
    assert (action.rule, action.intents, action.socs) == ("about_named", ("outlook",), (LIB,))


def test_two_careers_named_are_compared(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read(names=((NURSE,), (LIB,)), compares=True))
    assert (action.rule, action.kind, action.socs) == ("compare_named", "compare", (NURSE, LIB))


def test_social_messages_get_their_answer(turn) -> None:  # type: ignore[no-untyped-def]
    assert turn(read("thanks")).intents == ("thanks",)
    assert turn(read("thanks")).rule == "general"


def test_a_career_alone_after_a_question_switches_career_keeping_question_and_state(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["salary"], state="OH")
    action = turn(read(names=((CARPENTER,),)), before)
    assert (action.rule, action.intents, action.socs, action.state) == (
        "career_switch",
        ("salary",),
        (CARPENTER,),
        "OH",
    )


def test_a_career_with_an_unclear_question_gets_the_ranked_career_intent(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read(names=((LIB,),), ranked=(("outlook", 40.0), ("fallback", 20.0)), topic=3))
    assert (action.rule, action.intents) == ("career_best_guess", ("outlook",))


def test_a_career_named_in_a_message_about_something_else_falls_back(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read(names=((LIB,),), ranked=(("fallback", 40.0),), topic=4))
    assert (action.rule, action.intents) == ("not_about_the_career", ("fallback",))


def test_a_career_with_no_question_gets_its_overview(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read(names=((LIB,),), topic=3))
    assert (action.rule, action.intents, action.socs) == (
        "career_without_question",
        ("overview",),
        (LIB,),
    )


def test_a_new_place_repeats_the_last_question_and_nationally_drops_the_state(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["automation"], state="OH")
    action = turn(read(place=Place(state="FL")), before)
    # AI risk is national: asked again, with the pay BLS publishes for the state
    assert (action.rule, action.intents, action.state) == (
        "place_follow_up/pay",
        ("automation", "salary"),
        "FL",
    )
    paid = Context(occupations=[LIB], intents=["salary"], state="OH")
    action = turn(read(place=Place(state="FL")), paid)
    assert (action.rule, action.intents, action.state) == ("place_follow_up", ("salary",), "FL")
    action = turn(read(place=Place(nationwide=True)), before)
    assert (action.rule, action.intents, action.state) == ("place_follow_up", ("automation",), None)


def test_is_that_good_judges_the_last_answer(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["automation"])
    action = turn(read(judges_last=True, topic=1, text="is that good?"), before)
    assert (action.rule, action.intents, action.socs) == (
        "judges_last_answer",
        ("automation",),
        (LIB,),
    )
    # "dang thats low": a remark on the figure, asking nothing
    remark = read(judges_last=True, topic=2, text="dang thats low", words=["dang", "that", "low"])
    action = turn(remark, before)
    assert (action.rule, action.intents, action.socs) == ("remarks_on_last", ("fallback",), (LIB,))


def test_which_one_earns_more_compares_the_careers_discussed(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[NURSE, LPN], intents=["salary"])
    action = turn(read(wants_both=True, topic=2), before)
    assert (action.rule, action.kind, action.socs) == ("compare_discussed", "compare", (NURSE, LPN))


def test_no_clear_question_is_unsure(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read(ranked=(("outlook", 35.0),), topic=3), Context())
    assert (action.rule, action.kind) == ("nothing_asked", "did_you_mean")
    assert turn(read(topic=3)).rule == "nothing_asked/fallback"


def test_a_weak_career_question_with_no_career_anywhere_is_unsure(turn) -> None:  # type: ignore[no-untyped-def]
    weak = Reading(words=[], mentions=[], intents=[IntentScore("salary", 50.0)],
                   ranked=[IntentScore("salary", 50.0)], topic_words=["w", "w"])  # fmt: skip
    assert turn(weak).rule.startswith("cold_question")


def test_versus_one_career_compares_with_the_one_discussed(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(
        read("compare", names=((CARPENTER,),)), Context(occupations=[LIB], intents=["salary"])
    )
    assert (action.rule, action.socs) == ("compare_with_last", (LIB, CARPENTER))


def test_follow_up_keeps_career_and_state_and_a_clear_question_about_a_name_is_answered(
    turn,
) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("education"), Context(occupations=[LIB], intents=["salary"], state="TX"))
    assert (action.rule, action.socs, action.state) == ("follow_up", (LIB,), "TX")
    action = turn(read("education", names=((LIB,),)))
    assert (action.rule, action.socs) == ("about_named", (LIB,))
    action = turn(read("salary", refers_back=True))
    assert (action.rule, action.kind) == ("ask_which_career", "ask_which")


def test_careers_named_in_passing_answer_about_the_last_one(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("education", names=((LIB,), (CARPENTER,))))
    assert (action.rule, action.socs, action.intents) == (
        "last_named",
        (CARPENTER,),
        ("education",),
    )
    action = turn(read("education", names=((LIB,), (CARPENTER,)), compares=True))
    assert (action.rule, action.socs) == ("compare_named", (LIB, CARPENTER))
    # Named again last: "a paralegal program instead of law school. What does a paralegal do?"
    action = turn(read("duties", names=((LIB,), (CARPENTER,), (LIB,))))
    assert (action.rule, action.socs) == ("last_named", (LIB,))
    # A worker named beats a field said after it: "is cna a good job if she wants to do
    # nursing later"
    field = Reading(
        words=[],
        mentions=[Mention(0, 1, (LIB,)), Mention(3, 4, (CARPENTER,), how="field", score=90.0)],
        intents=[IntentScore("overview", 90.0)],
        ranked=[IntentScore("overview", 90.0)],
    )
    assert turn(field).socs == (LIB,)


def test_which_one_after_two_careers_in_turn_compares_them(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LPN], intents=["salary"], discussed=[NURSE, LPN])
    action = turn(read(wants_both=True, topic=2), before)
    assert (action.rule, action.socs) == ("compare_discussed", (NURSE, LPN))


def test_a_job_with_no_figures_is_said_to_be_unknown_with_the_nearest_real_ones(turn) -> None:  # type: ignore[no-untyped-def]
    from careerbot.understanding.unknown_jobs import UnknownJob

    unknown = UnknownJob("doordash driver", 0, 2, near=("53-3031",))
    action = turn(read("salary", unknown=unknown))
    assert (action.rule, action.kind, action.offer, action.words) == (
        "unknown_job",
        "unknown_job",
        ("53-3031",),
        ("doordash driver",),
    )
    military = turn(read("salary", unknown=UnknownJob("navy seal", 0, 2, military=True)))
    assert military.military and military.offer == ()


def test_a_career_named_after_a_reaction_gets_the_last_question(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["employment"])
    action = turn(read("overview", names=((CARPENTER,),), switches=True, topic=2), before)
    assert (action.rule, action.intents, action.socs) == (
        "career_switch",
        ("employment",),
        (CARPENTER,),
    )


def test_an_employers_pay_is_said_to_be_unpublished_with_the_careers_named(turn) -> None:  # type: ignore[no-untyped-def]
    action = turn(read("salary", names=((NURSE,),), employer="kaiser"))
    assert (action.rule, action.kind, action.intents, action.socs, action.words) == (
        "employer",
        "employer",
        ("fallback",),
        (NURSE,),
        ("kaiser",),
    )
    assert turn(read("thanks", employer="kaiser")).rule == "general"


def test_a_described_job_is_answered_when_clear_and_asked_about_when_not(turn) -> None:  # type: ignore[no-untyped-def]
    from careerbot.understanding.described import Described, DescribedResult

    sure = DescribedResult((Described(LIB, 80.0), Described(CARPENTER, 20.0)), confident=True)
    action = turn(read("salary", described=sure))
    assert (action.rule, action.socs) == ("described_job", (LIB,))
    likely = DescribedResult(
        (Described(LIB, 30.0), Described(CARPENTER, 24.0), Described(NURSE, 12.0)),
        confident=False,
        likely=True,
    )
    action = turn(read("salary", described=likely))
    # the close runner-up offered beside the answer, not one at less than CLOSE_SHARE
    assert (action.rule, action.socs, action.also, action.guessed) == (
        "described_job/likely",
        (LIB,),
        (CARPENTER,),
        True,
    )
    unsure = DescribedResult((Described(LIB, 30.0), Described(CARPENTER, 28.0)), confident=False)
    action = turn(read("salary", described=unsure))
    assert (action.rule, action.kind, action.offer) == (
        "described_job/ask",
        "ask_which",
        (LIB, CARPENTER),
    )


def test_a_half_clear_question_after_a_career_gets_the_ranked_question_about_it(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["salary"])
    action = turn(read(ranked=(("outlook", 40.0), ("fallback", 10.0)), topic=3), before)
    assert (action.rule, action.intents, action.socs) == (
        "follow_up_best_guess",
        ("outlook",),
        (LIB,),
    )


def test_a_follow_up_the_phrasings_miss_takes_the_learned_models_guess(turn) -> None:  # type: ignore[no-untyped-def]
    """ "need a license for this?" after nurses: the learned model's career intent, when it is
    fairly sure; a weak or non-career guess leaves the question unanswered."""
    before = Context(occupations=[NURSE], intents=["salary"])
    sure = read(ranked=(("skills", 25.0),), learned=[IntentScore("education", 46.0)], topic=2)
    action = turn(sure, before)
    assert (action.rule, action.intents, action.socs) == (
        "follow_up_best_guess",
        ("education",),
        (NURSE,),
    )
    weak = read(ranked=(("skills", 25.0),), learned=[IntentScore("education", 30.0)], topic=2)
    assert turn(weak, before).rule.startswith("nothing_asked")
    social = read(ranked=(("skills", 25.0),), learned=[IntentScore("thanks", 80.0)], topic=2)
    assert turn(social, before).rule.startswith("nothing_asked")


def test_the_other_one_is_the_career_discussed_before_the_last(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[CARPENTER], intents=["duties"], discussed=[LIB, CARPENTER])
    action = turn(read(points_to=0, topic=2), before)
    assert (action.rule, action.intents, action.socs) == (
        "points_to_discussed",
        ("duties",),
        (LIB,),
    )


def test_the_first_and_last_one_follow_the_order_of_the_last_comparison(turn) -> None:  # type: ignore[no-untyped-def]
    after = Context(occupations=[LIB], intents=["salary"], discussed=[NURSE, CARPENTER, LIB],
                    compared=[LIB, NURSE, CARPENTER])  # fmt: skip
    assert turn(read(points_to=-1), after).socs == (CARPENTER,)
    assert turn(read(points_to=2), after).socs == (NURSE,)
    assert turn(read(points_to=4), after).rule != "points_to_discussed"  # only three


def test_which_of_the_three_means_the_last_three_careers(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["salary"], discussed=[NURSE, CARPENTER, LIB])
    action = turn(
        read(words=["which", "of", "the", "three", "pays", "most"], wants_both=True), before
    )
    assert (action.rule, action.socs) == ("compare_discussed", (NURSE, CARPENTER, LIB))
    two = turn(read(words=["which", "pays", "more"], wants_both=True), before)
    assert two.socs == (CARPENTER, LIB)


def test_a_place_with_a_comparison_compares_there(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["duties"], discussed=[NURSE, LIB])
    reading = read(wants_both=True, place=Place(state="MA", positions=frozenset({1})), topic=3)
    action = turn(reading, before)
    assert (action.rule, action.state) == ("compare_discussed", "MA")


def test_one_question_for_each_career_discussed(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[LIB], intents=["duties"], discussed=[NURSE, CARPENTER, LIB])
    words = ["salary", "for", "all", "three", "please"]
    action = turn(read("salary", words=words), before)
    assert (action.rule, action.intents, action.socs) == (
        "each_discussed",
        ("salary",),
        (NURSE, CARPENTER, LIB),
    )
    at_all = turn(read("outlook", words=["is", "it", "growing", "at", "all"]), before)
    assert at_all.rule != "each_discussed"


def test_it_after_several_careers_is_the_one_named_last(turn) -> None:  # type: ignore[no-untyped-def]
    before = Context(occupations=[NURSE, LPN], intents=["compare"], discussed=[NURSE, LPN])
    one = turn(read("automation", words=["is", "that", "job", "safe", "from", "ai"]), before)
    assert (one.rule, one.socs) == ("follow_up", (LPN,))
    both = turn(read("automation", words=["are", "they", "safe", "from", "ai"]), before)
    assert both.socs == (NURSE, LPN)


def test_a_question_about_a_career_named_is_not_refused_on_a_weak_guess(turn) -> None:  # type: ignore[no-untyped-def]
    weak = (("fallback", 40.0), ("salary", 20.0))
    asked = turn(read(names=((CARPENTER,),), ranked=weak, topic=4, asks=True))
    assert asked.rule == "career_without_question"
    told = turn(read(names=((CARPENTER,),), ranked=weak, topic=4))
    assert told.rule == "not_about_the_career"


def test_a_person_in_crisis_is_answered_first(turn) -> None:  # type: ignore[no-untyped-def]
    # whatever else the message holds: a career named, a list waiting for a number
    offered = Context(choices=[Pick(intents=["salary"], occupations=[s]) for s in TEACHERS])
    action = turn(read("salary", names=((NURSE,),), starting_out="crisis", number=1), offered)
    assert (action.rule, action.kind, action.words) == ("in_crisis", "guide", ("crisis",))


def test_compare_two_numbers_of_a_list_compares_those_options(turn) -> None:  # type: ignore[no-untyped-def]
    offered = Context(choices=[Pick(intents=["overview"], occupations=[s]) for s in
                               (NURSE, LPN, CARPENTER)])  # fmt: skip
    action = turn(read("compare", words=["compare", "1", "and", "3"]), offered)
    assert (action.rule, action.socs) == ("compare_picks", (NURSE, CARPENTER))
    # one number is a pick, not a comparison
    assert turn(read("compare", words=["compare", "1"], number=1), offered).rule != "compare_picks"


def test_which_pays_more_after_two_states_sets_the_states_side_by_side(turn) -> None:  # type: ignore[no-untyped-def]
    talked = Context(occupations=[NURSE], discussed=[NURSE], states=["CA", "TX"], state="TX")
    action = turn(read("compare", wants_both=True), talked)
    assert (action.rule, action.socs, action.states) == (
        "compare_states_discussed",
        (NURSE,),
        ("CA", "TX"),
    )


def test_a_joke_about_a_career_is_outside_careers(engine: Engine) -> None:
    answer = engine.reply("tell me a joke about plumbers")[0]
    assert (answer.intent, answer.reason) == ("fallback", "outside_keyword")
    # the same word in passing, or a question about the work, is no request outside careers
    _, context = engine.reply("how much do firefighters make in california")
    assert engine.reply("is that good for cali? rent is insane there", context)[0].reason != (
        "outside_keyword"
    )


def test_which_of_those_after_a_list_of_one_is_that_career(turn) -> None:  # type: ignore[no-untyped-def]
    one = Context(choices=[Pick(intents=["overview"], occupations=[LIB])], offered=[LIB])
    action = turn(read("salary", words=["which", "of", "those", "pay", "most"]), one)
    assert (action.rule, action.intents, action.socs) == ("only_one_offered", ("salary",), (LIB,))
    two = Context(
        choices=[Pick(intents=["overview"], occupations=[s]) for s in (LIB, NURSE)],
        offered=[LIB, NURSE],
    )
    assert turn(read("salary", words=["which", "of", "those", "pay", "most"]), two).rule != (
        "only_one_offered"
    )


def test_the_career_someone_means_to_take_beats_one_of_the_story(turn) -> None:  # type: ignore[no-untyped-def]
    judge, lawyer = "23-1023", "23-1011"
    words = ["what", "take", "to", "become", "a", "judge", "year", "as", "a", "lawyer"]
    reading = read("education", words=words)
    reading.mentions[:] = [Mention(5, 6, (judge,)), Mention(9, 10, (lawyer,))]
    action = turn(reading)
    assert (action.rule, action.socs) == ("last_named", (judge,))


def test_an_exclamation_after_an_answer_offers_what_else_to_ask(turn) -> None:  # type: ignore[no-untyped-def]
    talked = Context(occupations=[NURSE], intents=["salary"], discussed=[NURSE])
    reading = read("challenges", words=["that", "is", "rough"], exclaims=True, text="that's rough")
    action = turn(reading, talked)
    assert (action.rule, action.kind, action.socs) == ("reaction", "reaction", (NURSE,))
    asked = read("challenges", words=["that", "is", "rough"], exclaims=True, text="rough?")
    assert turn(asked, talked).rule != "reaction"
