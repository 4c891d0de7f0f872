"""The 助记码 field of the product and customer editors follows the name until the user types
their own; what it shows is what is saved."""

from PySide6.QtCore import Qt

from erp_desktop.services import masterdata
from erp_desktop.ui.masterdata.parties import CustomerDialog
from erp_desktop.ui.masterdata.products import ProductDialog


def _type_cjk(edit, text):
    edit.setText(text)  # QTest cannot key-click CJK characters: what an IME commits
    edit.textEdited.emit(text)


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_product_editor_mnemonic_follows_the_name_until_typed(ui_ctx, qtbot):
    dialog = _show(qtbot, ProductDialog(ui_ctx, None))
    qtbot.keyClicks(dialog.code_edit, "KL01")
    _type_cjk(dialog.name_edit, "可口可乐")
    assert dialog.mnemonic_edit.text() == "KKKL"
    dialog.mnemonic_edit.setFocus()
    dialog.mnemonic_edit.selectAll()
    qtbot.keyClicks(dialog.mnemonic_edit, "coke")
    _type_cjk(dialog.name_edit, "可口可乐零度")
    assert dialog.mnemonic_edit.text() == "coke"  # the user's own code stays
    dialog.save()
    saved = masterdata.get_product_by_code(ui_ctx.uow, "KL01")
    assert saved.mnemonic == "COKE"
    again = _show(qtbot, ProductDialog(ui_ctx, saved))
    assert again.mnemonic_edit.text() == "COKE" and again.mnemonic_edit.own
    again.mnemonic_edit.setFocus()
    again.mnemonic_edit.selectAll()
    qtbot.keyClick(again.mnemonic_edit, Qt.Key.Key_Delete)  # emptied: follows the name again
    assert again.mnemonic_edit.text() == "KKKLLD"


def test_customer_editor_generates_and_saves_the_mnemonic(ui_ctx, qtbot):
    dialog = _show(qtbot, CustomerDialog(ui_ctx, None))
    qtbot.keyClicks(dialog.code_edit, "C9")
    _type_cjk(dialog.name_edit, "马记超市")
    assert dialog.mnemonic_edit.text() == "MJCS"
    dialog.save()
    brief = masterdata.search_parties(ui_ctx.uow, "customer", "mjcs")[0]
    assert brief.code == "C9" and brief.mnemonic == "MJCS"
    detail = masterdata.get_customer(ui_ctx.uow, brief.id)
    edit = _show(qtbot, CustomerDialog(ui_ctx, detail))
    _type_cjk(edit.name_edit, "马记批发")
    assert edit.mnemonic_edit.text() == "MJPF"  # generated: follows a rename
