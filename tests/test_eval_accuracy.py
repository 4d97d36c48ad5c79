"""The accuracy reached on the labelled sets must hold (as `careerbot eval`).

`tests/eval/dev/` may be tuned on; `tests/eval/test/` is held out: its misses are not read while
tuning, and none of its questions equals an intent phrasing (checked below).
"""

import json
import re
from pathlib import Path

import pytest

from careerbot.engine import Engine
from careerbot.evaluation import Case, evaluate, load_cases

EVAL = Path(__file__).resolve().parent / "eval"

# Fully-right accuracy (intent, occupations and state) reached when each floor was set, less
# under a point, so a change that loses understanding fails here. (Dev has grown by rounds of
# fresh questions and dialogues; test by fresh rounds, each measured unseen before it was
# added.) Checked at 91.0% of 18,761 dev and 92.7% of 15,965 test turns; dev's floor fell
# from 93% when three harder rounds (52-54) joined it, to 91% when rounds 57-60 did (round 60,
# jobs told inside long stories, stood at 56% of dialogue turns on arrival), and to 90% when
# rounds 70-71 did (round 71, jobs described or named by their field: 62.5% of dialogue turns
# on arrival); rounds 65-67 (jobs described, not named; comparisons; phone typing) joined it at
# 90.7%.
FLOORS = {"dev": 0.90, "test": 0.92}


def _cases(part: str) -> list[Case]:
    return [case for path in sorted((EVAL / part).glob("*.jsonl")) for case in load_cases(path)]


@pytest.mark.parametrize("part", list(FLOORS))
def test_accuracy_holds(engine: Engine, part: str) -> None:
    report = evaluate(engine, _cases(part))
    # Only the figures: the held-out set's misses are not read while tuning.
    total, accuracy = report.total, report.accuracy
    print(f"{part}: {report.correct}/{total} fully right ({accuracy:.1%})")
    assert total >= 400
    assert accuracy >= FLOORS[part]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9$%]+", text.lower()))


def test_no_labelled_question_equals_an_intent_phrasing(engine: Engine) -> None:
    phrasings = {
        _norm(phrase)
        for intent in engine.intents.values()
        for phrase in [*intent.examples, *intent.keywords]
    }
    for part in FLOORS:
        same = [
            turn.text
            for case in _cases(part)
            for turn in case.turns
            if _norm(turn.text) in phrasings
        ]
        assert same == [], f"{part}: {same[:5]}"


def test_a_place_counts_only_where_the_answer_is_about_careers(
    engine: Engine, tmp_path: Path
) -> None:
    cases = tmp_path / "cases.jsonl"
    lines = [
        {"text": "whats the minimum wage in florida", "intent": "fallback", "occupations": []},
        {"text": "whats the minimum wage in florida", "intent": "fallback", "occupations": [],
         "state": "FL"},
        {"text": "how much do plumbers make in ohio", "intent": "salary",
         "occupations": ["47-2152"], "state": "OH"},
        {"text": "how much do plumbers make in ohio", "intent": "salary",
         "occupations": ["47-2152"]},
    ]  # fmt: skip
    cases.write_text("\n".join(json.dumps(line) for line in lines))
    report = evaluate(engine, load_cases(cases))
    # A refusal is right with or without the place labelled; pay without its state is wrong.
    assert (report.correct, report.total) == (3, 4)
