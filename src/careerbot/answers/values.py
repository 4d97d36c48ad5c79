"""Format an occupation's figures into the strings answer templates use ({median_salary}, ...).

One home for how numbers read: money with a dollar sign and thousands separators, hourly pay as
the annual median over a 2,080-hour full-time year (and said so), growth with its direction.
Missing figures become None, so a template that needs them uses its `missing` text instead.
"""

from careerbot.catalog.models import Occupation

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
