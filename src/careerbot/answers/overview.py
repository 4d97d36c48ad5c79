"""A career in a few lines: pay (BLS wage survey), jobs, outlook and entry education (BLS
Employment Projections), personality (O*NET) and AI exposure, each with its number."""

from careerbot.answers.ai import rank
from careerbot.answers.facts import Facts, Section, fit
from careerbot.answers.model import Block, Citation
from careerbot.answers.pay import median_sentence
from careerbot.answers.prospects import plain_education
from careerbot.answers.sources import LLM_EXPOSURE, OEWS, ONET, PROJECTIONS
from careerbot.answers.values import bls_count, fixed, join_words
from careerbot.answers.work import INTEREST_SHORT


def overview(facts: Facts, heading: str) -> Section | None:
    items: list[str] = []
    cited: list[Citation] = []
    lead = ""
    if facts.oews is not None:
        lead = median_sentence(facts.official_title, facts.oews)
        jobs = bls_count(facts.oews)
        items.append(f"Jobs in the US: {jobs} (BLS wage survey, May 2025)")
        cited.append(OEWS)
    profile = facts.profile
    projection = profile.projection if profile else None
    if projection is not None:
        average = facts.average_growth
        versus = f" (all jobs: {fixed(average, sign=True)}%)" if average is not None else ""
        items.append(
            f"Projected change 2024–34: {fixed(projection.percent_change, sign=True)}%{versus}"
        )
        items.append(f"Typical education to start: {plain_education(projection.education)}")
        cited.append(PROJECTIONS)
    if profile is not None and profile.interests:
        top = sorted(profile.interests, key=lambda i: -i.score)[:2]
        items.append(f"Suits people who enjoy {join_words([INTEREST_SHORT[i.code] for i in top])}")
        cited.append(ONET)
    llm = facts.exposure("llm_exposure")
    if llm is not None:
        items.append(f"Tasks AI language models could help with: {rank(llm.percentile)}")
        cited.append(LLM_EXPOSURE)
    if not lead and not items:
        return None
    # "what's the SOC code for dental hygienists": counsellors look careers up by it
    items.append(f"SOC code: {facts.occupation.soc} (the code BLS publishes its figures under)")
    description = profile.description if profile else None
    if not lead:
        lead = description or f"What I know about {facts.official_title}:"
    short = fit(heading, lead, items, minimum=len(items))
    full = [short]
    if description and description != lead:
        full = [short, Block(text=f"What they do: {description}")]
    return Section(short=[short], full=full, citations=cited)
