"""Read a "Career Profile Report" text (the layout of data/sources/*.txt) into an Occupation.

Malformed input raises ProfileError naming the line, so a counsellor can fix the file.
"""

import re
from pathlib import Path

import yaml
from pydantic import ValidationError

from careerbot.catalog.models import (
    RIASEC_TYPES,
    AutomationRisk,
    Occupation,
    Riasec,
    Source,
    WorkLifeBalance,
)

# The profile's "Education" line sometimes only points elsewhere; that is not an education level.
_NOT_AN_EDUCATION = re.compile(r"^see\b", re.IGNORECASE)
_SECTION = "■"


class ProfileError(Exception):
    pass


def _number(text: str, line_no: int, what: str) -> float:
    cleaned = text.replace("\\$", "").replace("$", "").replace(",", "").replace("%", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        raise ProfileError(f"line {line_no}: {what}: expected a number, got {text!r}") from None


def _bullets(lines: list[tuple[int, str]], start: int) -> list[str]:
    items = []
    for _, text in lines[start:]:
        if text.startswith(_SECTION) or text.startswith("✓") or text.startswith("*"):
            break
        if text.startswith("- "):
            items.append(text[2:].strip())
    return items


def parse_profile(text: str, source_file: str) -> Occupation:
    """Parse the profile text; `source_file` is its path relative to data/."""
    lines = [(no, line.strip()) for no, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        raise ProfileError("line 1: the file is empty")
    title = lines[0][1]
    fields: dict[str, object] = {"title": title, "aliases": []}
    found_soc = False
    for index, (no, line) in enumerate(lines):
        if line.startswith("SOC:"):
            match = re.match(r"SOC:\s*(\d{2}-\d{4})", line)
            if not match:
                raise ProfileError(f"line {no}: SOC: expected a code like 25-4031, got {line!r}")
            fields["soc"] = match.group(1)
            found_soc = True
        elif line in {"Median Salary", "Employment", "Growth Rate"} and index > 0:
            value_no, value = lines[index - 1]
            number = _number(value, value_no, line)
            if line == "Median Salary":
                fields["median_salary"] = number
            elif line == "Employment":
                # Not jobs held: the report's "Employment" is BLS's projected 10-year change.
                fields["reported_employment_change"] = int(number)
            else:
                fields["growth_rate"] = number
        elif line.startswith("Education:"):
            education = line.split(":", 1)[1].strip()
            fields["education"] = None if _NOT_AN_EDUCATION.match(education) else education
        elif "probability of being automated" in line:
            match = re.match(r"(\w[\w ]*?) Risk - ([\d.]+)%", line)
            if not match:
                raise ProfileError(f"line {no}: automation risk: cannot read {line!r}")
            fields["automation_risk"] = AutomationRisk(
                level=match.group(1), probability=round(float(match.group(2)) / 100, 4)
            )
        elif re.match(r"^[\d.]+/10 - ", line):
            score, label = line.split(" - ", 1)
            fields["work_life_balance"] = WorkLifeBalance(
                score=_number(score.split("/")[0], no, "work-life balance"), label=label.strip()
            )
        elif line.startswith("■ Top Skills") and index + 1 < len(lines):
            fields["skills"] = [
                part.strip() for part in lines[index + 1][1].split(",") if part.strip()
            ]
        elif line.startswith("✓ Strengths"):
            fields["strengths"] = _bullets(lines, index + 1)
        elif line.startswith("■ Challenges"):
            fields["challenges"] = _bullets(lines, index + 1)
        elif line.startswith("■ What They Do"):
            fields["duties"] = _bullets(lines, index + 1)
        elif line.startswith("Source:"):
            match = re.search(r"<?(https?://[^>\s]+)>?", line)
            if not match:
                raise ProfileError(f"line {no}: Source: expected a URL, got {line!r}")
            fields["source"] = Source(
                name="StartRight Career Profile Report (data from BLS and O*NET)",
                url=match.group(1),
                file=source_file,
            )
    riasec = _riasec(lines)
    if riasec is not None:
        fields["riasec"] = riasec
    if not found_soc:
        raise ProfileError("line 2: no 'SOC: NN-NNNN' line found")
    if "source" not in fields:
        raise ProfileError(f"line {lines[-1][0]}: no 'Source: <url>' line found")
    try:
        return Occupation.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        raise ProfileError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def _riasec(lines: list[tuple[int, str]]) -> Riasec | None:
    scores: dict[str, float] = {}
    for no, line in lines:
        for name, value in re.findall(r"([A-Z][a-z]+)\s+([\d.]+)/10", line):
            if name.lower() in RIASEC_TYPES:
                scores[name.lower()] = _number(value, no, name)
    if not scores:
        return None
    missing = [name for name in RIASEC_TYPES if name not in scores]
    if missing:
        raise ProfileError(f"Personality Fit (RIASEC): missing {', '.join(missing)}")
    return Riasec(**scores)


def occupation_yaml(occupation: Occupation) -> str:
    data = occupation.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def import_profile(profile: Path, data_dir: Path) -> Path:
    """Parse `profile`, copy it into data/sources/ and write data/occupations/<soc>.yaml.

    Aliases already in an existing occupation file are kept, since they are hand-written.
    """
    try:
        text = profile.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ProfileError("line 1: the file is not UTF-8 text") from None
    sources = data_dir / "sources"
    occupation = parse_profile(text, f"sources/{profile.name}")
    target = data_dir / "occupations" / f"{occupation.soc}.yaml"
    if target.exists():
        existing = yaml.safe_load(target.read_text(encoding="utf-8")) or {}
        aliases = existing.get("aliases") if isinstance(existing, dict) else None
        if isinstance(aliases, list):
            occupation = occupation.model_copy(update={"aliases": [str(a) for a in aliases]})
    sources.mkdir(parents=True, exist_ok=True)
    if profile.resolve() != (sources / profile.name).resolve():
        (sources / profile.name).write_text(text, encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(occupation_yaml(occupation), encoding="utf-8")
    return target
