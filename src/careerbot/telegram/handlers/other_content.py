"""Stickers, photos, voice, files, locations...: in private chats, a hint that the bot reads
text; in groups, silence (people share photos with each other, not with the bot). A photo or
file with a caption never gets here: the questions router answers the caption."""

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.types import Message

from careerbot.telegram import texts


async def not_text(message: Message) -> None:
    await message.answer(texts.READS_TEXT)


def get_router() -> Router:
    router = Router(name="other_content")
    router.message.register(not_text, F.chat.type == ChatType.PRIVATE, F.text.is_(None))
    return router
