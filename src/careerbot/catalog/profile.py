"""A career profile for one OEWS occupation, from the official sources built into data/ by
`careerbot data build`: O*NET 30.3 (data/onet/), BLS Employment Projections 2024-34
(data/projections/) and three AI-exposure measures (data/exposure/). See data/README.md for each
release, its licence and the O*NET-SOC → SOC rule.
"""

from typing import Literal

from careerbot.catalog.models import Source, Strict


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


# Where each profile field comes from, for source lines and /about (data/README.md has the
# releases, licences and hashes). O*NET's credit is required by its CC BY 4.0 licence wherever
# its data is shown; ONET_CREDIT adds that careerbot modified (selected and combined) it.
ONET_CREDIT = (
    "This product includes information from the O*NET 30.3 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. careerbot has modified the data (selected "
    "fields and combined O*NET occupations that share one SOC code); USDOL/ETA has not "
    "approved, endorsed, or tested these modifications."
)
ONET_SOURCE = Source(
    name="O*NET 30.3 Database (May 2026), USDOL/ETA",
    url="https://www.onetcenter.org/database.html",
    file="onet/occupations.csv",
    note=ONET_CREDIT,
)
PROJECTIONS_SOURCE = Source(
    name="U.S. Bureau of Labor Statistics, Employment Projections 2024–34",
    url="https://www.bls.gov/emp/",
    file="projections/occupations.csv",
    note="Projections, not forecasts: they do not foresee rapid technological change.",
)
EXPOSURE_SOURCES: dict[str, Source] = {
    "llm_exposure": Source(
        name="Eloundou, Manning, Mishkin & Rock, “GPTs are GPTs”, Science (2024)",
        url="https://arxiv.org/abs/2303.10130",
        file="exposure/occupations.csv",
        note="share of an occupation's tasks exposed to large language models (GPT-4 rated, "
        "E1 + ½E2)",
    ),
    "ai_applicability": Source(
        name="Tomlinson, Jaffe, Wang, Counts & Suri, “Working with AI”, Microsoft Research (2025)",
        url="https://arxiv.org/abs/2507.07935",
        file="exposure/occupations.csv",
        note="how much of an occupation's work people already do with AI (Bing Copilot "
        "conversations)",
    ),
    "computerisation": Source(
        name="Frey & Osborne, “The Future of Employment” (2013 working paper; Technological "
        "Forecasting & Social Change, 2017)",
        url="https://doi.org/10.1016/j.techfore.2016.08.019",
        file="exposure/occupations.csv",
        note="2013 estimate of the probability that an occupation could be computerised",
    ),
}
