"""Webhook mode: an aiohttp app that takes Telegram's updates and serves the health checks.

Telegram's request is answered only once the update is handled: a replica killed mid-way never
acknowledged it, so Telegram delivers it again (to a live replica) instead of it being lost. The
ledger (middlewares/exactly_once.py) keeps a delivery that did complete from being answered twice.
"""

import hashlib
import json
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

from careerbot.settings import Settings
from careerbot.telegram.health import add_health_routes

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

logger = logging.getLogger(__name__)


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
    """aiogram's handler, answering Telegram only after the update is handled; a body that is
    not a JSON object gets 400 Bad Request, not a 500 with a traceback in the log (a scanner, a
    misconfigured proxy), and one that does not validate as an update gets 400 and one log line
    that quotes nothing from it (no text, no names)."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, **kwargs: Any) -> None:
        super().__init__(dispatcher, bot, handle_in_background=False, **kwargs)

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

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            update = Update.model_validate(await request.json(), context={"bot": bot})
        except ValidationError as error:
            where = sorted({".".join(str(part) for part in p["loc"]) for p in error.errors()})
            logger.warning("webhook: refused a body that is not a valid update %s", where[:5])
            return web.Response(status=400, text="the body is not a Telegram update")
        result: Any = await self.dispatcher.feed_webhook_update(bot, update, **self.data)
        return web.Response(body=self._build_response_writer(bot=bot, result=result))


def build_webhook_app(settings: Settings, bot: Bot, dispatcher: Dispatcher) -> web.Application:
    app = web.Application()
    add_health_routes(app, dispatcher.storage)
    # Dispatcher start-up/shutdown first, so shutdown drains updates before the session closes.
    setup_application(app, dispatcher, bot=bot)
    handler = UpdateRequestHandler(dispatcher, bot, secret_token=webhook_secret(settings))
    handler.register(app, path=settings.webhook_path)
    return app
