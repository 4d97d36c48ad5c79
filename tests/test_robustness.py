"""Bad input never raises: whatever arrives, the engine answers with a well-formed Answer."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerbot.conversation import Context
from careerbot.engine import Engine

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


def _well_formed(engine: Engine, text: str, context: Context | None = None) -> None:
    answer, new_context = engine.reply(text, context)
    assert answer.intent in engine.intents
    assert 0 <= answer.score <= 100
    assert answer.plain_text().strip()
    Context.model_validate(new_context.model_dump(mode="json"))


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
