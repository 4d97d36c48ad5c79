"""The sources answers cite: a short name with its year (the source line under an answer), the
public URL, and the credit wording each licence asks for (shown by the `source` answer and
meant for the bot's /about)."""

from careerbot.answers.model import Citation
from careerbot.catalog.oews import OEWS_SOURCE

OEWS = Citation(
    name="BLS wage survey (Occupational Employment and Wage Statistics), May 2025",
    url=OEWS_SOURCE.url,
)
ONET = Citation(
    name="O*NET 30.3 Database (May 2026), USDOL/ETA, CC BY 4.0",
    url="https://www.onetcenter.org/database.html",
)
PROJECTIONS = Citation(
    name="BLS Employment Projections 2024–34", url="https://www.bls.gov/emp/tables.htm"
)
LLM_EXPOSURE = Citation(
    name="Eloundou et al. 2024, “GPTs are GPTs” (Science)",
    url="https://doi.org/10.1126/science.adj0998",
)
AI_APPLICABILITY = Citation(
    name="Tomlinson et al. 2025, “Working with AI” (Microsoft Research)",
    url="https://arxiv.org/abs/2507.07935",
)
COMPUTERISATION = Citation(
    name="Frey & Osborne 2013, “The Future of Employment”",
    url="https://www.oxfordmartin.ox.ac.uk/publications/the-future-of-employment",
)
EXPOSURE_CITATIONS = {
    "llm_exposure": LLM_EXPOSURE,
    "ai_applicability": AI_APPLICABILITY,
    "computerisation": COMPUTERISATION,
}

# O*NET's required credit (CC BY 4.0), word for word, plus the note that we modified the data.
ONET_CREDIT = (
    "This product includes information from the O*NET 30.3 Database by the U.S. Department of "
    "Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license. O*NET® is a trademark of USDOL/ETA. careerbot has modified the data (selected "
    "and aggregated fields, O*NET-SOC occupations combined to SOC codes)."
)
CREDITS = (
    ONET_CREDIT,
    "Employment, pay, projections and entry education: U.S. Bureau of Labor Statistics, "
    "Occupational Employment and Wage Statistics (May 2025) and Employment Projections "
    "2024–34. BLS.gov cannot vouch for the data or analyses derived from these data after the "
    "data have been retrieved from BLS.gov.",
    "AI measures: Eloundou, Manning, Mishkin & Rock 2024, “GPTs are GPTs” (Science; MIT "
    "licence); Tomlinson et al. 2025, “Working with AI” (Microsoft Research; CC BY 4.0); Frey & "
    "Osborne 2013, “The Future of Employment”.",
)
