"""Pay-range charts as PNG bytes, sized to be read on a phone.

One row per ChartRange: a light bar from the 10th to the 90th percentile, a dark bar from the 25th
to the 75th, and a black mark at the median with its dollar figure underneath. Several rows stack,
so occupations compare side by side, or a state sits against the U.S.

matplotlib is imported inside `pay_chart` only, so importing this module (and starting the CLI)
stays fast. The figure is drawn with `matplotlib.figure.Figure` on an Agg canvas, never pyplot:
no global figure registry, no GUI backend, safe to call from several threads. Every style value is
passed explicitly, so a user's matplotlibrc does not change the picture.

Numbers are only ever those given. A value BLS top-codes (its `#` marker: "equal to or greater
than $239,200 per year") has no figure; its bar stops at the last published value and an arrow
points on, labelled "≥ $239,200".
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from careerbot.answers.model import MAX_CHART_RANGES, Chart, ChartRange
from careerbot.catalog.oews import TOP_CODE_ANNUAL

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["MAX_CHART_RANGES", "TOP_CODE_ANNUAL", "ChartRange", "pay_chart", "render_chart"]

# Geometry in pixels (the figure is laid out in pixels and drawn at DPI, so 1 px = 1 px).
DPI = 100
WIDTH_PX = 800
LEFT_PX = 24
RIGHT_PX = 24
AXES_PX = WIDTH_PX - LEFT_PX - RIGHT_PX
TITLE_TOP_PX = 14
TITLE_LINE_PX = 31
KEY_GAP_PX = 16  # between the title and the key
HEAD_GAP_PX = 30  # between the key and the first row
BOTTOM_PX = 84  # money axis and the source line
# One row, top to bottom: its label (1-2 lines), the bar with the median mark, the median figure.
ROW_PX = 110  # a row with a one-line label
LINE_PX = 24  # each line of a row label
LABEL_TOP_PX = 6
BAR_GAP_PX = 8  # label to bar
BAR_PX = 34
MARK_OVER_PX = 7  # the median mark stands this far beyond the bar, above and below
VALUE_GAP_PX = 10  # bar to the median figure
ARROW_PX = 46

# Type, in points (at DPI 100 a point is 1.39 px). DejaVu Sans ships with matplotlib.
FONT = "DejaVu Sans"
TITLE_PT = 19
LABEL_PT = 16
VALUE_PT = 15
KEY_PT = 13
TICK_PT = 14
SOURCE_PT = 12

# Colours: dark ink on white, two blues far enough apart to tell apart in sunlight.
INK = "#111111"
MUTED = "#555555"
LIGHT = "#a9cbe8"
DARK = "#1f5a96"
GRID = "#e3e3e3"


def dollars(value: float) -> str:
    """$37,540"""
    return f"${value:,.0f}"


def dollars_short(value: float) -> str:
    """Axis ticks: $0, $40k, $1.2M."""
    if value == 0:
        return "$0"
    if abs(value) >= 1_000_000:
        return f"${value / 1_000_000:.1f}M".replace(".0M", "M")
    return f"${value / 1000:,.0f}k"


class _Measure(Protocol):
    def __call__(self, text: str, points: float, bold: bool = ...) -> float: ...


def _measurer(fig: Figure) -> _Measure:
    """Width of one line of text in pixels, as this figure's Agg canvas will draw it."""

    def measure(text: str, points: float, bold: bool = False) -> float:
        weight = "bold" if bold else "normal"
        probe = fig.text(0, 0, text, fontsize=points, fontweight=weight, fontfamily=FONT)
        width = probe.get_window_extent().width
        probe.remove()
        return float(width)

    return measure


_TRIM = " ,;:-–"


def _wrap(text: str, fits: Callable[[str], bool], lines: int) -> str:
    """Wrap at spaces into at most `lines` lines that fit; cut the last with "…" if need be."""
    out: list[str] = []
    for word in text.split():
        if out and fits(f"{out[-1]} {word}"):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    if len(out) > lines:
        out = [*out[: lines - 1], " ".join(out[lines - 1 :])]
    return "\n".join(_cut(line, fits) for line in out)


def _cut(line: str, fits: Callable[[str], bool]) -> str:
    """The line, or its longest prefix that fits with "…" added (a binary search: few measures)."""
    if fits(line):
        return line
    lo, hi = 1, len(line)  # the answer keeps lo characters, at least one
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(line[:mid].rstrip(_TRIM) + "…"):
            lo = mid
        else:
            hi = mid - 1
    return line[:lo].rstrip(_TRIM) + "…"


def _check(ranges: Sequence[ChartRange]) -> None:
    if not ranges:
        raise ValueError("pay_chart needs at least one ChartRange")
    if len(ranges) > MAX_CHART_RANGES:
        raise ValueError(f"pay_chart draws at most {MAX_CHART_RANGES} ranges, got {len(ranges)}")
    for r in ranges:
        for v in r.values():
            if v is not None and (not math.isfinite(v) or v < 0):
                raise ValueError(f"{r.label!r}: pay must be a finite, non-negative number, got {v}")


@dataclass(frozen=True)
class _Row:
    """What to draw for one ChartRange, decided before any drawing."""

    label: str
    outer: tuple[float, float] | None  # light bar: 10th-90th, or as much of it as is published
    inner: tuple[float, float] | None  # dark bar: 25th-75th, likewise
    median: float | None
    arrow_from: float | None  # top-coded: the pay runs on past this value
    arrow_text: str
    note: str | None  # a row without a bar says why

    @property
    def lines(self) -> int:
        return self.label.count("\n") + 1

    @property
    def height(self) -> int:
        return ROW_PX + LINE_PX * (self.lines - 1)

    def bar_centre(self, top: float) -> float:
        return top + LABEL_TOP_PX + LINE_PX * self.lines + BAR_GAP_PX + BAR_PX / 2


def _plan(r: ChartRange, measure: _Measure) -> _Row:
    label = _wrap(r.label, lambda line: measure(line, LABEL_PT, bold=True) <= AXES_PX, 2)
    published = [v for v in r.values() if v is not None]
    cap = f"≥ {dollars(TOP_CODE_ANNUAL)}"
    if r.median is None and not (r.top_coded and published):
        note = f"not published (BLS: {cap})" if r.top_coded else "not published"
        return _Row(label, None, None, None, None, "", note)
    # The bar runs from the lowest to the highest published value; a top-coded end gets an arrow.
    lo, hi = min(published), max(published)
    outer = (lo, hi) if hi > lo else None
    inner_lo = r.p25 if r.p25 is not None else r.median
    inner_hi = r.p75 if r.p75 is not None else r.median
    inner = None
    if inner_lo is not None and inner_hi is not None and inner_hi > inner_lo:
        inner = (inner_lo, inner_hi)
    if r.top_coded and None in (r.median, r.p75, r.p90):
        text = cap if r.median is not None else f"median {cap}"
        return _Row(label, outer, inner, r.median, hi, text, None)
    return _Row(label, outer, inner, r.median, None, "", None)


def _x_limit(rows: Sequence[_Row], measure: _Measure) -> float:
    """Right end of the money axis: the largest value, plus room for the labels that follow it."""
    need = 1.0
    for row in rows:
        for span in (row.outer, row.inner):
            if span is not None:
                need = max(need, span[1] * 1.04)
        if row.median is not None:
            # The median figure is centred under its mark; keep it on the chart.
            half = measure(dollars(row.median), VALUE_PT, bold=True) / 2 + 4
            need = max(need, row.median / (1 - half / AXES_PX))
        if row.arrow_from is not None:
            room = ARROW_PX + 8 + measure(row.arrow_text, VALUE_PT, bold=True) + 4
            need = max(need, row.arrow_from / (1 - room / AXES_PX))
    return need


def _draw_row(ax: Axes, top: float, row: _Row, x_max: float, measure: _Measure) -> None:
    from matplotlib import patheffects

    ax.text(
        0, top + LABEL_TOP_PX, row.label, transform=ax.get_yaxis_transform(), ha="left",
        va="top", fontsize=LABEL_PT, fontweight="bold", color=INK, fontfamily=FONT,
        linespacing=1.0,
    )  # fmt: skip
    y = row.bar_centre(top)
    if row.note is not None:
        ax.text(
            0, y, row.note, transform=ax.get_yaxis_transform(), ha="left", va="center",
            fontsize=VALUE_PT, fontstyle="italic", color=MUTED, fontfamily=FONT,
        )  # fmt: skip
        return
    if row.outer is not None:
        lo, hi = row.outer
        ax.barh(y, hi - lo, left=lo, height=BAR_PX, color=LIGHT, linewidth=0, zorder=2)
    if row.inner is not None:
        lo, hi = row.inner
        ax.barh(y, hi - lo, left=lo, height=BAR_PX, color=DARK, linewidth=0, zorder=3)
    if row.arrow_from is not None:
        _draw_arrow(ax, row.arrow_from, y, row.arrow_text)
    if row.median is not None:
        half = BAR_PX / 2 + MARK_OVER_PX
        ax.plot(
            [row.median, row.median], [y - half, y + half], color=INK, linewidth=4,
            solid_capstyle="butt", zorder=4,
            path_effects=[patheffects.withStroke(linewidth=7, foreground="white")],
        )  # fmt: skip
        # Centred under the mark, but nudged right if it would run far into the left margin.
        text = dollars(row.median)
        centre_px = row.median / x_max * AXES_PX
        nudge = max(0.0, measure(text, VALUE_PT, bold=True) / 2 - LEFT_PX / 2 - centre_px)
        ax.annotate(
            text, xy=(row.median, y + BAR_PX / 2 + VALUE_GAP_PX), xytext=(nudge, 0),
            textcoords="offset pixels", ha="center", va="top", fontsize=VALUE_PT,
            fontweight="bold", color=INK, fontfamily=FONT, zorder=5, annotation_clip=False,
        )  # fmt: skip


def _draw_arrow(ax: Axes, x: float, y: float, text: str) -> None:
    """An arrow leaving the bar's end to the right, a fixed length on screen, then its label."""
    ax.annotate(
        "", xy=(x, y), xytext=(ARROW_PX, 0), textcoords="offset pixels", zorder=3,
        annotation_clip=False,
        arrowprops={"arrowstyle": "<|-,head_length=0.6,head_width=0.35", "color": DARK,
                    "linewidth": 3, "shrinkA": 0, "shrinkB": 0},
    )  # fmt: skip
    ax.annotate(
        text, xy=(x, y), xytext=(ARROW_PX + 8, 0), textcoords="offset pixels", ha="left",
        va="center", fontsize=VALUE_PT, fontweight="bold", color=INK, fontfamily=FONT,
        annotation_clip=False,
    )  # fmt: skip


def _draw_key(fig: Figure, centre_px: float, height_px: float, measure: _Measure) -> None:
    """A one-line key under the title: swatches for the two bars and the median mark."""
    from matplotlib.patches import Rectangle

    def box(x: float, y: float, w: float, h: float, colour: str) -> None:
        """A rectangle given in pixels from the figure's top-left corner."""
        xy = (x / WIDTH_PX, 1 - (y + h) / height_px)
        size = (w / WIDTH_PX, h / height_px)
        fig.add_artist(Rectangle(xy, *size, transform=fig.transFigure, color=colour, lw=0))

    def words(x: float, text: str) -> float:
        fig.text(
            x / WIDTH_PX, 1 - centre_px / height_px, text, ha="left", va="center_baseline",
            fontsize=KEY_PT, color=INK, fontfamily=FONT,
        )  # fmt: skip
        return x + measure(text, KEY_PT)

    x = float(LEFT_PX)
    for colour, text in ((DARK, "middle half (25th–75th)"), (LIGHT, "10th–90th percentile")):
        box(x, centre_px - 8, 28, 16, colour)
        x = words(x + 36, text) + 28
    box(x, centre_px - 12, 4, 24, INK)
    words(x + 12, "median")


def pay_chart(ranges: Sequence[ChartRange], title: str, source: str) -> bytes:
    """PNG bytes: one horizontal bar per ChartRange spanning 10th-90th percentile (lighter) with the
    25th-75th (darker) and the median marked and labelled ("$37,540"); several ranges stacked
    (for compare: occupations side by side; for a state: the state against the U.S.). `source`
    is printed small at the bottom (e.g. "Source: BLS OEWS, May 2025").

    800 px wide; 200 + 110 px per range high, plus a line for each label or title that wraps.
    Raises ValueError for no ranges, more than MAX_CHART_RANGES, or a negative or non-finite value.
    The same input gives the same bytes.
    """
    _check(ranges)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

    fig = Figure(figsize=(WIDTH_PX / DPI, 1), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)
    # Text widths depend on the DPI only, so they can be measured before the height is known.
    measure = _measurer(fig)
    rows = [_plan(r, measure) for r in ranges]
    title_text = _wrap(title, lambda line: measure(line, TITLE_PT, bold=True) <= AXES_PX, 2)
    title_lines = title_text.count("\n") + 1
    key_centre = TITLE_TOP_PX + TITLE_LINE_PX * title_lines + KEY_GAP_PX
    rows_px = sum(row.height for row in rows)
    height_px = key_centre + HEAD_GAP_PX + rows_px + BOTTOM_PX
    fig.set_size_inches(WIDTH_PX / DPI, height_px / DPI)

    ax = fig.add_axes(
        (LEFT_PX / WIDTH_PX, BOTTOM_PX / height_px, AXES_PX / WIDTH_PX, rows_px / height_px)
    )
    ax.set_facecolor("white")
    x_max = _x_limit(rows, measure)
    ax.set_xlim(0, x_max)
    ax.set_ylim(rows_px, 0)  # y is in pixels, counted down from the top of the first row
    top = 0.0
    for row in rows:
        _draw_row(ax, top, row, x_max, measure)
        top += row.height

    # Round-number ticks, leaving out one whose label would hang off the right edge.
    ticks = MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]).tick_values(0, x_max)
    edge = x_max * (1 - (measure(dollars_short(ticks[-1]), TICK_PT) / 2 - RIGHT_PX) / AXES_PX)
    ax.xaxis.set_major_locator(FixedLocator([t for t in ticks if 0 <= t <= edge]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: dollars_short(v)))
    ax.tick_params(axis="x", labelsize=TICK_PT, labelfontfamily=FONT, colors=INK, length=0, pad=6)
    ax.tick_params(axis="y", left=False, labelleft=False)
    ax.grid(axis="x", color=GRID, linewidth=1)
    ax.grid(axis="y", visible=False)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(MUTED)

    fig.text(
        LEFT_PX / WIDTH_PX, 1 - TITLE_TOP_PX / height_px, title_text, ha="left", va="top",
        fontsize=TITLE_PT, fontweight="bold", color=INK, fontfamily=FONT, linespacing=1.15,
    )  # fmt: skip
    _draw_key(fig, key_centre, height_px, measure)
    source_text = _cut(" ".join(source.split()), lambda line: measure(line, SOURCE_PT) <= AXES_PX)
    fig.text(
        LEFT_PX / WIDTH_PX, 12 / height_px, source_text, ha="left", va="bottom",
        fontsize=SOURCE_PT, color=MUTED, fontfamily=FONT,
    )  # fmt: skip

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
    return buf.getvalue()


def render_chart(chart: Chart) -> bytes:
    """Draw an engine Answer's chart (careerbot.answers.model.Chart) as PNG bytes."""
    return pay_chart(chart.ranges, title=chart.title, source=chart.source)
