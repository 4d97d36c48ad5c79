"""Every job name people type resolves to the right OEWS occupation, and says how it was found:
official titles, O*NET titles, aliases, field nouns, clipped forms, near spellings, names that
mean several occupations, unknown and military jobs, and jobs described instead of named."""

import csv
import random
from collections import defaultdict
from pathlib import Path

import pytest

from careerbot.engine import Engine
from careerbot.paths import shipped_dir
from careerbot.understanding.ambiguity import DOMINANT_SHARE, resolve
from careerbot.understanding.described import DescribedJobs
from careerbot.understanding.normalise import tokens
from careerbot.understanding.occupations import Mention, OccupationFinder
from careerbot.understanding.reading import Reading

DATA = shipped_dir("data")
RN, LPN, NP = "29-1141", "29-2061", "29-1171"
LIBRARY_TECH, LIBRARY_CLERICAL = "25-4031", "43-4121"


def heard(engine: Engine, text: str) -> Reading:
    return engine.matcher.understand(text)


def mentions(engine: Engine, text: str) -> list[Mention]:
    return heard(engine, text).mentions


def only(engine: Engine, text: str) -> Mention:
    found = mentions(engine, text)
    assert len(found) == 1, (text, found)
    return found[0]


def _oews_titles() -> dict[str, str]:
    with (DATA / "oews" / "national.csv").open(encoding="utf-8", newline="") as handle:
        return {row["soc"]: row["title"] for row in csv.DictReader(handle)}


# -- 1. official titles -------------------------------------------------------------------------
def test_every_official_oews_title_typed_in_a_question_resolves_to_its_own_code(
    engine: Engine,
) -> None:
    titles = _oews_titles()
    assert len(titles) == 830
    wrong = {}
    for soc, title in titles.items():
        found = [m.socs for m in mentions(engine, f"what do {title} earn?")]
        if found != [(soc,)]:
            wrong[title] = found
    assert wrong == {}


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("what do Dispatchers, Except Police, Fire, and Ambulance earn", "43-5032"),
        ("Model Makers, Wood salary", "51-7031"),
        ("Education Administrators, Postsecondary", "11-9033"),
        ("how much do Managers, All Other make", "11-9199"),
    ],
)
def test_titles_with_commas_and_except_are_one_name(engine: Engine, text: str, soc: str) -> None:
    mention = only(engine, text)
    assert (mention.socs, mention.how, mention.score) == ((soc,), "title", 100.0)


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("wood model makers pay", "51-7031"),  # "Model Makers, Wood" the way people say it
        ("roustabout pay in north dakota", "47-5071"),  # "Roustabouts, Oil and Gas"
    ],
)
def test_parts_of_official_titles(engine: Engine, text: str, soc: str) -> None:
    assert only(engine, text).socs == (soc,)


@pytest.mark.parametrize(
    "text", ["could a computer do it", "job security?", "work life balance", "life is hard"]
)
def test_the_first_word_of_a_listing_title_is_not_a_name(engine: Engine, text: str) -> None:
    # "Computer, Automated Teller, and Office Machine Repairers", "Securities, Commodities, ...",
    # "Life, Physical, and Social Science Technicians, All Other"
    assert mentions(engine, text) == []


# -- 2. O*NET titles ----------------------------------------------------------------------------
def test_a_sample_of_1000_onet_alternate_titles_resolves_at_least_95_percent(
    engine: Engine,
) -> None:
    socs: dict[str, set[str]] = defaultdict(set)
    alternates: set[str] = set()
    with (DATA / "onet" / "titles.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            socs[row["title"]].add(row["soc"])
            if row["kind"] == "alternate":
                alternates.add(row["title"])
    single = sorted(title for title in alternates if len(socs[title]) == 1)
    sample = random.Random(830).sample(single, 1000)
    right = 0
    for title in sample:
        found = [m.socs for m in mentions(engine, f"what do {title} earn?")]
        right += bool(found) and all(f == (next(iter(socs[title])),) for f in found)
    assert right >= 950, right


def test_onet_titles_are_found_and_say_so(engine: Engine) -> None:
    mention = only(engine, "how much does an interlibrary loan specialist make")
    assert (mention.socs, mention.how, mention.score) == ((LIBRARY_CLERICAL,), "onet_title", 95.0)
    assert only(engine, "trash collector salary").socs == ("53-7081",)


def test_aliases_win_over_onet_titles() -> None:
    from careerbot.catalog import load_catalog

    catalog = load_catalog(DATA, shipped_dir("intents"))
    finder = OccupationFinder(
        catalog.occupations.values(),
        {"trash collector": ["37-2011"]},
        titles=catalog.titles,
    )
    found = finder.meaning("trash collector")
    assert found is not None and (found.socs, found.how) == (("37-2011",), "alias")


# -- 3. fields, clipped forms, near spellings, common words --------------------------------------
@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("is welding a good career", "51-4121"),
        ("is plumbing a good trade", "47-2152"),
        ("thinking about carpentry", "47-2031"),
        ("is dentistry worth it", "29-1021"),
        ("I've heard about instructional design. What does that pay?", "25-9031"),
        ("is game design a good career", "15-1255"),
        ("uber driving full time, is that a real career", "53-3054"),
        ("is sheet metal a decent trade", "47-2211"),
    ],
)
def test_the_field_instead_of_the_worker(engine: Engine, text: str, soc: str) -> None:
    mention = only(engine, text)
    assert (mention.socs, mention.how) == ((soc,), "field")
    assert engine.reply(text)[0].occupations == [soc]  # and answered for it


def test_nursing_is_nurses_with_the_others_offered(engine: Engine) -> None:
    mention = only(engine, "considering nursing, worth it?")
    assert mention.socs == (RN,) and set(mention.alternatives) == {LPN, NP}


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("lib techs salary?", LIBRARY_TECH),
        ("cna salary", "31-1131"),
        ("hvac tech wages in georgia", "49-9021"),
        ("what do PAs earn in pennsylvania", "29-1071"),
        ("how much does a pa make", "29-1071"),
        ("is pa school hard", "29-1071"),
        ("emt pay", "29-2042"),
        # the first word clipped: "Medical Assistants", "Medical Secretaries ..."
        ("how much does a med assistant make", "31-9092"),
        ("what does a med secretary do", "43-6013"),
        ("my daughter want to study for be LPN nurse", "29-2061"),
    ],
)
def test_clipped_names_and_abbreviations(engine: Engine, text: str, soc: str) -> None:
    assert only(engine, text).socs == (soc,)


def test_lpn_or_rn_names_two(engine: Engine) -> None:
    assert [m.socs for m in mentions(engine, "lpn or rn?")] == [(LPN,), (RN,)]


def test_pa_is_pennsylvania_where_a_place_is_meant(engine: Engine) -> None:
    understood = heard(engine, "registered nurse pay in pa?")
    assert [m.socs for m in understood.mentions] == [(RN,)]
    assert understood.state == "PA"
    assert mentions(engine, "pay in pa?") == []


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("dental hygenist salary", "29-1292"),
        ("electritian apprentice pay", "47-3013"),  # O*NET: Helpers--Electricians
        # a one-word name ("designer") inside the misspelt longer one
        ("fashon designer pay in new york", "27-1022"),
        ("grapic designer pay", "27-1024"),
        ("how much do veterinary technican make", "29-2056"),
        # O*NET titles clipped as their official ones are ("patient care technician")
        ("patient care tech salary", "31-1131"),
        ("surg tech education requirements", "29-2055"),
    ],
)
def test_typos_inside_titles(engine: Engine, text: str, soc: str) -> None:
    assert only(engine, text).socs == (soc,)


def test_a_near_spelling_no_word_corrector_knows_is_found_with_its_score(engine: Engine) -> None:
    finder = engine.matcher.finder
    words = tokens("what do wastewater treatmint operators earn")
    found = finder.find(words)
    assert len(found) == 1
    mention = found[0]
    assert mention.how == "fuzzy" and 85 <= mention.score < 100
    assert mention.socs == ("51-8031",)
    assert words[mention.start : mention.end] == ["wastewater", "treatmint", "operator"]


@pytest.mark.parametrize(
    "text",
    [
        "is it a good fit for me",
        "general question about you",
        "what is a good model for this",
        "oh ok thanks",
        "what does la mean",
        "my fitness tracker broke",
        "how to cook rice",
        "can you help me",
    ],
)
def test_everyday_words_are_not_occupations(engine: Engine, text: str) -> None:
    assert mentions(engine, text) == []


def test_a_common_word_is_a_job_where_its_neighbours_say_so(engine: Engine) -> None:
    mention = only(engine, "what do models earn")
    assert mention.socs == ("41-9012",) and mention.score < 100


@pytest.mark.parametrize(
    ("text", "soc"),
    [("pilots what do they do", "53-2011"), ("pilots, how do u become one", "53-2011")],
)
def test_a_common_word_opening_a_question_is_the_job_asked_about(
    engine: Engine, text: str, soc: str
) -> None:
    assert only(engine, text).socs == (soc,)


def test_a_typo_kept_in_a_hand_kept_name_is_still_mended_elsewhere(engine: Engine) -> None:
    # "medical asistant" is kept as typed in aliases.yaml; "physician asistant" is corrected
    assert [m.socs for m in mentions(engine, "lawyer or physician asistant")][-1] == ("29-1071",)


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("nurse vs pilot", [RN, "53-2011"]),
        ("lawyer or judge, which pays more", ["23-1011", "23-1023"]),
        ("np vs pa", [NP, "29-1071"]),
    ],
)
def test_a_common_word_compared_with_a_job_is_one(
    engine: Engine, text: str, socs: list[str]
) -> None:
    reading = heard(engine, text)
    assert reading.socs == socs and len(reading.mentions) == 2


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("compare elementary and high school teacher salaries", ["25-2021", "25-2031"]),
        ("registered or practical nurses pay", [RN, LPN]),
        ("should i be a civil or mechanical engineer", ["17-2051", "17-2141"]),
    ],
)
def test_two_names_sharing_their_last_words(engine: Engine, text: str, socs: list[str]) -> None:
    assert heard(engine, text).socs == socs


def test_oh_and_pa_stay_places_beside_each_other(engine: Engine) -> None:
    assert mentions(engine, "pay in ohio or pa") == []


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("whats the difference between a library technician and a library assistant",
         [LIBRARY_TECH, LIBRARY_CLERICAL]),
        ("library assistant vs library technician", [LIBRARY_CLERICAL, LIBRARY_TECH]),
    ],
)  # fmt: skip
def test_one_occupation_compared_with_itself_means_the_other_meaning(
    engine: Engine, text: str, socs: list[str]
) -> None:
    assert heard(engine, text).socs == socs


def test_driver_alone_is_ambiguous(engine: Engine) -> None:
    assert len(only(engine, "driver").socs) > 1


# -- 4. ambiguity by evidence --------------------------------------------------------------------
def test_the_rule_resolves_to_a_dominant_occupation() -> None:
    employment = {"a": 70, "b": 20, "c": 10}
    meaning = resolve(["b", "a", "c"], employment)
    assert (meaning.socs, meaning.alternatives) == (("a",), ("b", "c"))


def test_the_rule_keeps_a_name_ambiguous_when_nothing_dominates() -> None:
    employment = {"a": 50, "b": 30, "c": 20}
    assert resolve(["b", "a", "c"], employment).socs == ("a", "b", "c")
    assert resolve(["b", "a", "c"], employment, keep_order=True).socs == ("b", "a", "c")
    assert resolve(["b", "a"], {}).socs == ("b", "a")  # no figures: nothing dominates


def test_the_threshold_is_the_boundary() -> None:
    share = int(DOMINANT_SHARE * 100)
    assert resolve(["a", "b"], {"a": share, "b": 100 - share}).socs == ("a",)
    assert resolve(["a", "b"], {"a": share - 1, "b": 101 - share}).socs == ("a", "b")


def test_nurse_resolves_to_registered_nurses_teacher_and_engineer_ask(engine: Engine) -> None:
    nurse = only(engine, "what do nurses make")
    assert nurse.socs == (RN,) and nurse.alternatives[:2] == (LPN, NP)
    assert len(only(engine, "teacher salary").socs) >= 3
    assert len(only(engine, "engineer pay").socs) >= 3
    # 64% of the jobs: answered, the funeral home managers offered beside
    director = only(engine, "what skills do funeral directors need")
    assert director.socs == ("39-4031",) and director.alternatives == ("11-9171",)
    assert len(only(engine, "how much do doctors make").socs) >= 3  # family doctors: 58%


@pytest.mark.parametrize("name", ["library assistant", "library clerk", "circulation clerk"])
def test_library_assistants_offer_both_bls_occupations(engine: Engine, name: str) -> None:
    # BLS publishes Library Assistants, Clerical (43-4121) apart from 25-4031: the name answers
    # for the career careerbot profiles and offers the clerical one beside it (aliases.yaml also:).
    mention = only(engine, f"{name} salary")
    assert (mention.socs, mention.alternatives) == ((LIBRARY_TECH,), (LIBRARY_CLERICAL,))


def test_also_adds_alternatives_by_hand() -> None:
    from careerbot.catalog import load_catalog

    catalog = load_catalog(DATA, shipped_dir("intents"))
    finder = OccupationFinder(
        catalog.occupations.values(),
        {"book helper": ["25-4031"], "shelf person": ["25-4031", "43-4121"]},
        also={"book helper": ["43-4121"], "shelf person": ["53-7062"]},
        employment={LIBRARY_TECH: 50, LIBRARY_CLERICAL: 50},
    )
    helper, shelf = finder.meaning("book helper"), finder.meaning("shelf person")
    assert helper is not None and (helper.socs, helper.alternatives) == (
        (LIBRARY_TECH,),
        (LIBRARY_CLERICAL,),
    )
    assert shelf is not None and shelf.socs == (LIBRARY_TECH, LIBRARY_CLERICAL, "53-7062")


# -- 5. unknown and military names ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["youtuber salary", "how much does an astronaut make"])
def test_unknown_names_are_said_to_be_unknown(engine: Engine, text: str) -> None:
    words = heard(engine, text).words
    unknown = engine.matcher.finder.unknown_job(words)
    assert unknown is not None and not unknown.military and unknown.near == ()
    assert engine.matcher.finder.find(words) == []


def test_a_job_like_word_nothing_knows_is_unknown(engine: Engine) -> None:
    unknown = engine.matcher.finder.unknown_job(heard(engine, "i want to become a vlogger").words)
    assert unknown is not None and unknown.name == "vlogger"


@pytest.mark.parametrize(
    "text", ["is that a proper career", "whats a safer career", "im an eager learner"]
)
def test_an_adjective_built_like_a_job_name_is_no_unknown_job(engine: Engine, text: str) -> None:
    assert engine.matcher.finder.unknown_job(heard(engine, text).words) is None


def test_influencer_is_unknown_even_though_onet_files_it_under_models(engine: Engine) -> None:
    words = heard(engine, "become an influencer").words
    assert engine.matcher.finder.find(words) == []
    assert engine.matcher.finder.unknown_job(words) is not None


def test_doordash_driver_is_unknown_with_delivery_drivers_near(engine: Engine) -> None:
    unknown = engine.matcher.finder.unknown_job(heard(engine, "doordash driver pay").words)
    assert unknown is not None and unknown.near[0] == "53-3031"


@pytest.mark.parametrize(
    "text", ["is being a marine worth it", "army ranger pay", "navy seal salary", "soldier pay"]
)
def test_military_jobs_are_outside_the_wage_data(engine: Engine, text: str) -> None:
    unknown = engine.matcher.finder.unknown_job(heard(engine, text).words)
    assert unknown is not None and unknown.military


def test_a_real_occupation_is_never_unknown(engine: Engine) -> None:
    for text in ["marine engineer salary", "what do nurses make", "teacher pay", "hello"]:
        assert engine.matcher.finder.unknown_job(heard(engine, text).words) is None, text


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("how much does google pay software engineers", "google"),
        ("whats the pay at costco", "costco"),
        ("does chick fil a pay well", "chick fil a"),
        ("walmart pay?", "walmart"),
        ("how much do google software engineers make", "google"),
        ("how much does zaxbys pay per hour", "zaxby"),  # not listed: between "does" and "pay"
        ("is it true nurses at kaiser get paid more than other hospitals", "kaiser"),
    ],
)
def test_an_employer_whose_pay_is_asked_is_found(engine: Engine, text: str, employer: str) -> None:
    reading = heard(engine, text)
    assert engine.matcher.finder.employer(reading.words, reading.mentions) == employer


@pytest.mark.parametrize(
    "text",
    [
        "how much does it pay",
        "how much does the job pay",
        "how much does a nurse get paid",
        "How does the pay compare to tellers?",
        "stocker at walmart in bentonville, hourly?",  # a workplace: the stocker's pay is asked
        "translators - will google translate kill the job",  # a product, no pay asked
        "AI like Google Translate will take this job?",
    ],
)
def test_a_job_or_a_workplace_is_no_employer_question(engine: Engine, text: str) -> None:
    reading = heard(engine, text)
    assert engine.matcher.finder.employer(reading.words, reading.mentions) is None


# -- 6. described instead of named ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("the people who scan your books at the library", LIBRARY_TECH),
        ("what do the folks who collect trash make", "53-7081"),
        ("the person that delivers mail", "43-5052"),
        ("what's the job where you inspect houses before people buy them", "47-4011"),
        ("the people who do MRIs", "29-2035"),
    ],
)
def test_described_jobs_offer_what_occupations_do(engine: Engine, text: str, soc: str) -> None:
    words = heard(engine, text).words
    result = engine.matcher.finder.described(words)
    assert result is not None
    assert soc in [candidate.soc for candidate in result.candidates]
    assert all(0 < candidate.score <= 100 for candidate in result.candidates)


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much do the people who fly planes for the airlines make", "53-2011"),
        ("the person who fits your glasses at the eye doctor", "29-2081"),
        ("the ppl who take care of the animals at the zoo", "39-2021"),
        ("ppl who install air conditioners, decent trade or nah", "49-9021"),
    ],
)
def test_everyday_pairs_put_the_job_first(engine: Engine, text: str, soc: str) -> None:
    # two everyday words O*NET says otherwise ("fly planes": pilots, not flight attendants)
    result = engine.matcher.finder.described(heard(engine, text).words)
    assert result is not None and result.candidates[0].soc == soc


def test_everyday_words_together_find_the_trade(engine: Engine) -> None:
    # "fix cars" is what O*NET calls automotive repair, though "car" alone is a parking word
    result = engine.matcher.finder.described(heard(engine, "guy who fixes cars salary").words)
    assert result is not None and result.candidates[0].soc == "49-3023"
    # "fix" is read as O*NET's "repair": not office machine repairers, whose tasks say "fix"
    result = engine.matcher.finder.described(heard(engine, "people who fix power lines").words)
    assert result is not None and result.candidates[0].soc == "49-9051"


def test_a_one_word_description_is_offered_never_answered(engine: Engine) -> None:
    for text in ["people who make a lot of money", "people that work from home"]:
        result = engine.matcher.finder.described(heard(engine, text).words)
        assert result is not None and not result.likely and not result.confident, text


def test_a_message_that_describes_no_worker_is_not_searched(engine: Engine) -> None:
    assert engine.matcher.finder.described(tokens("what do nurses earn")) is None
    # A workplace is no description: "my son wants a job at the pizza place".
    for text in ["he got a job at a grocery store", "i work at a daycare", "jobs at the airport"]:
        assert engine.matcher.finder.described(tokens(text)) is None, text


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("What's the toughest part of driving a city bus in Chicago?", "53-3052"),
        ("whats nice about teaching kindergarten in vermont", "25-2012"),
        ("is cutting hair a good job", "39-5012"),
    ],
)
def test_work_said_as_what_one_does(engine: Engine, text: str, soc: str) -> None:
    assert heard(engine, text).socs == [soc]


def test_doing_words_that_name_no_career_asked(engine: Engine) -> None:
    # the user's own work, and a car that drives itself
    assert heard(engine, "I teach ESL to adults").socs == []
    assert heard(engine, "are self driving cars gonna end taxi drivers").socs == ["53-3054"]


def test_students_in_a_school_year_are_no_graders(engine: Engine) -> None:
    assert heard(engine, "can i use this with my 8th graders").socs == []
    assert heard(engine, "ninth graders asking about careers").mentions == []
    # an O*NET title that is a thing first
    assert heard(engine, "showing my class how this works on the projector").mentions == []


def test_described_index_on_small_documents() -> None:
    jobs = DescribedJobs(
        {
            "11-0001": "wash dishes in a restaurant kitchen\nscrub pots and pans",
            "11-0002": "repair engines of cars and trucks\nreplace brakes",
            "11-0003": "teach children to read",
        }
    )
    result = jobs.find(tokens("the guys who repair car engines"))
    assert result is not None and result.candidates[0].soc == "11-0002" and result.confident
    assert jobs.find(tokens("people who knit sweaters")) is None  # no word in common
    assert DescribedJobs({}).find(tokens("people who fix cars")) is None


# -- the name cache ------------------------------------------------------------------------------
def test_the_cached_index_finds_what_a_fresh_build_finds_and_never_goes_stale(
    data_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    from careerbot.catalog import load_catalog

    data, intents = data_copy
    cache = tmp_path / "cache"
    built = OccupationFinder.from_catalog(load_catalog(data, intents), cache_dir=cache)
    assert len(list(cache.glob("names-*.marshal"))) == 1
    read_back = OccupationFinder.from_catalog(load_catalog(data, intents), cache_dir=cache)
    for text in ["what do nurses make", "dental hygenist pay", "what do etchers earn", "model"]:
        assert read_back.find(tokens(text)) == built.find(tokens(text)), text
    # A counsellor adds an alias: the cache must not answer with the old index.
    aliases = data / "aliases.yaml"
    aliases.write_text(
        aliases.read_text(encoding="utf-8").replace("aliases:\n", "aliases:\n  zzyzx: [25-4031]\n"),
        encoding="utf-8",
    )
    changed = OccupationFinder.from_catalog(load_catalog(data, intents), cache_dir=cache)
    assert [m.socs for m in changed.find(tokens("zzyzx pay"))] == [(LIBRARY_TECH,)]


def test_a_broken_cache_file_is_rebuilt_not_an_error(
    data_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    from careerbot.catalog import load_catalog

    data, intents = data_copy
    cache = tmp_path / "cache"
    OccupationFinder.from_catalog(load_catalog(data, intents), cache_dir=cache)
    for path in cache.glob("names-*.marshal"):
        path.write_bytes(b"\x80\x05 not marshal data")
    finder = OccupationFinder.from_catalog(load_catalog(data, intents), cache_dir=cache)
    assert [m.socs for m in finder.find(tokens("what do nurses make"))] == [(RN,)]


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("graphic design salary", "27-1024"),  # Graphic Designers
        ("is data science a good career", "15-2051"),  # Data Scientists
        ("wind turbine tech pay", "49-9081"),  # Wind Turbine Service Technicians
        ("whats the outlook for NPs", "29-1171"),
        ("how many rns are there", "29-1141"),
    ],
)
def test_fields_clipped_titles_and_short_plurals_are_derived_from_every_name(
    engine: Engine, text: str, soc: str
) -> None:
    assert engine.matcher.understand(text).socs == [soc]


# Names as people write them, each case a kind: the field by its subject; "rn" as "right now";
# abbreviations joined; a name settled by its setting; everyday words around names; names read
# from their neighbours.
NAMES_IN_CONTEXT = [
    ("is accounting gonna get automated", ["13-2011"]),
    ("surveying as a career?", ["17-1022"]),
    ("microbiology jobs gonna grow?", ["19-1022"]),
    ("whats the status of my account", []),  # not accounting
    ("what r plumbers making in seattle rn", ["47-2152"]),  # right now
    ("is anyone hiring rn lol", []),
    ("whats the pay for an rn", [RN]),
    ("salary of rn", [RN]),
    ("lpn or rn", [LPN, RN]),
    ("is a cashier rn and a nurse later a good plan", ["41-2011", RN]),  # right now, then a nurse
    ("what is the different between RN and LPN?", [RN, LPN]),
    ("journalism seems kinda miserable rn, what are the cons", ["27-3023"]),
    ("PT or OT? cant decide", ["29-1123", "29-1122"]),
    ("i work pt at target", []),  # part time
    ("library para vs substitute teacher in michigan", [LIBRARY_TECH, "25-3031"]),
    ("is glazing a good trade", ["47-2121"]),
    ("whats hard about being a special ed teacher in an elementary school", ["25-2052"]),
    ("what challenges does a special ed teacher face at a high school", ["25-2058"]),
    ("what is difficult about being a social worker in a hospital", ["21-1022"]),
    ("how much do judges make", ["23-1023"]),
    ("civil eng or mechanical eng?? cant decide", ["17-2051", "17-2141"]),
    ("garbage men in san diego make good money?", ["53-7081"]),
    ("english professor job market, is it as bad as they say", ["25-1123"]),  # not marketing
    ("Could a tutor be replaced by ChatGPT? I tutor for extra money", ["25-3041"]),
    ("I like to work with my hands, is welding for me", ["51-4121"]),
    ("real estate agent or broker in virginia", ["41-9022", "41-9021"]),
    ("do library assistants need to know computers or coding?", [LIBRARY_TECH]),
    ("cs major here, everyone keeps saying AI will take dev jobs", ["15-1252"]),
    ("what dev tools do you use", []),
]


@pytest.mark.parametrize(("text", "socs"), NAMES_IN_CONTEXT)
def test_names_as_people_write_them(engine: Engine, text: str, socs: list[str]) -> None:
    assert heard(engine, text).socs == socs


def test_a_job_said_not_to_be_meant_is_not_the_career(engine: Engine) -> None:
    reading = heard(engine, "what do people at the library desk get paid? not the librarian")
    assert reading.socs == [LIBRARY_TECH]
    assert heard(engine, "do nurses make more than teachers").mentions[1].socs[0].startswith("25-")


def test_the_job_to_be_is_not_the_users_own(engine: Engine) -> None:
    assert heard(engine, "how long till im an aircraft mechanic").socs == ["49-3011"]
    assert heard(engine, "I am a nurse, what do LPNs make").socs == [LPN]


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("what do museum techs do all day", ["25-4013"]),  # clipped from an O*NET title
        ("how does insurance sales compare", ["41-3021"]),  # a field
        ("is network administration hard", ["15-1244"]),
        ("how long is law school", ["23-1011"]),
        ("can i become a paralegal without going to law school", ["23-2011"]),  # a school
        ("what about coaches", ["27-2022"]),  # a weak word, named after "about"
    ],
)
def test_clipped_titles_fields_and_weak_words_in_their_place(
    engine: Engine, text: str, socs: list[str]
) -> None:
    assert heard(engine, text).socs == socs


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("electrical engineer vs mechanical", {"17-2071", "17-2141"}),
        ("high school teacher vs middle school", {"25-2031", "25-2022"}),
    ],
)
def test_a_head_noun_said_once_is_shared_by_the_name_after(
    engine: Engine, text: str, socs: set[str]
) -> None:
    answer = engine.reply(text)[0]
    assert (answer.intent, set(answer.occupations)) == ("compare", socs)
