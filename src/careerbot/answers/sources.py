"""The sources answers cite, as Citations for the source line under an answer, built from the one
home of each source (careerbot.catalog.oews for the BLS wage survey, careerbot.catalog.profile
for O*NET, BLS Employment Projections and the three AI papers); and the credit lines the
`source` answer shows (meant for the bot's /about too)."""

from careerbot.answers.model import Citation
from careerbot.catalog.models import Source
from careerbot.catalog.oews import OEWS_SOURCE
from careerbot.catalog.profile import (
    EXPOSURE_SOURCES,
    ONET_CREDIT,
    ONET_SOURCE,
    PROJECTIONS_SOURCE,
)


def cite(source: Source, name: str | None = None) -> Citation:
    return Citation(name=name or source.name, url=source.url)


# The wage survey under its plain name (no bare "OEWS" for a 16-year-old), with its release.
OEWS = cite(OEWS_SOURCE, "BLS wage survey (Occupational Employment and Wage Statistics), May 2025")
ONET = cite(ONET_SOURCE)
PROJECTIONS = cite(PROJECTIONS_SOURCE)
EXPOSURE_CITATIONS = {measure: cite(source) for measure, source in EXPOSURE_SOURCES.items()}
LLM_EXPOSURE = EXPOSURE_CITATIONS["llm_exposure"]

CREDITS = (
    ONET_CREDIT,
    f"Pay and jobs: {OEWS_SOURCE.name}. Outlook and entry education: {PROJECTIONS_SOURCE.name}. "
    "BLS.gov cannot vouch for the data or analyses derived from these data after the data have "
    "been retrieved from BLS.gov.",
    "AI measures: " + "; ".join(f"{s.name} — {s.note}" for s in EXPOSURE_SOURCES.values()) + ".",
)
