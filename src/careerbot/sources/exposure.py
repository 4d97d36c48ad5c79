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

# 17 of Frey & Osborne's 702 codes are BLS OES/EP codes of the time, not SOC 2010 detailed codes,
# so the SOC 2010 → 2018 crosswalk does not list them. Each stands for these SOC 2010 codes
# (OES 2010 definitions). Codes ending in 0 (25-1000 Postsecondary teachers, 29-1060 Physicians
# and surgeons, 15-1150, 45-2090) stand for every SOC 2010 code under them and are not listed.
# 13-1078 "Human resources, training, and labour relations specialists, all other" has no clear
# SOC 2010 counterpart and is left out.
FREY_OSBORNE_OES_CODES: dict[str, tuple[str, ...]] = {
    "29-1111": ("29-1141", "29-1151", "29-1161", "29-1171"),  # RNs incl. advanced practice
    "29-2037": ("29-2034", "29-2035"),  # radiologic technologists, MRI technologists
    "39-4831": ("11-9061", "39-4031"),  # funeral service managers; morticians, undertakers
    "15-1179": ("15-1122", "15-1134", "15-1143"),  # info security, web developers, net architects
    "15-1799": ("15-1199",),  # computer occupations, all other
    "25-3999": ("25-3099",),  # teachers and instructors, all other
    "29-2799": ("29-2099",),  # health technologists and technicians, all other
    "29-9799": ("29-9099",),  # healthcare practitioners and technical workers, all other
    "31-9799": ("31-9099",),  # healthcare support workers, all other
    "47-4799": ("47-4099",),  # construction and related workers, all other
    "49-9799": ("49-9099",),  # installation, maintenance, and repair workers, all other
    "51-9399": ("51-9199",),  # production workers, all other
}


def frey_osborne_soc2010(code: str, crosswalk_codes: set[str] | frozenset[str]) -> list[str]:
    """The SOC 2010 code(s) a Frey & Osborne code stands for: itself when the crosswalk lists
    it, else FREY_OSBORNE_OES_CODES, else (a code ending in 0) every crosswalk code in its
    group (25-1000 → 25-1011 … 25-1199); [] when none."""
    if code in crosswalk_codes:
        return [code]
    if code in FREY_OSBORNE_OES_CODES:
        return list(FREY_OSBORNE_OES_CODES[code])
    group = code.rstrip("0")
    if code.endswith("0") and len(group) >= 4:
        return sorted(c for c in crosswalk_codes if c.startswith(group))
    return []


@dataclass(frozen=True)
class Score:
    """A published figure (0-1) for one code (SOC, SOC 2010 or O*NET-SOC) and its title."""

    code: str
    title: str
    value: float


def _share(row: Row, name: str) -> float:
    value = row.number(name)
    if not 0 <= value <= 1:
        raise row.error(name, f"{row.label(name)} must be between 0 and 1, found {value}")
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


def frey_osborne(path: Path, count: int = FREY_OSBORNE_COUNT) -> list[Score]:
    """{SOC 2010 code, title, probability of computerisation}; all `count` ranks (the paper's
    702) must be there, so a file cut at a line end is refused too."""
    cols = {
        "rank": ("Rank",),
        "probability": ("Probability",),
        "code": ("SOC code",),
        "title": ("Occupation",),
    }
    rows = list(read_rows(path, "csv", cols))
    if len(rows) != count:
        line = rows[-1].line + 1 if rows else 2
        raise SourceError(
            path, f"line {line}", f"has {len(rows)} occupations, expected {count}: truncated?"
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
