"""Format an occupation's figures into the strings answer templates use ({median_salary}, ...).

One home for how numbers read: money with a dollar sign and thousands separators, hourly pay as
the annual median over a 2,080-hour full-time year (and said so), growth with its direction.
Missing figures become None, so a template that needs them uses its `missing` text instead.
"""

from decimal import ROUND_HALF_UP, Decimal

from careerbot.catalog.models import Occupation
from careerbot.catalog.oews import TOP_CODE_ANNUAL, TOP_CODE_HOURLY, Figures
from careerbot.understanding.states import state_name

FULL_TIME_HOURS = 2_080
# Said once per answer, the first time "median" appears.
MEDIAN_EXPLAINED = "half earn more, half less"


def half_up(value: float, places: int = 0) -> Decimal:
    """Round the way people expect (26.5 -> 27), not Python's round-half-to-even on binary
    floats (which gives 26)."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fixed(value: float, places: int = 1, sign: bool = False) -> str:
    """A figure with `places` decimals, rounded half up (4.25 -> "4.3"); `sign` adds "+" to a
    positive one ("+3.1")."""
    rounded = half_up(value, places)
    return f"+{rounded}" if sign and rounded > 0 else str(rounded)


def whole_percent(value: float) -> str:
    """A share or percentile in percent, rounded half up: 26.5 -> "27%"."""
    return f"{half_up(value)}%"


def count(value: float) -> str:
    """A number of people or jobs: 78600 -> "78,600"."""
    return f"{value:,.0f}"


def openings(value: int) -> str:
    """BLS projected openings a year, as jobs: BLS publishes them in thousands with one decimal,
    so 0 means fewer than 50."""
    return count(value) if value > 0 else "fewer than 50"


def place(state: str) -> str:
    """A state as it reads after "in": "Ohio", "the District of Columbia"."""
    name = state_name(state)
    return f"the {name}" if name.startswith("District of") else name


def money(amount: float) -> str:
    return f"${amount:,.0f}" if amount >= 100 else f"${amount:,.2f}"


def percent(value: float) -> str:
    return f"{fixed(value, sign=True)}%"


def join_words(items: list[str], conjunction: str = "and") -> str:
    """ "a, b and c" (or "a, b or c" with `conjunction` "or")."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def occupation_values(occupation: Occupation) -> dict[str, str | None]:
    salary = occupation.median_salary
    growth = occupation.growth_rate
    risk = occupation.automation_risk
    balance = occupation.work_life_balance
    riasec = occupation.riasec
    growth_phrase = None
    if growth is not None:
        if growth > 0:
            growth_phrase = f"grow by {fixed(growth)}%"
        elif growth < 0:
            growth_phrase = f"shrink by {fixed(abs(growth))}%"
        else:
            growth_phrase = "stay about the same size"
    return {
        "title": occupation.title,
        "soc": occupation.soc,
        "median_salary": money(salary) if salary is not None else None,
        "hourly_wage": money(salary / FULL_TIME_HOURS) if salary is not None else None,
        "growth_rate": percent(growth) if growth is not None else None,
        "growth_phrase": growth_phrase,
        "automation_probability": f"{half_up(risk.probability * 100)}%" if risk else None,
        "automation_level": risk.level if risk else None,
        "work_life_score": f"{fixed(balance.score)}/10" if balance else None,
        "work_life_label": balance.label if balance else None,
        "riasec_top": (
            join_words(
                [f"{name.title()} ({fixed(score)}/10)" for name, score in riasec.ranked()[:3]]
            )
            if riasec
            else None
        ),
        "education": occupation.education,
        "source_name": occupation.source.name,
        "source_url": occupation.source.url,
    }


def general_values(titles: list[str]) -> dict[str, str | None]:
    return {"occupation_count": f"{len(titles):,}", "example_titles": join_words(titles[:3])}


NOT_PUBLISHED = "not published"
# BLS: "equal to or greater than" the top-code; quoted as a floor, never as a figure.
TOP_ANNUAL = f"at least ${TOP_CODE_ANNUAL:,.0f}"
TOP_HOURLY = f"at least ${TOP_CODE_HOURLY:,.2f}"


def bls_money(figures: Figures, column: str) -> str:
    """A BLS wage cell read aloud: "$45,500", "$21.88", "at least $239,200" (top-coded) or
    "not published"."""
    if figures.top_coded(column):
        return TOP_HOURLY if column.startswith("hourly") else TOP_ANNUAL
    value = figures.number(column)
    if value is None:
        return NOT_PUBLISHED
    return f"${value:,.2f}" if column.startswith("hourly") else f"${value:,.0f}"


def per_unit(figures: Figures, column: str, unit: str) -> str:
    text = bls_money(figures, column)
    return f"{text} {unit}" if text != NOT_PUBLISHED else f"{unit.split()[-1]}ly pay {text}"


def bls_count(figures: Figures) -> str:
    value = figures.number("employment")
    return f"{value:,.0f}" if value is not None else NOT_PUBLISHED
