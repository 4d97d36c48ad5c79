"""Audit the answers: every figure in the answers about N random occupations checked against the
files in data/ (read here directly with the csv module, not through the catalog), and a
coverage table of each profile field over all occupations.

    python scripts/audit_answers.py [--sample 40] [--seed 2026] [--coverage]

Prints "figures checked: N, wrong: M" (and each wrong figure with its answer); exits 1 when any
figure is wrong. Numbers that are our wording (scales, "1 in 10", rule thresholds) are listed in
careerbot.answers.audit.WORDING.
"""

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

from careerbot.answers.audit import Audit, Checker, said
from careerbot.answers.compose import PROFILE_INTENTS
from careerbot.answers.facts import Facts
from careerbot.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
INTENTS = PROFILE_INTENTS
# SOC-keyed CSV files whose numeric cells are figures about that occupation.
FIGURE_FILES = (
    "oews/national.csv",
    "projections/occupations.csv",
    "exposure/occupations.csv",
    "onet/education.csv",
    "onet/interests.csv",
    "onet/skills.csv",
    "onet/occupations.csv",
)
# Files whose words (titles, tasks, names) answers quote.
WORD_FILES = (
    "onet/tasks.csv",
    "onet/technology.csv",
    "onet/related.csv",
    "onet/occupations.csv",
    "exposure/occupations.csv",
)


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Files:
    """The raw data files, indexed by SOC code."""

    def __init__(self) -> None:
        self.by_soc: dict[str, dict[str, list[dict[str, str]]]] = {}
        for name in {*FIGURE_FILES, *WORD_FILES, "oews/states.csv"}:
            for row in _rows(name):
                self.by_soc.setdefault(row["soc"], {}).setdefault(name, []).append(row)
        self.all_titles = [row["title"] for row in _rows("oews/national.csv")]
        self.totals = [
            v for row in _rows("oews/all_occupations.csv") for v in map(_number, row.values()) if v
        ]
        totals_yaml = yaml.safe_load((DATA / "all_occupations.yaml").read_text(encoding="utf-8"))
        self.totals += [float(v) for v in totals_yaml["projections"].values()]

    def checker(self, soc: str, state: str | None) -> Checker:
        rows = self.by_soc.get(soc, {})
        values = list(self.totals)
        words = list(self.all_titles)
        for name in FIGURE_FILES:
            for row in rows.get(name, []):
                values += [v for v in map(_number, row.values()) if v is not None]
        for row in rows.get("exposure/occupations.csv", []):
            values.append(100 - float(row["percentile"]))  # "less exposed than X% of jobs"
        national = rows.get("oews/national.csv", [{}])[0]
        for row in rows.get("oews/states.csv", []):
            if row["state"] == state:
                values += [v for v in map(_number, row.values()) if v is not None]
                for kind in ("annual", "hourly"):  # "29% above the US median for this job"
                    here, there = (_number(r.get(f"{kind}_median", "")) for r in (row, national))
                    if here is not None and there:
                        values.append(abs(here - there) / there * 100)
        tasks = rows.get("onet/tasks.csv", [])
        values += [len(tasks), sum(row["type"] == "core" for row in tasks)]
        for row in rows.get("onet/occupations.csv", []):
            values.append(len(row["onet_codes"].split()))
        for name in WORD_FILES:
            words += [cell for row in rows.get(name, []) for cell in row.values()]
        seed = DATA / "occupations" / f"{soc}.yaml"
        if seed.is_file():
            raw = yaml.safe_load(seed.read_text(encoding="utf-8"))
            values += _seed_values(raw)
            words += [str(item) for key in ("duties", "skills") for item in raw.get(key, [])]
        return Checker(values, words)


def _seed_values(raw: dict[str, object]) -> list[float]:
    found: list[float] = []
    for value in raw.values():
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            found.append(float(value))
        elif isinstance(value, dict):
            found += _seed_values(value)
        elif isinstance(value, list):
            found.append(float(len(value)))
    salary = raw.get("median_salary")
    if isinstance(salary, int | float):
        found.append(salary / 2080)  # the profile's own hourly equivalent
    return found


def audit(engine: Engine, files: Files, socs: list[str], rng: random.Random) -> Audit:
    result = Audit()
    states = sorted({row["state"] for row in _rows("oews/states_index.csv")})
    composer = engine.composer
    for soc in socs:
        state = rng.choice(states)
        checker = files.checker(soc, state)
        for intent in INTENTS:
            for detail in (False, True):
                answer = composer.about_occupations([intent], [soc], 100.0, detail=detail)
                checker.check(said(answer), f"{soc} {intent}", result)
        in_state = composer.about_occupations(["salary"], [soc], 100.0, state)
        checker.check(said(in_state), f"{soc} salary in {state}", result)
    return result


def why_not(facts: Facts, intent: str) -> str:
    """Why no source answers this field for this occupation."""
    profile = facts.profile
    if intent in {"salary", "employment"}:
        return "no BLS wage-survey row"
    if profile is None:
        return "no official profile"
    if intent in {"outlook"} and profile.projection is None:
        return "no BLS Employment Projections row"
    if intent == "automation":
        return "none of the three AI tables covers this SOC code"
    if not profile.onet_codes:
        return "O*NET has no occupation for this SOC code"
    if intent == "related":
        return "O*NET lists no related occupation that BLS publishes"
    return "O*NET has no data for this field"


def coverage(engine: Engine) -> list[tuple[str, int, int, Counter[str]]]:
    composer = engine.composer
    socs = sorted(engine.catalog.occupations)
    table = []
    for intent in INTENTS:
        reasons: Counter[str] = Counter()
        answered = 0
        for soc in socs:
            facts = composer._facts[soc]
            if intent == "work_life_balance":
                ok = facts.occupation.has("work_life_balance")
                reason = "no national source scores it (said plainly)"
            elif intent in {"salary", "employment"}:
                ok = facts.oews is not None
                reason = why_not(facts, intent)
            else:
                ok = composer._section(intent, soc) is not None
                reason = why_not(facts, intent)
            answered += ok
            if not ok:
                reasons[reason] += 1
        table.append((intent, answered, len(socs), reasons))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--coverage", action="store_true", help="also print the coverage table")
    args = parser.parse_args(argv)
    engine = Engine.from_dirs(DATA, ROOT / "intents")
    rng = random.Random(args.seed)
    socs = rng.sample(sorted(engine.catalog.occupations), args.sample)
    result = audit(engine, Files(), socs, rng)
    answers = len(socs) * (2 * len(INTENTS) + 1)
    print(f"occupations: {len(socs)} (seed {args.seed}), answers: {answers}")
    print(f"figures checked: {result.checked}, wrong: {len(result.wrong)}")
    for number, where in result.wrong[:50]:
        print(f"  wrong: {number} in {where}")
    if args.coverage:
        print("\n| field | answered from data | share | why the rest are not |")
        print("|---|---|---|---|")
        for intent, answered, total, reasons in coverage(engine):
            why = "; ".join(f"{n}: {reason}" for reason, n in reasons.most_common()) or "—"
            print(f"| {intent} | {answered}/{total} | {answered / total:.1%} | {why} |")
    return 1 if result.wrong else 0


if __name__ == "__main__":
    sys.exit(main())
