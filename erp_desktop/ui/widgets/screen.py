"""Fit windows to the screen they open on: a 1366×768 laptop (less a task bar) is the smallest the
program supports, and no dialog may open with its buttons below the screen's edge.

``fit_to_screen(dialog)`` shrinks a window that is larger than the available area of its screen
(the parent's screen, else the primary one) and moves it fully onto it. ``keep_on_screen(dialog)``
does that each time it is shown; ``remember_geometry`` calls it for every window that remembers
its size, so a geometry saved on a big monitor never opens off a laptop's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A window that is not shown yet has no frame: allow for a title bar and borders.
_FRAME_W, _FRAME_H = 16, 40


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without task bar) of the screen ``widget`` opens on: its parent
    window's, else the one under it, else the primary screen. (``QWidget.screen()`` is not asked:
    called while a dialog is being built, PySide 6.11 later crashes in a constructor.)"""
    parent = widget.parentWidget()
    where = (parent.window() if parent is not None else widget).frameGeometry().center()
    screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget) -> bool:
    """Shrink ``widget`` (a top-level window) to the available screen and move it fully onto it.
    Returns whether it changed. A window already inside the screen is left where it is."""
    area = available_area(widget)
    frame = widget.frameGeometry()
    extra_w = frame.width() - widget.width() if widget.isVisible() else _FRAME_W
    extra_h = frame.height() - widget.height() if widget.isVisible() else _FRAME_H
    max_w, max_h = area.width() - extra_w, area.height() - extra_h
    width, height = min(widget.width(), max_w), min(widget.height(), max_h)
    changed = False
    if (width, height) != (widget.width(), widget.height()):
        # a layout's minimum above the screen would keep the window too tall: let it shrink
        minimum = widget.minimumSize()
        if minimum.width() > max_w or minimum.height() > max_h:
            widget.setMinimumSize(min(minimum.width(), max_w), min(minimum.height(), max_h))
        widget.resize(width, height)
        changed = True
    frame = widget.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - (width + extra_w))
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - (height + extra_h))
    if (left, top) != (frame.left(), frame.top()):
        widget.move(left, top)
        changed = True
    return changed


class _Fitter(QObject):
    """Fits its parent window to the screen each time it is shown (a child of it: lives as long)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


_FITTER: _Fitter | None = None


def _fitter() -> _Fitter:
    global _FITTER
    if _FITTER is None:
        _FITTER = _Fitter()
    return _FITTER


def keep_on_screen(widget: QWidget) -> None:
    """Fit ``widget`` to its screen now and every time it is shown (idempotent). Install it before
    anything that restores a saved geometry on show: filters installed later run first, so the
    restored geometry is the one fitted."""
    if widget.property("fits_screen"):
        return
    widget.setProperty("fits_screen", True)
    widget.installEventFilter(_fitter())  # one filter object for all windows: no per-window cycle
    if widget.isWindow():
        fit_to_screen(widget)
