"""Inline keyboards: every button asks the engine one (intent, occupations) question, or (the
"📊 Chart" button) for the pay chart of an answer.

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
CHART_LABEL = "📊 Chart"


def _codes(occupations: Sequence[str], room: int) -> str:
    """SOC codes without dashes, '.'-joined, dropping trailing ones until `room` bytes fit."""
    codes = [soc.replace("-", "") for soc in occupations]
    while codes and len(".".join(codes)) > room:
        codes.pop()
    return ".".join(codes)


def _occupations(socs: str) -> list[str]:
    return [f"{code[:2]}-{code[2:]}" for code in socs.split(".") if len(code) == 6]


class Ask(CallbackData, prefix="q"):
    """A tapped question: intent id and SOC codes without dashes, joined by '.'."""

    intent: str
    socs: str = ""

    @classmethod
    def of(cls, intent: str, occupations: Sequence[str]) -> "Ask":
        fixed = len(f"{cls.__prefix__}:{intent}:".encode())
        return cls(intent=intent, socs=_codes(occupations, MAX_CALLBACK_LENGTH - fixed))

    def occupations(self) -> list[str]:
        return _occupations(self.socs)


class ChartTap(CallbackData, prefix="c"):
    """A tapped "📊 Chart" button: SOC codes as in `Ask`, and a 2-letter state code or ""."""

    socs: str = ""
    state: str = ""

    @classmethod
    def of(cls, occupations: Sequence[str], state: str | None) -> "ChartTap":
        code = state if state is not None and _is_state(state) else ""
        fixed = len(f"{cls.__prefix__}::{code}".encode())
        return cls(socs=_codes(occupations, MAX_CALLBACK_LENGTH - fixed), state=code)

    def occupations(self) -> list[str]:
        return _occupations(self.socs)

    def region(self) -> str | None:
        """The state code, or None for none (or for forged data that is not a state code)."""
        return self.state.upper() if _is_state(self.state) else None


def _is_state(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha()


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Choices (one per row, they can be long), next questions (two per row), then the chart
    button on its own row when the answer has a pay chart."""
    chart = (
        ChartTap.of(answer.occupations, answer.state).pack() if answer.chart is not None else None
    )
    if not answer.choices and not answer.suggestions and chart is None:
        return None
    return _keyboard(_signature(answer.choices), _signature(answer.suggestions), chart)


ButtonSpec = tuple[str, str, tuple[str, ...]]  # label, intent, occupations


def _signature(suggestions: Sequence[Suggestion]) -> tuple[ButtonSpec, ...]:
    return tuple((s.label, s.intent, tuple(s.occupations)) for s in suggestions)


@lru_cache(maxsize=4096)
def _keyboard(
    choices: tuple[ButtonSpec, ...], suggestions: tuple[ButtonSpec, ...], chart: str | None = None
) -> InlineKeyboardMarkup | None:
    """Cached: the same answers come with the same buttons, and building aiogram's button
    models is a noticeable part of handling a message. The markup is never mutated.
    `chart` is the chart button's packed ChartTap, or None for no chart button."""
    rows: list[list[InlineKeyboardButton]] = []
    seen: set[str] = set()

    def add(group: tuple[ButtonSpec, ...], width: int) -> None:
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

    add(choices, 1)
    add(suggestions, 2)
    if chart is not None:  # always shown, whatever MAX_BUTTONS left: it is the answer's own
        rows.append([InlineKeyboardButton(text=CHART_LABEL, callback_data=chart)])
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
