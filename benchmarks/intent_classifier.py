"""Intent classifiers side by side, in one run: today's nearest-phrasing classifier (the engine as
it is), the learned TF-IDF + logistic-regression model alone, and the engine with the learned
model combined in (`LearnedHook`). "today, intents of REV" is the same engine with the intent
phrasings as they were before this branch added out-of-scope and other phrasings.

For each: intent accuracy on the dev labelled questions (all, and in-scope only), the share of
dev out-of-scope questions refused (answered `fallback`), the share of CLINC150 `oos_test` and
`work`-domain queries refused (benchmark only: read from ../shared, never copied), the dev
fully-right accuracy (intent, occupations and state, dialogues included) for the two engines, and
p50/p99 µs per message on one core. Start-up (training vs cached load) and memory are printed too.

    python benchmarks/intent_classifier.py
    python benchmarks/intent_classifier.py --sweep   # also the thresholds tried on dev
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
from collections.abc import Callable, Sequence
from pathlib import Path

from careerbot.catalog import load_catalog
from careerbot.catalog.loading import CatalogError
from careerbot.engine import Engine
from careerbot.evaluation import Case, evaluate, load_cases
from careerbot.paths import shipped_dir
from careerbot.understanding.classifier import CACHE_ENV, FALLBACK, LearnedIntents
from careerbot.understanding.matcher import LearnedHook
from careerbot.understanding.normalise import tokens

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "eval" / "dev"
# ../shared beside the checkout (or beside the folder of worktrees).
CLINC = next(
    (
        base / "shared" / "data" / "clinc150"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "data" / "clinc150").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "clinc150",
)

# The commit this branch started from: the IDF classifier with the intents as they were.
BASE_REV = "2be32e6"
# The learned model alone refuses below this top probability (0-100), tuned on dev.
ALONE_MIN_TOP = 50.0

Classify = Callable[[str], str]


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def dev_questions() -> list[tuple[str, str]]:
    """(text, intent) of every single dev question (dialogue turns need their context)."""
    found = []
    for path in sorted(DEV.glob("*.jsonl")):
        for case in load_cases(path):
            if len(case.turns) == 1:
                found.append((case.turns[0].text, case.turns[0].intent))
    return found


def dev_cases() -> list[Case]:
    return [case for path in sorted(DEV.glob("*.jsonl")) for case in load_cases(path)]


def clinc_sets() -> dict[str, list[str]]:
    if not CLINC.is_dir():
        return {}
    data = json.loads((CLINC / "data_full.json").read_text())
    work = set(json.loads((CLINC / "domains.json").read_text())["work"])
    return {
        "oos_test": [text for text, _ in data["oos_test"]],
        "work": [text for text, intent in data["test"] if intent in work],
    }


def engine_classify(engine: Engine) -> Classify:
    return lambda text: engine.reply(text)[0].intent


def alone_classify(engine: Engine, model: LearnedIntents, min_top: float) -> Classify:
    """The learned model on its own: the message read as the engine reads it (spelling
    corrected, occupations and states masked), its best intent unless unsure."""
    matcher = engine.matcher

    def classify(text: str) -> str:
        words = [matcher.speller.correct(word) for word in tokens(text)]
        best = model.scores(matcher.mask(words))[0]
        return best.intent if best.score >= min_top else FALLBACK

    return classify


def measure(
    classify: Classify, questions: Sequence[tuple[str, str]], clinc: dict[str, list[str]]
) -> dict[str, float]:
    right = in_right = in_total = refused = oos_total = 0
    for text, intent in questions:
        got = classify(text)
        right += got == intent
        if intent == FALLBACK:
            oos_total += 1
            refused += got == FALLBACK
        else:
            in_total += 1
            in_right += got == intent
    result = {
        "all": right / len(questions),
        "in_scope": in_right / in_total,
        "dev_refused": refused / oos_total,
    }
    for name, texts in clinc.items():
        result[name] = sum(classify(text) == FALLBACK for text in texts) / len(texts)
    return result


def latency(classify: Classify, texts: Sequence[str], passes: int = 3) -> tuple[float, float]:
    """p50 and p99 µs per message. Each message is timed in `passes` passes and its fastest
    time kept: the machine is shared, and a pause by another process is not the classifier's."""
    for text in texts[:200]:
        classify(text)
    best = [float("inf")] * len(texts)
    for _ in range(passes):
        for i, text in enumerate(texts):
            begin = time.perf_counter_ns()
            classify(text)
            best[i] = min(best[i], time.perf_counter_ns() - begin)
    ordered = sorted(best)
    return (
        statistics.median(ordered) / 1_000,
        ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] / 1_000,
    )


STARTUP_CHILD = """
import resource, sys, time
started = time.perf_counter()
from careerbot.catalog import load_catalog
from careerbot.catalog.loading import CatalogError
from careerbot.engine import Engine
from careerbot.paths import shipped_dir
from careerbot.understanding.matcher import LearnedHook
engine = Engine(load_catalog(shipped_dir("data"), shipped_dir("intents")),
                learned=LearnedHook() if sys.argv[1] == "learned" else None)
engine.reply("what do library technicians earn")
elapsed = time.perf_counter() - started
# VmHWM (this process's peak RSS): ru_maxrss would carry the parent's peak across exec.
status = open("/proc/self/status").read().split("VmHWM:")
peak_mb = int(status[1].split()[0]) / 1024 if len(status) > 1 else (
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(elapsed, peak_mb, "sklearn" in sys.modules)
"""


def startup(cache: Path) -> None:
    """Start-up time and peak memory of a fresh process: today's engine, and the engine with
    the learned model trained (empty cache) and loaded from the cache."""
    runs = [
        ("today's engine", "today", False),
        ("engine + learned, cold cache", "learned", True),
        ("engine + learned, warm cache", "learned", False),
    ]
    print("\nstart-up, fresh process (catalog, indexes, first reply):")
    for label, kind, clear in runs:
        if clear:
            for old in cache.glob("*.npz"):
                old.unlink()
        env = {**os.environ, CACHE_ENV: str(cache)}
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_CHILD, kind],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        print(
            f"  {label:30} {float(out[0]) * 1000:>6.0f} ms  peak RSS {float(out[1]):>4.0f} MB"
            f"  (scikit-learn imported: {out[2]})"
        )


def _intents_at(rev: str) -> "tempfile.TemporaryDirectory[str] | None":
    """intents/*.yaml as they were at a git revision (before this branch's new phrasings), in a
    temporary folder; None outside a git checkout."""
    try:
        names = subprocess.run(
            ["git", "ls-tree", "--name-only", f"{rev}:intents"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    folder = tempfile.TemporaryDirectory()
    for name in names:
        text = subprocess.run(
            ["git", "show", f"{rev}:intents/{name}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        (Path(folder.name) / name).write_text(text, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="also print thresholds tried on dev")
    args = parser.parse_args()
    _pin_to_one_core()

    catalog = load_catalog(shipped_dir("data"), shipped_dir("intents"))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    today = Engine(catalog)
    rss_today = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        trained = LearnedIntents.train(catalog.intents.values(), today.matcher.mask, Path(cache))
        train_s = time.perf_counter() - started
        started = time.perf_counter()
        LearnedIntents.train(catalog.intents.values(), today.matcher.mask, Path(cache))
        cached_s = time.perf_counter() - started
    hook = LearnedHook()
    combined = Engine(catalog, learned=hook)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert hook.model is not None

    questions = dev_questions()
    clinc = clinc_sets()
    variants: dict[str, Classify] = {}
    engines = {"today (IDF nearest phrasing)": today, "combined (engine + learned)": combined}
    before = _intents_at(BASE_REV)
    if before is not None:
        with before as folder:
            try:
                old: Engine | None = Engine(load_catalog(shipped_dir("data"), Path(folder)))
            except CatalogError as error:
                # Intents have since gained fields and a file; the old set no longer loads.
                print(f"(today, intents of {BASE_REV}: skipped, {str(error).splitlines()[0]})")
                old = None
        if old is not None:
            variants[f"today, intents of {BASE_REV}"] = engine_classify(old)
            engines[f"today, intents of {BASE_REV}"] = old
    variants |= {
        "today (IDF nearest phrasing)": engine_classify(today),
        "learned alone": alone_classify(today, hook.model, ALONE_MIN_TOP),
        "combined (engine + learned)": engine_classify(combined),
    }
    timing_texts = [text for text, _ in questions] + [t for texts in clinc.values() for t in texts]
    print(
        f"dev questions: {len(questions)}; CLINC150: "
        + (", ".join(f"{k} {len(v)}" for k, v in clinc.items()) or "absent (skipped)")
    )
    columns = ("all", "in-scope", "dev oos", "clinc oos", "work", "fully right", "p50 µs")
    header = f"{'':30}" + "".join(f"{c:>12}" for c in (*columns, "p99 µs"))
    print(header)
    cases = dev_cases()
    fully = {name: evaluate(engine, cases).accuracy for name, engine in engines.items()}
    for name, classify in variants.items():
        m = measure(classify, questions, clinc)
        p50, p99 = latency(classify, timing_texts)
        full = f"{fully[name]:.1%}" if name in fully else "-"
        print(
            f"{name:30}{m['all']:>12.1%}{m['in_scope']:>12.1%}{m['dev_refused']:>12.1%}"
            f"{m.get('oos_test', float('nan')):>12.1%}{m.get('work', float('nan')):>12.1%}"
            f"{full:>12}{p50:>12.0f}{p99:>12.0f}"
        )
    print(
        f"\nlearned model: {len(hook.model.classes)} intents; train {train_s * 1000:.0f} ms, "
        f"load from cache {cached_s * 1000:.0f} ms; peak RSS {rss_before:.0f} MB after the "
        f"catalog, {rss_today:.0f} MB with today's engine, {rss_after:.0f} MB with both engines "
        f"and the learned model"
    )
    del trained
    with tempfile.TemporaryDirectory() as cache:
        startup(Path(cache))
    if args.sweep:
        sweep(today, hook.model, questions, clinc)


def sweep(
    engine: Engine,
    model: LearnedIntents,
    questions: list[tuple[str, str]],
    clinc: dict[str, list[str]],
) -> None:
    print("\nlearned alone, by min top probability:")
    for min_top in (30, 40, 50, 60, 70):
        m = measure(alone_classify(engine, model, min_top), questions, {})
        print(
            f"  {min_top:>3}: in-scope {m['in_scope']:.1%}, dev oos refused {m['dev_refused']:.1%}"
        )
    catalog = engine.catalog
    print("\ncombined, by thresholds (answer / answer_unnamed / veto / override):")
    for answer, unnamed, veto, override in (
        (40, 70, 70, 60),
        (40, 70, 70, 50),
        (40, 70, 70, 101),
        (30, 70, 70, 60),
        (50, 70, 70, 60),
        (40, 50, 70, 60),
        (40, 90, 70, 60),
        (40, 70, 60, 60),
        (40, 70, 80, 60),
        (40, 70, 101, 60),
    ):
        hook = LearnedHook(answer=answer, answer_unnamed=unnamed, veto=veto, override=override)
        combined = Engine(catalog, learned=hook)
        m = measure(engine_classify(combined), questions, clinc)
        print(
            f"  {answer:>3} / {unnamed:>3} / {veto:>3} / {override:>3}: all {m['all']:.1%}, "
            f"in-scope {m['in_scope']:.1%}, dev oos refused {m['dev_refused']:.1%}, "
            f"clinc oos {m.get('oos_test', float('nan')):.1%}, work "
            f"{m.get('work', float('nan')):.1%}, fully right "
            f"{evaluate(combined, dev_cases()).accuracy:.1%}"
        )


if __name__ == "__main__":
    main()
