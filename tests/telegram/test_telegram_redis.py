"""Conversation context in Redis: a second replica (or a restarted bot) carries on the same
conversation. Runs against a real redis-server on loopback; skips where none is installed."""

from conftest import LIBRARY_TECH, StartBot

USER = 3003


async def test_a_second_replica_continues_the_conversation(
    start_bot: StartBot, redis_url: str
) -> None:
    first = await start_bot(storage_url=redis_url)
    reply = await first.ask(USER, "what do library technicians earn?")
    assert "$37,540" in reply.text
    await first.stop()

    second = await start_bot(storage_url=redis_url)  # a new process would see the same Redis
    follow_up = await second.ask(USER, "and what about growth?")
    assert "Library Technicians and Assistants" in follow_up.text
    assert "7.0%" in follow_up.text
    assert LIBRARY_TECH.replace("-", "") in str(follow_up.buttons())
