"""The Bot, the Dispatcher and their start-up: what `careerbot run` builds, and what the tests
and the benchmark run against a stand-in Bot API server."""

import logging
import time
from collections.abc import Callable
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import BotCommand, LinkPreviewOptions

from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram import texts
from careerbot.telegram.handlers import get_routers
from careerbot.telegram.middlewares import (
    ConversationMiddleware,
    FloodControl,
    FloodMiddleware,
    InFlight,
)
from careerbot.telegram.migration import ChatMigrations
from careerbot.telegram.redaction import install_redaction
from careerbot.telegram.retry import RetryPolicy, RetryRequests
from careerbot.telegram.storage import make_storage

logger = logging.getLogger(__name__)

REQUEST_TIMEOUT = 30.0
SHUTDOWN_GRACE = 5.0  # seconds to let updates being answered finish on SIGTERM
# Updates handled at once when polling; beyond it polling waits, so a burst is back-pressured
# at Telegram (which keeps the updates) instead of piling up as tasks in memory.
MAX_CONCURRENT_UPDATES = 100


def build_bot(
    settings: Settings,
    *,
    retry: RetryPolicy | None = None,
    request_timeout: float = REQUEST_TIMEOUT,
) -> Bot:
    """The Bot `careerbot run` uses: HTML by default, retried requests, redacted logs.
    Raises MissingTokenError (a SettingsError) without CAREERBOT_BOT_TOKEN."""
    token = settings.token()
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    install_redaction(token, secret)  # before anything can log a URL
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=request_timeout
    )
    session.middleware(RetryRequests(retry))
    defaults = DefaultBotProperties(
        parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
    )
    return Bot(token=token, session=session, default=defaults)


def build_dispatcher(
    settings: Settings,
    engine: Engine,
    storage: BaseStorage | None = None,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> Dispatcher:
    """The root router with every feature router, middlewares and shared objects.

    Context is kept per chat (FSMStrategy.CHAT): in a group, the conversation is the group's.
    `clock` (seconds) times flood control; tests pass one they can move.
    """
    inflight = InFlight()
    dispatcher = Dispatcher(
        migrations=ChatMigrations(),
        storage=storage if storage is not None else make_storage(settings.storage_url),
        fsm_strategy=FSMStrategy.CHAT,
        engine=engine,
        settings=settings,
        inflight=inflight,
    )
    dispatcher.update.outer_middleware(inflight)
    flood = FloodMiddleware(FloodControl(settings.flood_rate, settings.flood_window, clock))
    conversation = ConversationMiddleware()
    for observer in (dispatcher.message, dispatcher.callback_query):
        observer.middleware(flood)  # inner: only messages a handler will answer count
        observer.middleware(conversation)
    dispatcher.include_routers(*get_routers())
    dispatcher.startup.register(on_startup)
    dispatcher.shutdown.register(on_shutdown)
    return dispatcher


async def on_startup(bot: Bot, migrations: ChatMigrations) -> None:
    """Before the first update: what the user sees of the bot in Telegram's menus and profile."""
    migrations.install(bot)
    me = await bot.me()
    commands = [BotCommand(command=name, description=text) for name, text in texts.COMMANDS.items()]
    await bot.set_my_commands(commands)
    await bot.set_my_description(texts.DESCRIPTION)
    await bot.set_my_short_description(texts.SHORT_DESCRIPTION)
    logger.info("careerbot is up as @%s", me.username)


async def on_shutdown(inflight: InFlight, **_: Any) -> None:
    await inflight.drain(SHUTDOWN_GRACE)
