"""`careerbot data build`: read the official releases in ../shared/data and write the compact,
committed files in data/ (data/onet/*.csv, data/projections/, data/exposure/).

Everything is read and checked before anything is written, and files are written to a temporary
folder first, so a malformed source leaves data/ as it was. The output is deterministic.
"""

import bisect
import csv
import hashlib
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from careerbot.sources import exposure, onet, projections
from careerbot.sources.errors import SourceError
from careerbot.sources.soc import SocRule, load_oews_titles

KINDS = ("occupation", "alternate", "short", "reported")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """UTF-8 CSV text, `\\n` line ends, quoted only where needed: the committed file format."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def title_rows(
    release: onet.OnetRelease, rule: SocRule
) -> tuple[list[tuple[str, str, str, str]], int]:
    """Rows (title, soc, onet_soc, kind) of data/onet/titles.csv, and how many were dropped
    because their O*NET-SOC code maps to no OEWS occupation.

    kind: "occupation" (O*NET's title), "alternate" (job_titles "Job Title"), "short"
    ("Short Title"), "reported" (sample_of_reported_titles). One row per identical (title, soc):
    the first kind in that order wins, then the lowest O*NET-SOC code.
    """
    found = [onet.OnetTitle(o.code, o.title, "occupation") for o in onet.occupations(release)]
    found += onet.job_titles(release)
    if release.has("reported_titles"):
        found += onet.reported_titles(release)
    best: dict[tuple[str, str], tuple[int, str]] = {}
    dropped = 0
    for item in found:
        soc = rule.oews_soc(item.code)
        if soc is None:
            dropped += 1
            continue
        title = " ".join(item.title.split())
        rank = (KINDS.index(item.kind), item.code)
        key = (title, soc)
        if key not in best or rank < best[key]:
            best[key] = rank
    rows = [(t, soc, code, KINDS[k]) for (t, soc), (k, code) in best.items()]
    rows.sort(key=lambda r: (r[1], KINDS.index(r[3]), r[0].casefold(), r[0], r[2]))
    return rows, dropped


# ---------------------------------------------------------------------------------------------
# The whole build
# ---------------------------------------------------------------------------------------------

DEFAULT_SOURCE = Path("../shared/data")
ONET_DIR = "onet-30.3"
EP_FILE = "bls-projections-2024-34/occupation.xlsx"
ELOUNDOU_FILE = "ai-exposure/eloundou-2024-gpts-are-gpts-occ_level.csv"
TOMLINSON_FILE = "ai-exposure/tomlinson-2025-soc_ai_applicability_scores.csv"
FREY_OSBORNE_FILE = "frey-osborne-2013/frey_osborne_702.csv"
CROSSWALK_FILE = "frey-osborne-2013/crosswalk_soc2010_to_soc2018.csv"
README_BEGIN = "<!-- BEGIN careerbot data build: generated, do not edit by hand -->"
README_END = "<!-- END careerbot data build -->"


def _f2(value: float) -> str:
    """Two decimals, as O*NET publishes its figures (means of several codes are rounded so)."""
    return f"{value:.2f}"


def _mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values)


def _round_half_up(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def education_level(description: str) -> str:
    """O*NET's RL category description cut to its plain name: "High School Diploma - or the
    equivalent (for example, GED)" → "High School Diploma"."""
    return description.split(" - ")[0].strip()


@dataclass
class Built:
    """The files a build writes ({path relative to data/: text}) and what it counted."""

    files: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    coverage: list[tuple[str, int, str]] = field(default_factory=list)
    sources: list[tuple[str, str, str]] = field(default_factory=list)  # path, sha256, bytes


def _onet_files(release: onet.OnetRelease, rule: SocRule, oews: dict[str, str], out: Built) -> None:
    occupations = {o.code: o for o in onet.occupations(release)}
    tasks = onet.tasks(release)
    interests = onet.interests(release)
    zones = onet.job_zones(release)
    categories = onet.education_categories(release)
    education = onet.education(release)
    skills = onet.skills(release)
    technology = onet.technology(release)
    related = onet.related(release)

    with_data = {t.code for t in tasks} | set(zones) | set(interests)
    chosen = rule.onet_codes(with_data)
    tasks_by: dict[str, list[onet.OnetTask]] = {}
    for task in tasks:
        tasks_by.setdefault(task.code, []).append(task)
    tech_by: dict[str, list[onet.OnetTechnology]] = {}
    for tech in technology:
        tech_by.setdefault(tech.code, []).append(tech)
    related_by: dict[str, list[onet.OnetRelated]] = {}
    for item in related:
        related_by.setdefault(item.code, []).append(item)

    occ_rows, task_rows, int_rows, edu_rows, skill_rows, tech_rows, rel_rows = (
        [] for _ in range(7)
    )
    for soc in sorted(chosen):
        codes = chosen[soc]
        title = "; ".join(occupations[c].title if c in occupations else c for c in codes)
        first = occupations.get(codes[0])
        zone_values = [zones[c] for c in codes if c in zones]
        zone = str(_round_half_up(_mean(zone_values))) if zone_values else ""
        occ_rows.append((soc, " ".join(codes), title, first.description if first else "", zone))

        seen: set[str] = set()
        ordered = [t for c in codes for t in tasks_by.get(c, [])]
        for task in [t for t in ordered if t.core] + [t for t in ordered if not t.core]:
            if task.text not in seen:
                seen.add(task.text)
                task_rows.append((soc, "core" if task.core else "supplemental", task.text))

        scored = [interests[c] for c in codes if c in interests and len(interests[c]) == 6]
        if scored:
            means = {k: _mean([s[k] for s in scored]) for k in onet.RIASEC.values()}
            int_rows.append((soc, *(_f2(means[k]) for k in onet.RIASEC.values())))

        shares = [education[c] for c in codes if c in education]
        if shares:
            for category in sorted({k for s in shares for k in s}, reverse=True):
                percent = _mean([s.get(category, 0.0) for s in shares])
                if round(percent, 2) > 0:
                    level = education_level(categories.get(category, str(category)))
                    edu_rows.append((soc, category, level, _f2(percent)))

        rated = [skills[c] for c in codes if c in skills]
        if rated:
            names = list(dict.fromkeys(n for r in rated for n in r))
            averaged = []
            for name in names:
                pairs = [r[name] for r in rated if name in r]
                averaged.append((name, _mean([p[0] for p in pairs]), _mean([p[1] for p in pairs])))
            averaged.sort(key=lambda s: (-round(s[1], 2), -round(s[2], 2), s[0]))
            skill_rows += [(soc, n, _f2(im), _f2(lv)) for n, im, lv in averaged]

        techs: dict[str, tuple[bool, bool]] = {}
        for tech in (t for c in codes for t in tech_by.get(c, [])):
            hot, demand = techs.get(tech.name, (False, False))
            techs[tech.name] = (hot or tech.hot, demand or tech.in_demand)
        for name, (hot, demand) in sorted(
            techs.items(), key=lambda t: (not t[1][0], not t[1][1], t[0].casefold(), t[0])
        ):
            tech_rows.append((soc, name, "Y" if hot else "N", "Y" if demand else "N"))

        closest: dict[str, tuple[int, str]] = {}
        for item in (r for c in codes for r in related_by.get(c, [])):
            other = rule.oews_soc(item.related)
            if other is None or other == soc:
                continue
            if other not in closest or (item.index, item.tier) < closest[other]:
                closest[other] = (item.index, item.tier)
        ranked = sorted(closest.items(), key=lambda kv: (kv[1][0], kv[0]))
        for rank, (other, (_, tier)) in enumerate(ranked, 1):
            rel_rows.append((soc, other, oews[other], tier, rank))

    out.files["onet/occupations.csv"] = csv_text(
        ("soc", "onet_codes", "onet_title", "description", "job_zone"), occ_rows
    )
    out.files["onet/tasks.csv"] = csv_text(("soc", "type", "task"), task_rows)
    out.files["onet/interests.csv"] = csv_text(("soc", *onet.RIASEC.values()), int_rows)
    out.files["onet/education.csv"] = csv_text(("soc", "category", "level", "percent"), edu_rows)
    out.files["onet/skills.csv"] = csv_text(("soc", "skill", "importance", "level"), skill_rows)
    out.files["onet/technology.csv"] = csv_text(("soc", "name", "hot", "in_demand"), tech_rows)
    out.files["onet/related.csv"] = csv_text(
        ("soc", "related_soc", "title", "tier", "index"), rel_rows
    )

    titles, dropped = title_rows(release, rule)
    out.files["onet/titles.csv"] = csv_text(("title", "soc", "onet_soc", "kind"), titles)
    unmapped = sorted({c for c in occupations if rule.oews_soc(c) is None})
    out.notes.append(
        f"O*NET: {len(chosen)} OEWS occupations described by {sum(map(len, chosen.values()))} "
        f"O*NET-SOC codes; {len(unmapped)} O*NET-SOC codes map to no OEWS occupation "
        f"({', '.join(unmapped)})."
    )
    out.notes.append(
        f"titles.csv: {len(titles)} titles; {dropped} title rows dropped because their "
        "O*NET-SOC code maps to no OEWS occupation."
    )


def _projection_file(path: Path, rule: SocRule, out: Built) -> None:
    rows = projections.read_table(path)
    by_soc: dict[str, list[projections.EpRow]] = {}
    for row in rows:
        soc = rule.oews_soc(row.code)
        if soc is not None:
            by_soc.setdefault(soc, []).append(row)
    # An EP aggregate (a broad-group code ending in 0) stands for each OEWS occupation inside it
    # that EP does not publish on its own; Projection.code/title then name the aggregate.
    aggregates = {row.code: row for row in rows}
    for soc in sorted(rule.known - by_soc.keys()):
        aggregate = aggregates.get(soc[:6] + "0")
        if aggregate is not None:
            by_soc[soc] = [aggregate]
    lines = []
    for soc in sorted(by_soc):
        # EP line items match OEWS codes one to one in 2024-34; should EP publish several codes
        # for one OEWS occupation, the exact code wins, else the largest 2024 employment.
        items = sorted(by_soc[soc], key=lambda r: (r.code != soc, -r.employment_2024, r.code))
        r = items[0]
        lines.append(
            (
                soc,
                r.code,
                r.title,
                r.employment_2024,
                r.employment_2034,
                r.change,
                f"{r.percent_change:g}",
                r.openings,
                r.education,
                r.experience,
                r.training,
            )
        )
    out.files["projections/occupations.csv"] = csv_text(
        (
            "soc",
            "code",
            "title",
            "employment_2024",
            "employment_2034",
            "change",
            "percent_change",
            "openings",
            "education",
            "experience",
            "training",
        ),
        lines,
    )
    left = sorted(r.code for r in rows if rule.oews_soc(r.code) is None)
    out.notes.append(
        f"Projections: {len(rows)} Table 1.2 line items, {len(lines)} OEWS occupations; "
        f"line items with no OEWS occupation: {', '.join(left) or 'none'}."
    )


def _percentiles(values: dict[str, float]) -> dict[str, float]:
    """{soc: share (0-100) of the occupations in `values` with a strictly lower value}."""
    ordered = sorted(values.values())
    return {soc: 100 * bisect.bisect_left(ordered, v) / len(ordered) for soc, v in values.items()}


def _exposure_file(source: Path, rule: SocRule, oews: dict[str, str], out: Built) -> None:
    measures: list[tuple[str, int, dict[str, float], dict[str, str]]] = []

    # Eloundou: per O*NET-SOC code, so the O*NET rule chooses which codes describe an occupation.
    scores = exposure.eloundou(source / ELOUNDOU_FILE)
    by_code = {s.code: s for s in scores}
    values, basis = {}, {}
    for soc, codes in rule.onet_codes(by_code).items():
        values[soc] = _mean([by_code[c].value for c in codes])
        if codes != [f"{soc}.00"]:
            named = "; ".join(f"{c} {by_code[c].title}" for c in codes)
            basis[soc] = f"O*NET-SOC {named}" + (" (mean)" if len(codes) > 1 else "")
    measures.append(("llm_exposure", 2024, values, basis))

    values, basis = _by_soc(exposure.tomlinson(source / TOMLINSON_FILE), rule, "SOC")
    measures.append(("ai_applicability", 2025, values, basis))

    # Frey & Osborne: SOC 2010 → SOC 2018 (crosswalk) → OEWS SOC.
    crosswalk = exposure.soc_crosswalk(source / CROSSWALK_FILE)
    moved = []
    for score in exposure.frey_osborne(source / FREY_OSBORNE_FILE):
        for new, _ in crosswalk.get(score.code, [(score.code, score.title)]):
            moved.append((new, score))
    values, basis = _by_soc_2010(moved, rule)
    measures.append(("computerisation", 2013, values, basis))

    lines = []
    for measure, year, values, basis in measures:
        ranks = _percentiles(values)
        for soc in sorted(values):
            lines.append(
                (soc, measure, f"{values[soc]:.4f}", f"{ranks[soc]:.1f}", year, basis.get(soc, ""))
            )
        out.notes.append(f"Exposure {measure} ({year}): {len(values)} OEWS occupations.")
    lines.sort(key=lambda line: (line[0], MEASURES.index(line[1])))
    out.files["exposure/occupations.csv"] = csv_text(
        ("soc", "measure", "value", "percentile", "year", "basis"), lines
    )


MEASURES = ("llm_exposure", "ai_applicability", "computerisation")


def _by_soc(
    scores: Sequence[exposure.Score], rule: SocRule, label: str
) -> tuple[dict[str, float], dict[str, str]]:
    grouped: dict[str, list[exposure.Score]] = {}
    for score in scores:
        soc = rule.oews_soc(score.code)
        if soc is not None:
            grouped.setdefault(soc, []).append(score)
    values, basis = {}, {}
    for soc, items in grouped.items():
        values[soc] = _mean([s.value for s in items])
        if [s.code for s in items] != [soc]:
            named = "; ".join(f"{s.code} {s.title}" for s in sorted(items, key=lambda s: s.code))
            basis[soc] = f"{label} {named}" + (" (mean)" if len(items) > 1 else "")
    return values, basis


def _by_soc_2010(
    moved: Sequence[tuple[str, exposure.Score]], rule: SocRule
) -> tuple[dict[str, float], dict[str, str]]:
    grouped: dict[str, dict[str, exposure.Score]] = {}
    for new, score in moved:
        soc = rule.oews_soc(new)
        if soc is not None:
            grouped.setdefault(soc, {})[score.code] = score
    values, basis = {}, {}
    for soc, items in grouped.items():
        scores = [items[code] for code in sorted(items)]
        values[soc] = _mean([s.value for s in scores])
        if [s.code for s in scores] != [soc]:
            named = "; ".join(f"{s.code} {s.title}" for s in scores)
            basis[soc] = f"SOC 2010 {named}" + (" (mean)" if len(scores) > 1 else "")
    return values, basis


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _onet_read(release: onet.OnetRelease) -> list[Path]:
    """The O*NET files this build reads (for their sha256 in data/README.md)."""
    tables = (
        "occupations",
        "tasks",
        "interests",
        "job_zones",
        "education",
        "education_categories",
        "skills",
        "technology",
        "related",
        "job_titles",
        "reported_titles",
    )
    return [release.path(t) for t in tables]


def build_files(source: Path, data_dir: Path) -> Built:
    """Read every source under `source` and return the files to write under `data_dir`.

    Reads data/oews/national.csv for the SOC codes the bot knows. Raises SourceError for any
    malformed or missing source file; nothing is written here.
    """
    oews = load_oews_titles(data_dir / "oews" / "national.csv")
    rule = SocRule(frozenset(oews))
    out = Built()
    release = onet.OnetRelease(source / ONET_DIR, "csv")
    if not release.has("occupations"):
        raise SourceError(release.path("occupations"), "", "not found (O*NET 30.3 CSV edition)")
    _onet_files(release, rule, oews, out)
    _projection_file(source / EP_FILE, rule, out)
    _exposure_file(source, rule, oews, out)
    read = [
        *_onet_read(release),
        source / EP_FILE,
        source / ELOUNDOU_FILE,
        source / TOMLINSON_FILE,
        source / FREY_OSBORNE_FILE,
        source / CROSSWALK_FILE,
    ]
    for path in read:
        shown = path.relative_to(source).as_posix()
        out.sources.append((shown, sha256(path), f"{path.stat().st_size:,}"))
    return out


def write_files(data_dir: Path, files: dict[str, str]) -> None:
    """Write all files or none: each is written beside its target, then renamed into place."""
    staged = []
    try:
        for name, text in sorted(files.items()):
            target = data_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(target.name + ".tmp")
            temporary.write_bytes(text.encode("utf-8"))
            staged.append((temporary, target))
    except OSError:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
