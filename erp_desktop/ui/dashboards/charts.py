"""Small Qt Charts helpers: a sparkline bar/line chart for a figure card and a pie/bar for the stock
dashboard. Chart values are display-only floats made from the service's Decimals; every label the
user reads (axis, slices, tooltips) is formatted by ui.formatting (thousands separators, 2 places)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from ...i18n import tr
from ..formatting import money_text

ACCENT = QColor("#2f6fb0")
NEGATIVE = QColor("#c0392b")


def _plain_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


def sparkline(labels: Sequence[str], values: Sequence[Decimal], kind: str = "bar") -> QChartView:
    """A tiny axis-less chart of a figure's trend."""
    chart = _plain_chart()
    nums = [float(v) for v in values]
    series: QAbstractSeries
    x: QAbstractAxis
    y = QValueAxis()
    if kind == "line":
        line = QLineSeries()
        for i, v in enumerate(nums):
            line.append(i, v)
        line.setColor(ACCENT)
        series = line
        values_axis = QValueAxis()
        values_axis.setRange(0, max(1, len(nums) - 1))
        x = values_axis
    else:
        bars = QBarSet("")
        for v in nums:
            bars.append(v)
        bars.setColor(ACCENT)
        bar_series = QBarSeries()
        bar_series.setBarWidth(0.8)
        bar_series.append(bars)
        series = bar_series
        categories = QBarCategoryAxis()
        categories.append(list(labels))
        x = categories
    chart.addSeries(series)
    low, high = (min(nums + [0.0]), max(nums + [0.0])) if nums else (0.0, 1.0)
    y.setRange(low, high if high > low else low + 1)
    for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
        axis.setVisible(False)
        chart.addAxis(axis, side)
        series.attachAxis(axis)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(60)
    view.setStyleSheet("background: transparent")
    tip = "\n".join(f"{lbl}: {money_text(v)}" for lbl, v in list(zip(labels, values))[-6:])
    view.setToolTip(tip)
    return view


def pie(title: str, slices: Sequence[tuple[str, Decimal]]) -> QChartView:
    """A pie whose legend (below, one line a slice) carries the text: name, value and share.
    Slice labels are never drawn on the pie — they overlapped and lost their leader lines."""
    chart = QChart()
    series = QPieSeries()
    shown = [(label, value) for label, value in slices if value > 0]
    total = sum((v for _, v in shown), Decimal(0))
    for label, value in shown:
        share = (value / total * 100).quantize(Decimal("0.1")) if total else Decimal(0)
        s = series.append(f"{_short(label, 14)}  {money_text(value)} ({share}%)", float(value))
        s.setLabelVisible(False)
    chart.setTitle(title if shown else f"{title} — {tr('none')}")
    chart.addSeries(series)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    legend.setShowToolTips(True)
    font = legend.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    legend.setFont(font)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    view.setMinimumWidth(420)
    view.setToolTip("\n".join(f"{label}: {money_text(value)}" for label, value in shown))
    return view


def _short(label: str, width: int = 16) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def bar_label(label: str) -> str:
    """A product's bar label: its name (codes alone told the user nothing), shortened."""
    code, _, name = label.partition(" ")
    return _short(name or code, 10)


def nice_axis(high: float) -> tuple[float, int]:
    """A round top for a value axis above ``high`` and its tick count, so every tick is a
    round number: 0/20/40/…/100, 0/50/…/200, 0/50/…/250, 0/100/…/500."""
    import math

    if high <= 0:
        return 1.0, 2
    magnitude = 10 ** math.floor(math.log10(high))
    for step, ticks in ((1, 6), (2, 5), (2.5, 6), (5, 6), (10, 6)):
        if step * magnitude >= high:
            return step * magnitude, ticks
    return 10 * magnitude, 6  # pragma: no cover - the loop always returns


def hbar(title: str, rows: Sequence[tuple[str, Decimal]]) -> QChartView:
    """Horizontal bars, largest at the top, named by product; the value drawn just past each
    bar's end, on a value axis with round ticks."""
    chart = QChart()
    rows = list(rows)[::-1]
    chart.setTitle(title if rows else f"{title} — {tr('none')}")
    chart.legend().hide()
    bars = QBarSet("")
    bars.setColor(ACCENT)
    for _, v in rows:
        bars.append(float(v))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsPrecision(6)
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append([bar_label(lbl) for lbl, _ in rows] or [""])
    cats.setTruncateLabels(False)
    view_tip = "\n".join(f"{lbl}: {v.normalize():f}" for lbl, v in reversed(rows))
    val = QValueAxis()
    val.setLabelFormat("%.0f")
    high = max([float(v) for _, v in rows] + [1.0])
    top, ticks = nice_axis(high * 1.15)  # room for the value past the longest bar
    val.setRange(0, top)
    val.setTickCount(ticks)
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(val, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(cats)
    series.attachAxis(val)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setToolTip(view_tip)
    return view
