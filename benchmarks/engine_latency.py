"""Per-question latency, throughput and memory of the engine at 1, 100, 1,000 and 5,000
occupations, side by side with the naive baseline

    rapidfuzz.process.extractOne(question, all_titles_and_examples, scorer=WRatio)

and, on the labelled evaluation set, the accuracy of both. Each size runs in its own process pinned
to one core, so peak memory (ru_maxrss) belongs to that size alone.

    python benchmarks/engine_latency.py            # full run (about a minute)
    python benchmarks/engine_latency.py --quick    # fewer questions
    python benchmarks/engine_latency.py --against 2be32e6   # also the engine as it was at a commit

`--against REV` runs the real-catalogue row a second time, in the same run, with the code, data
and intents of that commit (unpacked with `git archive` into a temporary folder), so a change is
measured side by side with the engine it replaces.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SIZES = (1, 100, 830, 1_000, 5_000)  # 830: exactly the real catalog (BLS OEWS + profiles)


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _percentiles(samples_ns: list[int]) -> dict[str, float]:
    ordered = sorted(samples_ns)

    def at(quantile: float) -> float:
        return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))] / 1_000

    return {"p50_us": at(0.50), "p99_us": at(0.99), "mean_us": statistics.fmean(ordered) / 1_000}


def measure_size(size: int, count: int) -> dict[str, object]:
    """Runs inside a child process: build the engine for `size` occupations and time it."""
    _pin_to_one_core()
    sys.path.insert(0, str(HERE))
    from rapidfuzz import process, utils
    from rapidfuzz.fuzz import WRatio

    from careerbot.catalog import load_catalog
    from careerbot.engine import Engine
    from careerbot.paths import shipped_dir
    from synthetic import questions, synthetic_catalog

    started = time.perf_counter()
    catalog = synthetic_catalog(load_catalog(shipped_dir("data"), shipped_dir("intents")), size)
    try:  # the learned intent model, as the bot runs (absent at older commits: --against)
        from careerbot.understanding.matcher import LearnedHook

        engine = Engine(catalog, learned=LearnedHook())
    except ImportError:
        engine = Engine(catalog)
    if hasattr(engine, "warm"):  # as the bot runs it (older commits had nothing to warm)
        engine.warm()
    startup_s = time.perf_counter() - started  # reading every file and building the indexes
    asked = questions(catalog, count)
    for text in questions(catalog, 200, seed=99):  # warm up the interpreter, not the caches
        engine.reply(text)
    engine.matcher.speller._cache.clear()

    samples = []
    for text in asked:
        begin = time.perf_counter_ns()
        engine.reply(text)
        samples.append(time.perf_counter_ns() - begin)
    ours = _percentiles(samples) | {"per_s": len(samples) / (sum(samples) / 1e9)}

    choices = [o.title for o in catalog.occupations.values()] + [
        example for intent in catalog.intents.values() for example in intent.examples
    ]
    baseline_count = min(count, 2_000 if size <= 1_000 else 500)
    base_samples = []
    for text in asked[:baseline_count]:
        begin = time.perf_counter_ns()
        process.extractOne(text, choices, scorer=WRatio, processor=utils.default_process)
        base_samples.append(time.perf_counter_ns() - begin)
    baseline = _percentiles(base_samples) | {"per_s": len(base_samples) / (sum(base_samples) / 1e9)}
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": len(catalog.occupations),
        "choices": len(choices),
        "startup_s": startup_s,
        "ours": ours,
        "baseline": baseline,
        "peak_rss_mb": peak_mb,
    }


def accuracy() -> dict[str, float]:
    """Intent accuracy on the labelled questions: the engine vs the naive baseline."""
    from rapidfuzz import process, utils
    from rapidfuzz.fuzz import WRatio

    from careerbot.engine import Engine
    from careerbot.evaluation import load_cases
    from careerbot.paths import shipped_dir

    engine = Engine.from_dirs(shipped_dir("data"), shipped_dir("intents"))
    owner: dict[str, str] = {o.title: "overview" for o in engine.occupations}
    for intent in engine.intents.values():
        for example in intent.examples:
            owner.setdefault(example, intent.id)
    choices = list(owner)
    turns = [
        case.turns[0] for case in load_cases(ROOT / "tests" / "eval" / "dev" / "questions.jsonl")
    ]
    ours = baseline = 0
    for turn in turns:
        ours += engine.reply(turn.text)[0].intent == turn.intent
        match = process.extractOne(
            turn.text, choices, scorer=WRatio, processor=utils.default_process, score_cutoff=50
        )
        baseline += (owner[match[0]] if match else "fallback") == turn.intent
    return {"ours": ours / len(turns), "baseline": baseline / len(turns)}


def ask_process_seconds(runs: int = 5) -> dict[str, float]:
    """Wall time of `careerbot ask` as a whole process, next to a bare `python -c pass`."""

    def wall(command: list[str]) -> float:
        times = []
        for _ in range(runs):
            begin = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - begin)
        return statistics.median(times)

    return {
        "careerbot_ask_s": wall(
            [sys.executable, "-m", "careerbot", "ask", "what do libary techs earn"]
        ),
        "python_floor_s": wall([sys.executable, "-c", "pass"]),
    }


def _child(size: int, count: int, src: Path | None = None) -> dict[str, object]:
    env = dict(os.environ)
    if src is not None:  # the other commit's package shadows the installed one
        env["PYTHONPATH"] = str(src)
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(size), "--count", str(count)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout
    row: dict[str, object] = json.loads(output)
    return row


def _print_row(label: str, row: dict[str, object]) -> None:
    ours, base = row["ours"], row["baseline"]
    assert isinstance(ours, dict) and isinstance(base, dict)
    print(
        f"{label:>11} {row['startup_s']:>8.2f}s {ours['p50_us']:>7.0f}µs "
        f"{ours['p99_us']:>6.0f}µs {ours['per_s']:>8,.0f} {base['p50_us']:>7.0f}µs "
        f"{base['p99_us']:>6.0f}µs {base['per_s']:>7,.0f} "
        f"{base['p50_us'] / ours['p50_us']:>7.1f}× {row['peak_rss_mb']:>7.0f}MB"
    )


def _against(rev: str, count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "src", "data", "intents", "pyproject.toml"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        _print_row(f"830 @{rev[:7]}", _child(830, count, Path(folder) / "src"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=5_000)
    parser.add_argument("--against", metavar="REV", help="also the real catalogue at a commit")
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure_size(args.child, args.count)))
        return
    count = 1_000 if args.quick else args.count
    print(f"engine vs naive extractOne(WRatio), {count} questions per size, one core\n")
    header = (
        f"{'occupations':>11} {'start-up':>9} {'ours p50':>9} {'p99':>8} {'q/s':>8} "
        f"{'base p50':>9} {'p99':>8} {'q/s':>7} {'speed-up':>8} {'peak RSS':>9}"
    )
    print(header)
    for size in SIZES:
        _print_row(f"{size:,}", _child(size, count))
    if args.against:
        _against(args.against, count)
    scores = accuracy()
    print(
        f"\nintent accuracy on tests/eval/dev/questions.jsonl: ours {scores['ours']:.1%}, "
        f"baseline {scores['baseline']:.1%}"
    )
    wall = ask_process_seconds()
    print(
        f"`careerbot ask` whole process: {wall['careerbot_ask_s']:.3f}s "
        f"(bare python start: {wall['python_floor_s']:.3f}s)"
    )


if __name__ == "__main__":
    main()
