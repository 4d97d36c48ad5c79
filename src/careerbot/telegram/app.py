"""`careerbot run [--webhook]`: start the bot, stop cleanly on SIGTERM/SIGINT.

Imported only once the CLI knows it is running the bot, so other commands never import aiogram.
"""

import asyncio
import gc
import logging
import signal
import sys
from collections.abc import Callable
from contextlib import AsyncExitStack, suppress

from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramAPIError, TelegramUnauthorizedError
from aiohttp import web

from careerbot.catalog import CatalogError
from careerbot.engine import Engine
from careerbot.exit_codes import ExitCode
from careerbot.logs import configure_logging
from careerbot.settings import Settings
from careerbot.telegram.bot import build_bot, build_dispatcher, build_poller, build_stores
from careerbot.telegram.health import start_health_server
from careerbot.telegram.redaction import redact
from careerbot.telegram.storage import (
    StorageConfigError,
    StorageUnavailable,
    check_storage,
)
from careerbot.telegram.webhook import build_webhook_app, webhook_secret

logger = logging.getLogger("careerbot.telegram")

GC_YOUNG_THRESHOLD = 50_000


def run(settings: Settings, webhook: bool) -> int:
    """Run the bot until it is told to stop; return the process exit code (ExitCode).

    MissingTokenError (a SettingsError) and CatalogError are left to the CLI to report."""
    settings.token()
    if webhook and not settings.webhook_url:
        print("careerbot: --webhook needs CAREERBOT_WEBHOOK_URL", file=sys.stderr)
        return ExitCode.USAGE
    configure_logging(settings)
    try:
        return asyncio.run(serve_webhook(settings) if webhook else poll(settings))
    except StorageConfigError as error:
        print(f"careerbot: {error}", file=sys.stderr)
        return ExitCode.USAGE
    except StorageUnavailable as error:
        print(f"careerbot: {error}", file=sys.stderr)
        return ExitCode.FAILED
    except TelegramUnauthorizedError:
        print("careerbot: Telegram rejected CAREERBOT_BOT_TOKEN (Unauthorized)", file=sys.stderr)
        return ExitCode.USAGE
    except OSError as error:  # the health or webhook port is taken, say
        print(f"careerbot: {redact(str(error))}", file=sys.stderr)
        return ExitCode.FAILED
    except (KeyboardInterrupt, asyncio.CancelledError):  # stopped while still starting up
        return ExitCode.OK
    except CatalogError:  # reported by the CLI, file by file
        raise
    except Exception as error:  # logged through the redacting logger, never raw to stderr
        logger.critical("stopped: %s: %s", type(error).__name__, error, exc_info=error)
        return ExitCode.FAILED


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


def stop_on_signals(stop: Callable[[], object]) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with suppress(NotImplementedError):  # Windows has no add_signal_handler
            loop.add_signal_handler(sig, stop)


def load_engine(settings: Settings) -> Engine:
    """The engine, loaded after the storage answered (a few seconds of CPU not wasted on a
    start that is bound to fail)."""
    engine = Engine.from_settings(settings)  # CatalogError is reported by the CLI
    engine.warm()  # profiles and indexes now, not on some user's first question
    tune_gc()
    return engine


async def poll(settings: Settings) -> int:
    # Until polling runs (and installs aiogram's own handlers), a signal cancels start-up.
    main = asyncio.current_task()
    assert main is not None
    stop_on_signals(main.cancel)
    stores = build_stores(settings)
    async with AsyncExitStack() as cleanup:
        cleanup.push_async_callback(stores.close)
        await check_storage(stores.storage)  # one clear line now, not an apology per message
        bot = build_bot(settings, stores)
        cleanup.push_async_callback(bot.session.close)
        dispatcher = build_dispatcher(settings, load_engine(settings), stores)
        if settings.health_port:
            health = await start_health_server(
                settings.webhook_host, settings.health_port, dispatcher.storage
            )
            cleanup.push_async_callback(health.cleanup)
        # A webhook left over from webhook mode would make getUpdates fail with 409 Conflict.
        await bot.delete_webhook(drop_pending_updates=settings.drop_pending_updates)
        poller = build_poller(settings, bot, dispatcher, stores)
        # From here a signal stops polling cleanly: drain, confirm the offset, exit.
        stop_on_signals(poller.stop)
        await poller.run()
    return ExitCode.OK


async def serve_webhook(settings: Settings) -> int:
    stop = asyncio.Event()
    stop_on_signals(stop.set)
    stores = build_stores(settings)
    async with AsyncExitStack() as cleanup:
        cleanup.push_async_callback(stores.close)
        await check_storage(stores.storage)
        bot = build_bot(settings, stores)
        dispatcher = build_dispatcher(settings, load_engine(settings), stores)
        app = build_webhook_app(settings, bot, dispatcher)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0, handle_signals=False)
        await runner.setup()
        # Runs the dispatcher shutdown (draining updates) and closes the bot session.
        cleanup.push_async_callback(runner.cleanup)
        await web.TCPSite(runner, settings.webhook_host, settings.webhook_port).start()
        if settings.health_port and settings.health_port != settings.webhook_port:
            health = await start_health_server(
                settings.webhook_host, settings.health_port, dispatcher.storage
            )
            cleanup.push_async_callback(health.cleanup)
        registering = asyncio.create_task(register_webhook(bot, dispatcher, settings))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({registering, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not registering.done():  # told to stop while Telegram was still unreachable
            registering.cancel()
            return ExitCode.OK
        registering.result()  # raises if setWebhook failed for good
        logger.info(
            "serving the webhook on %s:%d%s",
            settings.webhook_host,
            settings.webhook_port,
            settings.webhook_path,
        )
        await stopping
        logger.info("stopping")
    return ExitCode.OK


async def register_webhook(bot: Bot, dispatcher: Dispatcher, settings: Settings) -> None:
    assert settings.webhook_url is not None
    try:
        await bot.set_webhook(
            url=settings.webhook_url,
            secret_token=webhook_secret(settings),
            allowed_updates=dispatcher.resolve_used_update_types(),
            drop_pending_updates=settings.drop_pending_updates,
        )
    except TelegramAPIError as error:
        raise RuntimeError(f"setWebhook failed: {redact(error.message)}") from None
