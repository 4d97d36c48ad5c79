"""BLS OEWS May 2025 figures (data/oews/*.csv): national figures for every detailed occupation,
state figures read on first use (they are 36,000 rows, and most questions name no state).

Cells hold BLS's numbers verbatim or its markers (`#` top-coded, `*`/`**` not published); a
marker is never turned into a number. See data/README.md.
"""

import csv
from dataclasses import dataclass
from pathlib import Path

from careerbot.catalog.models import Source

# How answers name the release: no bare acronym for a 16-year-old ("OEWS" is BLS's name for it).
RELEASE = "BLS wage survey, May 2025"
OEWS_SOURCE = Source(
    name="U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025",
    url="https://www.bls.gov/oes/",
    file="oews/national.csv",
)
FIGURES = (
    "employment",
    "hourly_mean",
    "annual_mean",
    "hourly_p10",
    "hourly_p25",
    "hourly_median",
    "hourly_p75",
    "hourly_p90",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
)
TOP_CODED = "#"
# BLS OEWS footnote 5, the one home of the top-code: "This wage is equal to or greater than
# $115.00 per hour or $239,200 per year." A '#' cell means at least this, never this figure.
TOP_CODE_ANNUAL = 239_200.0
TOP_CODE_HOURLY = 115.00


@dataclass(frozen=True)
class Figures:
    """One row of OEWS figures, as BLS published them (numbers or markers)."""

    cells: tuple[str, ...]

    def raw(self, column: str) -> str:
        return self.cells[FIGURES.index(column)]

    def number(self, column: str) -> float | None:
        """The figure, or None where BLS published a marker instead."""
        try:
            return float(self.raw(column))
        except ValueError:
            return None

    def top_coded(self, column: str) -> bool:
        return self.raw(column) == TOP_CODED


class OewsError(ValueError):
    pass


def _read(path: Path, key_columns: tuple[str, ...]) -> dict[tuple[str, ...], dict[str, str]]:
    rows: dict[tuple[str, ...], dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in (*key_columns, *FIGURES) if c not in (reader.fieldnames or [])]
        if missing:
            raise OewsError(f"{path}: missing column(s) {', '.join(missing)}")
        for number, row in enumerate(reader, 2):
            if any(row.get(column) in (None, "") for column in (*key_columns, *FIGURES)):
                raise OewsError(f"{path}: line {number}: empty cell")
            rows[tuple(row[c] for c in key_columns)] = row
    return rows


class OewsData:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        national = _read(folder / "national.csv", ("soc",))
        self.titles = {soc: row["title"] for (soc,), row in national.items()}
        self.national = {
            soc: Figures(tuple(row[c] for c in FIGURES)) for (soc,), row in national.items()
        }
        self._states: dict[tuple[str, str], str] | None = None
        # 00-0000 All Occupations: the US median that pay is compared against.
        self.all_occupations: Figures | None = None
        if (folder / "all_occupations.csv").is_file():
            total = _read(folder / "all_occupations.csv", ("soc",)).get(("00-0000",))
            if total is None:
                raise OewsError(f"{folder / 'all_occupations.csv'}: no 00-0000 row")
            self.all_occupations = Figures(tuple(total[c] for c in FIGURES))

    def load_states(self) -> dict[tuple[str, str], str]:
        """Read states.csv (once). Raises OewsError on a malformed file; `careerbot validate`
        calls this so such a file is caught before it reaches a user."""
        if self._states is None:
            self._states = _read_state_lines(self.folder / "states.csv")
        return self._states

    def state(self, state: str, soc: str) -> Figures | None:
        """A state's figures, or None where BLS published none (or the file cannot be read: the
        answer then gives the national figures, which is better than no answer)."""
        try:
            lines = self.load_states()
        except (OewsError, OSError, UnicodeDecodeError):
            lines = self._states = {}
        line = lines.get((state, soc))
        return None if line is None else Figures(tuple(line.split(",")))


def _read_state_lines(path: Path) -> dict[tuple[str, str], str]:
    """(state, soc) -> that row's figure cells as one string, split only when asked for: 36,000
    rows held as tuples of strings would cost ~60 MB, as strings ~6 MB. The cells are numbers
    and markers (no commas, no quotes), which is checked here once."""
    if not path.is_file():
        return {}
    lines: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
        if header != ["state", "soc", *FIGURES]:
            raise OewsError(f"{path}: unexpected columns {','.join(header)}")
        for number, raw in enumerate(handle, 2):
            cells = raw.rstrip("\n").split(",")
            if len(cells) != len(header) or '"' in raw or not all(cells):
                raise OewsError(f"{path}: line {number}: expected {len(header)} plain cells")
            lines[(cells[0], cells[1])] = raw[len(cells[0]) + len(cells[1]) + 2 :].rstrip("\n")
    return lines


def load_oews(data_dir: Path) -> OewsData | None:
    folder = data_dir / "oews"
    return OewsData(folder) if (folder / "national.csv").is_file() else None
