"""A disk cache for the occupation-name indexes, so start-up (and every one-shot `careerbot ask`)
does not re-read and re-tokenise O*NET's 60,000 job titles, nor refit the described-job TF-IDF.

An entry is named by the SHA-256 of everything the index is built from: the title file's bytes,
the aliases, field nouns and unknown names, the occupations, OEWS employment, and the source of
the modules that build it. A changed input is a different name, so nothing stale is ever read.
Any problem reading or writing (no home directory, read-only disk, a truncated file) means the
index is simply built again; it never stops the bot.

Files hold only data, never code: the name index as `marshal` (dicts, tuples and strings, read at
C speed; the Python version is part of the key) and arrays as `numpy.savez` without pickles.
"""

import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from careerbot.understanding.classifier import default_cache_dir

if TYPE_CHECKING:
    from careerbot.catalog import Catalog

_HERE = Path(__file__).resolve().parent
# Modules whose code decides the index: a change to any of them changes every fingerprint.
_CODE = ("occupations.py", "ambiguity.py", "normalise.py", "unknown_jobs.py")
_TITLES_FILE = Path("onet") / "titles.csv"
KEEP = 8  # cache files kept (the newest): one per catalog and code version in use


def default_dir() -> Path | None:
    """The folder the intent model is cached in too (`classifier.default_cache_dir`:
    $CAREERBOT_CACHE_DIR, else $XDG_CACHE_HOME/careerbot, else ~/.cache/careerbot); None when
    there is no home to put it in."""
    try:
        return default_cache_dir()
    except RuntimeError:  # Path.home() without a home directory
        return None


def fingerprint(catalog: "Catalog", employment: dict[str, int]) -> str:
    """SHA-256 (hex) of every input of the name index for `catalog`."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _CODE:
        digest.update((_HERE / name).read_bytes())
    occupations = sorted(
        (o.soc, o.title, tuple(o.aliases), o.employment) for o in catalog.occupations.values()
    )
    outside = (
        sorted(catalog.outside.military.items()),
        sorted(catalog.outside.unpublished.items()),
    )
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


def _path(folder: Path, key: str, suffix: str) -> Path:
    return folder / f"names-{key[:32]}{suffix}"


def read(folder: Path | None, key: str) -> Any:
    """The marshalled value stored under `key`, or None (missing, unreadable, another build)."""
    if folder is None or not key:
        return None
    try:
        stored_key, value = marshal.loads(_path(folder, key, ".marshal").read_bytes())
    except Exception:  # a cache is only ever a shortcut: any failure means "build it"
        return None
    return value if stored_key == key else None


def write(folder: Path, key: str, value: Any) -> None:
    """Store `value` (dicts, tuples, strings, numbers only) under `key`; best effort."""
    try:
        _write(folder, key, ".marshal", marshal.dumps((key, value)))
    except (OSError, ValueError):
        return


def read_arrays(folder: Path | None, key: str) -> dict[str, "np.ndarray[Any, Any]"] | None:
    """The arrays stored under `key` by `write_arrays`, or None."""
    if folder is None or not key:
        return None
    try:
        with np.load(_path(folder, key, ".npz"), allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
    except Exception:  # as in `read`
        return None
    return arrays if str(arrays.pop("key", "")) == key else None


def write_arrays(folder: Path, key: str, arrays: dict[str, "np.ndarray[Any, Any]"]) -> None:
    """Store numpy arrays (no object arrays) under `key`; best effort."""
    try:
        from io import BytesIO

        buffer = BytesIO()
        stored: dict[str, Any] = {"key": np.array(key), **arrays}
        np.savez(buffer, **stored)
        _write(folder, key, ".npz", buffer.getvalue())
    except (OSError, ValueError):
        return


def _write(folder: Path, key: str, suffix: str, data: bytes) -> None:
    """Write atomically (a reader never sees half a file), then keep only the newest files."""
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".names-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, _path(folder, key, suffix))
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    # Every change of data or code writes a new file: keep only the newest few.
    files = sorted(folder.glob(f"names-*{suffix}"), key=lambda path: path.stat().st_mtime)
    for old in files[:-KEEP]:
        old.unlink(missing_ok=True)
