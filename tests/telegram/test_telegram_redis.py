"""Conversation context in Redis: a second replica (or a restarted bot) carries on the same
conversation. Runs against a real redis-server on loopback; skips where none is installed."""

import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import LIBRARY_TECH, StartBot

USER = 3003
REDIS = shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    if REDIS is None:
        pytest.skip("redis-server is not installed (.ci/run installs it from Debian)")
    pytest.importorskip("redis")
    port = _free_port()
    server = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert server.stdout is not None
    try:
        # Wait for redis-server to say it listens (or to exit: its output then ends).
        for line in server.stdout:
            if "Ready to accept connections" in line:
                break
        else:
            pytest.fail("redis-server exited at start")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(5)
        server.stdout.close()


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
