from decimal import Decimal

from openpyxl import Workbook
from PySide6.QtCore import Qt

from erp_desktop.services.masterdata import catalog, custom_fields, lookups, parties
from erp_desktop.ui.masterdata import MasterDataTab
from erp_desktop.ui.settings.custom_fields import CustomFieldsPage
from erp_desktop.ui.widgets.pickers import find_data
from tests.support import factories


def _tab(ui_ctx, qtbot) -> MasterDataTab:
    tab = MasterDataTab(ui_ctx)
    qtbot.addWidget(tab)
    return tab


def _texts(page, column):
    model = page.list_page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_create_edit_and_search_a_product_in_the_window(ui_ctx, qtbot):
    cat = catalog.add_category(ui_ctx.uow, "饮料")
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("products")
    dialog = page.new_product()
    dialog.code_edit.setText("COLA-330")
    dialog.name_edit.setText("可口可乐")
    dialog.category_combo.setCurrentIndex(find_data(dialog.category_combo, cat.id))
    dialog.spec_edit.setText("330ml")
    dialog.barcodes_edit.setText("6901234567892, 6901234567809")
    dialog.sale_edit.setText("3.50")
    dialog.purchase_edit.setText("2.1")
    dialog.tax_edit.setText("13")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = catalog.get_product_by_code(ui_ctx.uow, "COLA-330")
    assert (saved.sale_price, saved.purchase_price, saved.tax_rate, saved.category) == (
        Decimal("3.5"),
        Decimal("2.1"),
        Decimal("0.13"),
        "饮料",
    )
    assert _texts(page, 0) == ["COLA-330"]  # the list refreshed after the write
    assert _texts(page, 7) == ["3.50"]
    # edit: double-click the row opens the editor
    page.list_page.table_view.doubleClicked.emit(page.list_page.model.index(0, 1))
    dialog = page.dialog
    assert dialog.name_edit.text() == "可口可乐" and dialog.barcodes_edit.text() == "6901234567809, 6901234567892"
    dialog.name_edit.setText("可口可乐 经典")
    dialog.save()
    assert _texts(page, 1) == ["可口可乐 经典"]
    # search as you type: by barcode, then something that matches nothing
    with uow_products(ui_ctx, 30):
        pass
    qtbot.keyClicks(page.list_page.search_edit, "6901234567809")
    assert _texts(page, 0) == ["COLA-330"]
    page.list_page.search_edit.clear()
    qtbot.keyClicks(page.list_page.search_edit, "nothing-like-this")
    assert _texts(page, 0) == []


class uow_products:
    def __init__(self, ctx, n):
        self.ctx, self.n = ctx, n

    def __enter__(self):
        with self.ctx.uow.write() as tx:
            for i in range(self.n):
                factories.product(tx, f"X{i:03d}")
        self.ctx.changed.emit(frozenset({"catalog"}))

    def __exit__(self, *exc):
        return False


def test_duplicate_code_error_is_shown_in_the_editor(ui_ctx, qtbot):
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "A1", name="雪碧")
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("products")
    dialog = page.new_product()
    dialog.code_edit.setText("A1")
    dialog.name_edit.setText("另一个")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "Code A1 is already used by product A1 雪碧."
    dialog.code_edit.setText("A2")
    dialog.sale_edit.setText("-3")
    dialog.save()
    assert dialog.error_label.text() == "Sale price cannot be negative."
    assert catalog.get_product_by_code(ui_ctx.uow, "A2") is None


def test_import_bad_file_shows_the_row_errors_and_changes_nothing(ui_ctx, qtbot, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Code", "Name", "Sale price", "Category"])
    ws.append(["P1", "好的", 1, None])
    ws.append(["P2", "负价", -1, None])
    ws.append(["P3", "未知分类", 1, "没有这个分类"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("products")
    dialog = page.excel.open_import()
    dialog.path_edit.setText(str(path))
    dialog.start_import()
    assert [(p[0], p[1]) for p in dialog.problems] == [(3, "Sale price"), (4, "Category")]
    shown = [
        dialog.problem_model.data(dialog.problem_model.index(r, 2)) for r in range(dialog.problem_model.rowCount())
    ]
    assert shown[0] == "Sale price cannot be negative." and "没有这个分类" in shown[1]
    assert (
        catalog.list_products(
            ui_ctx.uow, __import__("erp_desktop.services.paging", fromlist=["ListQuery"]).ListQuery()
        ).rows
        == []
    )
    # with "create categories" the same fixed file imports, and the list shows it
    ws.delete_rows(3)
    wb.save(path)
    page.excel.create_check.setChecked(True)
    dialog.start_import()
    assert dialog.problems == []
    assert _texts(page, 0) == ["P1", "P3"]


def test_export_products_writes_the_file(ui_ctx, qtbot, tmp_path):
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "E1", name="导出", price="12.5")
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("products")
    page.excel.export(tmp_path / "out.xlsx")
    task = page.excel.last_export
    assert task.count == 1 and task.path.exists()
    if task.message_box is not None:
        task.message_box.close()


def test_custom_field_added_in_settings_appears_in_the_product_editor_and_list(ui_ctx, qtbot):
    settings = CustomFieldsPage(ui_ctx)
    qtbot.addWidget(settings)
    settings.entity_combo.setCurrentIndex(settings.entity_combo.findData("product"))
    settings.label_edit.setText("产地")
    settings.kind_combo.setCurrentIndex(settings.kind_combo.findData("choice"))
    settings.choices_edit.setText("杭州，福建")
    settings.add_button.click()
    assert [d.choices for d in custom_fields.list_fields(ui_ctx.uow, "product")] == [("杭州", "福建")]
    key = custom_fields.list_fields(ui_ctx.uow, "product")[0].key
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("products")
    assert page.list_page.model.columns[-1].title == "产地"
    dialog = page.new_product()
    combo = dialog.custom_rows.editors[key]
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "杭州", "福建"]
    dialog.code_edit.setText("T1")
    dialog.name_edit.setText("龙井")
    combo.setCurrentIndex(2)
    dialog.save()
    assert catalog.get_product_by_code(ui_ctx.uow, "T1").custom == {key: "福建"}
    assert _texts(page, len(page.list_page.model.columns) - 1) == ["福建"]


def test_customer_editor_saves_contacts_and_follow_up_and_shows_resolved_price(ui_ctx, qtbot):
    with ui_ctx.uow.write() as tx:
        p = factories.product(tx, "P1", price="10")
        pid = p.id
    plist = catalog.save_price_list(ui_ctx.uow, name="批发价", tier="批发")
    catalog.save_price_item(ui_ctx.uow, plist.id, pid, "8.5")
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("customers")
    dialog = page.new_party()
    dialog.code_edit.setText("C1")
    dialog.name_edit.setText("张三超市")
    dialog.tier_combo.setCurrentText("批发")
    dialog.credit_edit.setText("5000")
    row = dialog.contacts.add_row({"name": "张三", "phone": "138"})
    assert row == 0
    dialog.save()
    c = parties.get_customer(ui_ctx.uow, lookups.search_parties(ui_ctx.uow, "customer", "C1")[0].id)
    assert (c.tier, c.credit_limit, [x.name for x in c.contacts]) == ("批发", Decimal(5000), ["张三"])
    dialog = page.edit_party(c.id)
    dialog.follow_note.setText("问价格")
    dialog.follow_button.click()
    assert dialog.follow_model.rowCount() == 1
    dialog.price_picker.setText("P1")
    dialog.price_picker.textEdited.emit("P1")
    qtbot.keyClick(dialog.price_picker, Qt.Key.Key_Return)
    assert dialog.price_label.text() == "8.50 (批发价)"


def test_supplier_editor_saves_fields_and_quotes_by_product_code_and_reloads_them(ui_ctx, qtbot):
    with ui_ctx.uow.write() as tx:
        factories.product(tx, "P1", price="10")
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("suppliers")
    dialog = page.new_party()
    assert (dialog.lead_spin.value(), dialog.terms_spin.value(), dialog.active_check.isChecked()) == (7, 30, True)
    dialog.code_edit.setText("S1")
    dialog.name_edit.setText("杭州茶厂")
    dialog.category_edit.setText("茶叶")
    dialog.grade_combo.setCurrentText("A")
    dialog.tags_edit.setText("绿茶, 红茶")
    dialog.address_edit.setText("杭州市龙井路 1 号")
    dialog.lead_spin.setValue(5)
    dialog.quotes.add_row({"product_code": "NOPE", "price": "1"})
    dialog.save()
    assert dialog.error_label.text() == "Quote 1: unknown product code NOPE."
    assert lookups.search_parties(ui_ctx.uow, "supplier", "S1") == []
    dialog.quotes.set_rows([{"product_code": "P1", "price": "8.5", "min_qty": "100"}])
    dialog.save()
    s = parties.get_supplier(ui_ctx.uow, dialog.saved.id)
    assert (s.category, s.grade, s.tags, s.address, s.lead_time_days, s.payment_terms_days) == (
        "茶叶",
        "A",
        ("绿茶", "红茶"),
        "杭州市龙井路 1 号",
        5,
        30,
    )
    assert [(q.product_code, q.price, q.min_qty, q.lead_time_days) for q in s.quotes] == [
        ("P1", Decimal("8.5"), Decimal(100), 7)
    ]
    edit = page.edit_party(s.id)
    assert edit.windowTitle() == "Supplier S1 杭州茶厂"
    assert (
        edit.category_edit.text(),
        edit.grade_combo.currentText(),
        edit.tags_edit.text(),
        edit.lead_spin.value(),
    ) == ("茶叶", "A", "绿茶, 红茶", 5)
    assert [(q["product_code"], q["min_qty"]) for q in edit.quotes.values()] == [("P1", "100")]


def test_warehouse_created_in_the_window_gets_a_default_bin(ui_ctx, qtbot):
    tab = _tab(ui_ctx, qtbot)
    page = tab.page("warehouses")
    dialog = page.new_warehouse()
    dialog.code_edit.setText("W9")
    dialog.name_edit.setText("新仓")
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("allow"))
    dialog.save()
    assert page.warehouse_model.rowCount() == 1
    assert [page.bin_model.data(page.bin_model.index(r, 1)) for r in range(page.bin_model.rowCount())] == ["DEFAULT"]
    dialog = page.new_bin()
    dialog.code_edit.setText("A-01")
    dialog.capacity_edit.setText("-5")
    dialog.save()
    assert dialog.error_label.text() == "Capacity cannot be negative."
    dialog.capacity_edit.setText("100")
    dialog.save()
    assert page.bin_model.rowCount() == 2
