"""`careerbot run [--webhook]`: start the bot, stop cleanly on SIGTERM/SIGINT.

Imported only once the CLI knows it is running the bot, so other commands never import aiogram.
"""

import asyncio
import gc
import logging
import signal
import sys
from collections.abc import Callable
from contextlib import suppress

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramUnauthorizedError
from aiohttp import web

from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram.bot import build_bot, build_dispatcher, build_poller, build_stores
from careerbot.telegram.redaction import install_redaction, redact
from careerbot.telegram.storage import StorageConfigError
from careerbot.telegram.webhook import build_webhook_app, webhook_secret

logger = logging.getLogger("careerbot.telegram")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
GC_YOUNG_THRESHOLD = 50_000


def run(settings: Settings, webhook: bool) -> int:
    """Run the bot until it is told to stop; return the process exit code."""
    if settings.bot_token is None:
        print("careerbot: CAREERBOT_BOT_TOKEN is not set (try `careerbot chat`)", file=sys.stderr)
        return EXIT_USAGE
    if webhook and not settings.webhook_url:
        print("careerbot: --webhook needs CAREERBOT_WEBHOOK_URL", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings)
    engine = Engine.from_settings(settings)  # CatalogError is reported by the CLI
    tune_gc()
    try:
        return asyncio.run(serve_webhook(settings, engine) if webhook else poll(settings, engine))
    except StorageConfigError as error:
        print(f"careerbot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except TelegramUnauthorizedError:
        print("careerbot: Telegram rejected CAREERBOT_BOT_TOKEN (Unauthorized)", file=sys.stderr)
        return EXIT_USAGE
    except (KeyboardInterrupt, asyncio.CancelledError):  # stopped while still starting up
        return EXIT_OK
    except Exception as error:  # logged through the redacting logger, never raw to stderr
        logger.critical("stopped: %s: %s", type(error).__name__, error, exc_info=error)
        return EXIT_FAILED


def tune_gc() -> None:
    """Call once the catalogue is loaded. Two measured changes (benchmarks/
    telegram_throughput.py): the catalogue and its indexes are large and never change, so they
    are frozen out of the cyclic collector's sight instead of being re-scanned by every full
    collection; and handling a message allocates many short-lived objects, so young collections
    run every GC_YOUNG_THRESHOLD allocations instead of every 700. Together they cut CPU per
    message by about a third; acyclic garbage is still freed at once by reference counting."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 100)


def configure_logging(settings: Settings) -> None:
    token = settings.bot_token.get_secret_value() if settings.bot_token else None
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    install_redaction(token, secret)
    level = logging.getLevelName(settings.log_level.upper())
    logging.basicConfig(
        level=level if isinstance(level, int) else logging.INFO, format=LOG_FORMAT, force=True
    )
    logging.captureWarnings(True)  # warnings (e.g. unclosed sessions) go through redaction too


def stop_on_signals(stop: Callable[[], object]) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError):  # Windows has no add_signal_handler
            loop.add_signal_handler(sig, stop)


async def poll(settings: Settings, engine: Engine) -> int:
    # Until polling runs (and installs aiogram's own handlers), a signal cancels start-up.
    main = asyncio.current_task()
    assert main is not None
    stop_on_signals(main.cancel)
    stores = build_stores(settings)
    bot = build_bot(settings, stores)
    dispatcher = build_dispatcher(settings, engine, stores)
    try:
        # A webhook left over from webhook mode would make getUpdates fail with 409 Conflict.
        await bot.delete_webhook(drop_pending_updates=False)
        poller = build_poller(settings, bot, dispatcher, stores)
        # From here a signal stops polling cleanly: drain, confirm the offset, exit.
        stop_on_signals(poller.stop)
        await poller.run()
    finally:
        await bot.session.close()
        await stores.close()
    return EXIT_OK


async def serve_webhook(settings: Settings, engine: Engine) -> int:
    stores = build_stores(settings)
    bot = build_bot(settings, stores)
    dispatcher = build_dispatcher(settings, engine, stores)
    app = build_webhook_app(settings, bot, dispatcher)
    stop = asyncio.Event()
    stop_on_signals(stop.set)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()
        registering = asyncio.create_task(register_webhook(bot, dispatcher, settings))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({registering, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not registering.done():  # told to stop while Telegram was still unreachable
            registering.cancel()
            return EXIT_OK
        registering.result()  # raises if setWebhook failed for good
        logger.info(
            "serving the webhook on %s:%d%s",
            settings.webhook_host,
            settings.webhook_port,
            settings.webhook_path,
        )
        await stopping
        logger.info("stopping")
    finally:
        await runner.cleanup()  # runs the dispatcher shutdown and closes the bot session
        await stores.close()
    return EXIT_OK


async def register_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    assert settings.webhook_url is not None
    try:
        await bot.set_webhook(
            url=settings.webhook_url,
            secret_token=webhook_secret(settings),
            allowed_updates=dispatcher.resolve_used_update_types(),
        )
    except TelegramAPIError as error:
        raise RuntimeError(f"setWebhook failed: {redact(error.message)}") from None
