"""Delivery at Telegram's limits: sends paced under the stand-in's flood limits (no 429s), a busy
group never delays private chats, a 429 slows only its scope and drops nothing, every update
answered exactly once across re-deliveries and restarts, and the context stored before the reply
goes out. Sizes are small (tens of chats at scaled-up rates); the full-size figures are in
benchmarks/telegram_delivery.py."""

import asyncio
import json
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter
from aiogram.fsm.storage.base import StorageKey
from aiohttp import web
from standin import BotAPIStandIn, Fault, OutboundLimits

from careerbot.engine import Engine
from careerbot.telegram.bot import build_bot, build_dispatcher, build_stores
from careerbot.telegram.keyboards import Ask
from careerbot.telegram.middlewares.conversation import CONTEXT_KEY
from careerbot.telegram.webhook import build_webhook_app
from conftest import FAST_RETRY, TOKEN, RunningBot, StartBot, make_settings

QUESTION = "what do library technicians earn?"
GROUP = -1005550
MENTION = f"@careerbot_test_bot {QUESTION}"


def answers_per_chat(running: RunningBot) -> Counter[int]:
    return Counter(call.chat_id for call in running.standin.sent())


async def test_the_standin_answers_429_beyond_telegrams_limits(running: RunningBot) -> None:
    """The stand-in itself: a bot without pacing meets 429 with retry_after at once."""
    standin = running.standin
    standin.limits = OutboundLimits(private_per_second=1.0, private_burst=2)
    session = AiohttpSession(api=TelegramAPIServer.from_base(standin.url))
    plain = Bot(TOKEN, session=session)
    try:
        await plain.send_message(77, "one")
        await plain.send_message(77, "two")
        try:
            await plain.send_message(77, "three")
        except TelegramRetryAfter as error:
            assert error.retry_after >= 1
        else:
            raise AssertionError("the third message in a second was not refused")
    finally:
        await session.close()
    assert standin.flood_errors == 1


async def test_a_burst_is_paced_under_the_limits_without_a_single_429(
    start_bot: StartBot,
) -> None:
    rate, chats = 60.0, 60
    running = await start_bot(send_rate=rate)
    standin = running.standin
    # A quarter of a second of slack, as Telegram allows short bursts: an unpaced bot sends all
    # sixty at once and meets 45 429s.
    standin.limits = OutboundLimits(per_second=rate, burst=15)
    started = time.monotonic()
    for chat in range(1, chats + 1):
        standin.message(chat, QUESTION)
    await standin.wait_for(lambda: len(standin.sent()) >= chats, timeout=20, what="all answers")
    elapsed = time.monotonic() - started
    assert standin.flood_errors == 0
    assert answers_per_chat(running) == Counter(range(1, chats + 1))
    assert all("$37,540" in call.text for call in standin.sent())
    assert elapsed >= (chats - 3) / rate * 0.9  # paced, not just lucky


async def test_a_busy_group_never_delays_private_chats(start_bot: StartBot) -> None:
    running = await start_bot(send_rate_group=60.0, send_burst_group=1)
    standin = running.standin
    standin.limits = OutboundLimits(group_per_minute=60.0, group_burst=2)
    standin.group(GROUP)
    for n in range(3):  # the group's third answer may go out two seconds from now at the earliest
        standin.message(GROUP, MENTION, user_id=100 + n)
    await standin.wait_sent(GROUP, 1)
    private = await running.ask(5, QUESTION)
    assert "$37,540" in private.text
    assert len(standin.sent(GROUP)) < 3, "the private chat waited behind the group"
    await standin.wait_sent(GROUP, 3, timeout=10)
    assert standin.flood_errors == 0


async def test_a_429_slows_only_its_scope_and_drops_nothing(running: RunningBot) -> None:
    standin = running.standin
    standin.group(GROUP)
    standin.fail("sendMessage", Fault.flood(retry_after=1))
    standin.message(GROUP, MENTION, user_id=9)
    await standin.wait_for(lambda: standin.calls_to("sendMessage", ok=False), what="the 429")
    refused_at = time.monotonic()
    private = await running.ask(6, QUESTION)  # another chat is not held up by the group's wait
    assert "$37,540" in private.text
    assert not standin.sent(GROUP)
    [group_answer] = await standin.wait_sent(GROUP, 1, timeout=5)
    assert group_answer.at - refused_at >= 0.9  # the group waited its retry_after
    assert answers_per_chat(running) == Counter({GROUP: 1, 6: 1})


async def test_a_clean_stop_confirms_the_offset_so_a_restart_answers_nothing_twice(
    start_bot: StartBot,
) -> None:
    first = await start_bot()
    standin = first.standin
    ids = [standin.message(chat, QUESTION) for chat in range(20, 25)]
    await standin.wait_for(lambda: len(standin.sent()) == 5, what="five answers")
    await first.stop()
    assert standin.confirmed == ids[-1]
    second = await start_bot()
    await second.ask(30, QUESTION)
    assert answers_per_chat(second) == Counter(range(20, 25)) + Counter([30])


async def test_stopped_mid_burst_with_redis_nothing_is_lost_or_doubled(
    start_bot: StartBot, redis_url: str
) -> None:
    first = await start_bot(storage_url=redis_url, grace=0.2)
    standin = first.standin
    # three answers still in flight at the stop; slow enough that the requests cut off at the
    # stop are closed before the stand-in would have delivered them, on a loaded machine too
    standin.fail("sendMessage", *[Fault.slow(2.0)] * 3)
    chats = list(range(40, 50))
    for chat in chats:
        standin.message(chat, QUESTION)
    await standin.wait_for(lambda: len(standin.sent()) >= 7, what="most answers")
    await first.stop()  # like SIGTERM: the slow three are cut off after the grace period
    assert standin.confirmed == 10  # all confirmed: the unfinished ones are queued in Redis
    second = await start_bot(storage_url=redis_url)
    await standin.wait_for(lambda: len(standin.sent()) >= 10, what="every chat answered")
    await second.ask(60, QUESTION)
    assert answers_per_chat(second) == Counter(chats) + Counter([60])


async def test_the_context_is_stored_before_the_reply_goes_out(running: RunningBot) -> None:
    standin = running.standin
    standin.fail("sendMessage", Fault.slow(0.5))
    standin.message(11, QUESTION)
    await standin.wait_for(lambda: standin.counts.get("sendMessage"), what="the reply leaving")
    storage = running.dispatcher.storage
    key = StorageKey(bot_id=running.bot.id, chat_id=11, user_id=11)
    stored = await storage.get_data(key)
    assert "25-4031" in str(stored[CONTEXT_KEY])  # already there while the reply is on its way
    await standin.wait_sent(11, 1)


async def test_a_tap_on_an_old_button_is_still_answered(running: RunningBot) -> None:
    standin = running.standin
    reply = await running.ask(12, QUESTION)
    outlook = next(b for b in reply.buttons() if b["callback_data"].startswith("q:outlook"))
    standin.callback(12, reply, outlook["callback_data"], expired=True)
    answers = await standin.wait_sent(12, 2)
    assert "7.0%" in answers[1].text
    assert len(standin.calls_to("answerCallbackQuery", ok=False)) == 1  # "query is too old"
    assert "something went wrong" not in answers[1].text


async def test_a_forged_tap_gets_a_notice_and_no_message(running: RunningBot) -> None:
    standin = running.standin
    reply = await running.ask(13, QUESTION)
    forged = "q:salary:" + ".".join(["254031"] * 8)  # within 64 bytes; once four answers
    _, query_id = standin.callback(13, reply, forged)
    after = await running.ask(13, "and what about growth?")
    assert standin.sent(13) == [reply, after]
    [notice] = [c for c in standin.calls_to("answerCallbackQuery")]
    assert notice.params["callback_query_id"] == query_id and notice.params.get("text")


async def test_updates_of_one_chat_are_handled_in_order(running: RunningBot) -> None:
    standin = running.standin
    standin.fail("sendMessage", Fault.slow(0.3))  # the first answer is slow to go out
    standin.message(14, QUESTION)
    standin.message(14, "and what about growth?")
    first, second = await standin.wait_sent(14, 2)
    assert "$37,540" in first.text and "7.0%" in second.text


# -- webhook mode -------------------------------------------------------------------------
SECRET = "delivery-Secret_1"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@asynccontextmanager
async def webhook_replica(
    standin: BotAPIStandIn, engine: Engine, **overrides: Any
) -> AsyncIterator[str]:
    """One replica of `careerbot run --webhook`, in-process on a free port; yields its URL."""
    settings = make_settings(
        standin, webhook_url="https://bot.example.org/webhook", webhook_secret=SECRET, **overrides
    )
    stores = build_stores(settings)
    bot = build_bot(settings, stores, retry=FAST_RETRY)
    dispatcher = build_dispatcher(settings, engine, stores)
    runner = web.AppRunner(build_webhook_app(settings, bot, dispatcher), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        await runner.cleanup()
        await stores.close()


async def deliver(url: str, update: dict[str, Any] | bytes) -> int:
    """POST one update the way Telegram does; the status once the replica answers."""
    body = update if isinstance(update, bytes) else json.dumps(update).encode()
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers=headers) as r:
        return r.status


async def test_webhook_answers_telegram_only_after_the_update_is_handled(
    standin: BotAPIStandIn, engine: Engine
) -> None:
    async with webhook_replica(standin, engine) as url:
        standin.fail("sendMessage", Fault.slow(0.3))
        update = standin.update("message", standin.message_payload(15, QUESTION))
        assert await deliver(url, update) == 200
        # Acknowledged only now: the answer is already out (a killed replica acknowledges nothing).
        [reply] = standin.sent(15)
        assert "$37,540" in reply.text
        assert await deliver(url, update) == 200  # Telegram retries: not answered again
        assert len(standin.sent(15)) == 1


async def test_two_webhook_replicas_on_one_redis_keep_each_chats_turns_in_order(
    standin: BotAPIStandIn, engine: Engine, redis_url: str
) -> None:
    async with (
        webhook_replica(standin, engine, storage_url=redis_url) as first,
        webhook_replica(standin, engine, storage_url=redis_url) as second,
    ):
        standin.fail("sendMessage", Fault.slow(0.4))  # the first answer is slow to go out
        turn = standin.update("message", standin.message_payload(16, QUESTION))
        follow = standin.update("message", standin.message_payload(16, "and what about growth?"))
        slow = asyncio.create_task(deliver(first, turn))
        await standin.wait_for(lambda: standin.counts.get("sendMessage"), what="the first reply")
        # The follow-up reaches the other replica before the first answer has arrived.
        assert await deliver(second, follow) == 200
        assert await slow == 200
        answers = standin.sent(16)
        assert len(answers) == 2
        assert "$37,540" in answers[0].text
        assert "Library Technicians" in answers[1].text and "7.0%" in answers[1].text


async def test_nothing_a_user_wrote_reaches_the_logs(
    standin: BotAPIStandIn, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    secret_words = "Zanzibar-quokka-7731"
    # (Retries are paced like any send: a private chat's budget is raised to keep this quick.)
    async with webhook_replica(standin, engine, send_rate_private=100.0) as url:
        # An update type this aiogram does not know, carrying text and a name.
        unknown = {
            "update_id": 990001,
            "future_kind": {"text": secret_words, "from": standin.user(5, secret_words)},
        }
        assert await deliver(url, unknown) == 200
        # A body that is not a valid update, with the text and first name inside.
        bad = {
            "update_id": "x",
            "message": {"text": secret_words, "chat": {"first_name": secret_words}},
        }
        assert await deliver(url, bad) == 400
        assert await deliver(url, b"not json " + secret_words.encode()) == 400
        # A message whose answer fails to send.
        standin.fail("sendMessage", *[Fault.server_error()] * 10)
        update = standin.update("message", standin.message_payload(17, secret_words))
        await deliver(url, update)
    assert "990001" in caplog.text
    assert secret_words not in caplog.text


async def test_a_more_button_asks_the_engine_for_the_long_form(
    running: RunningBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, list[str], bool]] = []
    respond = engine.respond

    def recording(intent: str, occupations: list[str], context: Any = None, **options: Any) -> Any:
        asked.append((intent, occupations, bool(options.get("detail"))))
        return respond(intent, occupations, context, **options)

    monkeypatch.setattr(engine, "respond", recording)
    standin = running.standin
    reply = await running.ask(18, QUESTION)
    more = Ask.of("salary", ["25-4031"], detail=True).pack()
    standin.callback(18, reply, more)
    answers = await standin.wait_sent(18, 2)
    assert "$37,540" in answers[1].text
    assert asked == [("salary", ["25-4031"], True)]


async def test_a_burst_with_redis_is_answered_in_full(start_bot: StartBot, redis_url: str) -> None:
    """More updates at once than Redis connections in the pool: they wait, none fails."""
    running = await start_bot(storage_url=redis_url, send_rate=1000.0)
    standin = running.standin
    chats = list(range(300, 450))  # two getUpdates batches, 150 chat locks at once
    for chat in chats:
        standin.message(chat, QUESTION)
    await standin.wait_for(lambda: len(standin.sent()) >= len(chats), 20, "every answer")
    assert answers_per_chat(running) == Counter(chats)
    assert not running.task.done()
