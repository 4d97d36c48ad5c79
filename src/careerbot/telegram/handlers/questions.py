"""Free text: every private message, and group messages that mention or reply to the bot."""

from aiogram import Bot, Router
from aiogram.types import Message

from careerbot.engine import Engine
from careerbot.telegram import texts
from careerbot.telegram.filters import AddressedToBot
from careerbot.telegram.formatting import pack_html
from careerbot.telegram.middlewares import Conversation
from careerbot.telegram.replies import answer_message, reply_target, send_html


async def ask(
    message: Message, question: str, bot: Bot, engine: Engine, conversation: Conversation
) -> None:
    if not question:  # just "@careerbot": say what it does
        thread_id, reply_to = reply_target(message)
        chunks = pack_html(texts.help_text(engine.intents))
        await send_html(bot, message.chat.id, chunks, thread_id=thread_id, reply_to=reply_to)
        return
    answer, conversation.context = engine.reply(question, conversation.context)
    await conversation.save()  # before the reply: a quick follow-up may reach another replica
    await answer_message(message, bot, answer)


def get_router() -> Router:
    router = Router(name="questions")
    router.message.register(ask, AddressedToBot())
    return router
