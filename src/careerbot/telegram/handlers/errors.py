"""The last line of defence: a failing handler is logged, the user gets an apology, the admins
(CAREERBOT_ADMIN_IDS) get a one-line report, and the bot carries on with the next update."""

import logging
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.types import ErrorEvent

from careerbot.settings import Settings
from careerbot.telegram import texts

logger = logging.getLogger(__name__)


async def apologise(event: ErrorEvent, bot: Bot, settings: Settings) -> None:
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
    # Only the kind of failure: never the user's text or the exception's message, which may
    # quote it. The log has the rest.
    report = texts.admin_error_report(update.update_id, update.event_type, event.exception)
    for admin in settings.admin_ids:
        with suppress(TelegramAPIError):  # an admin who never started the bot cannot be told
            await bot.send_message(admin, report)


def get_router() -> Router:
    router = Router(name="errors")
    router.errors.register(apologise)
    return router
