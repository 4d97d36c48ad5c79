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
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import BotCommand, LinkPreviewOptions

from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram import texts
from careerbot.telegram.handlers import get_routers
from careerbot.telegram.handlers.charts import ChartSlots
from careerbot.telegram.middlewares import (
    ConversationMiddleware,
    ExactlyOnce,
    FloodControl,
    FloodMiddleware,
    InFlight,
)
from careerbot.telegram.middlewares.taps import TapAnswers
from careerbot.telegram.migration import ChatMigrations
from careerbot.telegram.outbound import Bucket, OutboundScheduler, SendLimits
from careerbot.telegram.polling import Poller
from careerbot.telegram.redaction import install_redaction
from careerbot.telegram.retry import RetryPolicy, RetryRequests
from careerbot.telegram.storage import Stores, make_stores

logger = logging.getLogger(__name__)

REQUEST_TIMEOUT = 30.0
SHUTDOWN_GRACE = 5.0  # seconds to let updates being answered finish on SIGTERM
# Updates handled at once by the bare echo bot of the benchmarks (careerbot's own polling uses
# CAREERBOT_MAX_PENDING_UPDATES).
MAX_CONCURRENT_UPDATES = 100


def send_limits(settings: Settings) -> SendLimits:
    return SendLimits(
        overall=Bucket(settings.send_rate),
        private=Bucket(settings.send_rate_private, settings.send_burst_private),
        group=Bucket(settings.send_rate_group / 60.0, settings.send_burst_group),
    )


def build_stores(settings: Settings) -> Stores:
    """Conversation storage, chat locks, send budget and update ledger for CAREERBOT_STORAGE_URL
    (keys per bot: the token's digits). Raises StorageConfigError, MissingTokenError."""
    return make_stores(
        settings.storage_url,
        ttl=settings.conversation_ttl,
        window=settings.update_window,
        bot_id=int(settings.token().split(":", 1)[0]),
    )


def build_bot(
    settings: Settings,
    stores: Stores,
    *,
    retry: RetryPolicy | None = None,
    request_timeout: float = REQUEST_TIMEOUT,
) -> Bot:
    """The Bot `careerbot run` uses: HTML by default, retried requests, redacted logs, sends
    paced by the outbound scheduler on `stores`' budget (outbound.py).
    Raises MissingTokenError (a SettingsError) without CAREERBOT_BOT_TOKEN."""
    token = settings.token()
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    install_redaction(token, secret)  # before anything can log a URL
    session = AiohttpSession(
        api=TelegramAPIServer.from_base(settings.telegram_api_url), timeout=request_timeout
    )
    scheduler = OutboundScheduler(send_limits(settings), stores.limiter)
    session.middleware(RetryRequests(retry, scheduler))
    defaults = DefaultBotProperties(
        parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
    )
    return Bot(token=token, session=session, default=defaults)


def build_dispatcher(
    settings: Settings,
    engine: Engine,
    stores: Stores,
    *,
    clock: Callable[[], float] = time.monotonic,
) -> Dispatcher:
    """The root router with every feature router, middlewares and shared objects.

    Context is kept per chat (FSMStrategy.CHAT): in a group, the conversation is the group's.
    One update of a chat is handled at a time (event isolation: in Redis across replicas), and
    inside that lock each update is answered at most once (ExactlyOnce).
    `clock` (seconds) times flood control; tests pass one they can move.
    """
    inflight = InFlight()
    dispatcher = Dispatcher(
        migrations=ChatMigrations(),
        storage=stores.storage,
        events_isolation=stores.isolation,
        fsm_strategy=FSMStrategy.CHAT,
        engine=engine,
        settings=settings,
        inflight=inflight,
        stores=stores,
        chart_slots=ChartSlots(),
    )
    dispatcher.update.outer_middleware(inflight)
    # Registered after aiogram's FSM middleware, so it runs inside the chat's lock.
    dispatcher.update.outer_middleware(ExactlyOnce(stores.ledger))
    flood = FloodMiddleware(FloodControl(settings.flood_rate, settings.flood_window, clock))
    conversation = ConversationMiddleware()
    for observer in (dispatcher.message, dispatcher.callback_query):
        observer.middleware(flood)  # inner: only messages a handler will answer count
        if observer is dispatcher.callback_query:
            observer.middleware(TapAnswers())  # after flood, which answers refused taps itself
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


def build_poller(
    settings: Settings, bot: Bot, dispatcher: Dispatcher, stores: Stores, **options: Any
) -> Poller:
    options.setdefault("grace", SHUTDOWN_GRACE)
    return Poller(
        dispatcher, bot, stores.ledger, max_pending=settings.max_pending_updates, **options
    )
