"""The engine's output: what to say, as structured blocks an adapter can render (plain text for
the terminal, HTML for Telegram), plus what the reply is about."""

from pydantic import BaseModel, ConfigDict, Field

BULLET = "• "


class Block(BaseModel):
    """One section of a reply: an optional heading, paragraphs, and bullet items."""

    model_config = ConfigDict(frozen=True)

    heading: str = ""
    text: str = ""
    items: list[str] = Field(default_factory=list)
    # A list of careers whose first items are the answer's numbered choices, in order: the
    # items are numbered ("1. Dental Hygienists: $98,100 a year") and the choices not listed
    # again under them
    numbered: bool = False

    def lines(self, choices: int) -> list[str]:
        """The items as shown: numbered up to `choices` where `numbered`, else bulleted."""
        if not self.numbered:
            return [BULLET + item for item in self.items]
        return [
            f"{n}. {item}" if n <= choices else BULLET + item
            for n, item in enumerate(self.items, 1)
        ]


class Suggestion(BaseModel):
    """A next question or a choice, shown as a button (Telegram) or a numbered line (CLI).

    `intent` + `occupations` let an adapter ask the engine directly, without re-parsing `label`.
    """

    model_config = ConfigDict(frozen=True)

    label: str
    intent: str
    occupations: list[str] = Field(default_factory=list)
    detail: bool = Field(
        default=False, description="ask for the full form of a long answer (a 'More' button)"
    )


class Citation(BaseModel):
    """Where the figures in a reply come from: a named source and its public URL."""

    model_config = ConfigDict(frozen=True)

    name: str
    url: str


# The most bars one pay chart shows (answers compose at most this many; charts draw no more).
MAX_CHART_RANGES = 8


class ChartRange(BaseModel):
    """One bar of a pay chart: annual pay percentiles in dollars for one occupation or place
    (`label`, e.g. "Registered Nurses", "Texas", "U.S."); None where BLS publishes no figure.
    `top_coded`: BLS's '#' marker, the unpublished upper percentiles are at least the top-code
    (careerbot.catalog.oews.TOP_CODE_ANNUAL)."""

    model_config = ConfigDict(frozen=True)

    label: str
    p10: float | None
    p25: float | None
    median: float | None
    p75: float | None
    p90: float | None
    top_coded: bool = False

    def values(self) -> tuple[float | None, ...]:
        """The five percentiles, 10th to 90th."""
        return (self.p10, self.p25, self.median, self.p75, self.p90)


class Chart(BaseModel):
    """What a pay chart shows; adapters draw it (careerbot.charts), the engine never does."""

    model_config = ConfigDict(frozen=True)

    title: str
    source: str
    ranges: list[ChartRange]


class Answer(BaseModel):
    model_config = ConfigDict(frozen=True)

    intent: str
    intents: list[str]
    occupations: list[str] = Field(default_factory=list)
    state: str | None = None
    score: float = Field(ge=0, le=100)
    blocks: list[Block] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list)
    suggestions: list[Suggestion] = Field(default_factory=list, description="next questions")
    choices: list[Suggestion] = Field(
        default_factory=list, description="did-you-mean / which-occupation options, numbered"
    )
    chart: Chart | None = None
    reason: str = Field(default="", description="the dialogue-policy rule that produced it")
    more: int = Field(default=0, ge=0, description="careers of a list answer not yet shown")

    @property
    def choices_shown(self) -> bool:
        """Whether a numbered block already shows the choices (see Block.numbered)."""
        return any(block.numbered for block in self.blocks)

    def plain_text(self) -> str:
        parts: list[str] = []
        for block in self.blocks:
            lines = [line for line in (block.heading, block.text) if line]
            lines.extend(block.lines(len(self.choices)))
            parts.append("\n".join(lines))
        if self.choices and not self.choices_shown:
            parts.append("\n".join(f"{n}. {c.label}" for n, c in enumerate(self.choices, 1)))
        if self.sources:
            parts.append("\n".join(f"Source: {s.name} — {s.url}" for s in self.sources))
        return "\n\n".join(part for part in parts if part)

    def batch_record(self, chat: object) -> dict[str, object]:
        """The `careerbot ask --jsonl` output line (the contract other tools read)."""
        return {
            "chat": chat,
            "intent": self.intent,
            "intents": list(self.intents),
            "occupations": list(self.occupations),
            "state": self.state,
            "score": round(self.score, 1),
            "reason": self.reason,
            "text": self.plain_text(),
        }
