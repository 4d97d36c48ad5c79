"""Pros and cons derived by stated rules from the figures, each bullet citing its figure; and
work-life balance, which no national source covers for every occupation (so no score is
invented).

The rules (RULES below, shown under a full answer):
- pay: BLS median at least 10% above the US median for all occupations is a pro; at least 10%
  below is a con.
- growth: projected 2024-34 change above the all-occupation average is a pro; growth below it,
  or a decline, is a con.
- openings: at least 10,000 a year is a pro; under 1,000 a year is a con.
- entry education: a high school diploma or less is a pro; a master's or doctoral degree is a con
  (years of study before the first job).
- AI: tasks less exposed to AI language models than 75% of jobs is a pro; more exposed than 75%
  is a con; so is a 2013 chance of computerisation (Frey & Osborne) of 70% or more.
"""

from careerbot.answers.ai import rank
from careerbot.answers.facts import Facts, Section
from careerbot.answers.model import Block, Citation
from careerbot.answers.prospects import EASY_TRAINING, TRAINING_NOUNS
from careerbot.answers.sources import EXPOSURE_CITATIONS, LLM_EXPOSURE, OEWS, PROJECTIONS
from careerbot.answers.values import count, fixed, half_up, money, openings

Point = tuple[str, Citation]  # a bullet and the source of its figure
PAY_MARGIN = 0.10
MANY_OPENINGS, FEW_OPENINGS = 10_000, 1_000
AI_LOW, AI_HIGH = 25.0, 75.0
COMPUTERISATION_HIGH = 0.70  # Frey & Osborne's own "high risk" band starts here
EASY_ENTRY = {"High school diploma or equivalent", "No formal educational credential"}
LONG_ENTRY = {"Master's degree", "Doctoral or professional degree"}
RULES = (
    "How I pick these: pay 10% or more above or below the US median for all jobs; growth above "
    "or below the all-job average, or a decline; 10,000+ or under 1,000 openings a year; a high "
    "school diploma or less with little on-the-job training (easy), or a master's or doctorate "
    "(long), to start; tasks less or more exposed to AI language models than 75% of jobs, or a "
    "2013 chance of computerisation of 70% or more."
)
# Said where no downside is found, so that it never reads as "safe" or "easy".
NOT_MEASURED = (
    "My figures cover pay, openings, growth, education and AI exposure only: they say nothing "
    "about physical danger, stress or hours. The BLS Occupational Outlook Handbook's “Work "
    "Environment” tab describes those: https://www.bls.gov/ooh/"
)
NO_BALANCE = (
    "No national source rates work-life balance for every job, so I won't make up a score for "
    "{title}."
)
BALANCE_POINTER = (
    "The BLS Occupational Outlook Handbook's “Work Environment” tab describes hours and "
    "schedules for most careers: https://www.bls.gov/ooh/"
)


def pros_and_cons(facts: Facts) -> tuple[list[Point], list[Point]]:
    """(pros, cons): each a bullet with the figure it rests on, and that figure's source."""
    pros: list[Point] = []
    cons: list[Point] = []
    median = facts.oews.number("annual_median") if facts.oews else None
    us = facts.us_median
    if median is not None and us:
        versus = f"median {money(median)} a year vs {money(us)} for all jobs"
        if median >= us * (1 + PAY_MARGIN):
            pros.append((f"Pays well: {versus}", OEWS))
        elif median <= us * (1 - PAY_MARGIN):
            cons.append((f"Pays less than most jobs: {versus}", OEWS))
    projection = facts.profile.projection if facts.profile else None
    average = facts.average_growth
    if projection is not None:
        change = projection.percent_change
        if average is not None and change > average:
            pros.append(
                (
                    f"Growing: {fixed(change, sign=True)}% projected for 2024–34 vs "
                    f"{fixed(average, sign=True)}% for all jobs",
                    PROJECTIONS,
                )
            )
        elif change < 0:
            cons.append(
                (f"Shrinking: {fixed(change, sign=True)}% projected for 2024–34", PROJECTIONS)
            )
        elif average is not None and change < average:
            cons.append(
                (
                    f"Growing slower than most: {fixed(change, sign=True)}% projected for "
                    f"2024–34 vs {fixed(average, sign=True)}% for all jobs",
                    PROJECTIONS,
                )
            )
        if projection.openings >= MANY_OPENINGS:
            pros.append(
                (f"Plenty of openings: about {count(projection.openings)} a year", PROJECTIONS)
            )
        elif projection.openings < FEW_OPENINGS:
            cons.append((f"Few openings: {openings(projection.openings)} a year", PROJECTIONS))
        # an apprenticeship (electricians) or months of training (police academy) is no easy
        # start, though no degree is needed
        if projection.education in EASY_ENTRY and projection.training in EASY_TRAINING:
            pros.append(
                (f"Easy to start: {projection.education.lower()} is the usual entry", PROJECTIONS)
            )
        elif projection.education in EASY_ENTRY:
            line = (
                f"No degree needed: {projection.education.lower()}, then "
                f"{TRAINING_NOUNS.get(projection.training, projection.training.lower())}, is the "
                "usual path"
            )
            pros.append((line, PROJECTIONS))
        elif projection.education in LONG_ENTRY:
            cons.append(
                (f"Long to start: a {projection.education.lower()} is the usual entry", PROJECTIONS)
            )
    llm = facts.exposure("llm_exposure")
    if llm is not None:
        if llm.percentile <= AI_LOW:
            line = f"Tasks less touched by AI language models: {rank(llm.percentile)}"
            pros.append((line, LLM_EXPOSURE))
        elif llm.percentile >= AI_HIGH:
            line = f"Tasks more touched by AI language models: {rank(llm.percentile)}"
            cons.append((line, LLM_EXPOSURE))
    computerisation = facts.exposure("computerisation")
    if computerisation is not None and computerisation.value >= COMPUTERISATION_HIGH:
        # an old estimate of what computers could do, said as such
        line = (
            f"High 2013 estimate of computerisation (Frey & Osborne): "
            f"{half_up(computerisation.value * 100)}%"
        )
        cons.append((line, EXPOSURE_CITATIONS["computerisation"]))
    return pros, cons


def _verdict(facts: Facts, heading: str, want_pros: bool) -> Section | None:
    if facts.oews is None and facts.profile is None:
        return None
    pros, cons = pros_and_cons(facts)
    points = pros if want_pros else cons
    items = [text for text, _ in points]
    cited = list(dict.fromkeys(source for _, source in points))
    kind = "upsides" if want_pros else "downsides"
    if items:
        lead = f"The {kind} of {facts.official_title}, by the figures:"
    elif want_pros:
        title = facts.official_title
        lead = f"The figures I have (pay, growth, AI exposure) show no clear upside for {title}."
    else:
        # not "no downsides": a reader takes that as "safe", "easy" (nurses, linemen)
        lead = (
            f"The figures I have (pay, growth, AI exposure) show no weak spot for "
            f"{facts.official_title}; that is not the same as no downsides."
        )
    if not want_pros and not items:
        # "is it dangerous?" (linemen): what the figures cannot say comes first, so that no
        # downside found never reads as "safe"
        short = [Block(heading=heading, text=f"{NOT_MEASURED} {lead}")]
    else:
        short = [Block(heading=heading, text=lead, items=items)]
        if not want_pros:  # "hard on the body?": the figures say nothing of it
            short.append(Block(text=NOT_MEASURED))
    full = [*short, Block(text=RULES)]
    return Section(short=short, full=full, citations=cited)


def strengths(facts: Facts, heading: str) -> Section | None:
    return _verdict(facts, heading, True)


def challenges(facts: Facts, heading: str) -> Section | None:
    return _verdict(facts, heading, False)


def work_life(facts: Facts, heading: str) -> Section:
    """Always answers: says plainly that there is no national score."""
    text = NO_BALANCE.format(title=facts.title) + " " + BALANCE_POINTER
    block = [Block(heading=heading, text=text)]
    return Section(short=block, full=block, citations=[])
