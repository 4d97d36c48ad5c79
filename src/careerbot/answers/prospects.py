"""Getting in and the decade ahead: education (BLS typical entry education, experience and
on-the-job training; O*NET Job Zone and required-education shares) and outlook (BLS
Employment Projections 2024-34). Projections are projections, never called forecasts."""

from careerbot.answers.facts import Facts, Section
from careerbot.answers.model import Block, Citation
from careerbot.answers.sources import ONET, PROJECTIONS
from careerbot.answers.values import count, fixed, join_words, openings, whole_percent

# BLS "typical education needed for entry" -> the direct first sentence of an education answer.
# Worded to answer "do I need a degree?", "how long does it take?" and "how do I become one?"
# alike: no bare "Yes:" or "No:", which read wrong after a question that is not yes-or-no. BLS
# names the typical entry, not what most workers hold ("most" would overstate it: many RNs start
# with an associate's degree), so "the usual start".
DIRECT = {
    "Doctoral or professional degree": (
        "The usual start is a doctoral or professional degree (3 or more years after a bachelor's)"
    ),
    "Master's degree": "The usual start is a master's degree (1 to 2 years after a bachelor's)",
    "Bachelor's degree": "The usual start is a bachelor's degree (4 years of college)",
    "Associate's degree": "The usual start is a 2-year associate's degree, not a 4-year one",
    "Postsecondary nondegree award": (
        "No degree: usually a certificate from a course after high school (a few weeks to 2 years)"
    ),
    "Some college, no degree": "No degree: the usual start is some college courses",
    "High school diploma or equivalent": "No degree: the usual start is a high school diploma",
    "No formal educational credential": "No degree: the usual start needs no formal qualification",
}
# BLS's entry-education categories in everyday words, BLS's own term kept in brackets where the
# everyday word differs.
PLAIN_EDUCATION = {
    "Postsecondary nondegree award": "a certificate after high school (postsecondary award)",
    "Some college, no degree": "some college, no degree",
    "No formal educational credential": "no formal qualification",
    "High school diploma or equivalent": "a high school diploma or equivalent",
    "Associate's degree": "an associate's degree (2 years)",
    "Bachelor's degree": "a bachelor's degree (4 years)",
    "Master's degree": "a master's degree (1–2 years after a bachelor's)",
    "Doctoral or professional degree": (
        "a doctoral or professional degree (3+ years after a bachelor's)"
    ),
}


def plain_education(education: str) -> str:
    """BLS's typical entry education in everyday words."""
    return PLAIN_EDUCATION.get(education, education)


# BLS's typical on-the-job training categories (Employment Projections): as the education
# answer says them ("then ..."), as a noun in a pro or con, and which make a quick way in
TRAINING_NOUNS = {
    "Apprenticeship": "an apprenticeship",
    "Internship/residency": "an internship or residency",
    "Moderate-term on-the-job training": "1 to 12 months of training on the job",
    "Long-term on-the-job training": "more than a year of training on the job",
}
# a month or less on the job: an easy start ("Easy to start" among the pros)
EASY_TRAINING = frozenset({"None", "Short-term on-the-job training"})
# a year or less on the job: a short way in ("jobs with short training")
SHORT_TRAINING = EASY_TRAINING | {"Moderate-term on-the-job training"}
TRAINING = {
    "Short-term on-the-job training": "learn on the job in a month or less",
    "Moderate-term on-the-job training": "train on the job for 1 to 12 months",
    "Long-term on-the-job training": "train on the job for more than a year",
    "Apprenticeship": "do an apprenticeship (usually 3 to 5 years)",
    "Internship/residency": "do an internship or residency",
}
JOB_ZONES = {
    1: "little or no preparation",
    2: "some preparation",
    3: "medium preparation",
    4: "considerable preparation",
    5: "extensive preparation",
}
# A "bright outlook" label, by our stated rule (not O*NET's list): projected growth at least
# twice the all-occupation average, or at least this many openings a year.
BRIGHT_OPENINGS = 100_000
SHRINKING_BUT_OPEN = "Many openings, though jobs are shrinking: most replace people who leave"
SAME_AS_AVERAGE = 0.5  # percentage points either side of the average read "about average"


def direct_answer(education: str, training: str) -> str:
    """ "Do I need a degree?" answered in the first sentence, from BLS's entry education."""
    first = DIRECT.get(education, f"BLS's typical entry education: {education.lower()}")
    how = TRAINING.get(training)
    return f"{first}, then {how}." if how else f"{first}."


def education(facts: Facts, heading: str) -> Section | None:
    profile = facts.profile
    if profile is None:
        return None
    projection = profile.projection
    items: list[str] = []
    citations: list[Citation] = []
    lead = ""
    if projection is not None:
        lead = direct_answer(projection.education, projection.training)
        items += [
            f"Typical education to start: {plain_education(projection.education)}",
            f"Work experience needed: {projection.experience}",
            f"Training on the job: {projection.training}",
        ]
        citations.append(PROJECTIONS)
    if profile.job_zone is not None:
        zone = profile.job_zone
        items.append(f"O*NET Job Zone {zone} of 5: {JOB_ZONES.get(zone, 'preparation')}")
    shares = sorted(profile.education_required, key=lambda e: -e.percent)
    shares = [s for s in shares if s.percent >= 0.5]
    share_text = ""
    if shares:
        said = join_words([f"{s.level} {whole_percent(s.percent)}" for s in shares[:3]])
        share_text = f"Workers asked what the job needs said: {said}."
    if not items and not share_text:
        return None
    if profile.job_zone is not None or shares:
        citations.append(ONET)
    if not lead:
        lead = f"What it takes to become one of the {facts.official_title}:"
    onet = bool(profile.job_zone or shares)
    note, long_note = (facts.onet_note(brief=True), facts.onet_note()) if onet else ("", "")
    short = [Block(heading=heading, text=lead, items=items)]
    if share_text:
        short.append(Block(text=f"{share_text} {note}".strip()))
    full = list(short)
    if shares:
        every = join_words([f"{s.level} {whole_percent(s.percent)}" for s in shares])
        full[-1] = Block(
            text=f"Workers asked what the job needs said: {every}. {long_note}".strip()
        )
    return Section(short=short, full=full, citations=citations)


def _pace(percent: float, average: float | None) -> str:
    if average is None:
        return ""
    if percent < 0 < average:
        return f"while jobs overall are projected to grow {fixed(average)}%"
    if abs(percent - average) <= SAME_AS_AVERAGE:
        return f"about the same as the {fixed(average)}% for all jobs"
    word = "faster" if percent > average else "slower"
    return f"{word} than the {fixed(average)}% for all jobs"


def bright(percent: float, openings: int, average: float | None) -> bool:
    """Our bright-outlook rule (stated in the answer): growth at least twice the average, or at
    least BRIGHT_OPENINGS openings a year in a job that is not shrinking (cashiers' many
    openings replace people who leave a shrinking job: no bright outlook)."""
    fast = average is not None and average > 0 and percent >= 2 * average
    return fast or (openings >= BRIGHT_OPENINGS and percent >= 0)


def outlook(facts: Facts, heading: str) -> Section | None:
    profile = facts.profile
    projection = profile.projection if profile else None
    if projection is None:
        return None
    change = projection.percent_change
    average = facts.average_growth
    verb = "grow" if change > 0 else "shrink" if change < 0 else "stay about the same size"
    size = f" {fixed(abs(change))}%" if change != 0 else ""
    pace = _pace(change, average)
    lead = (
        f"Jobs for {facts.official_title} are projected to {verb}{size} from 2024 to 2034"
        f"{', ' + pace if pace else ''}."
    )
    sign = "+" if projection.change > 0 else "-" if projection.change < 0 else ""
    items = [
        f"Jobs: {count(projection.employment_2024)} in 2024, {count(projection.employment_2034)} "
        f"projected for 2034 ({sign}{count(abs(projection.change))})",
        f"Openings each year, on average: {openings(projection.openings)}",
    ]
    if bright(change, projection.openings, average):
        rule = f"growth at least 2× the {fixed(average)}% average, or " if average else ""
        items.append(
            f"☀️ Bright outlook (my rule: {rule}{count(BRIGHT_OPENINGS)}+ openings a year "
            "without a decline)"
        )
    elif change < 0 and projection.openings >= BRIGHT_OPENINGS:
        items.append(SHRINKING_BUT_OPEN)
    caveat = "Projections are BLS's estimates if things go on as they are, not forecasts."
    short = [Block(heading=heading, text=lead, items=items), Block(text=caveat)]
    full = [
        Block(heading=heading, text=lead, items=items),
        Block(
            text=f"{caveat} Most openings replace people who retire or change jobs, so even "
            "a shrinking job has some."
        ),
    ]
    return Section(short=short, full=full, citations=[PROJECTIONS])
