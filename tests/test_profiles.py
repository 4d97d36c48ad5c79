"""The committed career profiles and job titles as the bot loads them (catalog.profiles,
catalog.titles), and `careerbot validate` on broken profile files."""

import shutil
from pathlib import Path

import pytest

from careerbot.catalog import load_catalog
from careerbot.catalog.profile import Profile
from careerbot.cli import main
from careerbot.paths import shipped_dir


@pytest.fixture(scope="module")
def profiles() -> dict[str, Profile]:
    catalog = load_catalog(shipped_dir("data"), shipped_dir("intents"))
    return dict(catalog.profiles)


def test_every_oews_occupation_has_a_profile_with_the_published_figures(
    profiles: dict[str, Profile],
) -> None:
    assert len(profiles) == 830
    library = profiles["25-4031"]
    assert library.onet_codes == ["25-4031.00"] and library.onet_title == "Library Technicians"
    assert [i.code for i in library.interests[:3]] == ["C", "S", "R"]  # O*NET 30.3
    assert library.interests[0].name == "Conventional" and library.interests[0].score == 6.52
    assert library.projection is not None
    assert (library.projection.employment_2024, library.projection.change) == (78_600, -5_400)
    assert library.projection.percent_change == -6.8
    measures = {e.measure: e for e in library.exposure}
    assert measures["computerisation"].value == 0.99 and measures["computerisation"].year == 2013
    assert measures["ai_applicability"].value == 0.3242
    assert 0 <= measures["llm_exposure"].percentile <= 100
    clerical = profiles["43-4121"]
    assert clerical.projection is not None and clerical.projection.employment_2024 == 84_500


def test_profiles_are_ordered_as_the_contract_says(profiles: dict[str, Profile]) -> None:
    for profile in profiles.values():
        cores = [task.core for task in profile.tasks]
        assert cores == sorted(cores, reverse=True), profile.soc  # core first
        scores = [i.score for i in profile.interests]
        assert scores == sorted(scores, reverse=True) and len(scores) in (0, 6)
        categories = [share.category for share in profile.education_required]
        assert categories == sorted(categories, reverse=True)
        assert all(share.percent > 0 for share in profile.education_required)
        importance = [skill.importance for skill in profile.skills]
        assert importance == sorted(importance, reverse=True)
        hot = [tech.hot for tech in profile.technologies]
        assert hot == sorted(hot, reverse=True)
        assert [r.index for r in profile.related] == list(range(1, len(profile.related) + 1))
        assert profile.soc not in {r.soc for r in profile.related}


def test_a_combined_oews_code_says_which_onet_occupations_describe_it(
    profiles: dict[str, Profile],
) -> None:
    buyers = profiles["13-1020"]
    assert buyers.onet_codes == ["13-1021.00", "13-1022.00", "13-1023.00"]
    assert buyers.onet_title is not None and "; " in buyers.onet_title
    llm = next(e for e in buyers.exposure if e.measure == "llm_exposure")
    assert llm.basis.startswith("O*NET-SOC 13-1021.00") and llm.basis.endswith("(mean)")
    all_other = profiles["11-9039"]  # O*NET publishes no data for this "All Other" code
    assert all_other.onet_codes == [] and all_other.tasks == [] and all_other.projection


def test_titles_map_official_names_to_oews_codes() -> None:
    catalog = load_catalog(shipped_dir("data"), shipped_dir("intents"))
    titles = {(t.title, t.soc) for t in catalog.titles}
    assert ("Library Technicians", "25-4031") in titles
    assert ("Mental Health Counselors", "21-1018") in titles  # O*NET split → SOC 2018
    assert {t.soc for t in catalog.titles} <= set(catalog.occupations)


def test_missing_profile_files_give_empty_profiles_not_a_crash(
    data_copy: tuple[Path, Path],
) -> None:
    data, intents = data_copy
    for folder in ("onet", "projections", "exposure"):
        shutil.rmtree(data / folder)
    catalog = load_catalog(data, intents)
    assert len(catalog.profiles) == 0 and len(catalog.titles) == 0
    assert catalog.profiles.get("25-4031") is None
    assert main(["validate", "--data-dir", str(data), "--intents-dir", str(intents)]) == 0


def test_validate_reports_a_malformed_profile_file_by_line(
    data_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, intents = data_copy
    skills = data / "onet" / "skills.csv"
    lines = skills.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].rsplit(",", 2)[0] + ",high,3.00\n"
    skills.write_text("".join(lines), encoding="utf-8")
    projections = data / "projections" / "occupations.csv"
    text = projections.read_text(encoding="utf-8")
    projections.write_text(text.replace("\n25-4031,25-4031,", "\n99-9999,25-4031,"), "utf-8")
    catalog = load_catalog(data, intents)  # the bot still starts
    assert "25-4031" in catalog.profiles
    assert main(["validate", "--data-dir", str(data), "--intents-dir", str(intents)]) == 1
    err = capsys.readouterr().err
    assert "data/onet/skills.csv: line 5: importance must be a number, found 'high'" in err
    line = text.splitlines().index(next(x for x in text.splitlines() if x.startswith("25-4031")))
    where = f"data/projections/occupations.csv: line {line + 1}"
    assert f"{where}: '99-9999' is not a known SOC code" in err


def test_validate_reports_rows_out_of_soc_order_which_look_ups_rely_on(
    data_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, intents = data_copy
    tasks = data / "onet" / "tasks.csv"
    header, *rows = tasks.read_text(encoding="utf-8").splitlines(keepends=True)
    library = [row for row in rows if row.startswith("25-4031,")]
    moved = [row for row in rows if row not in library[:1]] + library[:1]  # one row to the end
    tasks.write_text(header + "".join(moved), encoding="utf-8")
    assert main(["validate", "--data-dir", str(data), "--intents-dir", str(intents)]) == 1
    err = capsys.readouterr().err
    assert f"data/onet/tasks.csv: line {len(rows) + 1}: rows of 25-4031 must be together" in err


def test_look_ups_find_every_row_of_every_file(profiles: dict[str, Profile]) -> None:
    """The loader finds a SOC's rows by binary search: every row must land in its profile."""
    data = shipped_dir("data")
    counted = {
        "onet/tasks.csv": lambda p: len(p.tasks),
        "onet/skills.csv": lambda p: len(p.skills),
        "onet/technology.csv": lambda p: len(p.technologies),
        "onet/related.csv": lambda p: len(p.related),
        "onet/education.csv": lambda p: len(p.education_required),
        "exposure/occupations.csv": lambda p: len(p.exposure),
    }
    for name, count in counted.items():
        with (data / name).open(encoding="utf-8", newline="") as handle:
            rows = [line.split(",", 1)[0] for line in handle.readlines()[1:]]
        assert sum(count(p) for p in profiles.values()) == len(rows), name
        for soc in {rows[0], rows[-1]}:  # the first and last blocks of the file
            assert count(profiles[soc]) == rows.count(soc), (name, soc)


@pytest.mark.parametrize("ending", ["\n", ""])
def test_binary_search_finds_first_middle_last_and_absent_socs(ending: str) -> None:
    from careerbot.catalog.profiles import _first_row_at_or_after

    rows = ["11-1011,a", "11-1011,b", "13-1020,c", "25-4031,d", "53-7199,e"]
    text = "\n" + "\n".join(rows) + ending
    for soc in ("11-1011", "13-1020", "25-4031", "53-7199"):
        start = _first_row_at_or_after(text, soc)
        assert text.startswith(f"\n{soc},", start)
        assert text[:start].count(f"\n{soc},") == 0  # the first of its rows
    for absent in ("00-0000", "20-0000", "99-9999"):
        start = _first_row_at_or_after(text, absent)
        assert not text.startswith(f"\n{absent},", start)


def test_the_onet_credit_shown_to_users_is_the_one_data_readme_records() -> None:
    from careerbot.catalog.profile import ONET_CREDIT

    readme = (shipped_dir("data") / "README.md").read_text(encoding="utf-8")
    quoted = " ".join(
        line.removeprefix(">").strip() for line in readme.splitlines() if line.startswith(">")
    )
    required = (
        "This product includes information from the O*NET 30.3 Database by the U.S. Department "
        "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
        "license. O*NET® is a trademark of USDOL/ETA."
    )
    assert ONET_CREDIT.startswith(required)  # O*NET's required wording, then our note
    assert quoted == ONET_CREDIT
