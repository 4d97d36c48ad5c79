"""Holding up: 429s, 5xx, proxy error pages and hung requests are retried so that every update
is answered exactly once; getUpdates failures are ridden out by aiogram's polling backoff."""

from collections import Counter

from standin import Fault

from careerbot.telegram.retry import RetryPolicy
from conftest import StartBot

QUESTION = "what do library technicians earn?"


async def test_every_message_answered_exactly_once_through_faults(start_bot: StartBot) -> None:
    running = await start_bot(request_timeout=0.5)
    standin = running.standin
    standin.fail(
        "sendMessage",
        Fault.flood(retry_after=1),
        Fault.server_error(),
        Fault.bad_gateway(),
        Fault.hang(1.0),  # longer than the 0.5 s request timeout: the client gives up
        Fault.server_error(),
    )
    standin.fail("getUpdates", Fault.server_error())
    chats = list(range(2001, 2021))
    updates = [standin.message(chat, QUESTION) for chat in chats]
    await running.handled.wait(*updates, timeout=15)
    answered = Counter(call.chat_id for call in standin.sent())
    assert answered == Counter(chats), "each chat answered exactly once"
    assert all("$37,540" in call.text for call in standin.sent())
    # The hung request is recorded when the stand-in drops it, after the client gave up on it.
    await standin.wait_for(
        lambda: len(standin.calls_to("sendMessage", ok=False)) == 5, what="five failed attempts"
    )
    assert not standin.faults["sendmessage"], "every injected fault was met"


async def test_callback_answers_are_retried_too(start_bot: StartBot) -> None:
    running = await start_bot()
    standin = running.standin
    reply = await running.ask(1, QUESTION)
    standin.fail("answerCallbackQuery", Fault.flood(retry_after=1), Fault.server_error())
    _, query_id = standin.callback(1, reply, reply.buttons()[0]["callback_data"])
    await standin.wait_sent(1, 2, timeout=10)
    answers = standin.calls_to("answerCallbackQuery")
    assert [c.params["callback_query_id"] for c in answers] == [query_id]


async def test_gives_up_after_bounded_attempts_and_keeps_running(start_bot: StartBot) -> None:
    running = await start_bot(retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02))
    standin = running.standin
    # The answer and then the apology each fail three times: nothing is sent for that message...
    standin.fail("sendMessage", *[Fault.server_error()] * 6)
    standin.message(1, QUESTION)
    await standin.wait_for(lambda: not standin.faults["sendmessage"], what="the faults")
    # ...and the next message is answered normally.
    reply = await running.ask(2, QUESTION)
    assert "$37,540" in reply.text
    assert not running.task.done()
