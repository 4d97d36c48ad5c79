"""Format an occupation's figures into the strings answer templates use ({median_salary}, ...).

One home for how numbers read: money with a dollar sign and thousands separators, hourly pay as
the annual median over a 2,080-hour full-time year (and said so), growth with its direction.
Missing figures become None, so a template that needs them uses its `missing` text instead.
"""

from careerbot.catalog.models import Occupation
from careerbot.catalog.oews import RELEASE, Figures
from careerbot.understanding.states import state_name

FULL_TIME_HOURS = 2_080


def money(amount: float) -> str:
    return f"${amount:,.0f}" if amount >= 100 else f"${amount:,.2f}"


def percent(value: float) -> str:
    return f"{value:+.1f}%".replace("+", "+" if value > 0 else "")


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def occupation_values(occupation: Occupation) -> dict[str, str | None]:
    salary = occupation.median_salary
    growth = occupation.growth_rate
    risk = occupation.automation_risk
    balance = occupation.work_life_balance
    riasec = occupation.riasec
    growth_phrase = None
    if growth is not None:
        if growth > 0:
            growth_phrase = f"grow by {growth:.1f}%"
        elif growth < 0:
            growth_phrase = f"shrink by {abs(growth):.1f}%"
        else:
            growth_phrase = "stay about the same size"
    return {
        "title": occupation.title,
        "soc": occupation.soc,
        "median_salary": money(salary) if salary is not None else None,
        "hourly_wage": money(salary / FULL_TIME_HOURS) if salary is not None else None,
        "employment": f"{occupation.employment:,}" if occupation.employment is not None else None,
        "growth_rate": percent(growth) if growth is not None else None,
        "growth_phrase": growth_phrase,
        "automation_probability": f"{risk.probability * 100:.0f}%" if risk else None,
        "automation_level": risk.level if risk else None,
        "work_life_score": f"{balance.score:.1f}/10" if balance else None,
        "work_life_label": balance.label if balance else None,
        "riasec_top": (
            join_words([f"{name.title()} ({score:.1f}/10)" for name, score in riasec.ranked()[:3]])
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
TOP_ANNUAL = "more than $239,200"  # BLS's top-coding threshold, quoted, never a figure
TOP_HOURLY = "more than $115.00"


def bls_money(figures: Figures, column: str) -> str:
    """A BLS wage cell read aloud: the figure, BLS's top-code wording, or "not published"."""
    if figures.top_coded(column):
        return TOP_HOURLY if column.startswith("hourly") else TOP_ANNUAL
    value = figures.number(column)
    if value is None:
        return NOT_PUBLISHED
    return f"${value:,.2f}" if column.startswith("hourly") else f"${value:,.0f}"


def _per(figures: Figures, column: str, unit: str) -> str:
    text = bls_money(figures, column)
    return f"{text} {unit}" if text != NOT_PUBLISHED else f"{unit.split()[-1]}ly pay {text}"


def bls_count(figures: Figures) -> str:
    value = figures.number("employment")
    return f"{value:,.0f}" if value is not None else NOT_PUBLISHED


def oews_values(title: str, figures: Figures, missing_fields: str) -> dict[str, str | None]:
    return {
        "oews_title": title,
        "oews_release": RELEASE,
        "oews_median": _per(figures, "annual_median", "a year"),
        "oews_hourly_median": _per(figures, "hourly_median", "an hour"),
        "oews_p10": bls_money(figures, "annual_p10"),
        "oews_p25": bls_money(figures, "annual_p25"),
        "oews_p75": bls_money(figures, "annual_p75"),
        "oews_p90": bls_money(figures, "annual_p90"),
        "oews_employment": bls_count(figures),
        "missing_fields": missing_fields,
    }


def state_values(state: str, figures: Figures, national: Figures) -> dict[str, str | None]:
    here, there = figures.number("annual_median"), national.number("annual_median")
    if here is None or there is None:
        versus = "not comparable with the national median (a figure is not published)"
    elif abs(here - there) / there < 0.02:
        versus = "about the same as the national median"
    else:
        direction = "above" if here > there else "below"
        versus = f"{abs(here - there) / there:.0%} {direction} the national median"
    return {
        "state_name": state_name(state),
        "state_median": _per(figures, "annual_median", "a year"),
        "state_hourly_median": _per(figures, "hourly_median", "an hour"),
        "state_p10": bls_money(figures, "annual_p10"),
        "state_p90": bls_money(figures, "annual_p90"),
        "state_employment": bls_count(figures),
        "state_vs_national": versus,
    }
