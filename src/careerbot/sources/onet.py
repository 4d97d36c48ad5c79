"""O*NET database reader: the CSV edition (30.x: `occupation_data.csv`, ...) and the
tab-separated text edition (29.x: `Occupation Data.txt`, ...) through one reader, two dialects.

Both editions hold the same tables; they differ in file names, a few column names (the CSV
edition's "Job Title" is the text edition's "Alternate Title"; "Workplace Example" is "Example")
and quoting. Every reader returns plain records keyed by O*NET-SOC code (e.g. "25-4031.00"), in
file order. Figures are O*NET's: interests on the OI scale (1-7), skills' importance IM (1-5) and
level LV (0-7), education as % of respondents per RL category (1-12). Malformed files raise
SourceError with file, line and column.
"""

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from careerbot.sources.errors import SourceError
from careerbot.sources.tabular import Dialect, Row, read_rows

ONET_SOC = re.compile(r"^\d{2}-\d{4}\.\d{2}$")

# table -> (CSV edition file, text edition file)
FILES: dict[str, tuple[str, str]] = {
    "occupations": ("occupation_data.csv", "Occupation Data.txt"),
    "tasks": ("task_statements.csv", "Task Statements.txt"),
    "interests": ("career_interest_types.csv", "Interests.txt"),
    "job_zones": ("job_zones.csv", "Job Zones.txt"),
    "education": ("education.csv", "Education, Training, and Experience.txt"),
    "education_categories": (
        "education_categories.csv",
        "Education, Training, and Experience Categories.txt",
    ),
    "skills": ("essential_skills.csv", "Skills.txt"),
    "technology": ("software_skills.csv", "Technology Skills.txt"),
    "related": ("related_occupations.csv", "Related Occupations.txt"),
    "job_titles": ("job_titles.csv.gz", "Alternate Titles.txt"),
    "reported_titles": ("sample_of_reported_titles.csv", "Sample of Reported Titles.txt"),
}
CODE = {"code": ("O*NET-SOC Code",)}
TITLE = {"title": ("Title",)}


@dataclass(frozen=True)
class OnetRelease:
    """An O*NET database folder in one edition ("csv" or "tab")."""

    folder: Path
    dialect: Dialect

    def path(self, table: str) -> Path:
        return self.folder / FILES[table][0 if self.dialect == "csv" else 1]

    def has(self, table: str) -> bool:
        return self.path(table).is_file()

    def rows(self, table: str, columns: Mapping[str, Sequence[str]]) -> Iterator[Row]:
        for row in read_rows(self.path(table), self.dialect, columns):
            if "code" in columns and not ONET_SOC.match(row["code"]):
                raise row.error("code", f"not an O*NET-SOC code: {row['code']!r}")
            yield row


def open_release(folder: Path) -> OnetRelease:
    """The O*NET release in `folder`, its edition recognised by its occupation file.

    Raises SourceError when the folder holds neither edition.
    """
    for dialect in ("csv", "tab"):
        release = OnetRelease(folder, dialect)
        if release.has("occupations"):
            return release
    raise SourceError(folder, "", "no O*NET occupation_data.csv or 'Occupation Data.txt' here")


def _yes(row: Row, name: str) -> bool:
    value = row[name].strip()
    if value not in ("Y", "N"):
        raise row.error(name, f"{row.label(name)} must be Y or N, found {value!r}")
    return value == "Y"


@dataclass(frozen=True)
class OnetOccupation:
    code: str
    title: str
    description: str


def occupations(release: OnetRelease) -> list[OnetOccupation]:
    cols = {**CODE, **TITLE, "description": ("Description",)}
    return [
        OnetOccupation(r["code"], r["title"].strip(), r["description"].strip())
        for r in release.rows("occupations", cols)
    ]


@dataclass(frozen=True)
class OnetTask:
    code: str
    text: str
    core: bool


def tasks(release: OnetRelease) -> list[OnetTask]:
    """Task statements; `core` for Task Type "Core", False for "Supplemental" (or none given)."""
    cols = {**CODE, "task": ("Task",), "type": ("Task Type",)}
    found = []
    for r in release.rows("tasks", cols):
        kind = r["type"].strip()
        if kind not in ("Core", "Supplemental", "", "n/a"):
            raise r.error("type", f"Task Type must be Core or Supplemental, found {kind!r}")
        found.append(OnetTask(r["code"], r["task"].strip(), kind == "Core"))
    return found


RIASEC = {
    "Realistic": "R",
    "Investigative": "I",
    "Artistic": "A",
    "Social": "S",
    "Enterprising": "E",
    "Conventional": "C",
}


def interests(release: OnetRelease) -> dict[str, dict[str, float]]:
    """{O*NET-SOC: {RIASEC letter: OI score 1-7}} (OI rows; high-point rows skipped)."""
    cols = {**CODE, "name": ("Element Name",), "scale": ("Scale ID",), "value": ("Data Value",)}
    found: dict[str, dict[str, float]] = {}
    for r in release.rows("interests", cols):
        if r["scale"].strip() != "OI" or r["name"].strip() not in RIASEC:
            continue
        value = r.number("value")
        if not 1 <= value <= 7:
            raise r.error("value", f"OI score must be 1-7, found {value}")
        found.setdefault(r["code"], {})[RIASEC[r["name"].strip()]] = value
    return found


def job_zones(release: OnetRelease) -> dict[str, int]:
    cols = {**CODE, "zone": ("Job Zone",)}
    found = {}
    for r in release.rows("job_zones", cols):
        zone = r.integer("zone")
        if not 1 <= zone <= 5:
            raise r.error("zone", f"Job Zone must be 1-5, found {zone}")
        found[r["code"]] = zone
    return found


def education_categories(release: OnetRelease) -> dict[int, str]:
    """{RL category 1-12: O*NET's description}."""
    cols = {
        "element": ("Element ID",),
        "scale": ("Scale ID",),
        "category": ("Category",),
        "text": ("Category Description",),
    }
    return {
        r.integer("category"): r["text"].strip()
        for r in release.rows("education_categories", cols)
        if r["scale"].strip() == "RL"
    }


def education(release: OnetRelease) -> dict[str, dict[int, float]]:
    """{O*NET-SOC: {RL category: % of respondents}} (Required Level of Education only)."""
    cols = {**CODE, "scale": ("Scale ID",), "category": ("Category",), "value": ("Data Value",)}
    found: dict[str, dict[int, float]] = {}
    for r in release.rows("education", cols):
        if r["scale"].strip() != "RL":
            continue
        value = r.number("value")
        if not 0 <= value <= 100:
            raise r.error("value", f"percent must be 0-100, found {value}")
        found.setdefault(r["code"], {})[r.integer("category")] = value
    return found


def skills(release: OnetRelease) -> dict[str, dict[str, tuple[float, float]]]:
    """{O*NET-SOC: {skill: (importance IM 1-5, level LV 0-7)}}, skills in file order."""
    cols = {**CODE, "name": ("Element Name",), "scale": ("Scale ID",), "value": ("Data Value",)}
    importance: dict[str, dict[str, float]] = {}
    level: dict[str, dict[str, float]] = {}
    for r in release.rows("skills", cols):
        scale = r["scale"].strip()
        if scale in ("IM", "LV"):
            table = importance if scale == "IM" else level
            table.setdefault(r["code"], {})[r["name"].strip()] = r.number("value")
    return {
        code: {name: (im, level.get(code, {}).get(name, 0.0)) for name, im in names.items()}
        for code, names in importance.items()
    }


@dataclass(frozen=True)
class OnetTechnology:
    code: str
    name: str
    hot: bool
    in_demand: bool


def technology(release: OnetRelease) -> list[OnetTechnology]:
    cols = {
        **CODE,
        "example": ("Workplace Example", "Example"),
        "hot": ("Hot Technology",),
        "demand": ("In Demand",),
    }
    return [
        OnetTechnology(r["code"], r["example"].strip(), _yes(r, "hot"), _yes(r, "demand"))
        for r in release.rows("technology", cols)
    ]


@dataclass(frozen=True)
class OnetRelated:
    code: str
    related: str
    tier: str
    index: int


def related(release: OnetRelease) -> list[OnetRelated]:
    cols = {
        **CODE,
        "related": ("Related O*NET-SOC Code",),
        "tier": ("Relatedness Tier",),
        "index": ("Index",),
    }
    found = []
    for r in release.rows("related", cols):
        if not ONET_SOC.match(r["related"]):
            raise r.error("related", f"not an O*NET-SOC code: {r['related']!r}")
        found.append(OnetRelated(r["code"], r["related"], r["tier"].strip(), r.integer("index")))
    return found


@dataclass(frozen=True)
class OnetTitle:
    code: str
    title: str
    kind: str  # "alternate", "short" or "reported"


def job_titles(release: OnetRelease) -> list[OnetTitle]:
    """Alternate titles ("Job Title" / "Alternate Title") and their short forms ("Short Title")."""
    cols = {**CODE, "title": ("Job Title", "Alternate Title"), "short": ("Short Title",)}
    found = []
    for r in release.rows("job_titles", cols):
        if r["title"].strip():
            found.append(OnetTitle(r["code"], r["title"].strip(), "alternate"))
        if r["short"].strip() and r["short"].strip() != "n/a":
            found.append(OnetTitle(r["code"], r["short"].strip(), "short"))
    return found


def reported_titles(release: OnetRelease) -> list[OnetTitle]:
    cols = {**CODE, "title": ("Reported Job Title",)}
    return [
        OnetTitle(r["code"], r["title"].strip(), "reported")
        for r in release.rows("reported_titles", cols)
        if r["title"].strip()
    ]
