"""What the answers know about one occupation, from every source, gathered once at start-up;
and the shape of one field's answer (a short form, and the full form behind "More")."""

from dataclasses import dataclass, field

from careerbot.answers.model import Block, Citation, Suggestion
from careerbot.catalog.models import AllOccupations, Occupation
from careerbot.catalog.oews import Figures
from careerbot.catalog.profile import Exposure, Profile

# Single-field answers longer than this show a short form and a "More" button.
SHORT_LIMIT = 600


LONG_TITLE = 60  # a title longer than this is not repeated in the sentence under its heading


def _plain(title: str) -> str:
    return title.casefold().replace("&", "and")


@dataclass(frozen=True)
class Facts:
    """One occupation: the catalog entry (title, seed profile), its official profile (O*NET,
    BLS Employment Projections, AI measures), its BLS wage-survey row, and the all-occupation
    figures it is compared with (US median pay in dollars a year, projected % change)."""

    occupation: Occupation
    profile: Profile | None
    oews: Figures | None
    oews_title: str | None
    us_median: float | None
    all_occupations: AllOccupations | None

    @property
    def title(self) -> str:
        return self.occupation.title

    @property
    def official_title(self) -> str:
        """The title the official figures describe: BLS's, where it differs from the seed's
        (25-4031 is "Library Technicians" in BLS's tables, not the combined group)."""
        return self.oews_title or self.occupation.title

    @property
    def subject(self) -> str:
        """Who a lead sentence is about: the official title, or "People in this job" when the
        title is long (the heading already names it)."""
        title = self.official_title
        return title if len(title) <= LONG_TITLE or title != self.title else "People in this job"

    @property
    def average_growth(self) -> float | None:
        return self.all_occupations.projections.percent_change if self.all_occupations else None

    def exposure(self, measure: str) -> Exposure | None:
        if self.profile is None:
            return None
        return next((e for e in self.profile.exposure if e.measure == measure), None)

    def onet_note(self, brief: bool = False) -> str:
        """Which O*NET occupation the O*NET figures describe, when not the BLS title; "" when
        they are the same. `brief` leaves out the titles of combined occupations."""
        profile = self.profile
        if profile is None or not profile.onet_codes:
            return ""
        if len(profile.onet_codes) > 1:
            combined = f"O*NET's figures here combine {len(profile.onet_codes)} of its occupations"
            if brief:
                return f"{combined}."
            return f"{combined}: {profile.onet_title or ', '.join(profile.onet_codes)}."
        title = profile.onet_title
        if title and _plain(title) != _plain(self.official_title):
            return f"O*NET's figures describe “{title}” ({profile.onet_codes[0]})."
        return ""


@dataclass(frozen=True)
class Section:
    """One field's answer: `short` always fits SHORT_LIMIT characters; `full` is the whole
    answer (the same as `short` when there is no more to say)."""

    short: list[Block]
    full: list[Block]
    citations: list[Citation]
    choices: list[Suggestion] = field(default_factory=list)
    more: list[Suggestion] | None = None  # the choices of the full form, when there are more

    @property
    def has_more(self) -> bool:
        return self.full != self.short or self.more is not None


def length(blocks: list[Block]) -> int:
    """Characters a reader sees, headings and bullets included."""
    return sum(
        len(b.heading) + len(b.text) + sum(len(item) + 3 for item in b.items) for b in blocks
    )


def fit(heading: str, text: str, items: list[str], after: str = "", minimum: int = 1) -> Block:
    """A block with as many leading `items` as fit in SHORT_LIMIT characters (at least
    `minimum`), `after` appended to the text."""
    body = f"{text} {after}".strip() if after else text
    kept: list[str] = []
    for item in items:
        if (
            len(kept) >= minimum
            and length([Block(heading=heading, text=body, items=[*kept, item])]) > SHORT_LIMIT
        ):
            break
        kept.append(item)
    return Block(heading=heading, text=body, items=kept)
