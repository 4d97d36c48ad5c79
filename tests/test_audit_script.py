"""scripts/audit_answers.py: every figure in 40 random occupations' answers, checked against the
data files read directly (not through the catalog); the coverage table."""

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_answers.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("audit_answers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["audit_answers"] = module
    spec.loader.exec_module(module)
    return module


def test_audit_of_random_occupations_finds_no_wrong_figure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _script().main(["--sample", "8", "--seed", "7", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "wrong: 0" in out
    checked = int(out.split("figures checked: ")[1].split(",")[0])
    assert checked > 1_000
    assert "| duties | 783/830 |" in out and "O*NET has no occupation for this SOC code" in out
