"""BLS Employment Projections 2024-34 reader: `occupation.xlsx`, sheet "Table 1.2"
(Occupational projections, 2024-34, and worker characteristics, 2024).

BLS publishes employment and openings in thousands (78.6 = 78,600 jobs); this reader returns
jobs. Only "Line item" rows (detailed or EP-aggregated occupations) are returned. A missing sheet
or column, a non-numeric figure, or a sheet whose line items do not add up to its
"Total, all occupations" row (a truncated sheet) raises SourceError with sheet and cell.
"""

import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from careerbot.sources.errors import SourceError

SHEET = "Table 1.2"
CODE = re.compile(r"^\d{2}-\d{4}$")
COLUMNS = {
    "title": "2024 National Employment Matrix title",
    "code": "2024 National Employment Matrix code",
    "type": "Occupation type",
    "employment_2024": "Employment, 2024",
    "employment_2034": "Employment, 2034",
    "change": "Employment change, numeric, 2024–34",
    "percent_change": "Employment change, percent, 2024–34",
    "openings": "Occupational openings, 2024–34 annual average",
    "education": "Typical education needed for entry",
    "experience": "Work experience in a related occupation",
    "training": "Typical on-the-job training needed to attain competency in the occupation",
}
THOUSANDS = ("employment_2024", "employment_2034", "change", "openings")


@dataclass(frozen=True)
class EpRow:
    """One Table 1.2 line item; employment, change and openings in jobs (not thousands)."""

    code: str
    title: str
    employment_2024: int
    employment_2034: int
    change: int
    percent_change: float
    openings: int
    education: str
    experience: str
    training: str


def _jobs(value: float) -> int:
    """Thousands as published (one decimal) → whole jobs, exactly (78.6 → 78600)."""
    return int((Decimal(str(value)) * 1000).to_integral_value())


def read_table(path: Path) -> list[EpRow]:
    """The line items of Table 1.2 in sheet order. Raises SourceError."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SourceError(path, "", f"is not a readable xlsx workbook ({error})") from None
    try:
        if SHEET not in book.sheetnames:
            raise SourceError(path, "", f"has no sheet {SHEET!r}")
        rows = list(book[SHEET].iter_rows(values_only=True))
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as error:
        raise SourceError(path, f"sheet {SHEET}", f"cannot be read ({error})") from None
    finally:
        book.close()
    header_at = next((i for i, r in enumerate(rows[:10]) if r and COLUMNS["code"] in r), None)
    if header_at is None:
        raise SourceError(path, f"sheet {SHEET}", f"no header row with {COLUMNS['code']!r}")
    header = [str(cell).strip() if cell is not None else "" for cell in rows[header_at]]
    index = {}
    for name, label in COLUMNS.items():
        if label not in header:
            raise SourceError(path, f"sheet {SHEET}, row {header_at + 1}", f"no column {label!r}")
        index[name] = header.index(label)

    def cell(row_number: int, name: str) -> str:
        return f"sheet {SHEET}, cell {get_column_letter(index[name] + 1)}{row_number}"

    found: list[EpRow] = []
    total: float | None = None
    listed = Decimal(0)
    for number, row in enumerate(rows[header_at + 1 :], header_at + 2):
        values = {name: row[i] if i < len(row) else None for name, i in index.items()}
        if values["code"] == "00-0000":
            total = _number(path, cell(number, "employment_2024"), values["employment_2024"])
        if values["type"] != "Line item":
            continue
        code = str(values["code"] or "").strip()
        if not CODE.match(code):
            raise SourceError(path, cell(number, "code"), f"not an EP code: {code!r}")
        figures = {
            name: _number(path, cell(number, name), values[name])
            for name in (*THOUSANDS, "percent_change")
        }
        words = {}
        for name in ("education", "experience", "training"):
            text = str(values[name] or "").strip()
            if not text:
                raise SourceError(path, cell(number, name), f"{COLUMNS[name]} is empty")
            words[name] = text
        listed += Decimal(str(figures["employment_2024"]))
        found.append(
            EpRow(
                code=code,
                title=str(values["title"] or "").strip(),
                employment_2024=_jobs(figures["employment_2024"]),
                employment_2034=_jobs(figures["employment_2034"]),
                change=_jobs(figures["change"]),
                percent_change=figures["percent_change"],
                openings=_jobs(figures["openings"]),
                **words,
            )
        )
    if total is None or not found:
        raise SourceError(
            path, f"sheet {SHEET}", "no 'Total, all occupations' row or no line items"
        )
    # Each line item is rounded to 0.1 thousand: the sum may differ from the total by that much
    # per row, but a sheet missing rows falls far short of it.
    if abs(float(listed) - total) > 0.05 * len(found) + 1:
        raise SourceError(
            path,
            f"sheet {SHEET}, row {len(rows)}",
            f"line items add up to {listed} thousand, not the total {total}: truncated sheet?",
        )
    return found


def _number(path: Path, where: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SourceError(path, where, f"must be a number, found {value!r}")
    return float(value)
