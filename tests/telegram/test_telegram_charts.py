"""Pay charts: the "📊 Chart" button under salary and compare answers sends a PNG photo."""

import logging
from typing import Any

import pytest
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile
from standin import PNG_SIGNATURE, BotAPIStandIn, Call

from careerbot.answers.model import Chart
from careerbot.engine import Engine
from careerbot.telegram import texts
from careerbot.telegram.handlers import charts
from careerbot.telegram.keyboards import CHART_LABEL
from conftest import RunningBot

USER = 3001


def chart_button(reply: Call) -> dict[str, Any]:
    [button] = [b for b in reply.buttons() if b["text"] == CHART_LABEL]
    return button


def answered(standin: BotAPIStandIn, query_id: str) -> list[Call]:
    return [
        c
        for c in standin.calls_to("answerCallbackQuery")
        if c.params["callback_query_id"] == query_id
    ]


async def tap_for_photo(running: RunningBot, reply: Call, data: str) -> Call:
    standin = running.standin
    before = len(standin.photos(USER))
    update, query_id = standin.callback(USER, reply, data)
    await running.handled.wait(update, timeout=10)
    [photo] = standin.photos(USER)[before:]
    assert len(answered(standin, query_id)) == 1
    # The tap is answered before the chart is drawn, so the button stops spinning at once.
    [answer] = answered(standin, query_id)
    assert standin.calls.index(answer) < standin.calls.index(photo)
    assert photo.photo.startswith(PNG_SIGNATURE)
    assert photo.params["parse_mode"] == "HTML"
    assert photo.result["photo"][-1]["width"] == 800
    return photo


async def test_salary_answer_with_state_figures_has_a_chart_button(running: RunningBot) -> None:
    reply = await running.ask(USER, "registered nurse pay in texas")
    button = chart_button(reply)
    data = button["callback_data"]
    assert len(data.encode()) <= 64
    assert data == "c:291141:TX"
    assert reply.buttons()[-1] == button, "the chart button comes last, on its own row"
    assert reply.params["reply_markup"]["inline_keyboard"][-1] == [button]

    photo = await tap_for_photo(running, reply, data)
    assert "Registered Nurses" in photo.caption
    assert "Texas vs U.S." in photo.caption
    assert "BLS wage survey, May 2025" in photo.caption  # no bare acronym
    assert photo.params["caption"].startswith("<b>Yearly pay: Registered Nurses</b>")
    assert len(running.standin.sent(USER)) == 1, "the photo is the whole answer to the tap"


async def test_compare_answer_charts_both_occupations(running: RunningBot) -> None:
    reply = await running.ask(USER, "electrician vs plumber")
    data = chart_button(reply)["callback_data"]
    assert data == "c:472111.472152:"
    photo = await tap_for_photo(running, reply, data)
    assert "Electricians vs Plumbers" in photo.caption
    # The tap leaves the conversation alone: a follow-up is still about the comparison.
    follow = await running.ask(USER, "and what about growth?")
    assert "Electricians" in follow.text


@pytest.mark.parametrize(
    "forged", ["c:999999.000000:ZZ", "c::", "c:12345:<b>", "c:too:many:parts", "c:291141.291141:"]
)
async def test_stale_or_forged_chart_button_gets_a_notice_and_nothing_else(
    running: RunningBot, forged: str
) -> None:
    standin = running.standin
    reply = await running.ask(USER, "registered nurse pay in texas")
    _, query_id = standin.callback(USER, reply, forged)
    # The chat's updates are handled in order: once the next question is answered, the tap was.
    after = await running.ask(USER, "and what about growth?")
    assert [c.params.get("text") for c in answered(standin, query_id)] == [texts.BUTTON_REFUSED]
    assert standin.sent(USER) == [reply, after]
    assert not standin.photos()


async def test_answers_without_pay_figures_have_no_chart_button(running: RunningBot) -> None:
    reply = await running.ask(USER, "tell me about library technicians")
    assert "Library Technicians and Assistants" in reply.text
    assert reply.buttons()
    assert not [b for b in reply.buttons() if b["callback_data"].startswith("c:")]


async def test_a_chart_that_fails_to_draw_is_logged_and_explained(
    running: RunningBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(chart: Chart) -> bytes:
        raise ValueError("no room for the bars")

    monkeypatch.setattr(charts, "render_chart", broken)
    standin = running.standin
    reply = await running.ask(USER, "registered nurse pay in texas")
    _, query_id = standin.callback(USER, reply, chart_button(reply)["callback_data"])
    [sorry] = (await standin.wait_sent(USER, 2))[1:]
    assert sorry.text == texts.CHART_FAILED
    assert len(answered(standin, query_id)) == 1
    assert not standin.photos()
    assert "no room for the bars" in caplog.text
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)
    # The bot carries on: the next tap draws (the real renderer is back).
    monkeypatch.undo()
    await tap_for_photo(running, reply, chart_button(reply)["callback_data"])


async def test_chart_taps_count_towards_flood_control(start_bot: Any, engine: Engine) -> None:
    running = await start_bot(flood_rate=2, flood_window=60.0)
    standin = running.standin
    reply = await running.ask(USER, "electrician vs plumber")  # uses one of the two
    data = chart_button(reply)["callback_data"]
    taps = [standin.callback(USER, reply, data) for _ in range(3)]
    await running.handled.wait(*(update for update, _ in taps), timeout=10)
    ids = [query_id for _, query_id in taps]
    assert len(standin.photos(USER)) == 1
    toasts = [c.params.get("text") for i in ids for c in answered(standin, i)]
    assert toasts.count(texts.FLOOD_WARNING) == 1


async def test_standin_checks_photos_like_telegram(running: RunningBot) -> None:
    bot = running.bot
    png = PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + (1000).to_bytes(4, "big") * 2 + b"\x08\x02"
    sent = await bot.send_photo(USER, BufferedInputFile(png, "x.png"), caption="<i>ok</i> &amp;")
    assert sent.caption == "ok &"
    assert [(p.width, p.height) for p in sent.photo or []] == [
        (90, 90),
        (320, 320),
        (800, 800),
        (1000, 1000),
    ]
    for caption in ("<b>unclosed", "x" * 1025):
        with pytest.raises(TelegramBadRequest):
            await bot.send_photo(USER, BufferedInputFile(png, "x.png"), caption=caption)
    with pytest.raises(TelegramBadRequest, match="IMAGE_PROCESS_FAILED"):
        await bot.send_photo(USER, BufferedInputFile(b"not an image", "x.png"))
    assert [c.photo == png for c in running.standin.photos(USER)] == [True]
