"""Read the career profiles and job titles that `careerbot data build` commits in data/:

    data/onet/{occupations,tasks,interests,education,skills,technology,related,titles}.csv
    data/projections/occupations.csv      BLS Employment Projections 2024-34
    data/exposure/occupations.csv         Eloundou 2024, Tomlinson 2025, Frey & Osborne 2013

into `Profile` objects keyed by OEWS SOC code, and `JobTitle`s.

Loading is lazy, because building all 830 profiles (about 80,000 pydantic objects) and 61,000
titles costs more than half a second and most questions need one profile: the files are read on
the first look-up (about 0.1 s), and each profile is built when first asked for. A missing file
leaves its fields empty. A malformed row leaves its field empty in the profile it belongs to and
is reported as `data/<file>: line N: message` by `problems()`, which `careerbot validate` calls
(it builds every profile, so it sees every row).
"""

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast, overload

from careerbot.catalog.profile import (
    EducationShare,
    Exposure,
    Interest,
    JobTitle,
    Profile,
    Projection,
    Related,
    Skill,
    Task,
    Technology,
)

RIASEC_NAMES = {
    "R": "Realistic",
    "I": "Investigative",
    "A": "Artistic",
    "S": "Social",
    "E": "Enterprising",
    "C": "Conventional",
}
TITLE_KINDS = ("occupation", "alternate", "short", "reported")
MEASURES = {"llm_exposure": 2024, "ai_applicability": 2025, "computerisation": 2013}


class RowError(ValueError):
    """A cell that cannot be read; the caller adds file and line."""


def _rows(
    path: Path, columns: tuple[str, ...], shown: str, problems: list[str]
) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of a committed CSV whose header must be exactly `columns`."""
    if not path.is_file():
        return
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, strict=True)
            header = next(reader, None)
            if header is None or tuple(header) != columns:
                problems.append(f"{shown}: line 1: header must be {','.join(columns)}")
                return
            for cells in reader:
                if len(cells) != len(columns):
                    problems.append(
                        f"{shown}: line {reader.line_num}: expected {len(columns)} fields, "
                        f"found {len(cells)}"
                    )
                    return
                yield reader.line_num, cells
    except (csv.Error, UnicodeDecodeError) as error:
        problems.append(f"{shown}: is not a readable UTF-8 CSV file ({error})")
    except OSError as error:
        problems.append(f"{shown}: cannot be read ({error.strerror or error})")


def _number(text: str, what: str, low: float, high: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{what} must be a number, found {text!r}") from None
    if not low <= value <= high:
        raise RowError(f"{what} must be between {low:g} and {high:g}, found {text}")
    return value


def _whole(text: str, what: str, low: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:
        raise RowError(f"{what} must be a whole number, found {text!r}") from None
    if low is not None and value < low:
        raise RowError(f"{what} must be at least {low}, found {value}")
    return value


def _flag(text: str, what: str) -> bool:
    if text not in ("Y", "N"):
        raise RowError(f"{what} must be Y or N, found {text!r}")
    return text == "Y"


@dataclass(frozen=True)
class _OnetOccupation:
    codes: list[str]
    title: str | None
    description: str | None
    job_zone: int | None


def _occupation(cells: list[str]) -> _OnetOccupation:
    zone = _whole(cells[4], "job_zone") if cells[4] else None
    if zone is not None and not 1 <= zone <= 5:
        raise RowError(f"job_zone must be 1-5, found {zone}")
    return _OnetOccupation(cells[1].split(), cells[2] or None, cells[3] or None, zone)


def _task(cells: list[str]) -> Task:
    if cells[1] not in ("core", "supplemental"):
        raise RowError(f"type must be core or supplemental, found {cells[1]!r}")
    return Task(text=cells[2], core=cells[1] == "core")


def _interests(cells: list[str]) -> list[Interest]:
    scored = [
        Interest(code=cast(Any, code), name=name, score=_number(text, code, 1, 7))
        for (code, name), text in zip(RIASEC_NAMES.items(), cells[1:], strict=True)
    ]
    return sorted(scored, key=lambda item: -item.score)


def _education(cells: list[str]) -> EducationShare:
    category = _whole(cells[1], "category")
    if not 1 <= category <= 12:
        raise RowError(f"category must be 1-12, found {category}")
    return EducationShare(
        category=category, level=cells[2], percent=_number(cells[3], "percent", 0, 100)
    )


def _skill(cells: list[str]) -> Skill:
    return Skill(
        name=cells[1],
        importance=_number(cells[2], "importance", 1, 5),
        level=_number(cells[3], "level", 0, 7),
    )


def _technology(cells: list[str]) -> Technology:
    return Technology(
        name=cells[1], hot=_flag(cells[2], "hot"), in_demand=_flag(cells[3], "in_demand")
    )


def _related(cells: list[str]) -> Related:
    return Related(soc=cells[1], title=cells[2], tier=cells[3], index=_whole(cells[4], "index", 1))


def _projection(cells: list[str]) -> Projection:
    return Projection(
        code=cells[1],
        title=cells[2],
        employment_2024=_whole(cells[3], "employment_2024", 0),
        employment_2034=_whole(cells[4], "employment_2034", 0),
        change=_whole(cells[5], "change"),
        percent_change=_number(cells[6], "percent_change", -100, 10_000),
        openings=_whole(cells[7], "openings", 0),
        education=cells[8],
        experience=cells[9],
        training=cells[10],
    )


def _exposure(cells: list[str]) -> Exposure:
    year = MEASURES.get(cells[1])
    if year is None:
        raise RowError(f"measure must be one of {', '.join(MEASURES)}, found {cells[1]!r}")
    if _whole(cells[4], "year") != year:
        raise RowError(f"year of {cells[1]} must be {year}, found {cells[4]}")
    return Exposure(
        measure=cast(Any, cells[1]),
        value=_number(cells[2], "value", 0, 1),
        percentile=_number(cells[3], "percentile", 0, 100),
        year=year,
        basis=cells[5],
    )


def _title(cells: list[str]) -> JobTitle:
    if cells[3] not in TITLE_KINDS:
        raise RowError(f"kind must be one of {', '.join(TITLE_KINDS)}, found {cells[3]!r}")
    kind = cast(Literal["occupation", "alternate", "short", "reported"], cells[3])
    return JobTitle(title=cells[0], soc=cells[1], kind=kind)


_Parse = Callable[[list[str]], Any]
# file -> (columns, row parser); "soc" (and "related_soc") columns must hold known SOC codes.
FILES: dict[str, tuple[tuple[str, ...], _Parse]] = {
    "onet/occupations.csv": (
        ("soc", "onet_codes", "onet_title", "description", "job_zone"),
        _occupation,
    ),
    "onet/tasks.csv": (("soc", "type", "task"), _task),
    "onet/interests.csv": (("soc", *RIASEC_NAMES), _interests),
    "onet/education.csv": (("soc", "category", "level", "percent"), _education),
    "onet/skills.csv": (("soc", "skill", "importance", "level"), _skill),
    "onet/technology.csv": (("soc", "name", "hot", "in_demand"), _technology),
    "onet/related.csv": (("soc", "related_soc", "title", "tier", "index"), _related),
    "projections/occupations.csv": (
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
        _projection,
    ),
    "exposure/occupations.csv": (
        ("soc", "measure", "value", "percentile", "year", "basis"),
        _exposure,
    ),
}
TITLES_FILE = "onet/titles.csv"
TITLES_COLUMNS = ("title", "soc", "onet_soc", "kind")

KEY_FILES = ("onet/occupations.csv", "projections/occupations.csv", "exposure/occupations.csv")
_SOC_AT_LINE_START = re.compile(r"^(\d{2}-\d{4}),", re.MULTILINE)


class ProfileStore(Mapping[str, Profile]):
    """Read-only {OEWS SOC: Profile} over data/, for every SOC the profile files cover.

    A look-up reads only that SOC's rows: the build writes every file sorted by `soc`, one row
    per line, so a SOC's rows are one block of lines found by binary search over the text, and
    only those are parsed (well under 1 ms a profile, instead of about 0.5 s to parse 8 MB).
    `problems()` parses everything, checking the order the look-up relies on, and `known` (the
    OEWS SOC codes): a row for another code is a problem.
    """

    def __init__(self, data_dir: Path, known: set[str] | frozenset[str] | None = None) -> None:
        self.data_dir = data_dir
        self.known = known
        self._texts: dict[str, str] = {}
        self._keys: frozenset[str] | None = None
        self._built: dict[str, Profile] = {}
        self._problems: dict[tuple[str, int], str] = {}

    def _problem(self, name: str, line: int, message: str) -> None:
        self._problems.setdefault((name, line), f"data/{name}: line {line}: {message}")

    def _text(self, name: str) -> str:
        """The file's text after its header ("" when missing, unreadable or a wrong header)."""
        if name not in self._texts:
            text = ""
            path = self.data_dir / name
            if path.is_file():
                try:
                    whole = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as error:
                    self._problem(name, 0, f"cannot be read as UTF-8 text ({error})")
                    whole = ""
                header, _, text = whole.partition("\n")
                if whole and header.rstrip("\r") != ",".join(FILES[name][0]):
                    self._problem(name, 1, f"header must be {','.join(FILES[name][0])}")
                    text = ""
            self._texts[name] = "\n" + text  # so every row starts after a newline
        return self._texts[name]

    def _keys_now(self) -> frozenset[str]:
        if self._keys is None:
            found: set[str] = set()
            for name in KEY_FILES:
                found.update(_SOC_AT_LINE_START.findall(self._text(name)))
            if self.known is not None:
                found &= self.known
            self._keys = frozenset(found)
        return self._keys

    def _block(self, name: str, soc: str) -> tuple[int, list[list[str]]]:
        """(where the block starts in the text, the cells of `soc`'s rows) in file `name`."""
        text = self._text(name)
        prefix = f"\n{soc},"
        start = _first_row_at_or_after(text, soc)
        if not text.startswith(prefix, start):
            return 0, []
        end = start
        while text.startswith(prefix, end):
            following = text.find("\n", end + 1)
            end = len(text) if following < 0 else following
        reader = csv.reader(io.StringIO(text[start + 1 : end], newline=""))
        try:
            return start, list(reader)
        except csv.Error as error:
            self._problem(name, self._line(name, start), f"malformed row ({error})")
            return start, []

    def _line(self, name: str, start: int, offset: int = 0) -> int:
        """File line number of the row `offset` rows after text position `start`; counted
        only when a problem is reported. The text is "\n" + the rows after the header, so the
        row after the (k+1)th newline is line k + 2."""
        return self._text(name).count("\n", 0, start) + 2 + offset

    def _field(self, name: str, soc: str) -> list[Any]:
        columns, parse = FILES[name]
        found = []
        start, rows = self._block(name, soc)
        for offset, cells in enumerate(rows):
            if len(cells) != len(columns):
                message = f"expected {len(columns)} fields, found {len(cells)}"
                self._problem(name, self._line(name, start, offset), message)
                continue
            try:
                found.append(parse(cells))
            except RowError as error:
                self._problem(name, self._line(name, start, offset), str(error))
        return found

    def _build(self, soc: str) -> Profile:
        one = self._field("onet/occupations.csv", soc)
        onet: _OnetOccupation | None = one[0] if one else None
        interests = self._field("onet/interests.csv", soc)
        projection = self._field("projections/occupations.csv", soc)
        related = [
            item
            for item in self._field("onet/related.csv", soc)
            if self.known is None or item.soc in self.known
        ]
        return Profile(
            soc=soc,
            onet_codes=onet.codes if onet else [],
            onet_title=onet.title if onet else None,
            description=onet.description if onet else None,
            tasks=self._field("onet/tasks.csv", soc),
            interests=interests[0] if interests else [],
            job_zone=onet.job_zone if onet else None,
            education_required=self._field("onet/education.csv", soc),
            skills=self._field("onet/skills.csv", soc),
            technologies=self._field("onet/technology.csv", soc),
            related=related,
            projection=projection[0] if projection else None,
            exposure=self._field("exposure/occupations.csv", soc),
        )

    def __getitem__(self, soc: str) -> Profile:
        profile = self._built.get(soc)
        if profile is None:
            if soc not in self._keys_now():
                raise KeyError(soc)
            profile = self._built[soc] = self._build(soc)
        return profile

    def __contains__(self, soc: object) -> bool:
        return isinstance(soc, str) and soc in self._keys_now()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._keys_now()))

    def __len__(self) -> int:
        return len(self._keys_now())

    def problems(self) -> list[str]:
        """Every problem in the profile files, as `data/<file>: line N: message`: parses every
        row (values, field counts, SOC order, unknown codes) and builds every profile."""
        keys = self._keys_now()
        for name, (columns, parse) in FILES.items():
            listed: list[str] = []
            shown = f"data/{name}"
            where: dict[str, int] = {}
            for line, cells in _rows(self.data_dir / name, columns, shown, listed):
                soc = cells[0]
                if soc in where and where[soc] != line - 1:
                    self._problem(name, line, f"rows of {soc} must be together, sorted by soc")
                where[soc] = line
                for i, column in enumerate(columns):
                    checked = column in ("soc", "related_soc") and self.known is not None
                    if checked and cells[i] not in (self.known or ()):
                        self._problem(name, line, f"{cells[i]!r} is not a known SOC code")
                if column_soc_missing(name, soc, keys):
                    self._problem(name, line, f"{soc} has no row in {', '.join(KEY_FILES)}")
                try:
                    parse(cells)
                except RowError as error:
                    self._problem(name, line, str(error))
            for problem in listed:
                self._problems.setdefault((name, 0), problem)
            socs = list(where)
            if socs != sorted(socs):
                self._problem(name, 0, "rows must be sorted by soc")
        for soc in keys:
            self[soc]
        return [self._problems[key] for key in sorted(self._problems)]


def _first_row_at_or_after(text: str, soc: str) -> int:
    """Position of the newline that starts the first row whose SOC is >= `soc`, by binary
    search over character positions (rows are sorted by SOC, one per line, and `text` starts
    with a newline); len(text) when there is none. About 20 string probes per look-up."""

    def at_or_after(position: int) -> bool:
        newline = text.find("\n", position)
        # past the last row (no newline, or only the file's final one) counts as "after"
        return newline < 0 or newline + 1 == len(text) or text[newline + 1 : newline + 8] >= soc

    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if at_or_after(middle):
            high = middle
        else:
            low = middle + 1
    newline = text.find("\n", low)
    return len(text) if newline < 0 else newline


def column_soc_missing(name: str, soc: str, keys: frozenset[str]) -> bool:
    """A row in a detail file (tasks, skills, ...) for a SOC no key file lists is unreachable."""
    return name not in KEY_FILES and soc not in keys


class TitleList(Sequence[JobTitle]):
    """Read-only list of the job titles in data/onet/titles.csv, read on first use, file order
    (sorted by SOC). Rows with an unknown SOC or kind are left out and listed by `problems()`."""

    def __init__(self, data_dir: Path, known: set[str] | frozenset[str] | None = None) -> None:
        self.data_dir = data_dir
        self.known = known
        self._titles: list[JobTitle] | None = None
        self._problems: list[str] = []

    def _load(self) -> list[JobTitle]:
        if self._titles is None:
            titles = []
            shown = f"data/{TITLES_FILE}"
            for line, cells in _rows(
                self.data_dir / TITLES_FILE, TITLES_COLUMNS, shown, self._problems
            ):
                if self.known and cells[1] not in self.known:
                    self._problems.append(f"{shown}: line {line}: unknown SOC {cells[1]!r}")
                    continue
                try:
                    titles.append(_title(cells))
                except RowError as error:
                    self._problems.append(f"{shown}: line {line}: {error}")
            self._titles = titles
        return self._titles

    @overload
    def __getitem__(self, index: int) -> JobTitle: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[JobTitle]: ...
    def __getitem__(self, index: int | slice) -> JobTitle | Sequence[JobTitle]:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[JobTitle]:
        return iter(self._load())

    def problems(self) -> list[str]:
        self._load()
        return list(self._problems)
