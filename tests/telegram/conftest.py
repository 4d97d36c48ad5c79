"""Fixtures for the Telegram adapter: a Bot API stand-in on loopback, and the real bot either
polling it (`start_bot`: end to end) or fed updates directly (`feeder`: Dispatcher.feed_update,
for handler behaviour where polling is not the point; the Bot API calls still go to the stand-in).

The bot is the same Bot and Dispatcher `careerbot run` builds (`build_bot`, `build_dispatcher`),
pointed at the stand-in through CAREERBOT_TELEGRAM_API_URL's setting.

No test sleeps: "nothing was sent" is asserted once the update is known to be handled
(`Handled.wait`), never after a fixed pause.
"""

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from aiogram import Bot, Dispatcher
from aiogram.types import Update
from standin import BotAPIStandIn, Call

from careerbot.engine import Engine
from careerbot.settings import Settings, load_settings
from careerbot.telegram.bot import MAX_CONCURRENT_UPDATES, build_bot, build_dispatcher
from careerbot.telegram.retry import RetryPolicy

# Well-formed but fake: digits, a colon, 35 token characters.
TOKEN = "123456789:AAHfakeTokenForTestsOnlyXyZ0123456789"
LIBRARY_TECH = "25-4031"
FAST_RETRY = RetryPolicy(attempts=5, base_delay=0.05, max_delay=0.2)


class FakeClock:
    """A monotonic clock that moves only when a test says so (flood-control windows)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


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


class Handled:
    """The update ids a dispatcher has finished handling, error handlers included: wraps
    `Dispatcher.feed_update`, which polling and the webhook both call for every update."""

    def __init__(self, dispatcher: Dispatcher, standin: BotAPIStandIn) -> None:
        self.ids: set[int] = set()
        self.standin = standin
        feed = dispatcher.feed_update

        async def tracked(bot: Bot, update: Update, **kwargs: Any) -> Any:
            try:
                return await feed(bot, update, **kwargs)
            finally:
                self.ids.add(update.update_id)
                standin.notify()

        dispatcher.feed_update = tracked  # type: ignore[method-assign]

    async def wait(self, *update_ids: int, timeout: float = 5.0) -> None:
        await self.standin.wait_for(
            lambda: set(update_ids) <= self.ids, timeout, f"update(s) {update_ids} handled"
        )


@dataclass
class RunningBot:
    standin: BotAPIStandIn
    bot: Bot
    dispatcher: Dispatcher
    task: "asyncio.Task[None]"
    handled: Handled

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
        await self.dispatcher.stop_polling()
        await asyncio.wait_for(self.task, 10)
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
        clock: Callable[[], float] = time.monotonic,
        **overrides: Any,
    ) -> RunningBot:
        settings = make_settings(standin, **overrides)
        bot = build_bot(settings, retry=retry, request_timeout=request_timeout)
        dispatcher = build_dispatcher(settings, engine, clock=clock)
        handled = Handled(dispatcher, standin)
        await bot.delete_webhook()
        task = asyncio.create_task(
            dispatcher.start_polling(
                bot,
                handle_signals=False,
                polling_timeout=5,
                close_bot_session=False,
                tasks_concurrency_limit=MAX_CONCURRENT_UPDATES,
            )
        )
        runner = RunningBot(standin, bot, dispatcher, task, handled)
        running.append(runner)
        await standin.wait_for(lambda: standin.counts.get("getUpdates"), what="polling")
        return runner

    yield start
    for runner in running:
        await runner.stop()


@pytest.fixture
async def running(start_bot: StartBot) -> RunningBot:
    return await start_bot()


@dataclass
class Feeder:
    """The bot's dispatcher without polling: `feed` returns once the update is handled."""

    standin: BotAPIStandIn
    bot: Bot
    dispatcher: Dispatcher

    async def feed(self, kind: str, payload: dict[str, Any]) -> None:
        raw = self.standin.update(kind, payload)
        update = Update.model_validate(raw, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)

    async def message(self, chat_id: int, text: str | None = None, **options: Any) -> list[Call]:
        """Feed a message; return what the bot sent to that chat while handling it."""
        before = len(self.standin.sent(chat_id))
        await self.feed("message", self.standin.message_payload(chat_id, text, **options))
        return self.standin.sent(chat_id)[before:]


@pytest.fixture
async def feeder(standin: BotAPIStandIn, engine: Engine) -> AsyncIterator[Feeder]:
    settings = make_settings(standin)
    bot = build_bot(settings, retry=FAST_RETRY, request_timeout=5.0)
    dispatcher = build_dispatcher(settings, engine)
    await dispatcher.emit_startup(bot=bot, **dispatcher.workflow_data)
    yield Feeder(standin, bot, dispatcher)
    await dispatcher.emit_shutdown(bot=bot, **dispatcher.workflow_data)
    await dispatcher.storage.close()
    client = bot.session._session  # type: ignore[attr-defined]
    if client is not None:
        await client.close()
