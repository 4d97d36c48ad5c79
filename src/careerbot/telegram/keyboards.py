"""Inline keyboards: every button asks the engine one (intent, occupations) question.

callback_data must fit Telegram's 64 bytes, so SOC codes travel without their dash
("25-4031" -> "254031") and a button that still would not fit drops trailing occupations.
"""

from collections.abc import Sequence
from functools import lru_cache

from aiogram.filters.callback_data import MAX_CALLBACK_LENGTH, CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from careerbot.answers.model import Answer, Suggestion
from careerbot.catalog import Intent, Occupation

MAX_BUTTONS = 12
START_INTENTS = ("salary", "outlook", "education", "automation")
MAX_CAREER_BUTTONS = 10


class Ask(CallbackData, prefix="q"):
    """A tapped question: intent id and SOC codes without dashes, joined by '.'."""

    intent: str
    socs: str = ""

    @classmethod
    def of(cls, intent: str, occupations: Sequence[str]) -> "Ask":
        codes = [soc.replace("-", "") for soc in occupations]
        fixed = len(f"{cls.__prefix__}:{intent}:".encode())
        while codes and fixed + len(".".join(codes)) > MAX_CALLBACK_LENGTH:
            codes.pop()
        return cls(intent=intent, socs=".".join(codes))

    def occupations(self) -> list[str]:
        return [f"{code[:2]}-{code[2:]}" for code in self.socs.split(".") if len(code) == 6]


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Choices (one per row, they can be long) then next questions (two per row)."""
    if not answer.choices and not answer.suggestions:
        return None
    return _keyboard(_signature(answer.choices), _signature(answer.suggestions))


ButtonSpec = tuple[str, str, tuple[str, ...]]  # label, intent, occupations


def _signature(suggestions: Sequence[Suggestion]) -> tuple[ButtonSpec, ...]:
    return tuple((s.label, s.intent, tuple(s.occupations)) for s in suggestions)


@lru_cache(maxsize=4096)
def _keyboard(
    choices: tuple[ButtonSpec, ...], suggestions: tuple[ButtonSpec, ...]
) -> InlineKeyboardMarkup | None:
    """Cached: the same answers come with the same buttons, and building aiogram's button
    models is a noticeable part of handling a message. The markup is never mutated."""
    rows: list[list[InlineKeyboardButton]] = []
    seen: set[str] = set()
    for group, width in ((choices, 1), (suggestions, 2)):
        row: list[InlineKeyboardButton] = []
        for label, intent, occupations in group:
            data = Ask.of(intent, occupations).pack()
            if data in seen or len(seen) >= MAX_BUTTONS:
                continue
            seen.add(data)
            row.append(InlineKeyboardButton(text=label, callback_data=data))
            if len(row) == width:
                rows.append(row)
                row = []
        if row:
            rows.append(row)
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def start_keyboard(
    intents: dict[str, Intent], example: Occupation | None
) -> InlineKeyboardMarkup | None:
    """A few example questions about one occupation, for /start."""
    if example is None:
        return None
    soc = example.soc
    buttons = [
        InlineKeyboardButton(text=intents[i].label, callback_data=Ask.of(i, [soc]).pack())
        for i in START_INTENTS
        if i in intents
    ]
    return _rows(buttons, 2)


def careers_keyboard(occupations: Sequence[Occupation]) -> InlineKeyboardMarkup | None:
    buttons = [
        InlineKeyboardButton(text=o.title, callback_data=Ask.of("overview", [o.soc]).pack())
        for o in occupations[:MAX_CAREER_BUTTONS]
    ]
    return _rows(buttons, 1)


def _rows(buttons: Sequence[InlineKeyboardButton], width: int) -> InlineKeyboardMarkup | None:
    rows = [list(buttons[i : i + width]) for i in range(0, len(buttons), width)]
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None
