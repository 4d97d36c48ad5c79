"""The learned intent model: trained from intents/*.yaml alone, reproducibly, cached by content;
and, inside the engine, questions asked in new words land on the right intent while near
misses outside careers are refused.

The paraphrases and near misses below were written for this test: none is an intent phrasing
(checked here) and none comes from the labelled eval sets or CLINC150.
"""

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml

from careerbot.catalog import Intent
from careerbot.engine import Engine
from careerbot.paths import shipped_dir
from careerbot.understanding.classifier import (
    CACHE_ENV,
    CHAR_WEIGHT,
    OCCUPATION_TOKEN,
    LearnedIntents,
    char_features,
    logistic_regression,
    mask_spans,
    training_set,
    word_features,
)
from careerbot.understanding.intents import IntentScore
from careerbot.understanding.matcher import LearnedHook

# Asked the way people ask, in words no intent phrasing uses.
PARAPHRASES = [
    ("what kind of paycheck do dental hygienists bring home", "salary"),
    ("are electricians paid decently", "salary"),
    ("yearly earnings for a plumber?", "salary"),
    ("would being a welder pay my bills", "salary"),
    ("is there going to be demand for nurses ten years from now", "outlook"),
    ("are pharmacists a shrinking field", "outlook"),
    ("what schooling does an x-ray tech need", "education"),
    ("do you need college to be a firefighter", "education"),
    ("could a computer program do an accountant's work someday", "automation"),
    ("is being a cashier safe from automation", "automation"),
    ("how do electricians spend their workday", "duties"),
    ("what tasks does a paralegal handle", "duties"),
    ("does a mechanic have time for his family", "work_life_balance"),
    ("do chefs work crazy late", "work_life_balance"),
    ("what kind of person would enjoy being an actuary", "personality"),
    ("my kid is super introverted, could she be a pharmacist", "personality"),
    ("what abilities should an aspiring paramedic work on", "skills"),
    ("what's the hardest thing about being a teacher's aide", "challenges"),
    ("why would anyone want to be a dental assistant", "strengths"),
    ("how many roofers are working in the country", "employment"),
    ("who supplies your wage numbers", "source"),
    ("which careers could i look into", "list_occupations"),
]

# Close to a career question in words, but not one careerbot answers.
NEAR_MISSES = [
    "how much is the minimum wage federally",
    "is this a real person typing",
    "how many residents does ohio have",
    "could you write a cover letter for my application",
    "my supervisor is so rude to me",
    "can you solve this geometry problem for me",
    "does the library let you borrow board games",
    "what is the tallest building in chicago",
    "who's going to win the super bowl",
    "my manager won't give me a break",
    "can you help me write a speech for my sister's wedding",
    "whats the speed limit on the highway",
    "how do i renew my passport",
]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9$%]+", text.lower()))


@pytest.fixture(scope="module")
def today() -> Engine:
    """The engine without the learned model, to show what it adds."""
    return Engine.from_dirs(*_shipped(), learned=False)


def _shipped() -> tuple[Path, Path]:
    from careerbot.paths import shipped_dir

    return shipped_dir("data"), shipped_dir("intents")


def _model(engine: Engine) -> LearnedIntents:
    assert engine.matcher.learned is not None and engine.matcher.learned.model is not None
    return engine.matcher.learned.model


def test_examples_here_are_not_intent_phrasings(engine: Engine) -> None:
    phrasings = {
        _norm(phrase)
        for intent in engine.intents.values()
        for phrase in [*intent.examples, *intent.keywords]
    }
    ours = [text for text, _ in PARAPHRASES] + NEAR_MISSES
    assert [text for text in ours if _norm(text) in phrasings] == []


@pytest.mark.parametrize(("text", "intent"), PARAPHRASES)
def test_paraphrase_lands_on_its_intent(engine: Engine, text: str, intent: str) -> None:
    assert engine.reply(text)[0].intent == intent


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_refused(engine: Engine, text: str) -> None:
    assert engine.reply(text)[0].intent == "fallback"


def test_learned_model_understands_more_than_today(engine: Engine, today: Engine) -> None:
    ours = sum(engine.reply(text)[0].intent == intent for text, intent in PARAPHRASES)
    before = sum(today.reply(text)[0].intent == intent for text, intent in PARAPHRASES)
    assert ours > before


def test_occupation_names_are_masked_before_classifying(engine: Engine) -> None:
    model = _model(engine)
    words = engine.matcher.understand("how much do dental hygienists make in ohio").words
    masked = engine.matcher.mask(words)
    assert masked == ["how", "much", "do", OCCUPATION_TOKEN, "make", "in", "xstatex"]
    # Which career is named does not change how the question is read.
    other = engine.matcher.mask(engine.matcher.understand("how much do welders make in ohio").words)
    assert model.probabilities(masked) == model.probabilities(other)
    assert model.scores(masked)[0].intent == "salary"


def test_mask_spans_replaces_each_span_by_one_token() -> None:
    assert mask_spans(["a", "b", "c", "d"], [(1, 3, "X"), (3, 4, "Y")]) == ["a", "X", "Y"]


def test_trains_from_yaml_alone_and_deterministically(engine: Engine) -> None:
    """Trained again from the same YAML, without the cache: the same key, the same answers."""
    again = LearnedIntents.train(engine.intents.values(), engine.matcher.mask, use_cache=False)
    model = _model(engine)
    assert not again.from_cache
    assert again.key == model.key
    assert sorted(again.classes) == sorted(engine.intents)
    for text in ("how much do they make", "is it stressful", "tell me a joke", ""):
        words = engine.matcher.mask(engine.matcher.understand(text).words)
        assert again.probabilities(words) == model.probabilities(words)
        assert sum(again.probabilities(words).values()) == pytest.approx(1.0)


def test_fast_scoring_equals_scikit_learn(engine: Engine) -> None:
    """Scoring without scikit-learn gives the probabilities scikit-learn's own pipeline gives."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, make_pipeline

    texts, labels = training_set(engine.intents.values(), engine.matcher.mask)
    pipeline = make_pipeline(
        FeatureUnion(
            [
                ("word", TfidfVectorizer(analyzer=word_features, sublinear_tf=True)),
                ("char", TfidfVectorizer(analyzer=char_features, sublinear_tf=True)),
            ],
            transformer_weights={"char": CHAR_WEIGHT},
        ),
        logistic_regression(),
    )
    pipeline.fit(texts, labels)
    model = _model(engine)
    messages = [
        "what do library techs earn per hour in texas",
        "is it a chill job or nah",
        "zzzz qqqq",
        "",
    ]
    for text in messages:
        words = engine.matcher.mask(engine.matcher.understand(text).words)
        expected = dict(zip(pipeline.classes_, pipeline.predict_proba([words])[0], strict=True))
        got = model.probabilities(words)
        assert got.keys() == expected.keys()
        # Both fits stop at the solver's tolerance (1e-4) by different numerical paths: the
        # probabilities agree to a few 1e-4 (0.04 points), far below any threshold (whole
        # percents).
        assert np.allclose([got[k] for k in expected], list(expected.values()), atol=1e-3)


# A few real intent files are enough to test the cache, and train in a fraction of the time.
FEW = ("salary", "outlook", "greeting", "fallback")


def _few(intents_dir: Path, ids: tuple[str, ...] = FEW) -> list[Intent]:
    return [
        Intent.model_validate(yaml.safe_load((intents_dir / f"{i}.yaml").read_text())) for i in ids
    ]


def _train(intents_dir: Path, cache: Path) -> LearnedIntents:
    return LearnedIntents.train(_few(intents_dir), list, cache_dir=cache)


def test_cache_is_keyed_by_content_and_rebuilt_when_corrupt(
    data_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    _, intents = data_copy
    cache = tmp_path / "cache"
    trained = _train(intents, cache)
    assert not trained.from_cache and trained.path is not None and trained.path.is_file()
    loaded = _train(intents, cache)
    assert loaded.from_cache and loaded.key == trained.key
    words = "what does it pay".split()
    assert loaded.probabilities(words) == trained.probabilities(words)

    # A counsellor adds a phrasing: a new key, trained again, and the new phrasing is learned.
    salary = intents / "salary.yaml"
    data = yaml.safe_load(salary.read_text())
    data["examples"].append("what does the gig bring in moneywise")
    salary.write_text(yaml.safe_dump(data))
    edited = _train(intents, cache)
    assert not edited.from_cache and edited.key != trained.key
    assert edited.scores("what does the gig bring in moneywise".split())[0].intent == "salary"

    # A corrupt file (truncated, garbage) is never trusted: the model is trained again.
    assert edited.path is not None
    for garbage in (edited.path.read_bytes()[:100], b"not a numpy file at all"):
        edited.path.write_bytes(garbage)
        rebuilt = _train(intents, cache)
        assert not rebuilt.from_cache and rebuilt.key == edited.key
        assert rebuilt.probabilities(words) == edited.probabilities(words)
        assert _train(intents, cache).from_cache  # and the rebuilt file is good again


def test_a_cache_file_with_another_key_inside_is_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    model = _train(_shipped()[1], cache)
    assert model.path is not None
    with np.load(model.path) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays["key"] = np.array("0" * 64)
    with model.path.open("wb") as handle:
        np.savez(handle, **arrays)
    assert not _train(_shipped()[1], cache).from_cache


def test_unwritable_cache_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    model = LearnedIntents.train(_few(_shipped()[1]), list, cache_dir=blocker / "cache")
    assert model.path is None and not model.from_cache
    assert model.scores("how much do they make".split())[0].intent == "salary"


def test_intents_without_fallback_are_refused() -> None:
    no_fallback = _few(_shipped()[1], ("salary", "outlook"))
    with pytest.raises(ValueError, match="fallback"):
        LearnedIntents.train(no_fallback, list, use_cache=False)


def test_engine_without_the_hook_has_no_learned_model(today: Engine) -> None:
    assert today.matcher.learned is None


def test_validate_trains_then_loads_the_model(tmp_path: Path) -> None:
    def validate() -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
        environment[CACHE_ENV] = str(tmp_path / "cache")
        return subprocess.run(
            [sys.executable, "-m", "careerbot", "validate"],
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
        )

    first = validate()
    assert first.returncode == 0, first.stderr
    intents = len(list(shipped_dir("intents").glob("*.yaml")))
    assert f"intent model trained: {intents} intents" in first.stdout
    assert list((tmp_path / "cache").glob("intent-model-*.npz"))
    second = validate()
    assert second.returncode == 0
    assert "intent model loaded from its cache" in second.stdout


# Each rule of LearnedHook on its own, with the real model and a message read as the matcher
# reads it (occupation names masked).
def _hook(engine: Engine) -> LearnedHook:
    assert engine.matcher.learned is not None
    return engine.matcher.learned


def _masked(engine: Engine, text: str) -> list[str]:
    return engine.matcher.mask(engine.matcher.understand(text).words)


def test_hook_answers_where_the_nearest_phrasing_is_unsure(engine: Engine) -> None:
    masked = _masked(engine, "do chefs work crazy late")
    (best,), _ = _model(engine).classify(masked, 1)
    assert best.intent == "work_life_balance"
    # Thresholds either side of the model's probability: a career named needs only `answer`.
    hook = replace(_hook(engine), answer=best.score - 1, answer_unnamed=best.score + 1)
    assert hook.revise(masked, [], ["work", "crazy", "late"], named=True) == [best]
    # The same reading with no career named is not enough to ask "which career?".
    assert hook.revise(masked, [], ["work", "crazy", "late"], named=False) == []


def test_hook_vetoes_a_near_miss(engine: Engine) -> None:
    masked = _masked(engine, "whats the population of kansas")
    employment = [IntentScore("employment", 60.0)]
    revised = _hook(engine).revise(masked, employment, ["population"], named=False)
    assert [score.intent for score in revised] == ["fallback"]


def test_hook_overrides_and_rescues_with_a_clear_learned_intent(engine: Engine) -> None:
    hook = _hook(engine)
    masked = _masked(engine, "how much do welders earn a year")
    topic = ["earn", "year"]
    for unsure in ("personality", "fallback"):  # override, and rescue with a career named
        revised = hook.revise(masked, [IntentScore(unsure, 55.0)], topic, named=True)
        assert [score.intent for score in revised] == ["salary"]
    # ...but a fallback reading with no career named is left alone, and so is a near-certain one.
    assert hook.revise(masked, [IntentScore("fallback", 55.0)], topic, named=False)[0].intent == (
        "fallback"
    )
    trusted = [IntentScore("personality", hook.trusted)]
    assert hook.revise(masked, trusted, topic, named=True) == trusted


def test_hook_leaves_follow_ups_and_several_questions_alone(engine: Engine) -> None:
    hook = _hook(engine)
    assert hook.revise(_masked(engine, "what about welders?"), [], [], named=True) == []
    two = [IntentScore("salary", 50.0), IntentScore("education", 50.0)]
    assert hook.revise(_masked(engine, "pay and schooling?"), two, ["pay"], named=False) == two
