"""An occupation's official profile, keyed by OEWS SOC code: O*NET 30.3 (description, tasks,
RIASEC interests, Job Zone, required education, essential skills, technologies, related
occupations), BLS Employment Projections 2024-34, and three AI-exposure measures.

This is the shared contract with the data build (branch `data`), which writes the files and
loads them into `Catalog.profiles`; the answers read only these models.
"""

from typing import Literal

from careerbot.catalog.models import Strict


class Task(Strict):
    text: str
    core: bool


class Interest(Strict):
    """A RIASEC interest: O*NET Occupational Interest (OI) score, 1-7."""

    code: Literal["R", "I", "A", "S", "E", "C"]
    name: str
    score: float


class EducationShare(Strict):
    """O*NET Required Level of Education (RL): category 1-12, its plain name, and the percent
    of respondents who say that level is required."""

    category: int
    level: str
    percent: float


class Skill(Strict):
    """An O*NET essential skill: importance (IM, 1-5) and level (LV, 0-7)."""

    name: str
    importance: float
    level: float


class Technology(Strict):
    name: str
    hot: bool
    in_demand: bool


class Related(Strict):
    """An O*NET related occupation, mapped to its SOC code; `index` 1 is the closest."""

    soc: str
    title: str
    tier: str
    index: int


class Projection(Strict):
    """BLS Employment Projections 2024-34 (Table 1.2): jobs (not thousands), percent change,
    annual average openings, and the typical entry requirements."""

    employment_2024: int
    employment_2034: int
    change: int
    percent_change: float
    openings: int
    education: str
    experience: str
    training: str
    title: str
    code: str


class Exposure(Strict):
    """One AI-exposure measure for the occupation; `percentile` 0-100 among all occupations
    with the measure (higher = more exposed)."""

    measure: Literal["llm_exposure", "ai_applicability", "computerisation"]
    value: float
    percentile: float
    year: int
    basis: str


class Profile(Strict):
    soc: str
    onet_codes: list[str]
    onet_title: str | None
    description: str | None
    tasks: list[Task]
    interests: list[Interest]
    job_zone: int | None
    education_required: list[EducationShare]
    skills: list[Skill]
    technologies: list[Technology]
    related: list[Related]
    projection: Projection | None
    exposure: list[Exposure]
