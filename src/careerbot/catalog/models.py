"""The data a counsellor edits, as pydantic models: occupations (data/occupations/*.yaml) and
intents (intents/*.yaml)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SOC_PATTERN = r"^\d{2}-\d{4}$"

OccupationField = Literal[
    "median_salary",
    "growth_rate",
    "education",
    "automation_risk",
    "work_life_balance",
    "riasec",
    "skills",
    "strengths",
    "challenges",
    "duties",
]
ListField = Literal["duties", "skills", "strengths", "challenges"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


RiasecCode = Literal["R", "I", "A", "S", "E", "C"]


class InterestArea(Strict):
    """What a liking ("drawing", "animals") points to (data/interests.yaml): the Holland
    (RIASEC) interest types of work that suits it, and careers chosen by hand for it (SOC codes,
    listed first)."""

    types: tuple[RiasecCode, ...] = Field(min_length=1)
    careers: tuple[str, ...] = ()


class InterestTable(Strict):
    """data/interests.yaml: everyday interest (folded like a question's words) -> its area;
    `limits`: what someone says they cannot stand or do ("blood", "my back", "heights") -> the
    words of O*NET task statements that rule a career out for them ("blood"; "lift", "heavy")."""

    interests: dict[str, InterestArea]
    limits: dict[str, tuple[str, ...]] = {}


class GlossaryTerm(Strict):
    """A word careerbot's answers use, explained (data/glossary.yaml): the words people say for
    it, the explanation, whether "what is <term>" alone asks what it means (`bare`; false
    where those words could ask for the figure: "what's the median?"), and whether saying the
    term at all asks about it (`asks`)."""

    says: tuple[str, ...] = Field(min_length=1)
    text: str = Field(min_length=1)
    bare: bool = True
    # true where any message saying the term asks about it ("is that before or after taxes?",
    # "does that include benefits?"): words that never name a figure to look up
    asks: bool = False


class Glossary(Strict):
    """data/glossary.yaml: term -> its explanation."""

    terms: dict[str, GlossaryTerm]


class Source(Strict):
    """Where an occupation's figures come from: a named file in data/ and its public origin."""

    name: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    file: str = Field(min_length=1, description="path of the source document, relative to data/")
    note: str | None = None


class AutomationRisk(Strict):
    probability: float = Field(ge=0, le=1)
    level: str = Field(min_length=1)


class WorkLifeBalance(Strict):
    score: float = Field(ge=0, le=10)
    label: str = Field(min_length=1)


RIASEC_TYPES = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")


class Riasec(Strict):
    """Holland RIASEC fit scores, 0-10 (higher fits better)."""

    realistic: float = Field(ge=0, le=10)
    investigative: float = Field(ge=0, le=10)
    artistic: float = Field(ge=0, le=10)
    social: float = Field(ge=0, le=10)
    enterprising: float = Field(ge=0, le=10)
    conventional: float = Field(ge=0, le=10)

    def ranked(self) -> list[tuple[str, float]]:
        scores = [(name, float(getattr(self, name))) for name in RIASEC_TYPES]
        return sorted(scores, key=lambda item: -item[1])


class Occupation(Strict):
    soc: str = Field(pattern=SOC_PATTERN)
    title: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    median_salary: float | None = Field(default=None, gt=0)
    reported_employment_change: int | None = Field(
        default=None,
        ge=0,
        description=(
            "a profile report's 'Employment' key fact. For 25-4031 it is BLS's projected "
            "2024-34 change in jobs for the combined group (-5,400 library technicians, -5,600 "
            "library assistants), printed unsigned: not the number of jobs held"
        ),
    )
    growth_rate: float | None = Field(default=None, description="percent change over the decade")
    education: str | None = None
    automation_risk: AutomationRisk | None = None
    work_life_balance: WorkLifeBalance | None = None
    riasec: Riasec | None = None
    skills: list[str] = Field(default_factory=list)
    strengths: list[str] = Field(default_factory=list)
    challenges: list[str] = Field(default_factory=list)
    duties: list[str] = Field(default_factory=list)
    source: Source

    @property
    def employment(self) -> int | None:
        """Jobs held, as a seed profile states them: never (a report's "Employment" figure is
        a projected change, kept as `reported_employment_change`). Jobs come from BLS OEWS
        (`Catalog.oews`); this stays for readers that fall back to a profile's figure."""
        return None

    def has(self, field: OccupationField) -> bool:
        value = getattr(self, field)
        return bool(value) if isinstance(value, list) else value is not None


class AllProjection(Strict):
    """BLS Employment Projections 2024-34 for all occupations together (Table 1.2, 00-0000):
    jobs, percent change, annual average openings. What "faster than average" compares with."""

    employment_2024: int = Field(gt=0)
    employment_2034: int = Field(gt=0)
    change: int
    percent_change: float
    openings: int = Field(ge=0)


class AllOccupations(Strict):
    """data/all_occupations.yaml."""

    projections: AllProjection


class AnswerTemplate(Strict):
    heading: str = ""
    text: str = ""
    items: ListField | None = None
    missing: str = ""
    # Added after the profile's text when BLS OEWS figures exist for the occupation (national),
    # and for a state when the question names one.
    oews: str = ""
    oews_state: str = ""


class Intent(Strict):
    id: str = Field(pattern=r"^[a-z_]+$")
    label: str = Field(min_length=1, max_length=32)
    description: str = ""
    needs_occupation: bool
    fields: list[OccupationField] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    examples: list[str] = Field(min_length=1)
    answer: AnswerTemplate
    suggest: list[str] = Field(default_factory=list)

    @field_validator("examples", "keywords")
    @classmethod
    def _no_blank(cls, values: list[str]) -> list[str]:
        if any(not str(value).strip() for value in values):
            raise ValueError("must not contain empty phrases")
        return values


# The names answer templates may use; careerbot.answers.values fills exactly these.
OCCUPATION_PLACEHOLDERS = frozenset(
    {
        "title",
        "soc",
        "median_salary",
        "hourly_wage",
        "growth_rate",
        "growth_phrase",
        "automation_probability",
        "automation_level",
        "work_life_score",
        "work_life_label",
        "riasec_top",
        "education",
        "source_name",
        "source_url",
    }
)
GENERAL_PLACEHOLDERS = frozenset({"occupation_count", "example_titles"})
OEWS_PLACEHOLDERS = frozenset(
    {
        "oews_title",
        "oews_release",
        "oews_pay",
        "oews_pay_range",
        "oews_jobs",
        "oews_median",
        "oews_hourly_median",
        "oews_p10",
        "oews_p25",
        "oews_p75",
        "oews_p90",
        "oews_employment",
        "missing_fields",
    }
)
STATE_PLACEHOLDERS = frozenset(
    {
        "state_name",
        "state_pay",
        "state_pay_range",
        "state_jobs",
        "state_median",
        "state_hourly_median",
        "state_p10",
        "state_p90",
        "state_employment",
        "state_vs_national",
    }
)

REQUIRED_INTENTS = frozenset(
    {
        "salary",
        "employment",
        "outlook",
        "education",
        "automation",
        "work_life_balance",
        "personality",
        "skills",
        "strengths",
        "challenges",
        "duties",
        "overview",
        "compare",
        "list_occupations",
        "source",
        "greeting",
        "help",
        "thanks",
        "goodbye",
        "fallback",
    }
)
