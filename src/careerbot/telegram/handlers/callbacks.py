"""Button taps: the button already names the intent and occupations, so no re-parsing.

callback_data is untrusted: only data `keyboards.parse_ask` accepts is answered, with exactly
one answer; anything else gets a notice on the tap and no message.
"""

import inspect
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Filter
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer

from careerbot.engine import Engine
from careerbot.telegram import texts
from careerbot.telegram.keyboards import Ask, parse_ask
from careerbot.telegram.middlewares import Conversation
from careerbot.telegram.replies import send_answer, tap_target

# Engine.respond takes `detail` (the "More" button) in newer engines; pass it only then.
RESPOND_TAKES_DETAIL = "detail" in inspect.signature(Engine.respond).parameters
# Buttons the bot's own taps cannot use: a notice instead of an answer (not acknowledged early).
NOTICE_FLAGS = {"callback_answer": {"pre": False}}


class KnownQuestion(Filter):
    """Passes a "q:" tap whose data `parse_ask` accepts, as `request`."""

    async def __call__(self, query: CallbackQuery, engine: Engine) -> bool | dict[str, Any]:
        if query.data is None or query.message is None:
            return False
        request = parse_ask(query.data, engine.intents, engine.catalog.occupations)
        return {"request": request} if request is not None else False


async def tapped(
    query: CallbackQuery, request: Any, bot: Bot, engine: Engine, conversation: Conversation
) -> None:
    chat_id, thread_id = tap_target(query)
    options = {"detail": request.detail} if RESPOND_TAKES_DETAIL else {}
    answer, conversation.context = engine.respond(
        request.intent, request.occupations, conversation.context, **options
    )
    await conversation.save()  # before the reply: a quick follow-up may reach another replica
    await send_answer(bot, chat_id, answer, thread_id=thread_id)


async def not_here(query: CallbackQuery, callback_answer: CallbackAnswer) -> None:
    """A button on a message posted via inline mode: there is no chat to answer in."""
    callback_answer.text = texts.NOT_HERE
    callback_answer.show_alert = True


async def refused(query: CallbackQuery, callback_answer: CallbackAnswer) -> None:
    """Buttons from an older version of the bot, or forged data: a notice on the tap only."""
    callback_answer.text = texts.BUTTON_REFUSED


def get_router() -> Router:
    router = Router(name="callbacks")
    router.callback_query.register(not_here, F.message.is_(None), flags=NOTICE_FLAGS)
    router.callback_query.register(tapped, F.data.startswith(f"{Ask.__prefix__}:"), KnownQuestion())
    router.callback_query.register(refused, flags=NOTICE_FLAGS)
    return router
