"""Typo correction: typos become the word meant; real words made from known ones stay."""

from careerbot.understanding.spelling import Speller

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
