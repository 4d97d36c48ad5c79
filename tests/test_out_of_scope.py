"""Out-of-scope questions fall back instead of getting a confident wrong answer.

Measured on CLINC150 (Larson et al. 2019, CC BY 3.0), read from ../shared where it exists and
never copied here; the same code runs on a small fixture of ours in CLINC's layout everywhere.
"""

import json
from pathlib import Path

import pytest

from careerbot.engine import Engine

CLINC = Path(__file__).resolve().parents[2] / "shared" / "data" / "clinc150"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "clinc_mini"
TARGET = 0.95


def fallback_rates(engine: Engine, folder: Path) -> dict[str, float]:
    data = json.loads((folder / "data_full.json").read_text())
    domains = json.loads((folder / "domains.json").read_text())
    work = set(domains["work"])
    sets = {
        "oos_test": [text for text, _ in data["oos_test"]],
        "work": [text for text, intent in data["test"] if intent in work],
    }
    return {
        name: sum(engine.reply(text)[0].intent == "fallback" for text in texts) / len(texts)
        for name, texts in sets.items()
    }


def test_fixture_in_clinc_layout_falls_back(engine: Engine) -> None:
    rates = fallback_rates(engine, FIXTURE)
    assert rates == {"oos_test": 1.0, "work": 1.0}


@pytest.mark.skipif(not CLINC.is_dir(), reason="CLINC150 lives in ../shared, absent here")
def test_clinc150_out_of_scope_and_work_domain(engine: Engine) -> None:
    rates = fallback_rates(engine, CLINC)
    print(f"CLINC150 fallback rate: oos_test {rates['oos_test']:.1%}, work {rates['work']:.1%}")
    assert rates["oos_test"] >= TARGET
    assert rates["work"] >= TARGET
