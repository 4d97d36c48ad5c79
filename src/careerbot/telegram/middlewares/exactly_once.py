"""Each update answered at most once, wherever and however often Telegram delivers it.

An outer update middleware registered after aiogram's FSM middleware, so it runs inside the
chat's event-isolation lock: a second delivery of an update waits for the first to finish and
then finds it in the ledger. An update is recorded as handled once its handler returned or
failed (the error handler has apologised) — not when it was cancelled by a shutdown, so an
update cut off mid-way is handled again after the restart.

It also keeps updates of a type this aiogram does not know out of the logs: aiogram would warn
with the whole update, message text and names included; here only the id is logged.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError

from careerbot.telegram.ledger import UpdateLedger

logger = logging.getLogger(__name__)


class ExactlyOnce(BaseMiddleware):
    def __init__(self, ledger: UpdateLedger) -> None:
        self.ledger = ledger

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        assert isinstance(event, Update)
        try:
            event.event_type  # noqa: B018 - raises for update types aiogram does not know
        except UpdateTypeLookupError:
            logger.info("update %d is of a type this bot does not handle; skipped", event.update_id)
            await self.ledger.finish(event.update_id)
            return None
        if await self.ledger.seen(event.update_id):
            logger.info("update %d was already handled; not answered again", event.update_id)
            return None
        try:
            result = await handler(event, data)
        except asyncio.CancelledError:
            raise  # not handled: answered again after the restart
        except Exception:
            await self.ledger.finish(event.update_id)
            raise
        await self.ledger.finish(event.update_id)
        return result
