"""Strict reading of delimited source files (CSV, gzip'd CSV, tab-separated text).

Every row must have exactly the header's number of fields; a short row, an unterminated quote, a
broken gzip stream or bytes that are not UTF-8 raise SourceError with the file, line and column.
"""

import csv
import gzip
import io
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from careerbot.sources.errors import SourceError, at

Dialect = Literal["csv", "tab"]


@dataclass(frozen=True)
class Row:
    """One data row: values by canonical column name, and where it is in its file."""

    path: Path
    line: int
    columns: Mapping[str, int]  # canonical name -> 0-based field index
    fields: Sequence[str]
    header: Sequence[str]  # the file's own column names, for messages

    def __getitem__(self, name: str) -> str:
        return self.fields[self.columns[name]]

    def where(self, name: str | None = None) -> str:
        return at(self.line, None if name is None else self.columns[name] + 1)

    def error(self, name: str | None, message: str) -> SourceError:
        return SourceError(self.path, self.where(name), message)

    def label(self, name: str) -> str:
        """The column's name as the file spells it ("Job Zone", "Data Value")."""
        return self.header[self.columns[name]]

    def number(self, name: str) -> float:
        """The field as a number; SourceError (with line and column) when it is not one."""
        text = self[name].strip()
        try:
            return float(text)
        except ValueError:
            message = f"{self.label(name)} must be a number, found {text!r}"
            raise self.error(name, message) from None

    def integer(self, name: str) -> int:
        value = self.number(name)
        if not value.is_integer():
            message = f"{self.label(name)} must be a whole number, found {self[name]!r}"
            raise self.error(name, message)
        return int(value)


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(path, "", f"cannot be read ({error.strerror or error})") from None
    if path.name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (EOFError, OSError, zlib.error) as error:
            raise SourceError(path, "", f"is not a complete gzip file ({error})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise SourceError(path, at(line), "is not UTF-8 text") from None


def read_rows(path: Path, dialect: Dialect, columns: Mapping[str, Sequence[str]]) -> Iterator[Row]:
    """Rows of `path`, with `columns` {canonical name: accepted header spellings}.

    Raises SourceError for a missing required column, a row whose field count differs from the
    header's (a truncated or malformed line) or a quoting error. The whole file is decoded
    first, so a truncated gzip stream fails before any row is returned.
    """
    text = _text(path)
    if dialect == "csv":
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    else:  # O*NET's text edition: tab-delimited, no text qualifiers
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE, strict=True
        )
    try:
        header = next(reader)
    except StopIteration:
        raise SourceError(path, at(1), "is empty (no header row)") from None
    except csv.Error as error:
        raise SourceError(path, at(1), f"malformed header ({error})") from None
    index: dict[str, int] = {}
    names = [name.strip() for name in header]
    for canonical, spellings in columns.items():
        found = next((names.index(s) for s in spellings if s in names), None)
        if found is None:
            raise SourceError(
                path, at(1), f"missing column {' or '.join(repr(s) for s in spellings)}"
            )
        index[canonical] = found
    width = len(header)
    while True:
        start = reader.line_num + 1  # a quoted field may span lines: report where it began
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise SourceError(path, at(start), f"malformed row ({error})") from None
        line = reader.line_num
        if not fields:
            continue  # a blank line carries nothing
        if len(fields) != width:
            column = min(len(fields), width) + 1  # the first missing or unexpected field
            raise SourceError(
                path,
                at(line, column),
                f"expected {width} fields, found {len(fields)} (truncated or malformed row)",
            )
        yield Row(path, line, index, fields, names)
