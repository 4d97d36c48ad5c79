"""The one error every source reader raises for a malformed or truncated official file."""

from pathlib import Path


class SourceError(ValueError):
    """A source file that cannot be read faithfully: names the file and where in it.

    `where` is "line L, column C" for CSV and text files, "sheet S, cell A1" for xlsx, or ""
    when the problem is the file as a whole (missing, empty, wrong header).
    """

    def __init__(self, path: Path | str, where: str, message: str) -> None:
        self.path = str(path)
        self.where = where
        self.message = message
        super().__init__(f"{self.path}: {where}: {message}" if where else f"{path}: {message}")


def at(line: int, column: int | None = None) -> str:
    """The `where` text for a delimited file: 1-based line (and column, 1-based field number)."""
    return f"line {line}" if column is None else f"line {line}, column {column}"
