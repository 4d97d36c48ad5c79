"""Shared fixtures: the shipped catalog and one engine built from it (start-up is the slow part)."""

import shutil
from pathlib import Path

import pytest

from careerbot.engine import Engine
from careerbot.paths import shipped_dir

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
LIBRARY_TECH = "25-4031"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.from_dirs(shipped_dir("data"), shipped_dir("intents"))


@pytest.fixture
def data_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A writable copy of the shipped data and intents, for tests that break or extend them."""
    data = tmp_path / "data"
    intents = tmp_path / "intents"
    shutil.copytree(shipped_dir("data"), data)
    shutil.copytree(shipped_dir("intents"), intents)
    return data, intents
