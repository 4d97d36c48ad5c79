"""Readers of the three AI/automation tables in ../shared/data:

- Eloundou, Manning, Mishkin & Rock 2024, "GPTs are GPTs" (Science): exposure of each O*NET-SOC
  occupation's tasks to LLMs; we use `dv_rating_beta` (GPT-4 rated, E1 + ½E2), 0-1.
- Tomlinson et al. 2025, "Working with AI" (Microsoft Research): AI applicability score per SOC
  code, from real Copilot conversations, 0-1.
- Frey & Osborne 2013, "The Future of Employment": probability of computerisation, 0-1, for 702
  SOC 2010 occupations, with a SOC 2010 → 2018 crosswalk.

All raise SourceError with file, line and column for malformed or truncated files.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from careerbot.sources.errors import SourceError
from careerbot.sources.tabular import Row, read_rows

SOC = re.compile(r"^\d{2}-\d{4}$")
ONET_SOC = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
FREY_OSBORNE_COUNT = 702  # the paper's appendix ranks exactly 702 occupations


@dataclass(frozen=True)
class Score:
    """A published figure (0-1) for one code (SOC, SOC 2010 or O*NET-SOC) and its title."""

    code: str
    title: str
    value: float


def _share(row: Row, name: str) -> float:
    value = row.number(name)
    if not 0 <= value <= 1:
        raise row.error(name, f"{name} must be between 0 and 1, found {value}")
    return value


def _code(row: Row, name: str, pattern: re.Pattern[str]) -> str:
    code = row[name].strip()
    if not pattern.match(code):
        raise row.error(name, f"not a valid code: {code!r}")
    return code


def eloundou(path: Path) -> list[Score]:
    """{O*NET-SOC code, title, dv_rating_beta} per occupation, file order."""
    cols = {"code": ("O*NET-SOC Code",), "title": ("Title",), "beta": ("dv_rating_beta",)}
    return [
        Score(_code(r, "code", ONET_SOC), r["title"].strip(), _share(r, "beta"))
        for r in read_rows(path, "csv", cols)
    ]


def tomlinson(path: Path) -> list[Score]:
    """{SOC 2018 code, title, ai_applicability_score} per occupation, file order."""
    cols = {"code": ("SOC Code",), "title": ("title",), "score": ("ai_applicability_score",)}
    return [
        Score(_code(r, "code", SOC), r["title"].strip(), _share(r, "score"))
        for r in read_rows(path, "csv", cols)
    ]


def frey_osborne(path: Path) -> list[Score]:
    """{SOC 2010 code, title, probability of computerisation}; all 702 ranks must be there."""
    cols = {
        "rank": ("Rank",),
        "probability": ("Probability",),
        "code": ("SOC code",),
        "title": ("Occupation",),
    }
    rows = list(read_rows(path, "csv", cols))
    if len(rows) != FREY_OSBORNE_COUNT:
        line = rows[-1].line + 1 if rows else 2
        raise SourceError(
            path, f"line {line}", f"has {len(rows)} occupations, the paper ranks 702: truncated?"
        )
    return [
        Score(_code(r, "code", SOC), r["title"].strip(), _share(r, "probability")) for r in rows
    ]


def soc_crosswalk(path: Path) -> dict[str, list[tuple[str, str]]]:
    """{SOC 2010 code: [(SOC 2018 code, 2018 title), ...]} from the 2010 → 2018 crosswalk."""
    cols = {"old": ("2010 SOC Code",), "new": ("2018 SOC Code",), "title": ("2018 SOC Title",)}
    found: dict[str, list[tuple[str, str]]] = {}
    for r in read_rows(path, "csv", cols):
        pair = (_code(r, "new", SOC), r["title"].strip())
        found.setdefault(_code(r, "old", SOC), []).append(pair)
    return found
