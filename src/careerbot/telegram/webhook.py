"""Webhook mode: an aiohttp app that takes Telegram's updates and serves the health checks."""

import hashlib
import json

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from careerbot.settings import Settings
from careerbot.telegram.health import add_health_routes

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram must send in X-Telegram-Bot-Api-Secret-Token.

    Without CAREERBOT_WEBHOOK_SECRET one is derived from the token, so the endpoint is never
    open and every replica derives the same value. Telegram allows [A-Za-z0-9_-], 1-256 chars
    (a configured secret is checked when settings load). MissingTokenError without a token.
    """
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    token = settings.token()
    return hashlib.sha256(f"careerbot-webhook:{token}".encode()).hexdigest()


class UpdateRequestHandler(SimpleRequestHandler):
    """aiogram's handler, but a body that is not a JSON object gets 400 Bad Request, not a 500
    with a traceback in the log (a scanner, a misconfigured proxy)."""

    async def handle(self, request: web.Request) -> web.Response:
        bot = await self.resolve_bot(request)
        if not self.verify_secret(request.headers.get(SECRET_HEADER, ""), bot):
            return web.Response(body="Unauthorized", status=401)
        try:
            update = json.loads(await request.read())
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="the body is not JSON")
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return web.Response(status=400, text="the body is not a Telegram update")
        return await super().handle(request)

    __call__ = handle


def build_webhook_app(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> web.Application:
    app = web.Application()
    add_health_routes(app, dispatcher.storage)
    # Dispatcher start-up/shutdown first, so shutdown drains updates before the session closes.
    setup_application(app, dispatcher, bot=bot)
    handler = UpdateRequestHandler(
        dispatcher,
        bot,
        secret_token=webhook_secret(settings),
        handle_in_background=True,  # answer Telegram at once; it retries slow webhooks
    )
    handler.register(app, path=settings.webhook_path)
    return app
