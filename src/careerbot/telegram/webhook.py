"""Webhook mode: an aiohttp app that takes Telegram's updates and serves GET /healthz.

Telegram's request is answered only once the update is handled: a replica killed mid-way never
acknowledged it, so Telegram delivers it again (to a live replica) instead of it being lost. The
ledger (middlewares/exactly_once.py) keeps a delivery that did complete from being answered twice.
"""

import hashlib
import logging
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.types import Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web
from pydantic import ValidationError

from careerbot.settings import Settings

HEALTH_PATH = "/healthz"

logger = logging.getLogger(__name__)


class AckAfterHandling(SimpleRequestHandler):
    """aiogram's handler, answering after the update is handled; a body that is not an update
    gets 400 and one log line that quotes nothing from it (no text, no names)."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, **kwargs: Any) -> None:
        super().__init__(dispatcher, bot, handle_in_background=False, **kwargs)

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            body = await request.json(loads=bot.session.json_loads)
            update = Update.model_validate(body, context={"bot": bot})
        except (ValueError, ValidationError) as error:
            problems = error.errors() if isinstance(error, ValidationError) else []
            where = sorted({".".join(str(part) for part in p["loc"]) for p in problems})[:5]
            kind = "not a valid update" if problems else "not JSON"
            logger.warning("webhook: refused a body that is %s %s", kind, where or "")
            return web.Response(status=400, text="not an update")
        result: Any = await self.dispatcher.feed_webhook_update(bot, update, **self.data)
        return web.Response(body=self._build_response_writer(bot=bot, result=result))


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
    handler = AckAfterHandling(dispatcher, bot, secret_token=webhook_secret(settings))
    handler.register(app, path=settings.webhook_path)
    return app
