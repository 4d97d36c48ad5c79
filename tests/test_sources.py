"""The official-format readers (careerbot.sources) and `careerbot data build`.

Small fixtures written by the project in each format: tests/fixtures/onet-csv (O*NET CSV
edition; job_titles.csv is gzipped into place here), tests/fixtures/onet-text (the tab-separated
text edition), a tiny occupation.xlsx written with openpyxl below, and tiny AI-exposure CSVs in
tests/fixtures/shared-mini. The real releases in ../shared/data are read where present.
"""

import gzip
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from careerbot.cli import main
from careerbot.sources import exposure, onet, projections
from careerbot.sources.build import build, build_files, default_source
from careerbot.sources.errors import SourceError
from careerbot.sources.soc import SocRule

FIXTURES = Path(__file__).parent / "fixtures"
REAL = default_source()
needs_real = pytest.mark.skipif(
    not (REAL / "onet-30.3").is_dir(), reason=f"the official releases are not at {REAL}"
)
OEWS = {
    "13-1020": "Buyers and Purchasing Agents",
    "15-1299": "Computer Occupations, All Other",
    "21-1018": "Substance Abuse, Behavioral Disorder, and Mental Health Counselors",
    "25-4031": "Library Technicians",
    "43-4121": "Library Assistants, Clerical",
}
HEADER = (
    "2024 National Employment Matrix title",
    "2024 National Employment Matrix code",
    "Occupation type",
    "Employment, 2024",
    "Employment, 2034",
    "Employment distribution, percent, 2024",
    "Employment distribution, percent, 2034",
    "Employment change, numeric, 2024–34",
    "Employment change, percent, 2024–34",
    "Percent self employed, 2024",
    "Occupational openings, 2024–34 annual average",
    "Median annual wage, dollars, 2024[1]",
    "Typical education needed for entry",
    "Work experience in a related occupation",
    "Typical on-the-job training needed to attain competency in the occupation",
    "Related Occupational Outlook Handbook (OOH) content xlsx",
)
LINE_ITEMS = [
    (
        "  Buyers and purchasing agents",
        "13-1020",
        522.2,
        552.3,
        30.1,
        5.8,
        52.2,
        "Bachelor's degree",
    ),
    (
        "  Computer occupations, all other",
        "15-1299",
        472.0,
        510.5,
        38.5,
        8.2,
        31.3,
        "Bachelor's degree",
    ),
    ("  Substance abuse counselors", "21-1018", 483.5, 564.6, 81.0, 16.8, 48.3, "Master's degree"),
    (
        "  Library technicians",
        "25-4031",
        78.6,
        73.2,
        -5.4,
        -6.8,
        13.0,
        "Postsecondary nondegree award",
    ),
    (
        "  Library assistants, clerical",
        "43-4121",
        84.5,
        78.9,
        -5.6,
        -6.7,
        12.8,
        "High school diploma or equivalent",
    ),
    ("  Legislators", "11-1031", 27.7, 28.6, 0.9, 3.4, 2.2, "Bachelor's degree"),
]


def write_xlsx(
    path: Path, items: list[tuple[object, ...]] = LINE_ITEMS, total: float | None = None
) -> None:
    """A Table 1.2 laid out as BLS publishes it: title row, header, total, summary, line items."""
    book = Workbook()
    book.active.title = "Index"
    sheet = book.create_sheet("Table 1.2")
    sheet.append(["Table 1.2 Occupational projections, 2024–2034 (Employment in thousands)"])
    sheet.append(list(HEADER))
    employment = sum(float(str(item[2])) for item in items) if total is None else total
    sheet.append(
        [
            "Total, all occupations",
            "00-0000",
            "Summary",
            employment,
            1.0,
            100,
            100,
            1,
            3.1,
            5.8,
            1,
            49500,
            "—",
            "—",
            "—",
            "—",
        ]
    )
    sheet.append(
        ["  Some group", "13-0000", "Summary", 1.0, 1.0, 1, 1, 0, 0, 0, 0, 1, "—", "—", "—", "—"]
    )
    for title, code, now, later, change, pct, openings, education in items:
        sheet.append(
            [
                title,
                code,
                "Line item",
                now,
                later,
                0,
                0,
                change,
                pct,
                "—",
                openings,
                40000,
                education,
                "None",
                "None",
                "OOH Content",
            ]
        )
    sheet.append(["Source: Employment Projections program, U.S. Bureau of Labor Statistics"])
    book.save(path)


def csv_release(folder: Path) -> Path:
    """The O*NET CSV-edition fixture in `folder`, with job_titles.csv gzipped as O*NET ships it."""
    shutil.copytree(FIXTURES / "onet-csv", folder)
    plain = folder / "job_titles.csv"
    (folder / "job_titles.csv.gz").write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    plain.unlink()
    return folder


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A miniature ../shared/data with every source the build reads."""
    root = tmp_path / "shared"
    shutil.copytree(FIXTURES / "shared-mini", root)
    csv_release(root / "onet-30.3")
    (root / "bls-projections-2024-34").mkdir()
    write_xlsx(root / "bls-projections-2024-34" / "occupation.xlsx")
    return root


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data/ holding only a five-occupation oews/national.csv (the SOC codes the bot knows)."""
    folder = tmp_path / "data"
    (folder / "oews").mkdir(parents=True)
    rows = "".join(f'{soc},"{title}"\n' for soc, title in OEWS.items())
    (folder / "oews" / "national.csv").write_text("soc,title\n" + rows, encoding="utf-8")
    (folder / "README.md").write_text("# data\n\nHand-written part.\n", encoding="utf-8")
    return folder


def run_build(shared: Path, data_dir: Path) -> list[str]:
    said: list[str] = []
    build(shared, data_dir, said.append, frey_osborne_count=4)
    return said


# -- the O*NET-SOC -> SOC rule ------------------------------------------------------------------


def test_soc_rule_maps_each_kind_of_code_to_the_oews_occupation_it_belongs_to() -> None:
    rule = SocRule(frozenset(OEWS))
    assert rule.oews_soc("25-4031.00") == "25-4031"  # the occupation itself
    assert rule.oews_soc("25-4031") == "25-4031"  # SOC and EP codes too
    assert rule.oews_soc("15-1299.08") == "15-1299"  # O*NET's detailed split
    assert rule.oews_soc("13-1023.00") == "13-1020"  # an OEWS combined code
    assert rule.oews_soc("21-1014.00") == "21-1018"  # O*NET code SOC 2018 does not have
    assert rule.oews_soc("55-1011.00") is None  # military: not in OEWS
    assert rule.oews_soc("11-1031") is None


def test_soc_rule_prefers_the_00_occupation_and_combines_otherwise() -> None:
    rule = SocRule(frozenset(OEWS))
    chosen = rule.onet_codes(
        [
            *("25-4031.00", "15-1299.08", "15-1299.09", "13-1021.00", "13-1023.00"),
            *("55-1011.00", "21-1011.00", "21-1014.00"),
        ]
    )
    assert chosen == {
        "13-1020": ["13-1021.00", "13-1023.00"],
        "15-1299": ["15-1299.08", "15-1299.09"],
        "21-1018": ["21-1011.00", "21-1014.00"],
        "25-4031": ["25-4031.00"],
    }
    # a .00 with data wins over its detailed codes
    assert rule.onet_codes(["15-1299.00", "15-1299.08"]) == {"15-1299": ["15-1299.00"]}


# -- O*NET: one reader, two editions ------------------------------------------------------------


def test_the_csv_and_text_editions_read_to_the_same_records(tmp_path: Path) -> None:
    csv_edition = onet.open_release(csv_release(tmp_path / "csv"))
    text_edition = onet.open_release(FIXTURES / "onet-text")
    assert (csv_edition.dialect, text_edition.dialect) == ("csv", "tab")
    for reader in (
        onet.occupations,
        onet.tasks,
        onet.interests,
        onet.job_zones,
        onet.education,
        onet.education_categories,
        onet.skills,
        onet.technology,
        onet.related,
        onet.job_titles,
        onet.reported_titles,
    ):
        assert reader(csv_edition) == reader(text_edition), reader.__name__
    interests = onet.interests(text_edition)["25-4031.00"]
    assert max(interests, key=interests.__getitem__) == "C"  # high-point rows were skipped
    assert onet.education(text_edition)["25-4031.00"][6] == 40.0  # only the RL scale
    titles = onet.job_titles(text_edition)
    assert ("25-4031.00", "LTA", "short") in [(t.code, t.title, t.kind) for t in titles]
    assert all(t.title != "n/a" for t in titles)


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (lambda text: text[: text.index("Enter and update") + 9], "line 3, column 5"),  # cut
        (lambda text: text.replace(",Core,95", ",Core", 1), "line 2, column 8"),
        (lambda text: text.replace('materials.",', "materials.,", 1), "line 2"),  # open quote
    ],
)
def test_a_malformed_or_truncated_csv_is_refused_with_file_line_and_column(
    tmp_path: Path, damage: object, where: str
) -> None:
    release = onet.open_release(csv_release(tmp_path / "onet"))
    path = release.path("tasks")
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(SourceError) as caught:
        onet.tasks(release)
    assert caught.value.path == str(path)
    assert caught.value.where.startswith(where)
    assert str(caught.value).startswith(f"{path}: {where}")


def test_a_bad_value_in_the_text_edition_names_its_line_and_column(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "onet-text", tmp_path / "text")
    path = tmp_path / "text" / "Job Zones.txt"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace("\t3\t", "\tthree\t")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(
        SourceError,
        match=r"Job Zones.txt: line 3, column 3: Job Zone must be a number, found .three.",
    ):
        onet.job_zones(onet.open_release(tmp_path / "text"))


def test_a_truncated_gzip_and_a_missing_column_are_refused(tmp_path: Path) -> None:
    release = onet.open_release(csv_release(tmp_path / "onet"))
    gz = release.path("job_titles")
    gz.write_bytes(gz.read_bytes()[:-20])
    with pytest.raises(SourceError, match=r"job_titles\.csv\.gz: is not a complete gzip file"):
        onet.job_titles(release)
    zones = release.path("job_zones")
    zones.write_text(zones.read_text().replace("Job Zone,", "Zone,", 1), encoding="utf-8")
    with pytest.raises(SourceError, match=r"job_zones.csv: line 1: missing column 'Job Zone'"):
        onet.job_zones(release)


# -- BLS Employment Projections xlsx ------------------------------------------------------------


def test_projections_read_line_items_in_jobs_not_thousands(tmp_path: Path) -> None:
    path = tmp_path / "occupation.xlsx"
    write_xlsx(path)
    rows = {row.code: row for row in projections.read_table(path)}
    assert set(rows) == {item[1] for item in LINE_ITEMS}  # summary and total rows left out
    library = rows["25-4031"]
    assert (library.employment_2024, library.employment_2034) == (78_600, 73_200)
    assert (library.change, library.percent_change, library.openings) == (-5_400, -6.8, 13_000)
    assert library.education == "Postsecondary nondegree award"
    assert library.title == "Library technicians"


def test_a_bad_projections_cell_is_refused_with_sheet_and_cell(tmp_path: Path) -> None:
    path = tmp_path / "occupation.xlsx"
    items = list(LINE_ITEMS)
    items[3] = (*items[3][:2], "n/a", *items[3][3:])
    write_xlsx(path, items, total=1000.0)
    with pytest.raises(SourceError) as caught:
        projections.read_table(path)
    assert caught.value.where == "sheet Table 1.2, cell D8"
    assert "must be a number" in caught.value.message


def test_a_truncated_projections_workbook_is_refused(tmp_path: Path) -> None:
    short = tmp_path / "short.xlsx"
    write_xlsx(short, LINE_ITEMS[:3], total=sum(float(str(i[2])) for i in LINE_ITEMS))
    with pytest.raises(SourceError, match=r"not the total .*: truncated sheet\?"):
        projections.read_table(short)
    broken = tmp_path / "broken.xlsx"
    whole = tmp_path / "whole.xlsx"
    write_xlsx(whole)
    broken.write_bytes(whole.read_bytes()[:2000])
    with pytest.raises(SourceError, match=r"broken\.xlsx: is not a readable xlsx workbook"):
        projections.read_table(broken)


# -- AI exposure tables -------------------------------------------------------------------------


def test_exposure_tables_read_and_refuse_bad_values(tmp_path: Path) -> None:
    folder = FIXTURES / "shared-mini"
    eloundou = exposure.eloundou(folder / "ai-exposure/eloundou-2024-gpts-are-gpts-occ_level.csv")
    assert eloundou[3].code == "25-4031.00" and round(eloundou[3].value, 4) == 0.5673
    fo = exposure.frey_osborne(folder / "frey-osborne-2013/frey_osborne_702.csv", count=4)
    assert [(s.code, s.value) for s in fo][-1] == ("25-4031", 0.99)
    with pytest.raises(SourceError, match=r"line 6: has 4 occupations, expected 702"):
        exposure.frey_osborne(folder / "frey-osborne-2013/frey_osborne_702.csv")
    bad = tmp_path / "tomlinson.csv"
    bad.write_text("SOC Code,title,ai_applicability_score\n25-4031,Library Technicians,1.7\n")
    with pytest.raises(SourceError, match=r"line 2, column 3: ai_applicability_score must be"):
        exposure.tomlinson(bad)


# -- the build ------------------------------------------------------------------------------------


def test_build_writes_profiles_by_the_rule_and_twice_gives_the_same_bytes(
    shared: Path, data_dir: Path
) -> None:
    said = run_build(shared, data_dir)
    first = {p.relative_to(data_dir): p.read_bytes() for p in sorted(data_dir.rglob("*.*"))}
    run_build(shared, data_dir)
    second = {p.relative_to(data_dir): p.read_bytes() for p in sorted(data_dir.rglob("*.*"))}
    assert first == second
    assert any("data/oews: kept as committed" in line for line in said)

    occupations = (data_dir / "onet/occupations.csv").read_text(encoding="utf-8")
    assert (
        '13-1020,13-1021.00 13-1023.00,"Buyers and Purchasing Agents, Farm Products; '
        in occupations
    )
    assert "15-1299,15-1299.08,Computer Systems Engineers/Architects," in occupations
    assert "55-1011" not in occupations  # military: no OEWS occupation
    interests = (data_dir / "onet/interests.csv").read_text(encoding="utf-8")
    assert "13-1020,2.00,2.50,1.00,2.00,5.25,6.25\n" in interests  # mean of the two codes
    tasks = (data_dir / "onet/tasks.csv").read_text(encoding="utf-8").splitlines()
    library = [line for line in tasks if line.startswith("25-4031,")]
    assert [line.split(",")[1] for line in library] == ["core", "core", "core", "supplemental"]
    counsellors = [line for line in tasks if line.startswith("21-1018,")]
    assert len(counsellors) == 1  # the same statement from both codes once
    related = (data_dir / "onet/related.csv").read_text(encoding="utf-8").splitlines()
    assert "25-4031,13-1020,Buyers and Purchasing Agents,Primary-Short,1" in related
    assert '25-4031,15-1299,"Computer Occupations, All Other",Primary-Long,2' in related
    assert not any(line.startswith("13-1020,13-1020,") for line in related)  # not itself
    titles = (data_dir / "onet/titles.csv").read_text(encoding="utf-8").splitlines()
    assert "Library Technician,25-4031,25-4031.00,reported" in titles  # once: reported wins
    assert not any(
        line.startswith("Library Technician,25-4031,") and "alternate" in line for line in titles
    )
    assert "Library Aide,25-4031,25-4031.00,reported" in titles
    assert "LTA,25-4031,25-4031.00,short" in titles
    assert "Computer Specialist,15-1299,15-1299.00,alternate" in titles
    assert not any("Navigator" in line for line in titles)
    projection = (data_dir / "projections/occupations.csv").read_text(encoding="utf-8")
    assert "25-4031,25-4031,Library technicians,78600,73200,-5400,-6.8,13000," in projection
    assert "11-1031" not in projection
    exposure_rows = (data_dir / "exposure/occupations.csv").read_text(encoding="utf-8")
    assert "25-4031,computerisation,0.9900,66.7,2013,\n" in exposure_rows
    assert "21-1018,computerisation,0.0040,0.0,2013,Frey & Osborne 21-1011" in exposure_rows
    assert '13-1020,llm_exposure,0.5000,0.0,2024,"O*NET-SOC 13-1021.00' in exposure_rows
    readme = (data_dir / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# data\n\nHand-written part.\n")
    assert readme.count("<!-- BEGIN careerbot data build") == 1
    assert "| `projection` | 5 of 5 | 100.0% |" in readme


def test_a_malformed_source_writes_nothing(shared: Path, data_dir: Path) -> None:
    run_build(shared, data_dir)
    before = {p: p.read_bytes() for p in data_dir.rglob("*.*")}
    tom = shared / "ai-exposure/tomlinson-2025-soc_ai_applicability_scores.csv"
    tom.write_text(tom.read_text(encoding="utf-8")[:-12], encoding="utf-8")  # cut mid-line
    with pytest.raises(SourceError, match=r"tomlinson-2025-soc_ai_applicability_scores.csv: line"):
        build_files(shared, data_dir, frey_osborne_count=4)
    code = main(["data", "build", "--source", str(shared), "--data-dir", str(data_dir)])
    assert code == 1
    assert {p: p.read_bytes() for p in data_dir.rglob("*.*")} == before


# -- the real releases ----------------------------------------------------------------------------


@needs_real
def test_real_onet_29_3_text_edition_reads() -> None:
    release = onet.open_release(REAL / "onet-29.3")
    assert release.dialect == "tab"
    interests = onet.interests(release)["25-4031.00"]
    assert (interests["C"], interests["S"], interests["R"]) == (6.51, 4.07, 3.07)
    assert len(onet.occupations(release)) > 1000
    assert any(t.core for t in onet.tasks(release) if t.code == "25-4031.00")


@needs_real
def test_real_sources_give_the_facts_the_sources_state(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent.parent / "data" / "oews", data / "oews")
    built = build_files(REAL, data)
    files = built.files
    assert "25-4031,3.08,2.70,1.59,4.07,1.88,6.52\n" in files["onet/interests.csv"]  # 30.3: C 6.52
    assert (
        "\n25-4031,25-4031,Library technicians,78600,73200,-5400,-6.8,13000,"
        in files["projections/occupations.csv"]
    )
    assert (
        '\n43-4121,43-4121,"Library assistants, clerical",84500,'
        in files["projections/occupations.csv"]
    )
    exposure_rows = files["exposure/occupations.csv"]
    assert "\n25-4031,computerisation,0.9900," in exposure_rows
    assert "\n43-4121,computerisation,0.9500," in exposure_rows
    assert "\n25-4031,ai_applicability,0.3242," in exposure_rows
    assert "\n43-4121,ai_applicability,0.1899," in exposure_rows


@needs_real
def test_committed_data_is_what_the_build_writes_from_the_real_sources(tmp_path: Path) -> None:
    shipped = Path(__file__).parent.parent / "data"
    data = tmp_path / "data"
    shutil.copytree(shipped / "oews", data / "oews")
    for name, text in build_files(REAL, data).files.items():
        assert (shipped / name).read_text(encoding="utf-8") == text, f"rebuild data/{name}"
