"""Sending an engine answer: HTML chunks in order, the keyboard under the last one."""

from aiogram import Bot
from aiogram.enums import ChatType
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, ReplyParameters

from careerbot.answers.model import Answer
from careerbot.telegram import texts
from careerbot.telegram.formatting import render_answer
from careerbot.telegram.keyboards import answer_keyboard


async def send_answer(
    bot: Bot,
    chat_id: int,
    answer: Answer,
    *,
    thread_id: int | None = None,
    reply_to: int | None = None,
) -> None:
    await send_html(
        bot,
        chat_id,
        render_answer(answer),
        answer_keyboard(answer),
        thread_id=thread_id,
        reply_to=reply_to,
    )


async def send_html(
    bot: Bot,
    chat_id: int,
    chunks: list[str],
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    thread_id: int | None = None,
    reply_to: int | None = None,
) -> None:
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await bot.send_message(
            chat_id,
            chunk,
            message_thread_id=thread_id,
            reply_markup=keyboard if last else None,
            # Only the first part quotes the question; the rest follow it.
            reply_parameters=(
                ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
                if reply_to is not None and index == 0
                else None
            ),
        )


def topic_of(message: Message) -> int | None:
    """The forum topic to answer `message` in, or None (send to the chat itself).

    Only a topic message's `message_thread_id` names a topic. Telegram also sets it on replies
    in plain supergroups (the reply thread) and on messages in a forum's General topic, and
    refuses it there with 400 "message thread not found"."""
    return message.message_thread_id if message.is_topic_message else None


def reply_target(message: Message) -> tuple[int | None, int | None]:
    """(thread_id, reply_to) for answering `message`: in groups, quote it so the answer is
    clearly to that person; in forum topics, stay in the topic."""
    reply_to = None if message.chat.type == ChatType.PRIVATE else message.message_id
    return topic_of(message), reply_to


async def answer_message(message: Message, bot: Bot, answer: Answer) -> None:
    thread_id, reply_to = reply_target(message)
    await send_answer(bot, message.chat.id, answer, thread_id=thread_id, reply_to=reply_to)


async def acknowledge_tap(query: CallbackQuery) -> tuple[int, int | None] | None:
    """Answer a button tap at once (so its spinner stops) and return (chat_id, thread_id) to
    reply in, or None for a button on a message posted via inline mode, which has no chat."""
    origin = query.message
    if origin is None:
        await query.answer(texts.NOT_HERE, show_alert=True)
        return None
    await query.answer()
    thread_id = topic_of(origin) if isinstance(origin, Message) else None
    return origin.chat.id, thread_id
