"""Windows, split panes and table headers that remember their layout in the user's settings.

One line in a widget's ``__init__`` (after it has set its default size) is enough:

    remember_geometry(self, ctx)                                   # a dialog's size and place
    remember_splitter(self.splitter, ctx, layout_key(self, "split"))  # a list+editor page's panes
    remember_header(view.horizontalHeader(), ctx, layout_key(self, "lines"))  # column widths, sort

Values live in ``ctx.settings`` under ``layout/<key>/…``; a key is the owner's class (module path
below ``erp_desktop.ui`` plus class name, so two ``ReturnDialog`` classes do not share one) and a
purpose. Geometry is restored at once and again when the window first shows (so a subclass that
resizes after its base class's ``__init__`` does not undo it); splitters and headers when they
first show, after the page has set its own defaults (a list's default sort, say). Everything is
saved when the widget hides (a dialog closes, a tab is switched away, the window closes) and, for
splitters and headers, also a moment after the user drags or sorts. A splitter or header is only
restored when it still has the same sections (``signature``), so a list whose columns changed
starts from its defaults. A restored window that would lie off every screen (a second monitor
that is gone) is moved back onto one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QSplitter, QWidget

from .screen import keep_on_screen

SAVE_DELAY_MS = 400
_PREFIX = "layout"
_MIN_VISIBLE_WIDTH = 100  # this much of the window's top edge must be on a screen to grab it
_TITLE_BAR = 30


def layout_key(owner: object, purpose: str = "") -> str:
    """A stable settings key for ``owner``'s class (``sales.dialogs.DeliveryDialog/purpose``)."""
    cls = type(owner)
    module = cls.__module__.removeprefix("erp_desktop.ui.")
    name = f"{module}.{cls.__qualname__}".replace("<locals>.", "")
    return f"{name}/{purpose}" if purpose else name


def settings_of(ctx: Any, widget: QWidget | None = None) -> QSettings | None:
    """The QSettings of ``ctx`` (an AppContext or a QSettings); without one, of the first parent
    widget that has a ``ctx``."""
    if isinstance(ctx, QSettings):
        return ctx
    if ctx is not None and isinstance(getattr(ctx, "settings", None), QSettings):
        return ctx.settings
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        settings = getattr(getattr(parent, "ctx", None), "settings", None)
        if isinstance(settings, QSettings):
            return settings
        parent = parent.parentWidget()
    return None


def _bytes(value: Any) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


class _Keeper(QObject):
    """Restores and saves one widget's layout; a child of the watched widget, so it lives as
    long as the widget does."""

    def __init__(
        self,
        watched: QWidget,
        settings: QSettings,
        name: str,
        save: Callable[[], Any],
        restore: Callable[[Any], Any],
        signature: Callable[[], str] | None,
        *,
        restore_now: bool,
    ):
        super().__init__(watched)
        self.setObjectName(f"remember:{name}")
        self.watched = watched
        self.settings = settings
        self.name = name
        self._save_value = save
        self._restore_value = restore
        self._signature = signature
        self.restored = False
        self._first_show = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        watched.installEventFilter(self)
        if restore_now or watched.isVisible():
            self.restore()
        if watched.isVisible():
            self._first_show = False

    def restore(self) -> None:
        self.restored = True
        value = self.settings.value(self.name)
        if value is None:
            return
        if self._signature is not None and str(self.settings.value(self.name + "_signature", "")) != self._signature():
            return
        self._restore_value(value)

    def save(self) -> None:
        self._timer.stop()
        if not self.restored:  # never overwrite the saved layout with defaults nobody has seen
            return
        try:
            value = self._save_value()
            signature = self._signature() if self._signature is not None else None
        except RuntimeError:  # the widget is being deleted (Qt already destroyed a child)
            return
        self.settings.setValue(self.name, value)
        if signature is not None:
            self.settings.setValue(self.name + "_signature", signature)

    def schedule_save(self, *_args) -> None:
        if self.restored:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # the Python side may already be gone while Qt deletes the widget: then do nothing
        if obj is getattr(self, "watched", None):
            kind = event.type()
            if kind == QEvent.Type.Show and self._first_show:
                # (again) when it first shows: after the owner's own setup, a subclass's resize say
                self._first_show = False
                self.restore()
            elif kind == QEvent.Type.Hide:
                self.save()
        return False


def _keep(widget: QWidget, keeper: _Keeper) -> _Keeper:
    keepers = getattr(widget, "_remember_keepers", None)
    if keepers is None:
        keepers = []
        widget.__dict__["_remember_keepers"] = keepers  # the Python side stays alive with the widget
    keepers.append(keeper)
    return keeper


# --- windows ---------------------------------------------------------------------------
def remember_geometry(widget: QWidget, ctx: Any = None, key: str | None = None) -> _Keeper | None:
    """Restore ``widget``'s saved size and place now (call it after the default ``resize``) and
    once more when it first shows (so a subclass's own ``resize`` does not win), and save them
    whenever it hides (a dialog's accept/reject/close). ``key`` defaults to the class."""
    settings = settings_of(ctx, widget)
    if settings is None:
        return None

    def restore(value: Any) -> None:
        state = _bytes(value)
        if state is not None and widget.restoreGeometry(state):
            ensure_on_screen(widget)

    if isinstance(widget, (QDialog, QMainWindow)):
        keep_on_screen(widget)  # before the keeper: its restore on show runs first, then the fit
    name = f"{_PREFIX}/{key or layout_key(widget)}/geometry"
    return _keep(widget, _Keeper(widget, settings, name, widget.saveGeometry, restore, None, restore_now=True))


def ensure_on_screen(widget: QWidget) -> bool:
    """Move (and if need be shrink) a top-level window whose title bar is on no screen onto the
    screen of its parent (else the primary screen). Returns whether it moved."""
    frame = widget.frameGeometry()
    top_edge = QRect(frame.left(), frame.top(), frame.width(), min(_TITLE_BAR, max(frame.height(), 1)))
    need = min(_MIN_VISIBLE_WIDTH, max(frame.width(), 1))
    for screen in QGuiApplication.screens():
        visible = screen.availableGeometry().intersected(top_edge)
        if visible.width() >= need and visible.height() > 0:
            return False
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return False
    area = screen.availableGeometry()
    extra_w = frame.width() - widget.width()
    extra_h = frame.height() - widget.height()
    width = min(widget.width(), area.width() - extra_w)
    height = min(widget.height(), area.height() - extra_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    left = area.left() + (area.width() - width - extra_w) // 2
    top = area.top() + (area.height() - height - extra_h) // 2
    widget.move(QPoint(left, top))
    return True


# --- split panes -----------------------------------------------------------------------
def remember_splitter(splitter: QSplitter, ctx: Any, key: str) -> _Keeper | None:
    """The pane sizes of ``splitter``: restored when it first shows, saved after a drag and when it
    hides. ``key`` names the page and pane, e.g. ``layout_key(self, "split")``."""
    settings = settings_of(ctx, splitter)
    if settings is None:
        return None

    def restore(value: Any) -> None:
        state = _bytes(value)
        if state is not None:
            splitter.restoreState(state)

    keeper = _Keeper(
        splitter,
        settings,
        f"{_PREFIX}/{key}/splitter",
        splitter.saveState,
        restore,
        lambda: str(splitter.count()),
        restore_now=False,
    )
    splitter.splitterMoved.connect(keeper.schedule_save)
    return _keep(splitter, keeper)


# --- table headers ---------------------------------------------------------------------
def header_signature(header: QHeaderView) -> str:
    """The default signature: the number of sections."""
    return str(header.count())


def remember_header(
    header: QHeaderView, ctx: Any, key: str, signature: Callable[[], str] | None = None
) -> _Keeper | None:
    """Column widths, order and the sort indicator of ``header`` (QHeaderView.saveState): restored
    when its view first shows (a sorting view sorts by the restored column then), saved shortly
    after a column is resized, moved or sorted, and when the view hides. ``signature`` says which
    columns the header has (default: how many); a saved state for other columns is ignored."""
    view = header.parentWidget() or header
    settings = settings_of(ctx, view)
    if settings is None:
        return None

    def restore(value: Any) -> None:
        state = _bytes(value)
        if state is not None:
            header.restoreState(state)  # emits sortIndicatorChanged: a sorting view sorts again

    keeper = _Keeper(
        view,
        settings,
        f"{_PREFIX}/{key}/header",
        header.saveState,
        restore,
        signature or (lambda: header_signature(header)),
        restore_now=False,
    )
    header.sectionResized.connect(keeper.schedule_save)
    header.sectionMoved.connect(keeper.schedule_save)
    header.sortIndicatorChanged.connect(keeper.schedule_save)
    return _keep(view, keeper)
