"""Inline keyboards: every button asks the engine one (intent, occupations) question, or (the
"📊 Chart" button) for the pay chart of an answer.

callback_data must fit Telegram's 64 bytes, so SOC codes travel without their dash
("25-4031" -> "254031"); a button carries at most MAX_BUTTON_OCCUPATIONS of them.

callback_data comes back from the user's client, so it is untrusted: `parse_ask` and
`parse_chart` accept only what this module packs — a known intent, known and distinct SOC codes,
at most MAX_BUTTON_OCCUPATIONS of them — and return None for anything else, so one tap can
never ask for more than one ordinary answer.
"""

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from careerbot.answers.model import Answer, Suggestion
from careerbot.catalog import Intent, Occupation

MAX_BUTTONS = 12
START_INTENTS = ("salary", "outlook", "education", "automation")
MAX_CAREER_BUTTONS = 10
CHART_LABEL = "📊 Chart"
MAX_BUTTON_OCCUPATIONS = 4  # a comparison of four is the most any answer offers a button for
# What `Ask.pack()` and `ChartTap.pack()` produce, and nothing else. The trailing detail flag is
# optional so buttons sent before it existed still work.
_CODES = r"(\d{6}(?:\.\d{6}){0," + str(MAX_BUTTON_OCCUPATIONS - 1) + r"})?"
ASK_DATA = re.compile(r"q:([a-z][a-z0-9_]{0,31}):" + _CODES + r"(?::([01]))?")
CHART_DATA = re.compile(r"c:" + _CODES + r":([A-Z]{2})?")


def _codes(occupations: Sequence[str]) -> str:
    """SOC codes without dashes, '.'-joined: the first MAX_BUTTON_OCCUPATIONS distinct ones."""
    distinct = list(dict.fromkeys(soc.replace("-", "") for soc in occupations))
    return ".".join(distinct[:MAX_BUTTON_OCCUPATIONS])


def _occupations(socs: str | None, known: Collection[str]) -> list[str] | None:
    """'254031.254021' -> ['25-4031', '25-4021'], or None unless every code is known and
    distinct."""
    if not socs:
        return []
    codes = [f"{code[:2]}-{code[2:]}" for code in socs.split(".")]
    if len(set(codes)) != len(codes) or any(code not in known for code in codes):
        return None
    return codes


class Ask(CallbackData, prefix="q"):
    """A tapped question: intent id, SOC codes without dashes joined by '.', and whether the
    long form was asked for (a "More" button)."""

    intent: str
    socs: str = ""
    detail: bool = False

    @classmethod
    def of(cls, intent: str, occupations: Sequence[str], detail: bool = False) -> "Ask":
        return cls(intent=intent, socs=_codes(occupations), detail=detail)


class ChartTap(CallbackData, prefix="c"):
    """A tapped "📊 Chart" button: SOC codes as in `Ask`, and a 2-letter state code or ""."""

    socs: str = ""
    state: str = ""

    @classmethod
    def of(cls, occupations: Sequence[str], state: str | None) -> "ChartTap":
        code = state.upper() if state is not None and _is_state(state) else ""
        return cls(socs=_codes(occupations), state=code)


def _is_state(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha()


@dataclass(frozen=True)
class AskRequest:
    """A button's question, checked: `intent` is known, `occupations` known and distinct."""

    intent: str
    occupations: list[str]
    detail: bool = False


@dataclass(frozen=True)
class ChartRequest:
    """A chart button's request, checked: 1 to MAX_BUTTON_OCCUPATIONS known, distinct codes."""

    occupations: list[str]
    state: str | None


def parse_ask(
    data: str, intents: Mapping[str, object], known: Collection[str]
) -> AskRequest | None:
    """The question a "q:" button asks, or None for data this bot never packed."""
    match = ASK_DATA.fullmatch(data)
    if match is None or match.group(1) not in intents:
        return None
    occupations = _occupations(match.group(2), known)
    if occupations is None:
        return None
    return AskRequest(match.group(1), occupations, match.group(3) == "1")


def parse_chart(data: str, known: Collection[str]) -> ChartRequest | None:
    """The chart a "c:" button asks for, or None for data this bot never packed."""
    match = CHART_DATA.fullmatch(data)
    if match is None:
        return None
    occupations = _occupations(match.group(1), known)
    if not occupations:
        return None
    return ChartRequest(occupations, match.group(2))


def answer_keyboard(answer: Answer) -> InlineKeyboardMarkup | None:
    """Choices (one per row, they can be long), next questions (two per row), then the chart
    button on its own row when the answer has a pay chart."""
    chart = (
        ChartTap.of(answer.occupations, answer.state).pack() if answer.chart is not None else None
    )
    if not answer.choices and not answer.suggestions and chart is None:
        return None
    return _keyboard(_signature(answer.choices), _signature(answer.suggestions), chart)


ButtonSpec = tuple[str, str, tuple[str, ...], bool]  # label, intent, occupations, detail


def _signature(suggestions: Sequence[Suggestion]) -> tuple[ButtonSpec, ...]:
    return tuple((s.label, s.intent, tuple(s.occupations), s.detail) for s in suggestions)


@lru_cache(maxsize=4096)
def _keyboard(
    choices: tuple[ButtonSpec, ...], suggestions: tuple[ButtonSpec, ...], chart: str | None = None
) -> InlineKeyboardMarkup | None:
    """Cached: the same answers come with the same buttons, and building aiogram's button
    models is a noticeable part of handling a message. The markup is never mutated.
    `chart` is the chart button's packed ChartTap, or None for no chart button."""
    builder = InlineKeyboardBuilder()
    seen: set[str] = set()

    def add(group: tuple[ButtonSpec, ...], width: int) -> None:
        row: list[InlineKeyboardButton] = []
        for label, intent, occupations, detail in group:
            data = Ask.of(intent, occupations, detail).pack()
            if data in seen or len(seen) >= MAX_BUTTONS:
                continue
            seen.add(data)
            row.append(InlineKeyboardButton(text=label, callback_data=data))
            if len(row) == width:
                builder.row(*row)
                row = []
        if row:
            builder.row(*row)

    add(choices, 1)
    add(suggestions, 2)
    if chart is not None:  # always shown, whatever MAX_BUTTONS left: it is the answer's own
        builder.row(InlineKeyboardButton(text=CHART_LABEL, callback_data=chart))
    return _markup(builder)


def start_keyboard(
    intents: dict[str, Intent], example: Occupation | None
) -> InlineKeyboardMarkup | None:
    """A few example questions about one occupation, for /start."""
    if example is None:
        return None
    builder = InlineKeyboardBuilder()
    for intent in START_INTENTS:
        if intent in intents:
            data = Ask.of(intent, [example.soc]).pack()
            builder.button(text=intents[intent].label, callback_data=data)
    builder.adjust(2)
    return _markup(builder)


def careers_keyboard(occupations: Sequence[Occupation]) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    for occupation in occupations[:MAX_CAREER_BUTTONS]:
        builder.button(text=occupation.title, callback_data=Ask.of("overview", [occupation.soc]))
    builder.adjust(1)
    return _markup(builder)


def _markup(builder: InlineKeyboardBuilder) -> InlineKeyboardMarkup | None:
    return builder.as_markup() if any(True for _ in builder.buttons) else None
