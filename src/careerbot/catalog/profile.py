"""A career profile for one OEWS occupation, from the official sources built into data/ by
`careerbot data build`: O*NET 30.3 (data/onet/), BLS Employment Projections 2024-34
(data/projections/) and three AI-exposure measures (data/exposure/). See data/README.md for each
release, its licence and the O*NET-SOC → SOC rule.
"""

from typing import Literal

from careerbot.catalog.models import Strict


class Task(Strict):
    """An O*NET task statement; `core` for Core tasks, False for Supplemental ones."""

    text: str
    core: bool


class Interest(Strict):
    """A RIASEC interest and its O*NET Occupational Interest score (OI scale, 1-7)."""

    code: Literal["R", "I", "A", "S", "E", "C"]
    name: str
    score: float


class EducationShare(Strict):
    """O*NET Required Level of Education: category (RL 1-12), its plain name, % of respondents."""

    category: int
    level: str
    percent: float


class Skill(Strict):
    """An O*NET skill: importance (IM scale, 1-5) and level (LV scale, 0-7)."""

    name: str
    importance: float
    level: float


class Technology(Strict):
    """A technology workers use (O*NET Technology Skills), with O*NET's Hot / In Demand flags."""

    name: str
    hot: bool
    in_demand: bool


class Related(Strict):
    """A related occupation (O*NET Related Occupations), its SOC already mapped to OEWS SOC;
    `title` is the OEWS title, `tier` O*NET's relatedness tier, `index` its rank (1 = closest)."""

    soc: str
    title: str
    tier: str
    index: int


class Projection(Strict):
    """BLS Employment Projections 2024-34, Table 1.2 (employment in jobs, not thousands)."""

    employment_2024: int
    employment_2034: int
    change: int
    percent_change: float
    openings: int  # annual average openings, jobs per year
    education: str  # typical education needed for entry (BLS wording)
    experience: str  # work experience in a related occupation (BLS wording)
    training: str  # typical on-the-job training (BLS wording)
    title: str  # the EP title (may be an aggregate)
    code: str  # the EP code used


class Exposure(Strict):
    """One AI/automation measure for the occupation.

    llm_exposure: Eloundou et al. 2024, dv_rating_beta (0-1); ai_applicability: Tomlinson et
    al. 2025 (0-1); computerisation: Frey & Osborne 2013 probability (0-1). `percentile` (0-100)
    is the share of occupations with this measure that have a lower value; `basis` names the
    code(s)/title the figure was published for when that is not this occupation ("" otherwise).
    """

    measure: Literal["llm_exposure", "ai_applicability", "computerisation"]
    value: float
    percentile: float
    year: int
    basis: str


class Profile(Strict):
    """Everything the official sources say about one OEWS occupation (SOC code)."""

    soc: str
    onet_codes: list[str]  # O*NET-SOC codes the O*NET fields describe ([] when O*NET has none)
    onet_title: str | None  # O*NET's title for them (None if none)
    description: str | None
    tasks: list[Task]  # core first, in O*NET order
    interests: list[Interest]  # all six, highest score first ([] if none)
    job_zone: int | None  # 1-5
    education_required: list[EducationShare]  # percent > 0, highest category first
    skills: list[Skill]  # highest importance first
    technologies: list[Technology]  # hot technologies first
    related: list[Related]
    projection: Projection | None
    exposure: list[Exposure]


class JobTitle(Strict):
    """A job title from O*NET (data/onet/titles.csv) and the OEWS SOC code it belongs to."""

    title: str
    soc: str
    kind: Literal["occupation", "alternate", "short", "reported"]
