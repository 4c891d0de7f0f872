"""The keyboard contract: one set of keys that mean the same on every page and form.

=========  ==================  =====================================================
Key        Command             What the current page or form does
=========  ==================  =====================================================
Ctrl+N     ``new_document``    a new document of the kind on screen
Ctrl+S     ``save``            save the form
F8         ``confirm``         confirm / approve (确认 / 审核)
F11        ``post``            post (出库 / 入库 / 过账), opening the posting dialog
Ctrl+P     ``print_``          print what is on screen
F5         ``refresh``         reload the page (the whole window when nothing closer)
F9         ``sync``            sync now
Ctrl+F     ``focus_search``    put the cursor in the current list's search box
Esc        ``close_form``      close a popup, then the form (asking when unsaved)
Ctrl+Q     (the window)        quit, asking when any open form has unsaved changes
=========  ==================  =====================================================

Each key is one window-level ``QAction`` (``install(window)``), so no key is claimed twice and
Qt never reports an ambiguous shortcut. When it fires, the action looks for its *target*: from the
widget with the focus up through its parents, then down the window's current tab (through nested
tab and stacked widgets, then the visible children, nearest first). A target is a widget that

- subclasses ``KeyTarget`` and has a method of the command's name (a document form implements
  ``new_document``, ``save``, ``confirm``, ``post``, ``print_``, ``refresh``, ``focus_search``,
  ``close_form``, ``has_unsaved_changes`` — only those it supports), or
- was given a handler with ``bind(widget, command, slot)`` (what a list page's tool bar or an
  existing editor does instead of a shortcut of its own).

A handler may return False to say "not now" (the search goes on outwards). When nothing handles a
key the window's fallback runs (F5 refreshes every tab, F9 syncs) or the status bar says so.
``bind`` inside a dialog installs the bound commands on the dialog window (never Esc: a dialog
closes itself on Esc).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ...i18n import N_, tr


@dataclass(frozen=True)
class Command:
    name: str  # the method a target implements
    key: str  # portable text of the key sequence ("Ctrl+N")
    label: str  # N_-marked, translated when shown


CONTRACT: tuple[Command, ...] = (
    Command("new_document", "Ctrl+N", N_("New document of the current kind")),
    Command("save", "Ctrl+S", N_("Save")),
    Command("confirm", "F8", N_("Confirm / approve")),
    Command("post", "F11", N_("Post (deliver, receive, book)")),
    Command("print_", "Ctrl+P", N_("Print")),
    Command("refresh", "F5", N_("Refresh")),
    Command("sync", "F9", N_("Sync now")),
    Command("focus_search", "Ctrl+F", N_("Search the current list")),
    Command("close_form", "Esc", N_("Close the popup, then the form (asks when unsaved)")),
    Command("quit", "Ctrl+Q", N_("Quit (asks when a form is unsaved)")),
)
BY_NAME = {c.name: c for c in CONTRACT}
BY_KEY = {QKeySequence(c.key).toString(): c for c in CONTRACT}
WINDOW_ONLY = {"close_form", "quit"}  # never installed on a dialog
# Esc is no QAction: a shortcut would fire before a cell editor, a picker's popup or a combo could
# take the key. The main window acts on an Esc that nothing inside it wanted (keyPressEvent).
NOT_ACTIONS = {"close_form"}
EXTRA_BINDINGS = {"has_unsaved_changes"}


class KeyTarget:
    """Mixin marking a widget whose methods named after commands answer the contract's keys."""

    def has_unsaved_changes(self) -> bool:  # pragma: no cover - default
        return False


def key_text(command: str) -> str:
    """The key of ``command`` as the user's platform writes it ("Ctrl+S")."""
    return QKeySequence(BY_NAME[command].key).toString(QKeySequence.SequenceFormat.NativeText)


def command_for(sequence: QKeySequence | str | QKeySequence.StandardKey) -> Command | None:
    """The contract command a key sequence belongs to, or None."""
    return BY_KEY.get(QKeySequence(sequence).toString())


def with_key(text: str, command: str) -> str:
    """``text`` followed by the command's key: "Save (Ctrl+S)"."""
    return f"{text} ({key_text(command)})"


def hint(widget: QAbstractButton | QAction, command: str) -> None:
    """Show the command's key on a button or action: in its tool tip, and for buttons in its text."""
    text = widget.text().replace("&", "")
    key = key_text(command)
    if isinstance(widget, QAbstractButton) and key not in widget.text():
        widget.setText(f"{widget.text()} ({key})")
    widget.setToolTip(f"{text} ({key})")


# --- binding handlers ---------------------------------------------------------------
_BINDINGS: weakref.WeakKeyDictionary[QObject, dict[str, Callable[[], Any]]] = weakref.WeakKeyDictionary()


class _InstallOnShow(QObject):
    """Installs a widget's bound commands on its window the first time it is shown there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            window = watched.window()
            if not isinstance(window, ContractHost):
                install(window, commands=set(_BINDINGS.get(watched, {})) - WINDOW_ONLY)
        return False


_INSTALLER: _InstallOnShow | None = None


def bind(widget: QWidget, command: str, slot: Callable[[], Any], *, button: QAbstractButton | None = None) -> None:
    """``widget`` answers ``command`` with ``slot`` while the focus is inside it (or it is the
    nearest handler of the current tab). ``button``: also show the key on it."""
    global _INSTALLER
    if command not in BY_NAME and command not in EXTRA_BINDINGS:
        raise ValueError(command)
    _BINDINGS.setdefault(widget, {})[command] = slot
    if _INSTALLER is None:
        _INSTALLER = _InstallOnShow(QApplication.instance())
    widget.installEventFilter(_INSTALLER)
    if button is not None:
        hint(button, command)


def click_if_usable(button: QAbstractButton) -> Callable[[], Any]:
    """A handler that clicks ``button`` when it is shown and enabled, else says "not now"."""

    def run() -> Any:
        if button.isVisibleTo(button.window()) and button.isEnabled():
            button.click()
            return True
        return False

    return run


def handler(widget: QObject, command: str) -> Callable[[], Any] | None:
    """What ``widget`` does for ``command``: a bound slot, or a KeyTarget's method; else None."""
    bound = _BINDINGS.get(widget, {}).get(command)
    if bound is not None:
        return bound
    if isinstance(widget, KeyTarget):
        method = getattr(widget, command, None)
        if callable(method):
            return method
    return None


def local_action(
    owner: QWidget, text: str, slot: Callable[[], Any], shortcut: str | QKeySequence | QKeySequence.StandardKey | None
) -> QAction:
    """A tool-bar action of ``owner`` with its key: a contract key (Ctrl+N, Ctrl+P …) becomes a
    binding of ``owner`` (the window's one action runs it while ``owner`` is current and the action
    is enabled), any other key a shortcut while the focus is inside ``owner``."""
    action = QAction(text, owner)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        command = command_for(shortcut)
        if command is not None and command.name not in WINDOW_ONLY:
            bind(owner, command.name, lambda: action.trigger() if action.isEnabled() else False)
            action.setToolTip(with_key(text.replace("&", ""), command.name))
            action.setProperty("contract_command", command.name)
        else:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def key_of(action: QAction) -> QKeySequence:
    """The key that runs ``action``: its own shortcut, or the contract key it is bound to."""
    command = action.property("contract_command")
    return QKeySequence(BY_NAME[command].key) if command else action.shortcut()


# --- dispatch -----------------------------------------------------------------------
class ContractHost:
    """Mixin for the main window: ``fallbacks`` run when no page handles a key."""

    fallbacks: dict[str, Callable[[], Any]]


def _candidates(window: QWidget) -> Iterator[QWidget]:
    """Where a key looks for its target: the focus and its parents, then the current tab."""
    seen: set[int] = set()
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        w: QWidget | None = focus
        while w is not None and w is not window:
            seen.add(id(w))
            yield w
            w = w.parentWidget()
    tabs = getattr(window, "tabs", None)
    start: QWidget | None = tabs.currentWidget() if isinstance(tabs, QTabWidget) else window
    queue: list[QWidget] = [start] if start is not None else []
    while queue:
        w = queue.pop(0)
        if w is None or not w.isVisibleTo(window):
            continue
        if id(w) not in seen:
            seen.add(id(w))
            yield w
        if isinstance(w, (QTabWidget, QStackedWidget)):
            current = w.currentWidget()
            if current is not None:
                queue.insert(0, current)
            continue
        queue.extend(c for c in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly))


def target(window: QWidget, command: str) -> tuple[QWidget, Callable[[], Any]] | None:
    for w in _candidates(window):
        slot = handler(w, command)
        if slot is not None:
            return w, slot
    return None


def dispatch(window: QWidget, command: str) -> bool:
    """Run ``command`` on the current target of ``window``; True when something handled it."""
    for w in _candidates(window):
        slot = handler(w, command)
        if slot is not None and w.isEnabled() and slot() is not False:
            return True
    fallback = getattr(window, "fallbacks", {}).get(command)
    if fallback is not None:
        fallback()
        return True
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(
            tr("{key}: nothing here to {what}.", key=key_text(command), what=tr(BY_NAME[command].label).lower()),
            4000,
        )
    return False


def dispatch_quietly(window: QWidget, command: str) -> bool:
    """``dispatch`` without a fallback or a status-bar note (Esc when no form wants it)."""
    for w in _candidates(window):
        slot = handler(w, command)
        if slot is not None and w.isEnabled() and slot() is not False:
            return True
    return False


def install(window: QWidget, *, commands: set[str] | None = None) -> dict[str, QAction]:
    """The contract's actions on ``window`` (all of them, or only ``commands``), each once.
    Returns every contract action the window has."""
    actions: dict[str, QAction] = getattr(window, "_contract_actions", None) or {}
    for c in CONTRACT:
        if c.name in actions or c.name in NOT_ACTIONS or (commands is not None and c.name not in commands):
            continue
        action = QAction(tr(c.label), window)
        action.setObjectName(f"contract_{c.name}")
        action.setShortcut(QKeySequence(c.key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, name=c.name: dispatch(window, name))
        window.addAction(action)
        actions[c.name] = action
    window._contract_actions = actions  # type: ignore[attr-defined]
    return actions


# --- unsaved changes ----------------------------------------------------------------
def unsaved_forms(root: QWidget) -> list[QWidget]:
    """The open forms under ``root`` that say they have unsaved changes."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        check = getattr(w, "has_unsaved_changes", None) if isinstance(w, KeyTarget) else None
        if check is None:
            check = _BINDINGS.get(w, {}).get("has_unsaved_changes")
        if callable(check) and check():
            found.append(w)
    return found


def ask_unsaved(parent: QWidget, what: str = "") -> str:
    """Ask 保存 / 放弃 / 取消 about unsaved changes: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(
        tr("{what} has unsaved changes. Save them?", what=what) if what else tr("There are unsaved changes. Save them?")
    )
    save = box.addButton(tr("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"
