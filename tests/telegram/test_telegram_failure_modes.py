"""Failure modes from other Telegram bots' bug reports, replayed against the stand-in answering the
way Telegram does (issue 9). Each test failed before the fix it names."""

import pytest
from aiogram.fsm.storage.base import StorageKey
from standin import BotAPIStandIn

from careerbot.telegram.middlewares.conversation import CONTEXT_KEY
from conftest import LIBRARY_TECH, Feeder, StartBot

QUESTION = "what do library technicians earn?"
ADMIN = 999


async def context_of(dispatcher: object, bot_id: int, chat_id: int) -> object:
    storage = dispatcher.storage  # type: ignore[attr-defined]
    data = await storage.get_data(StorageKey(bot_id=bot_id, chat_id=chat_id, user_id=chat_id))
    return data.get(CONTEXT_KEY)


# 1. A user blocked the bot ----------------------------------------------------------------------
async def test_blocked_user_one_log_line_no_apology_no_alert_context_dropped(
    start_bot: StartBot, caplog: pytest.LogCaptureFixture
) -> None:
    running = await start_bot(admin_ids=str(ADMIN))
    standin = running.standin
    await running.ask(11, QUESTION)
    assert await context_of(running.dispatcher, running.bot.id, 11) is not None
    standin.block(11)
    caplog.clear()
    update = standin.message(11, "and what about growth?")
    await running.handled.wait(update)
    sends = [c for c in standin.calls_to("sendMessage", ok=None) if c.chat_id == 11]
    assert [c.error for c in sends[1:]] == ["Forbidden: bot was blocked by the user"], (
        "one attempt: no retry, no apology"
    )
    assert not standin.sent(ADMIN), "no admin alert"
    assert await context_of(running.dispatcher, running.bot.id, 11) is None
    mine = [r for r in caplog.records if r.name.startswith("careerbot")]
    assert len(mine) == 1 and "blocked" in mine[0].getMessage()
    assert mine[0].exc_info is None and "Traceback" not in caplog.text


# 3. Forum topics and reply threads -------------------------------------------------------------
async def test_tap_under_an_answer_in_a_plain_supergroup(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.group(-300)
    [answer] = await feeder.message(-300, f"@careerbot_test_bot {QUESTION}")
    # Telegram puts the reply into the question's reply thread: message_thread_id is set, but
    # it names no topic, and a send with it is refused.
    assert answer.result.get("message_thread_id") and not answer.result.get("is_topic_message")
    tap = standin.callback_payload(42, answer, answer.buttons()[0]["callback_data"])
    await feeder.feed("callback_query", tap)
    assert not standin.calls_to("sendMessage", ok=False), "no send was refused"
    [_, follow] = standin.sent(-300)
    assert "message_thread_id" not in follow.params
    assert "Library Technicians" in follow.text and "Sorry" not in follow.text


async def test_tap_in_a_forum_topic_answers_in_that_topic(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.forum(-400, topics=(7,))
    [answer] = await feeder.message(-400, f"@careerbot_test_bot {QUESTION}", topic=7)
    assert int(answer.params["message_thread_id"]) == 7
    tap = standin.callback_payload(42, answer, answer.buttons()[0]["callback_data"])
    await feeder.feed("callback_query", tap)
    follow = standin.sent(-400)[1]
    assert int(follow.params["message_thread_id"]) == 7


async def test_tap_in_a_forums_general_topic(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.forum(-401, topics=(7,))
    [answer] = await feeder.message(-401, f"@careerbot_test_bot {QUESTION}")
    general = {**answer.result, "message_thread_id": 1}  # General's id, never a topic message
    answer.result = general
    tap = standin.callback_payload(42, answer, answer.buttons()[0]["callback_data"])
    await feeder.feed("callback_query", tap)
    assert not standin.calls_to("sendMessage", ok=False), "no send was refused"
    [_, follow] = standin.sent(-401)
    assert "message_thread_id" not in follow.params
    assert "Library Technicians" in follow.text and "Sorry" not in follow.text


async def test_apology_in_a_forum_topic_stays_in_the_topic(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.forum(-402, topics=(9,))
    engine = feeder.dispatcher["engine"]

    def broken(*_: object, **__: object) -> object:
        raise RuntimeError("engine bug")

    original, engine.reply = engine.reply, broken
    try:
        [apology] = await feeder.message(-402, f"@careerbot_test_bot {QUESTION}", topic=9)
    finally:
        engine.reply = original
    assert "Sorry" in apology.text
    assert int(apology.params["message_thread_id"]) == 9


# 4. A group upgraded to a supergroup -----------------------------------------------------------
async def test_group_upgraded_to_supergroup_answer_resent_and_context_moved(
    start_bot: StartBot,
) -> None:
    running = await start_bot()
    standin = running.standin
    standin.basic_group(-500)
    first = await running.ask(-500, f"@careerbot_test_bot {QUESTION}")
    assert "$37,540" in first.text
    standin.migrate(-500, -100500)
    # Asked in the old group just before the upgrade: the answer goes to the new supergroup.
    update = standin.message(-500, "@careerbot_test_bot and what about growth?")
    [moved] = await standin.wait_sent(-100500)
    await running.handled.wait(update)
    assert "7.0%" in moved.text and "Library Technicians" in moved.text
    # The conversation carries on in the supergroup.
    follow = await running.ask(-100500, "@careerbot_test_bot do they need a degree?")
    assert "Library Technicians" in follow.text
    assert await context_of(running.dispatcher, running.bot.id, -500) is None


async def test_migration_notice_moves_the_context(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.basic_group(-600)
    await feeder.message(-600, f"@careerbot_test_bot {QUESTION}")
    new = standin.migrate(-600, -100600)
    await feeder.feed("message", standin.message_payload(-600, None, migrate_to_chat_id=new["id"]))
    [answer] = await feeder.message(-100600, "@careerbot_test_bot and what about growth?")
    assert "Library Technicians" in answer.text and "7.0%" in answer.text
    assert LIBRARY_TECH.replace("-", "") in str(answer.buttons())


# 6. Questions as photo or file captions --------------------------------------------------------
async def test_photo_caption_is_answered_like_text(feeder: Feeder) -> None:
    standin = feeder.standin
    before = len(standin.sent(12))
    await feeder.feed("message", standin.photo_payload(12, QUESTION))
    [answer] = standin.sent(12)[before:]
    assert "$37,540" in answer.text


async def test_caption_mentioning_the_bot_in_a_group(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.group(-700)
    await feeder.feed("message", standin.photo_payload(-700, f"@careerbot_test_bot {QUESTION}"))
    [answer] = standin.sent(-700)
    assert "$37,540" in answer.text


async def test_photo_without_caption_still_gets_the_hint(feeder: Feeder) -> None:
    standin = feeder.standin
    await feeder.feed("message", standin.photo_payload(13))
    [hint] = standin.sent(13)
    assert "only read text" in hint.text


# Operator: /privacy, /forget, and what the bot sets on start ------------------------------------
async def test_forget_deletes_the_chats_context(feeder: Feeder) -> None:
    await feeder.message(14, QUESTION)
    assert await context_of(feeder.dispatcher, feeder.bot.id, 14) is not None
    [done] = await feeder.message(14, "/forget")
    assert "deleted" in done.text
    assert await context_of(feeder.dispatcher, feeder.bot.id, 14) is None
    [answer] = await feeder.message(14, "and what about growth?")
    assert "Which career" in answer.text and "7.0%" not in answer.text, "nothing remembered"


async def test_privacy_says_what_is_stored_and_for_how_long(feeder: Feeder) -> None:
    [privacy] = await feeder.message(15, "/privacy")
    assert "What I store" in privacy.text and "restarts" in privacy.text
    assert "/forget" in privacy.text


async def test_start_up_sets_commands_description_and_short_description(
    feeder: Feeder, standin: BotAPIStandIn
) -> None:
    commands = {c["command"] for c in standin.commands}
    assert {"start", "help", "privacy", "forget"} <= commands
    assert "career" in standin.profile["description"]
    assert 0 < len(standin.profile["short_description"]) <= 120


async def test_chart_button_without_matplotlib_says_charts_are_not_installed(
    feeder: Feeder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerbot.charts_support import CHARTS_MISSING
    from careerbot.telegram.handlers import charts

    monkeypatch.setattr(charts, "charts_installed", lambda: False)
    standin = feeder.standin
    [answer] = await feeder.message(16, "registered nurse pay in texas")
    [data] = [b["callback_data"] for b in answer.buttons() if b["callback_data"].startswith("c:")]
    await feeder.feed("callback_query", standin.callback_payload(16, answer, data))
    [_, told] = standin.sent(16)
    assert told.text == CHARTS_MISSING and "not installed" in told.text
    assert not standin.photos()
