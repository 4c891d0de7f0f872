"""Small Qt Charts helpers: a sparkline bar/line chart for a figure card and a pie/bar for the stock
dashboard. Chart values are display-only floats made from the service's Decimals; every label the
user reads (axis, slices, tooltips) is formatted by ui.formatting (thousands separators, 2 places)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
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
    if kind == "line":
        series = QLineSeries()
        for i, v in enumerate(nums):
            series.append(i, v)
        series.setColor(ACCENT)
        chart.addSeries(series)
        x, y = QValueAxis(), QValueAxis()
        x.setRange(0, max(1, len(nums) - 1))
    else:
        bars = QBarSet("")
        for v in nums:
            bars.append(v)
        bars.setColor(ACCENT)
        series = QBarSeries()
        series.setBarWidth(0.8)
        series.append(bars)
        chart.addSeries(series)
        x, y = QBarCategoryAxis(), QValueAxis()
        x.append(list(labels))
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
    chart = QChart()
    chart.setTitle(title)
    series = QPieSeries()
    total = sum((v for _, v in slices), Decimal(0))
    for label, value in slices:
        if value <= 0:
            continue
        share = (value / total * 100).quantize(Decimal("0.1")) if total else Decimal(0)
        s = series.append(f"{label}  {money_text(value)} ({share}%)", float(value))
        s.setLabelVisible(len(slices) <= 6)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _short(label: str, width: int = 16) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def hbar(title: str, rows: Sequence[tuple[str, Decimal]]) -> QChartView:
    """Horizontal bars, largest at the top; the value axis labelled without decimals."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    bars = QBarSet("")
    bars.setColor(ACCENT)
    rows = list(rows)[::-1]
    for _, v in rows:
        bars.append(float(v))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append([lbl.split(" ")[0] for lbl, _ in rows] or [""])  # product codes: names would be elided
    cats.setTruncateLabels(False)
    view_tip = "\n".join(f"{lbl}: {v}" for lbl, v in reversed(rows))
    val = QValueAxis()
    val.setLabelFormat("%.0f")
    high = max([float(v) for _, v in rows] + [1.0])
    val.setRange(0, high * 1.15)
    chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(val, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(cats)
    series.attachAxis(val)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setToolTip(view_tip)
    return view
