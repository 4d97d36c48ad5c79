"""Groups and supergroups: the bot speaks when spoken to (commands, @mentions, replies to it).

Driven through Dispatcher.feed_update (the `feeder` fixture): what matters here is which
messages the handlers answer, not polling; `feed` returns once the update is handled, so
"nothing was sent" is checked after the fact, not after a pause."""

from conftest import Feeder

GROUP = -1001234
QUESTION = "what do library technicians earn?"


async def test_silent_on_plain_group_chatter(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.group(GROUP)
    await feeder.message(GROUP, QUESTION, user_id=7)
    await feeder.feed("message", standin.sticker_payload(GROUP))
    await feeder.message(GROUP, "/help@some_other_bot", user_id=7)
    assert not standin.calls_to("sendMessage", ok=None)


async def test_answers_a_mention_without_the_mention(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.group(GROUP)
    question = standin.message_payload(GROUP, f"@careerbot_test_bot {QUESTION}", user_id=7)
    await feeder.feed("message", question)
    [reply] = standin.sent(GROUP)
    assert "$37,540" in reply.text
    # In a group the answer quotes the question, so it is clear whom it answers.
    assert reply.params["reply_parameters"]["message_id"] == question["message_id"]


async def test_answers_a_mention_at_the_end_in_any_case(feeder: Feeder) -> None:
    feeder.standin.group(GROUP)
    [reply] = await feeder.message(GROUP, f"{QUESTION} @CareerBot_Test_Bot", user_id=7)
    assert "$37,540" in reply.text


async def test_answers_replies_to_its_own_messages(feeder: Feeder) -> None:
    feeder.standin.group(GROUP)
    [first] = await feeder.message(GROUP, f"@careerbot_test_bot {QUESTION}", user_id=7)
    [follow] = await feeder.message(
        GROUP, "and what about growth?", user_id=7, reply_to=first.result
    )
    assert "-7.0%" in follow.text and "shrink" in follow.text.lower()


async def test_ignores_replies_to_other_people(feeder: Feeder) -> None:
    standin = feeder.standin
    standin.group(GROUP)
    someone = standin.message_payload(GROUP, "hello", user_id=8)
    assert await feeder.message(GROUP, QUESTION, user_id=7, reply_to=someone) == []
    assert not standin.calls_to("sendMessage", ok=None)


async def test_answers_commands(feeder: Feeder) -> None:
    feeder.standin.group(GROUP)
    [reply] = await feeder.message(GROUP, "/help", user_id=7)
    assert "What you can ask" in reply.text
    [addressed] = await feeder.message(GROUP, "/careers@careerbot_test_bot", user_id=7)
    assert "careers" in addressed.text


async def test_bare_mention_gets_help(feeder: Feeder) -> None:
    feeder.standin.group(GROUP)
    [reply] = await feeder.message(GROUP, "@careerbot_test_bot", user_id=7)
    assert "What you can ask" in reply.text
