"""What the bot remembers about one conversation between messages.

A small serialisable value, so aiogram's FSM storage (memory or Redis) can keep it: use
`context.model_dump(mode="json")` to store and `Context.model_validate(data)` to restore.
"""

from pydantic import BaseModel, ConfigDict, Field


class Pick(BaseModel):
    """One numbered option offered to the user: what answering it means."""

    model_config = ConfigDict(frozen=True)

    intents: list[str]
    occupations: list[str] = Field(default_factory=list)
    state: str | None = None
    # Other names with several meanings in the same question, asked about next (SOC codes each).
    then_ask: list[list[str]] = Field(default_factory=list)


class Context(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    occupations: list[str] = Field(default_factory=list, description="SOC codes last talked about")
    intents: list[str] = Field(default_factory=list, description="last occupation intents answered")
    state: str | None = Field(default=None, description="US state of the last answer, if any")
    pending_intents: list[str] = Field(
        default_factory=list, description="intents waiting for the user to name an occupation"
    )
    choices: list[Pick] = Field(
        default_factory=list, description="options offered as a numbered list, for '1', '2'..."
    )
    discussed: list[str] = Field(
        default_factory=list,
        description="the last few careers answered about, oldest first ('which one earns more')",
    )
    compared: list[str] = Field(
        default_factory=list,
        description="the careers of the last answer about several, in its order ('the first one')",
    )
    series: list[str] = Field(
        default_factory=list,
        description="careers asked the same question one after another ('cop pay', 'wbu "
        "firefighters', 'and emts'), oldest first: 'which one' and 'those jobs' mean them all",
    )
    asked: list[str] = Field(
        default_factory=list,
        description="the career questions answered so far, oldest first, each once (a few): "
        "'and audiologists, same four?' asks the last four again",
    )
    focus: list[str] = Field(
        default_factory=list,
        description="what the last comparison was about (automation, education...), for a "
        "follow-up that names another career ('what about customer service reps?')",
    )
    states: list[str] = Field(
        default_factory=list,
        description="the states the same career was last answered for, oldest first ('pay in "
        "cali', 'and texas?', then 'which pays more?' sets those states side by side)",
    )
    states_ranked: bool = Field(
        default=False,
        description="the last answer ranked states by pay ('and the worst?' asks the other end)",
    )
    meanings: bool = Field(
        default=False,
        description="the options offered are the meanings of a name the user gave ('teacher': "
        "which teachers?), not careers offered to start from",
    )
    listed: list[list[str]] = Field(
        default_factory=list,
        description="the words of the list question shown, then of each follow-up that "
        "narrowed it ('which of those need only a high school diploma')",
    )
    verdict: str | None = Field(
        default=None,
        description="the career a comparison's verdict named ('which of those pays the most'), "
        "which 'tell me more about that one' means",
    )
    list_shown: int = Field(
        default=0,
        description="how many careers of the list (`listed`) have been shown, for 'show more'",
    )
    list_more: bool = Field(
        default=False,
        description="the list (`listed`) has careers not shown yet: 'which of those pays the "
        "most' ranks the whole list, not the page shown",
    )
    turns: int = 0

    @property
    def offered(self) -> list[str]:
        """The careers of the numbered options offered (SOC codes), in order."""
        return [pick.occupations[-1] for pick in self.choices if pick.occupations]

    @classmethod
    def restore(cls, data: object) -> "Context":
        """Rebuild a stored context; anything unreadable starts a fresh conversation."""
        if isinstance(data, dict):
            try:
                return cls.model_validate(data)
            except ValueError:
                pass
        return cls()
