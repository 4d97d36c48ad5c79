"""Typo correction and sentences: typos become the word meant; real words made from known ones
stay; a message cut into sentences keeps every token."""

import pytest

from careerbot.engine import Engine
from careerbot.understanding.normalise import sentences, tokens
from careerbot.understanding.spelling import ENGLISH_MIN_FREQUENCY, Speller, english

SPELLER = Speller(["safe", "early", "year", "salary", "library", "hard"])


def test_typos_are_corrected() -> None:
    assert SPELLER.correct("salery") == "salary"
    assert SPELLER.correct("libary") == "library"
    assert SPELLER.correct("salarys") == "salary"  # a plural is the same word


def test_a_word_derived_from_a_known_one_is_not_a_typo() -> None:
    # "which one is safer" must not become "which one is safe", nor "yearly income" "early".
    assert SPELLER.correct("safer") == "safer"
    assert SPELLER.correct("yearly") == "yearly"
    assert SPELLER.correct("hardest") == "hardest"


def test_sentences_cut_the_tokens_without_changing_them() -> None:
    text = "Hi, sorry this is long. My son is 17! What does he make?? ok"
    parts = sentences(text)
    assert [word for part in parts for word in part.words] == tokens(text)
    assert [part.question_mark for part in parts] == [False, False, True, False]


def test_a_real_english_word_is_not_a_typo_of_a_job_word() -> None:
    speller = Speller(["saint", "solar", "stress", "salary"], english={"faint": 8857, "molar": 534,
                      "stressed": 9542})  # fmt: skip
    assert speller.correct("faint") == "faint"
    assert speller.correct("molar") == "molar"
    assert speller.correct("stressed") == "stress"  # another form of the same word
    assert speller.correct("salery") == "salary"  # no English word


def test_the_english_list_knows_everyday_words_and_not_typos() -> None:
    words = english()
    assert words.get("faint", 0) >= ENGLISH_MIN_FREQUENCY
    assert words.get("salery", 0) < ENGLISH_MIN_FREQUENCY


def test_a_letter_left_out_of_a_job_name_is_found_in_short_words_too(engine: Engine) -> None:
    speller = engine.matcher.speller
    assert speller.correct("plumbr") == "plumber"  # not "plumb" + "r"
    assert speller.correct("teachr") == "teacher"
    assert speller.correct("cancer") == "cancer"  # a word of its own stays


def test_a_folded_ing_word_is_corrected_only_to_a_form_of_itself() -> None:
    # "animating" folds to "animat" (normalise.fold): no typo of "animal"; "cataloguing"
    # folds to "catalogu", still "catalog"
    speller = Speller(["animal", "catalog"], english={"animating": 204, "cataloguing": 535})
    assert speller.correct("animat") == "animat"
    assert speller.correct("catalogu") == "catalog"


def test_a_long_word_typed_by_ear_is_found(engine: Engine) -> None:
    # "electrishun": a third of its letters wrong, still the only word near it
    answer, _ = engine.reply("how do i becum an electrishun")
    assert (answer.intent, answer.occupations) == ("education", ["47-2111"])


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("wat do u need to become a vet tek", "29-2056"),
        ("airline piolet salary", "53-2011"),
        ("shef salary", "35-1011"),
        ("hw much do liberry technishuns make", "25-4031"),
    ],
)
def test_job_names_typed_by_ear_are_read(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_hw_is_how_only_before_a_question_word() -> None:
    said = [w for s in sentences("hw much do nurses make", read_careers=True) for w in s.words]
    assert said[:2] == ["how", "much"]
    said = [w for s in sentences("can u do my math hw", read_careers=True) for w in s.words]
    assert "how" not in said


@pytest.mark.parametrize(
    ("text", "soc"),
    [("hw much do barbars make", "39-5011"), ("ok wat do welderz do all day", "51-4121")],
)
def test_one_slip_in_a_longer_job_word_is_read(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]
    # a name of a business keeps its own words
    assert engine.reply("how much does barnes and noble pay")[0].occupations != ["53-5011"]


def test_a_job_word_typed_as_it_sounds_is_found() -> None:
    speller = Speller(
        ["physical", "fiscal", "curator", "quarter", "psychiatrist", "speech", "speak", "coding"],
        long_only=["physical", "fiscal", "curator", "psychiatrist"],  # job words, as in the bot
        english={"physical": 57888, "fiscal": 1500, "quarter": 9000, "speak": 20000,
                 "speech": 9000, "coding": 800},
    )  # fmt: skip
    assert speller.correct("fisical") == "physical"  # not "fiscal", one letter away
    assert speller.correct("sykiatrist") == "psychiatrist"
    assert speller.correct("speach") == "speech"  # its "ch" is not a "k"
    # the same Metaphone key, but they do not read alike: left as typed
    assert speller.correct("curater") != "quarter"
    assert speller.correct("cuting") == "cuting"


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("fisical therapist worth it?", "29-1123"),
        ("how much do farmasists make", "29-1051"),
        ("wut does a millrite do", "49-9044"),
        ("can u tell me abuot mortitions", "39-4031"),
    ],
)
def test_job_names_spelt_as_they_sound_are_read(engine: Engine, text: str, soc: str) -> None:
    assert engine.reply(text)[0].occupations == [soc]


def test_two_words_typed_as_one_are_cut() -> None:
    speller = Speller(
        ["web", "developer", "software", "vet", "tech", "driver", "job"],
        english={"less": 90000, "dying": 20000, "low": 50000, "key": 40000},
    )
    assert speller.split("webdeveloper") == ["web", "developer"]
    assert speller.split("vettech") == ["vet", "tech"]
    assert speller.split("dyingjob") == ["dying", "job"]
    assert speller.split("driverless") == ["driverless"]  # an ending, not a word after it
    assert speller.split("lowkey") == ["lowkey"]  # one chat word
    assert speller.split("developer") == ["developer"]


def test_names_typed_without_spaces_are_read(engine: Engine) -> None:
    answer = engine.reply("webdeveloper vs softwaredeveloper pay")[0]
    assert (answer.intent, set(answer.occupations)) == ("compare", {"15-1254", "15-1252"})


def test_a_name_typed_as_two_words_is_one() -> None:
    speller = Speller(
        ["zoologist", "therapist", "power", "plant", "auto", "body"],
        long_only=["zoologist", "therapist", "powerplant", "autobody"],
        english={"the": 900000, "zoo": 5000},  # ("rapist" left out: only "the" keeps them apart)
    )
    assert speller.joined(["tell", "me", "about", "zoo", "ologist"]) == [
        "tell", "me", "about", "zoologist"
    ]  # fmt: skip
    assert speller.joined(["the", "rapist"]) == ["the", "rapist"]  # a small word stays apart
    assert speller.joined(["power", "plant"]) == ["power", "plant"]  # two words
    assert speller.joined(["auto", "body", "repair"]) == ["auto", "body", "repair"]


def test_a_typo_kept_in_a_hand_kept_name_is_still_corrected_elsewhere(engine: Engine) -> None:
    # "counsler" is in aliases.yaml only as "counsler" -> counselor; said in another name, it
    # is still the typo it is
    assert engine.reply("genetic counsler what skills")[0].occupations == ["29-9092"]
    answer = engine.reply("school psycologist vs school counsler")[0]
    assert set(answer.occupations) == {"19-3034", "21-1012"}
    assert engine.reply("lawer salary")[0].occupations == ["23-1011"]  # not "lower"


def test_a_tie_between_two_corrections_is_settled_the_same_in_every_process() -> None:
    # "instalan" is as near "install" as "italian" (fuzz.ratio 80 each): the answer must not
    # depend on the order a set of strings happens to take in this process (PYTHONHASHSEED)
    import os
    import subprocess
    import sys

    code = (
        "from careerbot.understanding.spelling import Speller;"
        "print(Speller(['install', 'italian', 'panel']).correct('instalan'))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(6)
    }
    assert len(seen) == 1
