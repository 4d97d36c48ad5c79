"""Bad input never raises: whatever arrives, the engine answers with a well-formed Answer."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerbot.conversation import Context, Pick
from careerbot.engine import Engine
from careerbot.paths import shipped_dir

NASTY = [
    "",
    "   \n\t  ",
    "x" * 100_000,
    "library tech pay " * 10_000,
    "\x00\x01\x02\x1b[31m\x7f",
    "😀😀😀🔥💯",
    "<b>hi</b> & <script>alert(1)</script>",
    "библиотекарь зарплата 图书馆 給料 مكتبة",
    "\ud800",  # a lone surrogate, as broken clients send
    "25-4031" * 500,
    "?" * 5000,
    "1",
    "99999999999999999999999",
]


def _well_formed(engine: Engine, text: str, context: Context | None = None) -> Context:
    answer, new_context = engine.reply(text, context)
    assert answer.intent in engine.intents
    assert 0 <= answer.score <= 100
    assert answer.plain_text().strip()
    return Context.model_validate(new_context.model_dump(mode="json"))


def test_nasty_inputs_get_an_answer(engine: Engine) -> None:
    for text in NASTY:
        _well_formed(engine, text)
        _well_formed(engine, text, engine.reply("library tech salary")[1])


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=2_000))
def test_any_unicode_text(engine: Engine, text: str) -> None:
    _well_formed(engine, text)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abcdeilnoprstuy $?,&0123456789-")), max_size=60),
        max_size=6,
    )
)
def test_any_conversation(engine: Engine, messages: list[str]) -> None:
    context = Context()
    for text in messages:
        answer, context = engine.reply(text, context)
        assert answer.intent in engine.intents


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.dictionaries(st.text(max_size=10), st.integers() | st.text(max_size=10), max_size=5))
def test_a_corrupted_stored_context_starts_afresh(
    engine: Engine, stored: dict[str, object]
) -> None:
    context = Context.restore(stored)
    answer, _ = engine.reply("and the pay?", context)
    assert answer.intent in engine.intents


def _names_and_keywords(engine: Engine) -> list[str]:
    """Every job name careerbot has no figures for, every intent keyword, and a sample of
    aliases: the words that send a message down the policy's less common paths."""
    outside = yaml.safe_load((shipped_dir("data") / "outside.yaml").read_text(encoding="utf-8"))
    aliases = yaml.safe_load((shipped_dir("data") / "aliases.yaml").read_text(encoding="utf-8"))
    words = [*outside["military"], *outside["unpublished"]]
    words += [k for intent in engine.intents.values() for k in intent.keywords]
    words += sorted(aliases["aliases"])[::25]
    return words


def test_every_special_word_alone_gets_an_answer(engine: Engine) -> None:
    # "youtuber" alone once raised (an unknown job with nothing else read).
    after = engine.reply("library tech salary in ohio")[1]
    for word in _names_and_keywords(engine):
        _well_formed(engine, word)
        _well_formed(engine, word, after)
        _well_formed(engine, f"{word}?", after)


FOLLOW_UP_WORDS = [
    "and", "what", "about", "the", "other", "one", "first", "last", "which", "more", "is", "that",
    "good", "low", "why", "both", "all", "three", "in", "texas", "nationally", "thanks", "bye",
    "wow", "ok", "how", "much", "long", "it", "they", "safer", "vs", "or", "2", "youtuber",
    "nurse", "teacher", "welders", "library", "tech", "pay", "ai", "pros", "cons", "hi", "?", ".",
]  # fmt: skip


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(st.sampled_from(FOLLOW_UP_WORDS), max_size=8), min_size=1, max_size=6))
def test_any_conversation_of_real_words(engine: Engine, turns: list[list[str]]) -> None:
    context = Context()
    for words in turns:
        context = _well_formed(engine, " ".join(words), context)


def test_numbers_to_compare_that_point_at_no_career_do_not_crash(engine: Engine) -> None:
    # found by fuzzing: an option with no career (a numbered suggestion), and a digit that is
    # no ASCII number, said with "compare"
    offered = Context(
        choices=[
            Pick(intents=["salary"], occupations=[]),
            Pick(intents=["salary"], occupations=["29-1141"]),
        ]
    )
    for text in ("compare 1 and 2", "compare ² and 1"):
        assert engine.reply(text, offered)[0].plain_text()
