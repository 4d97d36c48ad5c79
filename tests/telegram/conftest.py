"""Fixtures for the Telegram adapter: a Bot API stand-in on loopback and the real bot polling it.

The bot is the same Bot and Dispatcher `careerbot run` builds (`build_bot`, `build_dispatcher`),
pointed at the stand-in through CAREERBOT_TELEGRAM_API_URL's setting.
"""

import asyncio
import logging
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from standin import BotAPIStandIn, Call

from careerbot.engine import Engine
from careerbot.settings import Settings, load_settings
from careerbot.telegram.bot import build_bot, build_dispatcher, build_poller, build_stores
from careerbot.telegram.polling import Poller
from careerbot.telegram.retry import RetryPolicy

# Well-formed but fake: digits, a colon, 35 token characters.
TOKEN = "123456789:AAHfakeTokenForTestsOnlyXyZ0123456789"
LIBRARY_TECH = "25-4031"
FAST_RETRY = RetryPolicy(attempts=5, base_delay=0.05, max_delay=0.2)
REDIS = shutil.which("redis-server")


@pytest.fixture(autouse=True)
def token_never_logged(caplog: pytest.LogCaptureFixture) -> object:
    """Every test in this folder also checks that the token never reached a log record."""
    caplog.set_level(logging.INFO)
    yield
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


@pytest.fixture
async def standin() -> AsyncIterator[BotAPIStandIn]:
    server = BotAPIStandIn(TOKEN)
    await server.start()
    yield server
    await server.close()


def make_settings(standin: BotAPIStandIn, **overrides: Any) -> Settings:
    return load_settings(bot_token=TOKEN, telegram_api_url=standin.url, **overrides)


@dataclass
class RunningBot:
    standin: BotAPIStandIn
    bot: Bot
    dispatcher: Dispatcher
    poller: Poller
    task: "asyncio.Task[None]"

    async def ask(self, chat_id: int, text: str, **options: Any) -> Call:
        """Send a message and return the first new message the bot sends to that chat."""
        before = len(self.standin.sent(chat_id))
        self.standin.message(chat_id, text, **options)
        sent = await self.standin.wait_sent(chat_id, before + 1)
        return sent[before]

    async def stop(self) -> None:
        if self.task.done():
            self.task.result()  # re-raise a crash
            return
        self.poller.stop()
        await asyncio.wait_for(self.task, 10)
        await self.dispatcher["stores"].close()
        # AiohttpSession.close() sleeps 0.25 s for TLS connections to wind down; there is no TLS
        # on loopback, so close the underlying aiohttp session directly and keep tests quick.
        client = self.bot.session._session  # type: ignore[attr-defined]
        if client is not None:
            await client.close()


StartBot = Callable[..., Awaitable[RunningBot]]


@pytest.fixture
async def start_bot(standin: BotAPIStandIn, engine: Engine) -> AsyncIterator[StartBot]:
    """Start the real bot polling the stand-in; keyword arguments override settings."""
    running: list[RunningBot] = []

    async def start(
        *,
        retry: RetryPolicy = FAST_RETRY,
        request_timeout: float = 5.0,
        grace: float = 5.0,
        **overrides: Any,
    ) -> RunningBot:
        settings = make_settings(standin, **overrides)
        stores = build_stores(settings)
        bot = build_bot(settings, stores, retry=retry, request_timeout=request_timeout)
        dispatcher = build_dispatcher(settings, engine, stores)
        await bot.delete_webhook()
        poller = build_poller(settings, bot, dispatcher, stores, polling_timeout=5, grace=grace)
        task = asyncio.create_task(poller.run())
        runner = RunningBot(standin, bot, dispatcher, poller, task)
        running.append(runner)
        await standin.wait_for(lambda: standin.counts.get("getUpdates"), what="polling")
        return runner

    yield start
    for runner in running:
        await runner.stop()


@pytest.fixture
async def running(start_bot: StartBot) -> RunningBot:
    return await start_bot()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A real redis-server on a free loopback port for this test; skips where none is installed."""
    if REDIS is None:
        pytest.skip("redis-server is not installed (.ci/run installs it from Debian)")
    pytest.importorskip("redis")
    port = _free_port()
    server = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for _ in range(100):  # up to 5 s for it to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.05).close()
                break
            except OSError:
                server.poll()
                if server.returncode is not None:
                    pytest.fail("redis-server exited at start")
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(5)
