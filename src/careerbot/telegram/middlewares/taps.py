"""Acknowledging button taps: aiogram's CallbackAnswerMiddleware, answering at once (pre=True)
so the button's spinner stops before the answer is composed and paced out.

Telegram refuses acknowledgements that come late ("query is too old" — a tap on an old button
while the bot was down or busy); the tap still gets its answer, the failed acknowledgement is
only logged. Handlers that need a notice on the tap flag themselves
`flags={"callback_answer": {"pre": False}}` and set `callback_answer.text`.
"""

import logging

from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer, CallbackAnswerMiddleware

logger = logging.getLogger(__name__)


class TapAnswers(CallbackAnswerMiddleware):
    def __init__(self) -> None:
        super().__init__(pre=True)

    async def answer(self, event: CallbackQuery, callback_answer: CallbackAnswer) -> None:  # type: ignore[override]
        try:
            await super().answer(event, callback_answer)
        except TelegramBadRequest as error:
            logger.info("a tap could not be acknowledged (%s); answering it anyway", error.message)
