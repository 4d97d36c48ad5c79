"""Groups and supergroups: the bot speaks when spoken to (commands, @mentions, replies to it)."""

from conftest import RunningBot

GROUP = -1001234
QUESTION = "what do library technicians earn?"


async def test_silent_on_plain_group_chatter(running: RunningBot) -> None:
    standin = running.standin
    standin.group(GROUP)
    updates = [
        standin.message(GROUP, QUESTION, user_id=7),
        standin.sticker(GROUP),
        standin.message(GROUP, "/help@some_other_bot", user_id=7),
    ]
    await running.handled.wait(*updates)
    assert not standin.sent(GROUP)


async def test_answers_a_mention_without_the_mention(running: RunningBot) -> None:
    standin = running.standin
    standin.group(GROUP)
    question = standin.message_payload(GROUP, f"@careerbot_test_bot {QUESTION}", user_id=7)
    standin.push("message", question)
    [reply] = await standin.wait_sent(GROUP)
    assert "$37,540" in reply.text
    # In a group the answer quotes the question, so it is clear whom it answers.
    assert reply.params["reply_parameters"]["message_id"] == question["message_id"]


async def test_answers_a_mention_at_the_end_in_any_case(running: RunningBot) -> None:
    running.standin.group(GROUP)
    reply = await running.ask(GROUP, f"{QUESTION} @CareerBot_Test_Bot", user_id=7)
    assert "$37,540" in reply.text


async def test_answers_replies_to_its_own_messages(running: RunningBot) -> None:
    standin = running.standin
    standin.group(GROUP)
    first = await running.ask(GROUP, f"@careerbot_test_bot {QUESTION}", user_id=7)
    follow = await running.ask(GROUP, "and what about growth?", user_id=7, reply_to=first.result)
    assert "-7.0%" in follow.text and "shrink" in follow.text.lower()


async def test_ignores_replies_to_other_people(running: RunningBot) -> None:
    standin = running.standin
    standin.group(GROUP)
    someone = standin.message_payload(GROUP, "hello", user_id=8)
    await running.handled.wait(standin.message(GROUP, QUESTION, user_id=7, reply_to=someone))
    assert not standin.sent(GROUP)


async def test_answers_commands(running: RunningBot) -> None:
    running.standin.group(GROUP)
    reply = await running.ask(GROUP, "/help", user_id=7)
    assert "What you can ask" in reply.text
    addressed = await running.ask(GROUP, "/careers@careerbot_test_bot", user_id=7)
    assert "careers" in addressed.text


async def test_bare_mention_gets_help(running: RunningBot) -> None:
    running.standin.group(GROUP)
    reply = await running.ask(GROUP, "@careerbot_test_bot", user_id=7)
    assert "What you can ask" in reply.text
