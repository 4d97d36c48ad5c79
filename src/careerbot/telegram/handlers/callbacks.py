"""Button taps: the button already names the intent and occupations, so no re-parsing."""

from aiogram import Bot, Router
from aiogram.types import CallbackQuery, Message

from careerbot.engine import Engine
from careerbot.telegram import texts
from careerbot.telegram.keyboards import Ask
from careerbot.telegram.middlewares import Conversation
from careerbot.telegram.replies import send_answer


async def tapped(
    query: CallbackQuery,
    callback_data: Ask,
    bot: Bot,
    engine: Engine,
    conversation: Conversation,
) -> None:
    origin = query.message
    if origin is None:  # a button on a message posted via inline mode: no chat to answer in
        await query.answer(texts.NOT_HERE, show_alert=True)
        return
    # Answer the tap first so the button stops spinning while the answer is sent.
    await query.answer()
    intent, socs = callback_data.intent, callback_data.occupations()
    answer, conversation.context = engine.respond(intent, socs, conversation.context)
    thread_id = origin.message_thread_id if isinstance(origin, Message) else None
    await send_answer(bot, origin.chat.id, answer, thread_id=thread_id)


async def stale_button(query: CallbackQuery) -> None:
    """Buttons from an older version of the bot, or forged data: acknowledge and move on."""
    await query.answer()


def get_router() -> Router:
    router = Router(name="callbacks")
    router.callback_query.register(tapped, Ask.filter())
    router.callback_query.register(stale_button)
    return router
