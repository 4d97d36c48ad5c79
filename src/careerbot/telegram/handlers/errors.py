"""The last line of defence: a failing handler is logged, the user gets an apology, and the
bot carries on with the next update."""

import logging
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ErrorEvent

from careerbot.telegram import texts

logger = logging.getLogger(__name__)


async def apologise(event: ErrorEvent, bot: Bot) -> None:
    update = event.update
    # Log the failure, never the message text (privacy: no message content in logs).
    logger.error(
        "failed to handle update %d (%s): %s: %s",
        update.update_id,
        update.event_type,
        type(event.exception).__name__,
        event.exception,
        exc_info=event.exception,
    )
    with suppress(TelegramAPIError):  # if Telegram itself is failing, there is no one to tell
        if update.callback_query is not None:
            query = update.callback_query
            with suppress(TelegramAPIError):  # the tap may already have been answered
                await query.answer()
            if query.message is not None:
                await bot.send_message(query.message.chat.id, texts.APOLOGY)
        elif update.message is not None:
            await bot.send_message(update.message.chat.id, texts.APOLOGY)


def get_router() -> Router:
    router = Router(name="errors")
    router.errors.register(apologise)
    return router
