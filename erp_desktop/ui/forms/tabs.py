"""Document tabs: each document opens as its own closable tab (several at once); opening one that
is open already brings its tab forward. In the main window the module tabs and the document tabs
share one tab bar (module tabs cannot be closed); a screen used on its own (tests, a tool) gets a
window of its own for its documents.

Closing a tab, or the window, with unsaved changes asks 保存 / 放弃 / 取消 (``DocumentForm``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from ...i18n import tr
from .base import DocumentForm

_ATTR = "_document_tabs"
_FACTORIES: dict[str, Callable[[Any], DocumentForm]] = {}


def register_form(kind: str, factory: Callable[[Any], DocumentForm]) -> None:
    """Tell the tabs how to make a new form of ``kind`` (for Ctrl+N on a form of that kind)."""
    _FACTORIES[kind] = factory


class DocumentTabs(QTabWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(False)
        self.tabCloseRequested.connect(self.close_tab)
        self._forms: list[DocumentForm] = []

    # --- module tabs (not closable) ---------------------------------------------------------
    def add_fixed_tab(self, widget: QWidget, title: str) -> int:
        index = self.addTab(widget, title)
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            self.tabBar().setTabButton(index, side, None)
        return index

    # --- documents ---------------------------------------------------------------------------
    def forms(self) -> list[DocumentForm]:
        return [f for f in self._forms if self.indexOf(f) >= 0]

    def find_form(self, kind: str, doc_id: Any) -> DocumentForm | None:
        if doc_id is None:
            return None
        return next((f for f in self.forms() if f.doc_key() == (kind, doc_id)), None)

    def open_form(self, kind: str, doc_id: Any, factory: Callable[[], DocumentForm]) -> DocumentForm:
        """The form of (kind, doc_id): its tab brought forward if open, else a new tab
        (``factory()`` makes the form; it is loaded with ``doc_id`` when there is one)."""
        form = self.find_form(kind, doc_id)
        if form is None:
            form = factory()
            self.add_form(form)
            if doc_id is not None:
                form.load(doc_id)
        self.setCurrentWidget(form)
        if not self.isVisible() and self.parent() is None:
            self.resize(1280, 720)
            self.show()
        return form

    def add_form(self, form: DocumentForm) -> None:
        self._forms.append(form)
        index = self.addTab(form, form.tab_text() or tr("New document"))
        self.setCurrentIndex(index)
        form.title_changed.connect(lambda text, f=form: self._retitle(f, text))
        form.close_me.connect(lambda f=form: self.close_tab(self.indexOf(f)))
        form.open_requested.connect(self._on_open_requested)

    def _retitle(self, form: DocumentForm, text: str) -> None:
        index = self.indexOf(form)
        if index >= 0:
            self.setTabText(index, text or tr("New document"))

    def _on_open_requested(self, kind: str, doc_id: Any) -> None:
        factory = _FACTORIES.get(kind)
        if factory is not None:
            self.open_form(kind, doc_id, lambda: factory(self.ctx))

    def close_tab(self, index: int) -> bool:
        """Close a document tab (asking first when unsaved); True when it closed."""
        widget = self.widget(index)
        if not isinstance(widget, DocumentForm):
            return False
        if not widget.close_requested():
            return False
        self.removeTab(index)
        self._forms.remove(widget)
        widget.deleteLater()
        return True

    def close_all(self) -> bool:
        """Close every document (the window closes): False as soon as the user cancels."""
        for form in list(self.forms()):
            self.setCurrentWidget(form)
            if not self.close_tab(self.indexOf(form)):
                return False
        return True

    def current_form(self) -> DocumentForm | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, DocumentForm) else None

    def closeEvent(self, event) -> None:  # noqa: N802 - a window of its own
        if self.close_all():
            event.accept()
        else:
            event.ignore()


def install_document_tabs(ctx: QObject, tabs: DocumentTabs) -> None:
    """The main window's tabs are where documents open."""
    setattr(ctx, _ATTR, tabs)


def document_tabs(ctx: QObject) -> DocumentTabs:
    """Where ``ctx``'s documents open: the main window's tabs, else a window of their own."""
    tabs = getattr(ctx, _ATTR, None)
    if tabs is None:
        tabs = DocumentTabs(ctx)
        tabs.setWindowTitle(tr("Documents"))
        setattr(ctx, _ATTR, tabs)
    return tabs


def open_document(
    ctx: QObject, kind: str, doc_id: Any, factory: Callable[[], DocumentForm] | None = None
) -> DocumentForm:
    """Open (or bring forward) the form of a document; ``doc_id`` None opens a new one."""
    tabs = document_tabs(ctx)
    if factory is None:
        registered = _FACTORIES[kind]

        def factory() -> DocumentForm:
            return registered(ctx)

    return tabs.open_form(kind, doc_id, factory)
