"""The keyboard contract: each key is one window action that runs on the current page or form;
no contract key is claimed twice in the real window (F5 was); Help › Keyboard shortcuts lists them;
Esc closes a form after its popup; Ctrl+Q asks when a form is unsaved."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from erp_desktop.ui.shell import keys
from erp_desktop.ui.shell.main_window import MainWindow, ShortcutsDialog
from erp_desktop.ui.widgets.pickers import ProductPicker
from tests.support import factories

CONTRACT_KEYS = {
    "new_document": Qt.Key.Key_N,
    "save": Qt.Key.Key_S,
    "print_": Qt.Key.Key_P,
    "focus_search": Qt.Key.Key_F,
}
F_KEYS = {"confirm": Qt.Key.Key_F8, "post": Qt.Key.Key_F11, "refresh": Qt.Key.Key_F5}


class Form(keys.KeyTarget, QWidget):
    """A document form as the ``forms`` helper writes them: it only implements the methods."""

    def __init__(self, ctx):
        super().__init__()
        self.calls: list[str] = []
        self.dirty = False
        self.closed = False
        layout = QVBoxLayout(self)
        self.picker = ProductPicker(ctx, self)
        self.note_edit = QLineEdit(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.note_edit)

    def new_document(self):
        self.calls.append("new_document")

    def save(self):
        self.calls.append("save")
        self.dirty = False

    def confirm(self):
        self.calls.append("confirm")

    def post(self):
        self.calls.append("post")

    def print_(self):
        self.calls.append("print_")

    def refresh(self):
        self.calls.append("refresh")

    def focus_search(self):
        self.calls.append("focus_search")

    def has_unsaved_changes(self):
        return self.dirty

    def close_form(self):
        if self.dirty and keys.ask_unsaved(self, "SO-1") == "cancel":
            return
        self.calls.append("close_form")
        self.closed = True


def _window(ui_ctx, qtbot, form=None):
    window = MainWindow(ui_ctx, modules=[])
    if form is not None:
        window.tabs.addTab(form, "Form")
    window.finish_menus()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_each_key_runs_the_current_forms_method(ui_ctx, qtbot):
    form = Form(ui_ctx)
    _window(ui_ctx, qtbot, form)
    form.note_edit.setFocus()
    qtbot.waitUntil(form.note_edit.hasFocus)
    for name, key in CONTRACT_KEYS.items():
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
        assert form.calls[-1] == name
    for name, key in F_KEYS.items():
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert form.calls[-1] == name
    assert form.calls == [*CONTRACT_KEYS, *F_KEYS]


def test_a_key_nobody_handles_falls_back_or_says_so(ui_ctx, qtbot):
    window = _window(ui_ctx, qtbot, QLineEdit())
    refreshed = []
    ui_ctx.changed.connect(refreshed.append)
    window.tabs.currentWidget().setFocus()
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F5)  # no page refresh: the whole window
    assert refreshed and "sales" in refreshed[0]
    qtbot.keyClick(window.tabs.currentWidget(), Qt.Key.Key_F8)
    assert window.statusBar().currentMessage() == "F8: nothing here to confirm / approve."


def test_esc_closes_the_popup_first_then_the_form_asking_when_unsaved(ui_ctx, qtbot, monkeypatch):
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "TEA-1", name="绿茶")
        factories.product(tx, "TEA-2", name="红茶")
    form = Form(ui_ctx)
    _window(ui_ctx, qtbot, form)
    form.picker.setFocus()
    qtbot.waitUntil(form.picker.hasFocus)
    qtbot.keyClicks(form.picker, "TEA")
    assert form.picker.popup.isVisible()
    qtbot.keyClick(form.picker, Qt.Key.Key_Escape)
    assert not form.picker.popup.isVisible() and not form.closed
    form.dirty = True
    asked = []
    monkeypatch.setattr(keys, "ask_unsaved", lambda parent, what="": asked.append(what) or "cancel")
    qtbot.keyClick(form.picker, Qt.Key.Key_Escape)
    assert asked == ["SO-1"] and not form.closed
    form.dirty = False
    qtbot.keyClick(form.picker, Qt.Key.Key_Escape)
    assert form.closed


def test_quit_asks_when_a_form_is_unsaved_and_saves_on_request(ui_ctx, qtbot, monkeypatch):
    form = Form(ui_ctx)
    window = _window(ui_ctx, qtbot, form)
    form.note_edit.setFocus()
    form.dirty = True
    answers = iter(["cancel", "save"])
    monkeypatch.setattr(keys, "ask_unsaved", lambda parent, what="": next(answers))
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and form.calls == []  # cancelled: still open
    qtbot.keyClick(form.note_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert form.calls == ["save"] and not window.isVisible()


def _claims(window) -> dict[str, list[str]]:
    """Every key sequence claimed in the window (actions, shortcuts, buttons) → who claims it."""
    found: dict[str, list[str]] = {}

    def add(seq: QKeySequence, who: str) -> None:
        if not seq.isEmpty():
            found.setdefault(seq.toString(), []).append(who)

    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            add(seq, f"action {action.text()!r} of {type(action.parent()).__name__}")
    for shortcut in window.findChildren(QShortcut):
        add(shortcut.key(), f"shortcut of {type(shortcut.parent()).__name__}")
    for button in window.findChildren(QAbstractButton):
        add(button.shortcut(), f"button {button.text()!r}")
    return found


def test_no_contract_key_is_claimed_twice_in_the_real_window(ui_ctx, qtbot):
    window = MainWindow(ui_ctx)
    window.finish_menus()
    qtbot.addWidget(window)
    claims = _claims(window)
    for command in keys.CONTRACT:
        if command.name in keys.NOT_ACTIONS:
            continue
        text = QKeySequence(command.key).toString()
        assert len(claims.get(text, [])) == 1, (text, claims.get(text))
    assert claims["F5"] == ["action 'Refresh' of MainWindow"]  # the dashboard's button no longer claims it


def test_buttons_show_their_keys(ui_ctx, qtbot):
    from erp_desktop.ui.sales import create_tab

    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    editor = tab.orders_page.new_document()  # Ctrl+N on the list: the order's own form
    assert editor.save_button.text() == "Save (Ctrl+S)"
    assert editor.confirm_button.text() == "Confirm (F8)" and editor.deliver_button.text().endswith("(F11)")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_help_shortcuts_lists_the_contract(ui_ctx, qtbot, lang):
    from erp_desktop import i18n

    if lang != "en":
        i18n.set_language(lang)
    window = _window(ui_ctx, qtbot)
    action = next(a for a in window.menu("help").actions() if a.text().startswith(i18n.tr("Keyboard shortcuts")))
    shown = []
    monkeypatch_exec = ShortcutsDialog.exec
    try:
        ShortcutsDialog.exec = lambda self: shown.append(self.rows()) or 0  # type: ignore[method-assign]
        action.trigger()
    finally:
        ShortcutsDialog.exec = monkeypatch_exec  # type: ignore[method-assign]
    rows = dict(shown[0])
    for key in ("Ctrl+N", "Ctrl+S", "F8", "F11", "Ctrl+P", "F5", "F9", "Ctrl+F", "Esc", "Ctrl+Q"):
        assert key in rows
    assert rows["F8"] == i18n.tr("Confirm / approve")
    assert QMessageBox  # the dialog is a plain table: nothing else to click
