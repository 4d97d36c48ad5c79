"""Which messages the bot answers: everything in private chats; in groups only messages that
mention it or reply to it (commands are matched by aiogram's Command filter on their own).
A photo's or file's caption is read like the text of a message."""

import re
from typing import Any

from aiogram import Bot
from aiogram.enums import ChatType
from aiogram.filters import Filter
from aiogram.types import Message


class AddressedToBot(Filter):
    """Passes text (or a caption) meant for the bot and hands the handler `question`: the text
    without the bot's @mention."""

    async def __call__(self, message: Message, bot: Bot) -> bool | dict[str, Any]:
        text = message.text if message.text is not None else message.caption
        if text is None:
            return False
        if message.chat.type == ChatType.PRIVATE:
            return {"question": text}
        me = await bot.me()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == me.id:
            return {"question": strip_mention(text, me.username)}
        if me.username and mentions(text, me.username):
            return {"question": strip_mention(text, me.username)}
        return False


def _mention_pattern(username: str) -> re.Pattern[str]:
    return re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)


def mentions(text: str, username: str) -> bool:
    return _mention_pattern(username).search(text) is not None


def strip_mention(text: str, username: str | None) -> str:
    if username:
        text = _mention_pattern(username).sub(" ", text)
    return " ".join(text.split()).strip(" ,:")
