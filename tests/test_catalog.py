"""Loading the data a counsellor edits: every problem reported at once, with file and field."""

from pathlib import Path

import pytest
import yaml

from careerbot.catalog import CatalogError, load_catalog
from careerbot.paths import shipped_dir

LIBRARY_TECH = "25-4031"


def test_shipped_catalog_has_the_seed_profile_with_every_field() -> None:
    catalog = load_catalog(shipped_dir("data"), shipped_dir("intents"))
    tech = catalog.occupations[LIBRARY_TECH]
    assert tech.title == "Library Technicians and Assistants"
    assert tech.median_salary == 37540
    # The report's "Employment 11,000" is BLS's projected change for the group, not jobs held.
    assert tech.reported_employment_change == 11000
    assert tech.growth_rate == -7.0
    assert tech.automation_risk is not None and tech.automation_risk.probability == 0.10
    assert tech.work_life_balance is not None and tech.work_life_balance.score == 8.2
    assert tech.riasec is not None and tech.riasec.ranked()[0] == ("social", 9.4)
    assert len(tech.duties) == 20
    assert tech.skills[0] == "Communication skills"
    assert {"library tech", "library assistant", "library clerk"} <= set(tech.aliases)
    assert (shipped_dir("data") / tech.source.file).is_file()


def _edit(path: Path, **changes: object) -> None:
    raw = yaml.safe_load(path.read_text())
    raw.update(changes)
    path.write_text(yaml.safe_dump(raw))


def test_every_problem_is_reported_with_file_and_field(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    seed = data / "occupations" / f"{LIBRARY_TECH}.yaml"
    _edit(seed, median_salary="lots", reported_employment_change=-5)
    _edit(intents / "salary.yaml", suggest=["no_such_intent"])
    _edit(data / "outside.yaml", employers="walmart")
    _edit(data / "areas.yaml", areas={"healthcare": ["2"]})
    _edit(
        data / "interests.yaml",
        interests={
            "drawing": {"types": ["Z"]},
            "animals": {"types": ["R"], "careers": ["99-9999"]},
        },
    )
    _edit(data / "glossary.yaml", terms={"Median": {"says": ["median"]}})
    _edit(data / "outside.yaml", military={"infantry": ["99-9999"]})
    (data / "cities.csv").write_text("city,state,population\nsavannah,Georgia,147780\n")
    (intents / "broken.yaml").write_text("id: broken\nexamples: [unclosed\n  answer: {\n")
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    problems = "\n".join(caught.value.problems)
    assert f"{LIBRARY_TECH}.yaml: median_salary: must be a number" in problems
    assert f"{LIBRARY_TECH}.yaml: reported_employment_change:" in problems
    assert "salary.yaml: suggest: unknown intent no_such_intent" in problems
    assert "broken.yaml: is not valid YAML (line 3)" in problems
    assert "outside.yaml: employers: must be a list of names" in problems
    assert "areas.yaml: areas: healthcare: must be a list of SOC groups ('33', '33-3')" in problems
    assert "cities.csv: line 2: needs a city and a USPS state code" in problems
    assert "interests.yaml: interests.drawing.types.0:" in problems
    assert "glossary.yaml: terms.Median.text:" in problems
    assert "outside.yaml: military.infantry: unknown SOC code(s) 99-9999" in problems


def test_a_name_written_twice_is_reported_with_its_line(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    aliases = data / "aliases.yaml"
    aliases.write_text(
        aliases.read_text().replace("aliases:\n", "aliases:\n  nurse: [29-1141]\n", 1)
    )
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    [problem] = caught.value.problems  # read twice (aliases, also), said once
    # the line of the second "nurse:", where the file has it
    line = 1 + aliases.read_text().splitlines()[11:].index("  nurse: [29-1141, 29-2061, 29-1171]")
    assert problem.endswith(
        f"aliases.yaml: is not valid YAML (line {line + 11}): duplicate key 'nurse'"
    )


def test_an_interest_naming_an_unknown_career_is_reported(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    _edit(data / "interests.yaml", interests={"animals": {"types": ["R"], "careers": ["99-9999"]}})
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    [problem] = caught.value.problems
    assert problem.endswith(
        "interests.yaml: interests.animals.careers: unknown SOC code(s) 99-9999"
    )


def test_a_limit_without_task_words_is_reported(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    _edit(data / "interests.yaml", limits={"blood": []})
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    [problem] = caught.value.problems
    assert problem.endswith("interests.yaml: limits.blood: must be a list of task words")


def test_unknown_placeholder_and_missing_intent_are_caught(data_copy: tuple[Path, Path]) -> None:
    data, intents = data_copy
    raw = yaml.safe_load((intents / "salary.yaml").read_text())
    raw["answer"]["text"] = "Pay is {median_pay}"
    (intents / "salary.yaml").write_text(yaml.safe_dump(raw))
    (intents / "thanks.yaml").unlink()
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    problems = "\n".join(caught.value.problems)
    assert "salary.yaml: answer.text: unknown placeholder {median_pay}" in problems
    assert "missing the required intent thanks.yaml" in problems


def test_binary_and_non_mapping_files_are_problems_not_crashes(
    data_copy: tuple[Path, Path],
) -> None:
    data, intents = data_copy
    (data / "occupations" / "11-1111.yaml").write_bytes(b"\xff\xfe\x00binary")
    (data / "occupations" / "11-2222.yaml").write_text("- just\n- a list\n")
    with pytest.raises(CatalogError) as caught:
        load_catalog(data, intents)
    problems = "\n".join(caught.value.problems)
    assert "11-1111.yaml: is not UTF-8 text" in problems
    assert "11-2222.yaml: must be a YAML mapping" in problems


def test_missing_folders_are_named(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path / "nope", tmp_path / "nada")
    assert any("occupation folder not found" in p for p in caught.value.problems)
    assert any("intent folder not found" in p for p in caught.value.problems)
