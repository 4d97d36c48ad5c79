"""AI and automation: three published measures, each named for what it measures, as a
percentile among all occupations a teen can read. None of them says a job "will be replaced",
and the answer never does.

- llm_exposure: share of a job's tasks AI language models could speed up (Eloundou et al. 2024,
  "GPTs are GPTs").
- ai_applicability: where people already use AI for the job's work activities, from real
  Microsoft Copilot conversations (Tomlinson et al. 2025, "Working with AI").
- computerisation: the 2013 estimate of the probability a job could be computerised (Frey &
  Osborne 2013).
"""

from careerbot.answers.facts import Facts, Section
from careerbot.answers.model import Block
from careerbot.answers.sources import EXPOSURE_CITATIONS, PROJECTIONS
from careerbot.answers.values import fixed, half_up
from careerbot.catalog.profile import Exposure

ORDER = ("llm_exposure", "ai_applicability", "computerisation")
WHAT = {
    "llm_exposure": "Tasks AI language models could speed up (Eloundou et al. {year})",
    "ai_applicability": "Use of AI for this work today (Copilot, Tomlinson et al. {year})",
    "computerisation": "Chance of computerisation, {year} estimate (Frey & Osborne)",
}
CAVEAT = (
    "These measure how much AI touches the work, not job losses; BLS's 2024–34 projections "
    "do not foresee rapid technological change."
)


# "will robots take their jobs", "self-driving trucks": machines, which only the 2013 estimate
# measured; said first, before the language-model measures
MACHINES_NOTE = (
    "Robots, self-driving vehicles and other machines are what the {year} computerisation "
    "estimate (Frey & Osborne) measured: a {chance} chance for {subject}, {rank}. The other "
    "measures below are about AI language models, which help with text and knowledge work."
)


def machines_note(facts: Facts) -> str | None:
    """The 2013 computerisation estimate said first, for a question about robots or machines
    (see MACHINES_NOTE); None where the occupation has none."""
    estimate = facts.exposure("computerisation")
    if estimate is None:
        return None
    return MACHINES_NOTE.format(
        year=estimate.year,
        chance=f"{half_up(estimate.value * 100)}%",
        subject=facts.subject,
        rank=rank(estimate.percentile, "likely"),
    )


def rank(percentile: float, word: str = "exposed") -> str:
    """ "more exposed than 80% of jobs" / "less exposed than 75% of jobs" (percentile 0-100,
    the share of occupations with a lower value), rounded half up."""
    share = half_up(percentile) if percentile >= 50 else half_up(100 - percentile)
    if share >= 100:  # "more exposed than 100% of jobs" cannot be: it is the top (or bottom)
        return (
            f"among the most {word} of all jobs"
            if percentile >= 50
            else (f"among the least {word} of all jobs")
        )
    if percentile >= 50:
        return f"more {word} than {share}% of jobs"
    return f"less {word} than {share}% of jobs"


def _line(exposure: Exposure, detail: bool) -> str:
    what = WHAT[exposure.measure].format(year=exposure.year)
    if exposure.measure == "computerisation":
        chance = f"{half_up(exposure.value * 100)}%"
        line = f"{what}: {chance}, {rank(exposure.percentile, 'likely')}"
    else:
        line = f"{what}: {rank(exposure.percentile)}"
    if detail:
        source = f"; published for {exposure.basis}" if exposure.basis else ""
        line += f" (score {fixed(exposure.value, 2)} on a 0–1 scale{source})"
    return line


def automation(facts: Facts, heading: str) -> Section | None:
    measures = [e for m in ORDER if (e := facts.exposure(m)) is not None]
    if not measures:
        return None
    first = measures[0]
    subject = facts.subject
    lead = {
        "llm_exposure": f"{subject}: {rank(first.percentile)} to AI language models like "
        f"ChatGPT (Eloundou et al. {first.year}).",
        "ai_applicability": f"{subject}: {rank(first.percentile)} in how much people already "
        f"use AI for this work (Tomlinson et al. {first.year}).",
        "computerisation": f"The one AI measure I have for {subject} is from {first.year}.",
    }[first.measure]
    rest = measures[1:] if first.measure != "computerisation" else measures
    llm = first.measure == "llm_exposure"
    brief = f"{lead} {facts.onet_note(brief=True) if llm else ''}".strip()
    text = f"{lead} {facts.onet_note() if llm else ''}".strip()
    short = [
        Block(heading=heading, text=brief, items=[_line(e, False) for e in rest]),
        Block(text=CAVEAT),
    ]
    full = [
        Block(heading=heading, text=text, items=[_line(e, True) for e in measures]),
        Block(text=CAVEAT),
    ]
    citations = [EXPOSURE_CITATIONS[e.measure] for e in measures] + [PROJECTIONS]
    return Section(short=short, full=full, citations=citations)
