"""/start (with an optional occupation deep link), /help, /careers, /about, /privacy and
/forget."""

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import InlineKeyboardMarkup, Message

from careerbot.engine import Engine
from careerbot.settings import Settings
from careerbot.telegram import texts
from careerbot.telegram.formatting import pack_html
from careerbot.telegram.keyboards import careers_keyboard, start_keyboard
from careerbot.telegram.middlewares import Conversation
from careerbot.telegram.replies import answer_message, reply_target, send_html
from careerbot.telegram.showcase import featured
from careerbot.telegram.storage import retention_days
from careerbot.understanding.normalise import tokens, words_only

MAX_LISTED = 50  # careers listed by /careers (all of them when there are no more)
FEATURED_LISTED = 10


async def start(
    message: Message,
    command: CommandObject,
    bot: Bot,
    engine: Engine,
    conversation: Conversation,
) -> None:
    conversation.reset()
    soc = (command.args or "").strip()
    if soc and any(o.soc == soc for o in engine.occupations):
        # t.me/<bot>?start=25-4031 opens straight on that occupation.
        answer, conversation.context = engine.respond("overview", [soc], conversation.context)
        await conversation.save()  # before the reply, as every answer
        await answer_message(message, bot, answer)
        return
    user = message.from_user
    first_name = user.first_name if user is not None else None
    example = next(iter(featured(engine.occupations, 1)), None)
    greeting = texts.greeting(first_name, example)
    keyboard = start_keyboard(engine.intents, example)
    await conversation.save()
    await _reply(message, bot, greeting, keyboard)


async def show_help(message: Message, bot: Bot, engine: Engine) -> None:
    await _reply(message, bot, texts.help_text(engine.intents))


async def show_careers(message: Message, command: CommandObject, bot: Bot, engine: Engine) -> None:
    query = (command.args or "").strip()
    everything = engine.occupations
    if query:
        shown = engine.composer.search(words_only(tokens(query)))[:MAX_LISTED]
    elif len(everything) <= MAX_LISTED:
        shown = everything
    else:
        shown = featured(everything, FEATURED_LISTED)
    text = texts.careers_text(shown, len(everything), query)
    await _reply(message, bot, text, careers_keyboard(shown))


async def show_about(message: Message, bot: Bot, engine: Engine) -> None:
    await _reply(message, bot, texts.about_text(engine.occupations))


async def show_privacy(message: Message, bot: Bot, settings: Settings) -> None:
    await _reply(
        message,
        bot,
        texts.privacy_text(retention_days(settings.storage_url, settings.conversation_ttl)),
    )


async def forget(message: Message, bot: Bot, state: FSMContext) -> None:
    """Delete this chat's stored context (the conversation middleware stores nothing back:
    the handler leaves `conversation.context` as it was loaded)."""
    await state.clear()
    await _reply(message, bot, texts.FORGOTTEN)


async def _reply(
    message: Message, bot: Bot, html: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    thread_id, reply_to = reply_target(message)
    chunks = pack_html(html)
    await send_html(bot, message.chat.id, chunks, keyboard, thread_id=thread_id, reply_to=reply_to)


def get_router() -> Router:
    router = Router(name="start")
    # One cheap check spares ordinary text the four command parsers below.
    router.message.filter(F.text.startswith("/"))
    router.message.register(start, CommandStart())
    router.message.register(show_help, Command("help"))
    router.message.register(show_careers, Command("careers"))
    router.message.register(show_about, Command("about"))
    router.message.register(show_privacy, Command("privacy"))
    router.message.register(forget, Command("forget"))
    return router
