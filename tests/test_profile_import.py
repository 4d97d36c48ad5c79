"""`careerbot import-profile`: a Career Profile Report becomes an occupation file."""

from pathlib import Path

import pytest
import yaml

from careerbot.catalog.profile_import import ProfileError, import_profile, parse_profile
from careerbot.cli import main
from careerbot.paths import shipped_dir

SEED = shipped_dir("data") / "sources" / "library-technicians-and-assistants.txt"


def test_seed_parses_into_the_shipped_occupation() -> None:
    parsed = parse_profile(SEED.read_text(), "sources/library-technicians-and-assistants.txt")
    shipped = yaml.safe_load((shipped_dir("data") / "occupations" / "25-4031.yaml").read_text())
    dumped = parsed.model_dump(mode="json", exclude_none=True)
    dumped["aliases"] = shipped["aliases"]  # aliases are hand-written, not in the profile
    assert dumped == shipped


def test_import_writes_file_and_keeps_existing_aliases(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "occupations").mkdir(parents=True)
    (data / "occupations" / "25-4031.yaml").write_text("aliases: [book wrangler]\n")
    target = import_profile(SEED, data)
    written = yaml.safe_load(target.read_text())
    assert written["aliases"] == ["book wrangler"]
    assert written["median_salary"] == 37540
    # "Employment 11,000" is BLS's projected 2024-34 change for the group, not jobs held.
    assert written["reported_employment_change"] == 11000 and "employment" not in written
    assert (data / "sources" / SEED.name).read_text() == SEED.read_text()


def test_malformed_profile_names_the_line(tmp_path: Path) -> None:
    broken = SEED.read_text().replace("\\$37,540", "about forty grand")
    with pytest.raises(ProfileError, match=r"line 9: Median Salary: expected a number"):
        parse_profile(broken, "x.txt")
    with pytest.raises(ProfileError, match="line 1: the file is empty"):
        parse_profile("", "x.txt")


def test_cli_reports_a_bad_profile_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Some Title\nno soc here\n")
    assert main(["import-profile", str(bad), "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.txt: line 2: no 'SOC: NN-NNNN' line found" in err
    assert "Traceback" not in err
