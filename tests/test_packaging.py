"""The package as a user installs it: a clean copy of the repository (what git tracks, nothing
left over from earlier builds) -> sdist -> wheel built from that sdist -> a fresh virtualenv ->
`careerbot --version`, `careerbot validate` and one answer, run away from any checkout.

Offline and quick: `python -m build --no-isolation` uses the build backend installed by the dev
extra, the wheel is installed with --no-index --no-deps, and the dependencies come from this
environment's site-packages (a path in a .pth file, so this environment's own editable careerbot
is not seen).
"""

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*command: str | Path, cwd: Path) -> str:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{command}: exit {done.returncode}\n{done.stdout}{done.stderr}"
    return done.stdout


def clean_copy(target: Path) -> None:
    """Tracked (and new, not ignored) files only: no build/, dist/ or .venv/ to lean on."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def test_sdist_to_wheel_to_fresh_venv_answers(tmp_path: Path) -> None:
    pytest.importorskip("build")
    pytest.importorskip("hatchling")
    source, dist, venv, elsewhere = (tmp_path / name for name in ("src", "dist", "venv", "cwd"))
    for folder in (source, elsewhere):
        folder.mkdir()
    clean_copy(source)
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source, cwd=source)
    [sdist] = dist.glob("careerbot-*.tar.gz")
    [wheel] = dist.glob("careerbot-*.whl")  # `build` makes the wheel from the sdist
    with zipfile.ZipFile(wheel) as archive:
        [metadata] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        requires = [
            line for line in archive.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist: matplotlib")
        ]  # fmt: skip
    assert any("extra == 'charts'" in line for line in requires), requires
    assert all("extra ==" in line for line in requires), "matplotlib only in extras"
    names = run("tar", "tzf", sdist, cwd=tmp_path).splitlines()
    assert any(name.endswith("/data/oews/national.csv") for name in names)
    assert any("/intents/" in name for name in names)

    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-index",
        "--no-deps", "--no-warn-script-location", wheel, cwd=tmp_path)  # fmt: skip
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path)
    (Path(site.strip()) / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    careerbot = venv / "bin" / "careerbot"
    assert run(careerbot, "--version", cwd=elsewhere).strip() == "careerbot 0.1.0"
    validated = run(careerbot, "validate", cwd=elsewhere)
    assert validated.startswith("OK:") and "_shipped" in validated, validated
    answer = run(careerbot, "ask", "what do library technicians earn?", cwd=elsewhere)
    assert "$37,540" in answer and "Library Technicians" in answer
