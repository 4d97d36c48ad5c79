"""Start-up time and memory of the career profiles (data/onet, data/projections,
data/exposure) and job titles (data/onet/titles.csv), side by side with a baseline in the same
run: the same catalog with those folders removed (what careerbot loaded before issue 8).

Each row runs in its own process, so peak memory (ru_maxrss) belongs to that row alone.

    python benchmarks/profile_loading.py
"""

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILE_FOLDERS = ("onet", "projections", "exposure")


def child(data_dir: str, step: str) -> dict[str, float]:
    """Runs inside a child process: load the catalog, then `step`, timing each."""
    begin = time.perf_counter()
    from careerbot.catalog import load_catalog
    from careerbot.engine import Engine

    catalog = load_catalog(Path(data_dir), ROOT / "intents")
    Engine(catalog)
    timings = {"catalog_and_engine_s": time.perf_counter() - begin}
    begin = time.perf_counter()
    if step in ("one", "all"):
        catalog.profiles.get("25-4031")
    timings["first_profile_s"] = time.perf_counter() - begin
    begin = time.perf_counter()
    if step == "all":
        for soc in catalog.profiles:
            catalog.profiles[soc]
        len(catalog.titles)
    timings["all_profiles_and_titles_s"] = time.perf_counter() - begin
    timings["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    timings["profiles"] = len(catalog.profiles)
    return timings


def run(data_dir: Path, step: str, runs: int = 3) -> dict[str, float]:
    results = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, __file__, "--child", str(data_dir), step],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        results.append(json.loads(output))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def ask_seconds(data_dir: Path, question: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "careerbot", "ask", "--data-dir", str(data_dir), question],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3])))
        return
    shipped = ROOT / "data"
    size = sum(p.stat().st_size for f in PROFILE_FOLDERS for p in (shipped / f).rglob("*.csv"))
    with tempfile.TemporaryDirectory() as scratch:
        baseline = Path(scratch) / "data"
        shutil.copytree(shipped, baseline)
        for folder in PROFILE_FOLDERS:
            shutil.rmtree(baseline / folder, ignore_errors=True)
        rows = [
            ("baseline: no profile files", run(baseline, "none")),
            ("profiles, none used", run(shipped, "none")),
            ("profiles, one looked up", run(shipped, "one")),
            ("profiles, all 830 + titles", run(shipped, "all")),
        ]
        question = "what do libary techs earn"
        ask_base, ask_ours = ask_seconds(baseline, question), ask_seconds(shipped, question)
    print(f"profile files: {size / 1e6:.1f} MB in data/{{{','.join(PROFILE_FOLDERS)}}}\n")
    print(f"{'':28} {'catalog+engine':>14} {'1st profile':>11} {'all+titles':>10} {'peak RSS':>9}")
    for label, r in rows:
        print(
            f"{label:28} {r['catalog_and_engine_s']:>13.3f}s {r['first_profile_s']:>10.3f}s "
            f"{r['all_profiles_and_titles_s']:>9.3f}s {r['peak_rss_mb']:>7.0f}MB"
        )
    print(
        f"\n`careerbot ask {question!r}` whole process: {ask_ours:.3f}s "
        f"(baseline without profile files: {ask_base:.3f}s)"
    )


if __name__ == "__main__":
    main()
