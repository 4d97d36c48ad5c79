"""Stickers, photos, voice, files, locations...: in private chats, a hint that the bot reads
text; in groups, silence (people share photos with each other, not with the bot)."""

from aiogram import F, Router
from aiogram.types import Message

from careerbot.telegram import texts
from careerbot.telegram.filters import PrivateChat


async def not_text(message: Message) -> None:
    await message.answer(texts.READS_TEXT)


def get_router() -> Router:
    router = Router(name="other_content")
    router.message.register(not_text, PrivateChat(), F.text.is_(None))
    return router
