"""Button taps: the button already names the intent and occupations, so no re-parsing."""

from aiogram import Bot, Router
from aiogram.types import CallbackQuery

from careerbot.engine import Engine
from careerbot.telegram.keyboards import Ask
from careerbot.telegram.middlewares import Conversation
from careerbot.telegram.replies import acknowledge_tap, send_answer


async def tapped(
    query: CallbackQuery,
    callback_data: Ask,
    bot: Bot,
    engine: Engine,
    conversation: Conversation,
) -> None:
    target = await acknowledge_tap(query)
    if target is None:
        return
    chat_id, thread_id = target
    intent, socs = callback_data.intent, callback_data.occupations()
    answer, conversation.context = engine.respond(intent, socs, conversation.context)
    await send_answer(bot, chat_id, answer, thread_id=thread_id)


async def stale_button(query: CallbackQuery) -> None:
    """Buttons from an older version of the bot, or forged data: acknowledge and move on."""
    await query.answer()


def get_router() -> Router:
    router = Router(name="callbacks")
    router.callback_query.register(tapped, Ask.filter())
    router.callback_query.register(stale_button)
    return router
