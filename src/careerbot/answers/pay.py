"""One BLS wage-survey row (OEWS) read aloud for a 16-year-old: one plain sentence with one
number first, "median" explained, then the range.

Rules (each has a test in tests/test_wording.py):
- Occupations BLS publishes hourly only (actors, dancers, musicians) are told in hourly pay, with
  hourly percentiles; annual-only ones (teachers) say why there is no hourly figure (BLS
  footnote 4: they are typically paid by the year and often not year-round, full time).
- A row with nothing published says so in one sentence.
- A top-coded cell ('#') reads "at least $239,200" (BLS: "equal to or greater than").
- A top-coded percentile below the median never reads as a range: when p10 or p25 is top-coded,
  every wage above it is too, and the answer says only that they earn at least the top-code.
"""

from typing import Literal

from careerbot.answers.values import (
    MEDIAN_EXPLAINED,
    NOT_PUBLISHED,
    bls_count,
    bls_money,
    half_up,
    per_unit,
    place,
    whole_percent,
)
from careerbot.catalog.oews import RELEASE, Figures

Basis = Literal["annual", "hourly", "none"]
UNIT = {"annual": "a year", "hourly": "an hour"}
HOURLY_ONLY = (
    "BLS gives only hourly pay for this job: it is usually paid by the hour and often not "
    "year-round, full time, so there is no yearly figure."
)
# BLS's reason: hourly rates are not published where workers typically work fewer than 2,080
# hours a year
ANNUAL_ONLY = (
    "BLS gives only yearly pay for this job: its workers often do not work a standard 2,080-hour "
    "year (a school year, a pilot's flight hours), so there is no hourly figure."
)
TOP_ONLY = "BLS publishes no exact figures this high, only that they are at least the amount shown."


def basis(figures: Figures) -> Basis:
    """Which set of wage columns BLS published for the row: annual (with or without hourly),
    hourly only, or none."""
    annual = any(_has(figures, f"annual_{p}") for p in ("median", "p10", "p90", "mean"))
    hourly = any(_has(figures, f"hourly_{p}") for p in ("median", "p10", "p90", "mean"))
    if annual:
        return "annual"
    return "hourly" if hourly else "none"


def _has(figures: Figures, column: str) -> bool:
    return figures.number(column) is not None or figures.top_coded(column)


def hourly_only(figures: Figures) -> bool:
    return basis(figures) == "hourly"


def annual_only(figures: Figures) -> bool:
    return basis(figures) == "annual" and not any(
        _has(figures, f"hourly_{p}") for p in ("median", "p10", "p90", "mean")
    )


def median_sentence(subject: str, figures: Figures, explain: bool = True) -> str:
    """ "Registered Nurses earn a median of $97,550 a year (half earn more, half less), about
    $46.90 an hour." -- or the hourly-only / annual-only / nothing-published forms. Without
    `explain`, neither the median nor the hourly-only / yearly-only basis is explained (a
    second sentence after one that did)."""
    kind = basis(figures)
    if kind == "none":
        return f"BLS published no pay figures for {subject} in this survey."
    median = bls_money(figures, f"{kind}_median")
    if median == NOT_PUBLISHED:
        return f"BLS did not publish a median pay for {subject}."
    explained = f" ({MEDIAN_EXPLAINED})" if explain else ""
    sentence = f"{subject} earn a median of {median} {UNIT[kind]}{explained}"
    if kind == "annual" and not annual_only(figures):
        hourly = bls_money(figures, "hourly_median")
        if hourly != NOT_PUBLISHED:
            sentence += f", {hourly} an hour"
    sentence += "."
    if kind == "hourly" and explain:  # said once, like the median, where it first appears
        sentence += " " + HOURLY_ONLY
    elif annual_only(figures) and explain:
        sentence += " " + ANNUAL_ONLY
    return sentence


def range_sentence(figures: Figures) -> str:
    """The spread of pay: the middle half, and the 10th and 90th percentiles. Empty when the
    row has no wages; never a range that starts at a top-code."""
    kind = basis(figures)
    if kind == "none":
        return ""
    unit = UNIT[kind]
    cells = {p: bls_money(figures, f"{kind}_{p}") for p in ("p10", "p25", "median", "p75", "p90")}
    if figures.top_coded(f"{kind}_p10"):
        return f"Nearly all of them earn {cells['p10']} {unit}. {TOP_ONLY}"
    if figures.top_coded(f"{kind}_p25"):
        low = cells["p10"]
        start = f"1 in 10 earn less than {low}; " if low != NOT_PUBLISHED else ""
        return f"{start}3 in 4 earn {cells['p25']} {unit}. {TOP_ONLY}"
    parts = []
    if NOT_PUBLISHED not in (cells["p25"], cells["p75"]):
        parts.append(f"The middle half earn {cells['p25']} to {cells['p75']} {unit}.")
    if cells["p10"] != NOT_PUBLISHED:
        parts.append(f"1 in 10 earn less than {cells['p10']}")
    if cells["p90"] != NOT_PUBLISHED:
        top = cells["p90"]
        parts.append(
            f"1 in 10 earn {top}"
            if figures.top_coded(f"{kind}_p90")
            else f"1 in 10 more than {top}"
        )
    text = parts[0] if parts and parts[0].endswith(".") else ""
    tail = [p for p in parts if not p.endswith(".")]
    if tail:
        text = (text + " " if text else "") + "; ".join(tail) + "."
    if any(figures.top_coded(f"{kind}_{p}") for p in ("p75", "p90")):
        text += " " + TOP_ONLY
    return text.strip()


def annual_median(figures: Figures) -> float | None:
    """The annual median in dollars, when BLS published one (for comparisons)."""
    return figures.number("annual_median")


def pay_cell(figures: Figures) -> str:
    """A median for a table cell: "$45,500 a year", "$29.05 an hour" (hourly-only) or "not
    published"."""
    kind = basis(figures)
    if kind == "none":
        return NOT_PUBLISHED
    median = bls_money(figures, f"{kind}_median")
    return median if median == NOT_PUBLISHED else f"{median} {UNIT[kind]}"


def jobs_sentence(title: str, figures: Figures, where: str) -> str:
    """ "About 68,690 people work as Library Technicians in the US." or that BLS published no
    count."""
    jobs = bls_count(figures)
    if jobs == NOT_PUBLISHED:
        return f"BLS did not publish how many people work as {title} in {where}."
    return f"About {jobs} people work as {title} in {where}."


def oews_values(title: str, figures: Figures, missing_fields: str) -> dict[str, str | None]:
    """The {oews_*} placeholders: BLS wage-survey figures for one occupation, US-wide."""
    return {
        "oews_title": title,
        "oews_release": RELEASE,
        "oews_pay": median_sentence(title, figures),
        "oews_pay_range": range_sentence(figures),
        "oews_median": per_unit(figures, "annual_median", "a year"),
        "oews_hourly_median": per_unit(figures, "hourly_median", "an hour"),
        "oews_p10": bls_money(figures, "annual_p10"),
        "oews_p25": bls_money(figures, "annual_p25"),
        "oews_p75": bls_money(figures, "annual_p75"),
        "oews_p90": bls_money(figures, "annual_p90"),
        "oews_employment": bls_count(figures),
        "oews_jobs": jobs_sentence(title, figures, "the US"),
        "missing_fields": missing_fields,
    }


def versus_national(figures: Figures, national: Figures) -> str:
    """A state's median against the US one for the same job, in whole percent rounded half up
    (26.5% -> 27%), on the basis (yearly or hourly) BLS published for both."""
    kind = basis(national)
    if kind == "none" or basis(figures) != kind:
        return "not comparable with the US median (a figure is not published)"
    here, there = figures.number(f"{kind}_median"), national.number(f"{kind}_median")
    if here is None or there is None:
        return "not comparable with the US median (a figure is not published)"
    share = abs(here - there) / there * 100
    if half_up(share) < 2:
        return "about the same as the US median for this job"
    direction = "above" if here > there else "below"
    return f"{whole_percent(share)} {direction} the US median for this job"


def state_values(
    state: str, title: str, figures: Figures, national: Figures
) -> dict[str, str | None]:
    """The {state_*} placeholders: one state's BLS wage-survey figures against the US ones."""
    where = place(state)
    return {
        "state_name": where,
        "state_pay": f"In {where}, " + median_sentence(title, figures),
        "state_pay_range": range_sentence(figures),
        "state_median": per_unit(figures, "annual_median", "a year"),
        "state_hourly_median": per_unit(figures, "hourly_median", "an hour"),
        "state_p10": bls_money(figures, "annual_p10"),
        "state_p90": bls_money(figures, "annual_p90"),
        "state_employment": bls_count(figures),
        "state_jobs": jobs_sentence(title, figures, where),
        # a whole sentence, or none where the state has no median to set against the US one
        "state_vs_national": (
            f"That is {versus_national(figures, national)}." if basis(figures) != "none" else ""
        ),
    }
