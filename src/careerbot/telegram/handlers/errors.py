"""The last line of defence: a failing handler is logged, the user gets an apology, the admins
(CAREERBOT_ADMIN_IDS) get a one-line report, and the bot carries on with the next update.

A chat that refuses the bot (403: the user blocked it, or it was removed from the group) is not
a failure of ours: one log line, no apology (it could not be delivered), no admin alert, and the
chat's stored context is dropped — we keep nothing for someone who left.
"""

import logging
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from aiogram.filters import ExceptionTypeFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import ErrorEvent, Message

from careerbot.settings import Settings
from careerbot.telegram import texts
from careerbot.telegram.redaction import redact
from careerbot.telegram.replies import topic_of

logger = logging.getLogger(__name__)


async def chat_refuses_the_bot(event: ErrorEvent, state: FSMContext | None = None) -> None:
    chat = state.key.chat_id if state is not None else None
    # Telegram's description ("Forbidden: bot was blocked by the user") quotes nothing of the
    # user's, so it is safe to log; no traceback: nothing here is broken.
    logger.info(
        "chat %s refuses the bot (%s); its stored context is dropped",
        chat,
        redact(getattr(event.exception, "message", "")),
    )
    if state is not None:
        await state.clear()


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
                thread = topic_of(query.message) if isinstance(query.message, Message) else None
                await bot.send_message(
                    query.message.chat.id, texts.APOLOGY, message_thread_id=thread
                )
        elif update.message is not None:
            await bot.send_message(
                update.message.chat.id, texts.APOLOGY, message_thread_id=topic_of(update.message)
            )
    # Only the kind of failure: never the user's text or the exception's message, which may
    # quote it. The log has the rest.
    report = texts.admin_error_report(update.update_id, update.event_type, event.exception)
    for admin in settings.admin_ids:
        with suppress(TelegramAPIError):  # an admin who never started the bot cannot be told
            await bot.send_message(admin, report)


def get_router() -> Router:
    router = Router(name="errors")
    router.errors.register(chat_refuses_the_bot, ExceptionTypeFilter(TelegramForbiddenError))
    router.errors.register(apologise)
    return router
