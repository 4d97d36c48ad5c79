"""The pay chart: valid PNGs of a phone-friendly size, honest about missing and top-coded pay."""

import math
import struct
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from careerbot.charts import (
    MAX_CHART_RANGES,
    ChartRange,
    _cut,
    _wrap,
    dollars,
    dollars_short,
    pay_chart,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pay(
    label: str,
    p10: float | None,
    p25: float | None,
    median: float | None,
    p75: float | None,
    p90: float | None,
    top_coded: bool = False,
) -> ChartRange:
    """A chart row from the five percentiles, in order (annual dollars)."""
    return ChartRange(
        label=label, p10=p10, p25=p25, median=median, p75=p75, p90=p90, top_coded=top_coded
    )


SOURCE = "Source: BLS OEWS, May 2025"
NURSES = pay("Registered Nurses", 66030, 75730, 93600, 106950, 135320)
TEXAS = pay("Texas", 63620, 72780, 85900, 99370, 119210)
US = pay("U.S.", 31000, 34000, 37540, 45000, 52000)
# BLS '#': the 75th and 90th percentiles are "equal to or greater than $239,200".
ANESTHETISTS = pay("Nurse Anesthetists", 150000, 190000, 223210, None, None, top_coded=True)


def size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which always comes first after the signature."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def ranges(n: int) -> list[ChartRange]:
    return [
        pay(f"Occupation {i}", 30000 + 5000 * i, 40000 + 5000 * i, 50000 + 5000 * i,
                 60000 + 5000 * i, 70000 + 5000 * i)
        for i in range(n)
    ]  # fmt: skip


def test_png_signature_and_reasonable_size() -> None:
    png = pay_chart([NURSES, TEXAS, ANESTHETISTS], "Annual pay", SOURCE)
    assert png.startswith(PNG_SIGNATURE)
    assert png.endswith(b"IEND\xaeB`\x82")
    assert 5_000 < len(png) < 500_000
    width, height = size(png)
    assert width == 800
    assert 200 + 110 * 3 - 60 <= height <= 200 + 110 * 3 + 60


def test_height_grows_with_the_number_of_ranges() -> None:
    dims = [size(pay_chart(ranges(n), "Annual pay", SOURCE)) for n in (1, 2, 3, MAX_CHART_RANGES)]
    assert {w for w, _ in dims} == {800}
    heights = [h for _, h in dims]
    assert heights == sorted(set(heights))
    for n, h in zip((1, 2, 3, MAX_CHART_RANGES), heights, strict=True):
        assert abs(h - (200 + 110 * n)) <= 60, (n, h)


def test_same_input_same_bytes() -> None:
    args = ([NURSES, TEXAS, ANESTHETISTS], "Annual pay", SOURCE)
    assert pay_chart(*args) == pay_chart(*args)


def test_renders_from_several_threads() -> None:
    args = ([US, TEXAS], "Texas against the U.S.", SOURCE)
    expected = pay_chart(*args)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: pay_chart(*args), range(8)))
    assert all(png == expected for png in results)


def test_missing_median_and_top_coded_rows_render() -> None:
    rows = [
        US,
        pay("Actors (hourly only)", None, None, None, None, None),
        ANESTHETISTS,
        # Median and above top-coded: bar to the 25th, then an arrow "median ≥ $239,200".
        pay("Oral and Maxillofacial Surgeons", 180000, 230000, None, None, None, True),
        # Every column top-coded, as in most state rows with '#'.
        pay("Surgeons, All Other (Montana)", None, None, None, None, None, True),
        # Published wages above the top code, only the 90th is '#'.
        pay("Pediatric Surgeons (Iowa)", 120000, 300000, 500000, 657000, None, True),
        pay("Only the middle published", None, 40000, 50000, 60000, None),
        pay("Only a median", None, None, 50000, None, None),
    ]
    png = pay_chart(rows, "Odd rows", SOURCE)
    width, height = size(png)
    assert width == 800 and height > 200 + 110 * 7


def test_long_label_and_title_still_fit() -> None:
    long = "Postsecondary Teachers of Agricultural Sciences and Related Engineering " * 4
    png = pay_chart([NURSES, pay(long, 50000, 60000, 70000, 80000, 90000)], long * 2, long)
    width, height = size(png)
    # Labels and the title wrap to two lines at most: at most three extra lines in all.
    assert width == 800 and height <= 200 + 110 * 2 + 3 * 31


@pytest.mark.parametrize("n", [0, MAX_CHART_RANGES + 1])
def test_too_few_or_too_many_ranges(n: int) -> None:
    with pytest.raises(ValueError):
        pay_chart(ranges(n), "Annual pay", SOURCE)


@pytest.mark.parametrize("bad", [-1.0, math.nan, math.inf])
def test_bad_values_are_refused(bad: float) -> None:
    with pytest.raises(ValueError):
        pay_chart([pay("Bad", bad, 2.0, 3.0, 4.0, 5.0)], "Annual pay", SOURCE)


def test_importing_charts_does_not_import_matplotlib() -> None:
    code = "import careerbot.charts, sys; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_money_formats() -> None:
    assert dollars(37540) == "$37,540"
    assert dollars(239200.0) == "$239,200"
    assert [dollars_short(v) for v in (0, 40000, 250000, 1_000_000, 1_200_000)] == [
        "$0",
        "$40k",
        "$250k",
        "$1M",
        "$1.2M",
    ]


def test_wrap_and_cut() -> None:
    def fits(line: str) -> bool:
        return len(line) <= 10

    assert _wrap("Registered Nurses", fits, 2) == "Registered\nNurses"
    assert _wrap("one two three four five six", fits, 2) == "one two\nthree fou…"
    assert _wrap("Supercalifragilistic", fits, 2) == "Supercali…"
    assert _wrap("  ", fits, 2) == ""
    assert _cut("short", fits) == "short"
    assert _cut("Source: a long line", fits) == "Source: a…"
