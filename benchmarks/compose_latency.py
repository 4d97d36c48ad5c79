"""Composition time per answer for every profile field over all 830 occupations, side by side
with the baseline in the same run: the BLS pay answer (`salary`), which composed from one OEWS
row before official profiles existed. The first ask of an occupation builds its profile from
the data files (lazily); later asks reuse it, so both are shown. Also start-up time and peak
memory (ru_maxrss) with every profile loaded.

    python benchmarks/compose_latency.py
"""

import resource
import statistics
import time

from careerbot.answers.compose import PROFILE_INTENTS
from careerbot.engine import Engine
from careerbot.paths import shipped_dir

INTENTS = ("salary", *(i for i in PROFILE_INTENTS if i != "salary"))  # salary: the baseline


def _us(samples: list[int]) -> tuple[float, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return statistics.median(ordered) / 1_000, p99 / 1_000


def main() -> None:
    started = time.perf_counter()
    engine = Engine.from_dirs(shipped_dir("data"), shipped_dir("intents"))
    startup = time.perf_counter() - started
    composer = engine.composer
    socs = sorted(engine.catalog.occupations)
    first: list[int] = []
    for soc in socs:  # cold: the first question about each occupation reads its profile
        t = time.perf_counter_ns()
        composer.about_occupations(["overview"], [soc], 100.0)
        first.append(time.perf_counter_ns() - t)
    warmed = Engine.from_dirs(shipped_dir("data"), shipped_dir("intents")).composer
    before = time.perf_counter()
    warmed.warm()
    warm_s = time.perf_counter() - before
    after_warm: list[int] = []
    for soc in socs:
        t = time.perf_counter_ns()
        warmed.about_occupations(["overview"], [soc], 100.0)
        after_warm.append(time.perf_counter_ns() - t)
    print(f"start-up {startup * 1000:.0f} ms; Composer.warm(), every profile read: {warm_s:.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak:.0f} MB")
    p50, p99 = _us(first)
    print(f"first ask of an occupation (overview), lazy: p50 {p50:.0f} µs, p99 {p99:.0f} µs")
    p50, p99 = _us(after_warm)
    print(
        f"first ask of an occupation (overview), after warm(): p50 {p50:.0f} µs, p99 {p99:.0f} µs\n"
    )
    print(
        f"{'intent':<18} {'p50 µs':>8} {'p99 µs':>8}   (warm, {len(socs)} occupations x 5 rounds)"
    )
    for intent in INTENTS:
        for soc in socs:  # the first answer of each field builds it; measured above
            composer.about_occupations([intent], [soc], 100.0)
    for intent in INTENTS:
        samples: list[int] = []
        for _ in range(5):
            for soc in socs:
                t = time.perf_counter_ns()
                composer.about_occupations([intent], [soc], 100.0)
                samples.append(time.perf_counter_ns() - t)
        p50, p99 = _us(samples)
        label = f"{intent} (baseline)" if intent == "salary" else intent
        print(f"{label:<18} {p50:>8.0f} {p99:>8.0f}")


if __name__ == "__main__":
    main()
