"""A disk cache for the occupation-name indexes, so start-up (and every one-shot `careerbot ask`)
does not re-read and re-tokenise O*NET's 60,000 job titles, nor refit the described-job TF-IDF.

An entry is named by the SHA-256 of everything the index is built from: the title file's bytes,
the aliases, field nouns and unknown names, the occupations, OEWS employment, and the source of
the modules that build it. A changed input is a different name, so nothing stale is ever read.
Any problem reading or writing (no home directory, read-only disk, a truncated file) means the
index is simply built again; it never stops the bot.
"""

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerbot.catalog import Catalog

ENV = "CAREERBOT_CACHE_DIR"  # a folder, or empty to turn the cache off
_HERE = Path(__file__).resolve().parent
# Modules whose code decides the index: a change to any of them changes every fingerprint.
_CODE = ("occupations.py", "ambiguity.py", "normalise.py", "unknown_jobs.py")
_TITLES_FILE = Path("onet") / "titles.csv"
KEEP = 8  # cache files kept (the newest): one per catalog and code version in use


def default_dir() -> Path | None:
    """$CAREERBOT_CACHE_DIR ("" turns the cache off), else $XDG_CACHE_HOME/careerbot, else
    ~/.cache/careerbot; None when there is no home to put it in."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "careerbot"
    try:
        return Path.home() / ".cache" / "careerbot"
    except RuntimeError:  # no home directory
        return None


def fingerprint(catalog: "Catalog", employment: dict[str, int]) -> str:
    """SHA-256 (hex) of every input of the name index for `catalog`."""
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update((_HERE / name).read_bytes())
    occupations = sorted(
        (o.soc, o.title, tuple(o.aliases), o.employment) for o in catalog.occupations.values()
    )
    outside = (catalog.outside.military, sorted(catalog.outside.unpublished.items()))
    for part in (
        occupations,
        sorted(catalog.aliases.items()),
        sorted(catalog.fields.items()),
        sorted(catalog.also.items()),
        outside,
        sorted(employment.items()),
    ):
        digest.update(repr(part).encode())
    data_dir = getattr(catalog.titles, "data_dir", None)
    path = Path(data_dir) / _TITLES_FILE if data_dir is not None else None
    if path is not None and path.is_file():
        digest.update(path.read_bytes())  # the file the titles are read from, not yet parsed
    else:
        digest.update(repr([(row.title, row.soc) for row in catalog.titles]).encode())
    return digest.hexdigest()


def fingerprint_of(code: list[Path], files: list[Path], *parts: object) -> str:
    """SHA-256 (hex) of some modules' code, some data files' bytes (a missing file counts as
    empty) and the repr of other inputs."""
    digest = hashlib.sha256()
    for path in [*code, *files]:
        digest.update(path.read_bytes() if path.is_file() else b"")
        digest.update(b"\0")
    for part in parts:
        digest.update(repr(part).encode())
    return digest.hexdigest()


def _path(folder: Path, key: str) -> Path:
    return folder / f"names-{key[:32]}.pickle"


def read(folder: Path | None, key: str) -> object | None:
    """The cached object for `key`, or None (missing, unreadable or from another build)."""
    if folder is None or not key:
        return None
    try:
        with _path(folder, key).open("rb") as handle:
            stored_key, value = pickle.load(handle)
    except Exception:  # a cache is only ever a shortcut: any failure means "build it"
        return None
    return value if stored_key == key else None


def write(folder: Path, key: str, value: object) -> None:
    """Store `value` under `key` atomically (a reader never sees half a file); best effort."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".names-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, _path(folder, key))
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        # Every change of data or code writes a new file: keep only the newest few.
        files = sorted(folder.glob("names-*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in files[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        return
