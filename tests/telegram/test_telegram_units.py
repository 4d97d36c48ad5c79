"""Unit tests of the adapter's pieces: formatting and splitting, keyboards, flood control, token
redaction, request retries, storage selection, and `run()` without a token."""

import asyncio
import logging
from typing import Any

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramNetworkError, TelegramRetryAfter
from aiogram.methods import GetUpdates, SendMessage
from hypothesis import given, settings
from hypothesis import strategies as st
from standin import parse_telegram_html

from careerbot.answers.model import Answer, Block, Chart, ChartRange, Citation, Suggestion
from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram.filters import strip_mention
from careerbot.telegram.formatting import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    Line,
    chart_caption,
    pack,
    render_answer,
    visible_length,
)
from careerbot.telegram.keyboards import (
    CHART_LABEL,
    MAX_BUTTON_OCCUPATIONS,
    Ask,
    AskRequest,
    ChartRequest,
    ChartTap,
    answer_keyboard,
    parse_ask,
    parse_chart,
)
from careerbot.telegram.middlewares.flood import FloodControl
from careerbot.telegram.redaction import REDACTED, install_redaction, redact
from careerbot.telegram.retry import RetryPolicy, RetryRequests
from careerbot.telegram.storage import ExpiringMemoryStorage, StorageConfigError, make_storage
from conftest import TOKEN


def answer(*blocks: Block, **fields: Any) -> Answer:
    return Answer(intent="salary", intents=["salary"], score=90, blocks=list(blocks), **fields)


# -- formatting ---------------------------------------------------------------------------
def test_renders_heading_text_bullets_choices_and_source_links() -> None:
    rendered = render_answer(
        answer(
            Block(heading="Pay <b>", text="Half earn > $1 & more", items=["a<b", "c&d"]),
            sources=[Citation(name="BLS & co", url='https://x.org/?a=1&b="2"')],
            choices=[Suggestion(label="Library <tech>", intent="salary")],
        )
    )
    assert rendered == [
        "<b>Pay &lt;b&gt;</b>\nHalf earn &gt; $1 &amp; more\n• a&lt;b\n• c&amp;d\n\n"
        "1. Library &lt;tech&gt;\n\n"
        'Source: <a href="https://x.org/?a=1&amp;b=&quot;2&quot;">BLS &amp; co</a>'
    ]
    parse_telegram_html(rendered[0])  # valid for Telegram


def test_empty_answer_still_says_something() -> None:
    assert render_answer(answer()) == ["Sorry, I have nothing to say about that yet."]


def test_visible_length_counts_utf16_units() -> None:
    assert visible_length("ab") == 2
    assert visible_length("💰") == 2
    assert visible_length("é") == 1


def test_splits_at_paragraphs_then_lines_then_spaces() -> None:
    paragraphs = [[Line.text("x" * 30)], [Line.text("y" * 30)], [Line.text("z" * 30)]]
    assert pack(paragraphs, limit=70) == ["x" * 30 + "\n\n" + "y" * 30, "z" * 30]
    lines = [[Line.text(f"line {n}") for n in range(10)]]
    parts = pack(lines, limit=20)
    assert all(len(p) <= 20 for p in parts) and "\n".join(parts).count("line") == 10
    long_line = [[Line.text("word " * 100)]]
    assert all(len(p) <= 50 for p in pack(long_line, limit=50))


def test_an_overlong_escaped_line_splits_on_visible_length() -> None:
    text = "<&>" * 3000  # 9,000 visible characters, 36,000 characters of HTML
    parts = render_answer(answer(Block(text=text)))
    visible = [parse_telegram_html(part) for part in parts]
    assert all(visible_length(v) <= MESSAGE_LIMIT for v in visible)
    assert "".join(visible) == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=300), st.text(max_size=2500), st.lists(st.text(max_size=200))),
        max_size=8,
    ),
    st.integers(min_value=50, max_value=MESSAGE_LIMIT),
)
def test_any_answer_renders_to_valid_html_within_the_limit(
    blocks: list[tuple[str, str, list[str]]], limit: int
) -> None:
    rendered = render_answer(
        answer(*[Block(heading=h, text=t, items=i) for h, t, i in blocks]), limit
    )
    for part in rendered:
        assert visible_length(parse_telegram_html(part)) <= limit


# -- keyboards ----------------------------------------------------------------------------
KNOWN = {f"25-40{n:02d}" for n in range(40)} | {"29-1141", "47-2111"}
INTENTS = {"salary": None, "work_life_balance": None, "outlook": None}


def test_callback_data_round_trips_and_fits_64_bytes() -> None:
    data = Ask.of("salary", ["25-4031", "25-4021"])
    assert data.pack() == "q:salary:254031.254021:0"
    request = parse_ask(data.pack(), INTENTS, KNOWN)
    assert request == AskRequest("salary", ["25-4031", "25-4021"], detail=False)
    more = parse_ask(Ask.of("salary", ["25-4031"], detail=True).pack(), INTENTS, KNOWN)
    assert more is not None and more.detail
    assert parse_ask("q:salary:254031", INTENTS, KNOWN) == AskRequest("salary", ["25-4031"])
    crowded = Ask.of("work_life_balance", [f"25-40{n:02d}" for n in range(20)])
    assert len(crowded.pack().encode()) <= 64
    parsed = parse_ask(crowded.pack(), INTENTS, KNOWN)
    assert parsed is not None and len(parsed.occupations) == MAX_BUTTON_OCCUPATIONS


@pytest.mark.parametrize(
    "forged",
    [
        "q:salary:" + ".".join(["254031"] * 8),  # one code repeated: four answers once
        "q:salary:254031.254031",
        "q:salary:254031.254021.254022.254023.254024",  # more codes than a button carries
        "q:salary:999999",  # unknown code
        "q:hack:254031",  # unknown intent
        "q:salary:254031:2",
        "q:salary:254031:0:extra",
        "q:Salary:254031",
        "q:salary:25-4031",
        "q:salary:254031\n",
        "q::254031",
        "x" * 64,
        "",
    ],
)
def test_forged_callback_data_is_refused(forged: str) -> None:
    assert parse_ask(forged, INTENTS, KNOWN) is None


@pytest.mark.parametrize(
    "forged", ["c:999999.000000:ZZ", "c::", "c:12345:<b>", "c:291141.291141:", "c:291141:tx"]
)
def test_forged_chart_data_is_refused(forged: str) -> None:
    assert parse_chart(forged, KNOWN) is None


def test_answer_keyboard_has_choices_then_suggestions_without_duplicates() -> None:
    suggestion = Suggestion(label="📈 Outlook", intent="outlook", occupations=["25-4031"])
    keyboard = answer_keyboard(
        answer(
            choices=[Suggestion(label="Library techs", intent="salary", occupations=["25-4031"])],
            suggestions=[suggestion, suggestion, Suggestion(label="🎓", intent="education")],
        )
    )
    assert keyboard is not None
    rows = [[b.callback_data for b in row] for row in keyboard.inline_keyboard]
    assert rows == [["q:salary:254031:0"], ["q:outlook:254031:0", "q:education::0"]]
    assert answer_keyboard(answer()) is None


CHART = Chart(
    title="Yearly pay: <Nurses> & co",
    source="Source: BLS OEWS, May 2025",
    ranges=[
        ChartRange(label=label, p10=1.0, p25=2.0, median=3.0, p75=4.0, p90=5.0)
        for label in ("Texas", "U.S.")
    ],
)


def test_chart_tap_round_trips_and_fits_64_bytes() -> None:
    tap = ChartTap.of(["29-1141"], "TX")
    assert tap.pack() == "c:291141:TX"
    assert parse_chart(tap.pack(), KNOWN) == ChartRequest(["29-1141"], "TX")
    assert parse_chart(ChartTap.of(["47-2111"], None).pack(), KNOWN) == ChartRequest(
        ["47-2111"], None
    )
    crowded = ChartTap.of([f"25-40{n:02d}" for n in range(20)], "CA")
    assert len(crowded.pack().encode()) <= 64
    parsed = parse_chart(crowded.pack(), KNOWN)
    assert parsed is not None and parsed.occupations and parsed.state == "CA"
    assert ChartTap.of(["29-1141"], "Texas").state == ""


def test_chart_button_comes_last_and_is_part_of_the_cache_key() -> None:
    suggestions = [Suggestion(label="📈 Outlook", intent="outlook", occupations=["29-1141"])]
    plain = answer(suggestions=suggestions, occupations=["29-1141"], state="TX")
    charted = plain.model_copy(update={"chart": CHART})
    assert answer_keyboard(plain) is answer_keyboard(plain)  # cached
    keyboard = answer_keyboard(charted)
    assert keyboard is not None and keyboard is not answer_keyboard(plain)
    rows = [[(b.text, b.callback_data) for b in row] for row in keyboard.inline_keyboard]
    assert rows == [[("📈 Outlook", "q:outlook:291141:0")], [(CHART_LABEL, "c:291141:TX")]]
    alone = answer_keyboard(answer(occupations=["29-1141"], chart=CHART))
    assert alone is not None
    assert [[b.text for b in row] for row in alone.inline_keyboard] == [[CHART_LABEL]]


def test_chart_caption_is_escaped_and_fits() -> None:
    caption = chart_caption(CHART)
    assert caption.startswith("<b>Yearly pay: &lt;Nurses&gt; &amp; co</b>\n")
    assert parse_telegram_html(caption) == (
        "Yearly pay: <Nurses> & co\nTexas vs U.S.\nSource: BLS OEWS, May 2025"
    )
    huge = CHART.model_copy(update={"title": "word " * 400})
    assert visible_length(parse_telegram_html(chart_caption(huge))) <= CAPTION_LIMIT


def test_every_real_suggestion_fits(engine: Engine) -> None:
    for text in ("what do library technicians earn?", "compare library techs and accountants"):
        reply, _ = engine.reply(text)
        keyboard = answer_keyboard(reply)
        assert keyboard is not None
        for row in keyboard.inline_keyboard:
            for button in row:
                assert button.callback_data is not None
                assert len(button.callback_data.encode()) <= 64


def test_strip_mention() -> None:
    assert strip_mention("@CareerBot what do techs earn?", "careerbot") == "what do techs earn?"
    assert strip_mention("pay? @careerbot", "careerbot") == "pay?"
    assert strip_mention("@careerbotx hi", "careerbot") == "@careerbotx hi"


# -- flood control ------------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_flood_control_allows_rate_per_window_and_warns_once() -> None:
    clock = FakeClock()
    control = FloodControl(rate=3, window=10, clock=clock)
    results = [control.check(1) for _ in range(6)]
    assert results == [(True, False)] * 3 + [(False, True), (False, False), (False, False)]
    assert control.check(2) == (True, False)  # per user
    clock.now += 10.01  # the window slides past the first three
    assert control.check(1) == (True, False)
    assert [control.check(1)[0] for _ in range(3)] == [True, True, False]


def test_flood_control_forgets_idle_users() -> None:
    clock = FakeClock()
    control = FloodControl(rate=5, window=10, clock=clock)
    for user in range(2_000):
        control.check(user)
    assert len(control) == 2_000
    clock.now += 11
    control.check(99_999)
    assert len(control) == 1


# -- redaction ----------------------------------------------------------------------------
def test_redact_token_and_bot_urls() -> None:
    url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    assert TOKEN not in redact(url)
    assert redact(url) == f"https://api.telegram.org/bot{REDACTED}/getMe"
    other = "987654321:ZZZotherTokenShapeLooksLikeThis_123456"
    assert redact(f"tokens {other}") == f"tokens {REDACTED}"
    assert redact("plain text 12:34") == "plain text 12:34"


def test_log_records_are_redacted_including_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    install_redaction(TOKEN)
    logger = logging.getLogger("aiohttp.client.test")  # any logger, any depth
    logger.error("GET %s failed", f"https://api.telegram.org/bot{TOKEN}/sendMessage")
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getMe")
    except ConnectionError:
        logger.exception("request failed")
    assert "failed" in caplog.text and "ConnectionError" in caplog.text
    assert TOKEN not in caplog.text  # also checked for every test by the autouse fixture


# -- retries ------------------------------------------------------------------------------
async def test_retry_honours_retry_after_and_backs_off() -> None:
    bot = Bot(TOKEN)
    method = SendMessage(chat_id=1, text="hi")
    failures: list[Exception] = [
        TelegramRetryAfter(method, "Too Many Requests: retry after 0", 0),
        TelegramNetworkError(method, "Request timeout error"),
    ]
    attempts = 0

    async def make_request(bot: Bot, method: Any) -> Any:
        nonlocal attempts
        attempts += 1
        if failures:
            raise failures.pop(0)
        return "sent"

    retry = RetryRequests(RetryPolicy(attempts=3, base_delay=0.001))
    result: object = await retry(make_request, bot, method)
    assert result == "sent"
    assert attempts == 3


async def test_retry_is_bounded_and_leaves_bad_requests_and_polls_alone() -> None:
    bot = Bot(TOKEN)
    calls = 0

    async def network_down(bot: Bot, method: Any) -> Any:
        nonlocal calls
        calls += 1
        raise TelegramNetworkError(method, "down")

    retry = RetryRequests(RetryPolicy(attempts=4, base_delay=0.001))
    with pytest.raises(TelegramNetworkError):
        await retry(network_down, bot, SendMessage(chat_id=1, text="hi"))
    assert calls == 4

    calls = 0
    with pytest.raises(TelegramNetworkError):
        await retry(network_down, bot, GetUpdates())
    assert calls == 1  # polling has its own backoff

    async def bad_request(bot: Bot, method: Any) -> Any:
        nonlocal calls
        calls += 1
        raise TelegramBadRequest(method, "Bad Request: chat not found")

    calls = 0
    with pytest.raises(TelegramBadRequest):
        await retry(bad_request, bot, SendMessage(chat_id=1, text="hi"))
    assert calls == 1


async def test_retry_gives_up_on_very_long_flood_waits() -> None:
    async def flood(bot: Bot, method: Any) -> Any:
        raise TelegramRetryAfter(method, "Too Many Requests: retry after 3600", 3600)

    retry = RetryRequests(RetryPolicy(max_retry_after=60))
    with pytest.raises(TelegramRetryAfter):
        await asyncio.wait_for(retry(flood, Bot(TOKEN), SendMessage(chat_id=1, text="x")), 1)


# -- storage and start-up -----------------------------------------------------------------
def test_storage_selection() -> None:
    assert isinstance(make_storage(None), ExpiringMemoryStorage)
    with pytest.raises(StorageConfigError, match="redis://"):
        make_storage("postgres://db")
    try:
        import redis  # noqa: F401
    except ImportError:
        with pytest.raises(StorageConfigError, match=r"pip install 'careerbot\[redis\]'"):
            make_storage("redis://localhost:6379/0")
    else:
        assert type(make_storage("redis://localhost:6379/0")).__name__ == "RedisStorage"


def test_run_without_a_token_is_the_settings_missing_token_error() -> None:
    """One check, in Settings.token(); the CLI prints it and exits 2 (test_cli)."""
    from careerbot.settings import MissingTokenError
    from careerbot.telegram.app import run

    with pytest.raises(MissingTokenError, match="CAREERBOT_BOT_TOKEN"):
        run(Settings(bot_token=None), webhook=False)


def test_run_webhook_without_url_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    from careerbot.telegram.app import run

    assert run(Settings(bot_token=TOKEN), webhook=True) == 2
    assert "CAREERBOT_WEBHOOK_URL" in capsys.readouterr().err


def test_about_names_every_source_and_gives_onet_its_required_credit(engine: Engine) -> None:
    from careerbot.catalog.profile import ONET_CREDIT
    from careerbot.telegram.texts import about_text

    text = about_text(engine.occupations)
    assert "Employment Projections 2024–34" in text and "GPTs are GPTs" in text
    assert ONET_CREDIT.split(".")[0] in text  # "This product includes information from ..."
    assert len(text) < 4096
