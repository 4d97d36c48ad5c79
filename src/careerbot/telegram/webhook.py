"""Webhook mode: an aiohttp app that takes Telegram's updates and serves GET /healthz."""

import hashlib

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from careerbot.settings import Settings

HEALTH_PATH = "/healthz"


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram must send in X-Telegram-Bot-Api-Secret-Token.

    Without CAREERBOT_WEBHOOK_SECRET one is derived from the token, so the endpoint is never
    open and every replica derives the same value. Telegram allows [A-Za-z0-9_-], 1-256 chars.
    """
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    if settings.bot_token is None:
        raise ValueError("a webhook needs CAREERBOT_BOT_TOKEN")
    token = settings.bot_token.get_secret_value()
    return hashlib.sha256(f"careerbot-webhook:{token}".encode()).hexdigest()


async def healthz(_: web.Request) -> web.Response:
    return web.Response(text="ok")


def build_webhook_app(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> web.Application:
    app = web.Application()
    app.router.add_get(HEALTH_PATH, healthz)
    # Dispatcher start-up/shutdown first, so shutdown drains updates before the session closes.
    setup_application(app, dispatcher, bot=bot)
    handler = SimpleRequestHandler(
        dispatcher,
        bot,
        secret_token=webhook_secret(settings),
        handle_in_background=True,  # answer Telegram at once; it retries slow webhooks
    )
    handler.register(app, path=settings.webhook_path)
    return app
