"""开账向导: a new, empty shop opens it; each step posts through the owning service (balanced
entries against 3999, verify passes); steps can be skipped and the wizard is reachable again."""

from datetime import date
from decimal import Decimal as D

import openpyxl
from PySide6.QtWidgets import QWizard

from erp_desktop.services import finance, system
from erp_desktop.services.masterdata import lookups
from erp_desktop.services.system import verify
from erp_desktop.ui.settings.opening import DONE_KEY, OpeningSettingsPage, OpeningWizard, offer_opening_wizard
from tests.support.sales import account_balance


class _Files:
    def __init__(self, path):
        self.path = path

    def open_xlsx(self, *_a, **_k):
        return self.path

    def save_xlsx(self, *_a, **_k):
        return None


def test_a_new_shop_opens_the_wizard_and_each_step_posts_through_its_service(ui_ctx, qtbot, tmp_path, monkeypatch):
    uow = ui_ctx.uow
    assert system.shop_is_new(uow)
    wizard = offer_opening_wizard(None, ui_ctx)
    assert isinstance(wizard, OpeningWizard)
    qtbot.addWidget(wizard)
    assert lookups.get_party_brief(uow, "customer", system.WALK_IN_ID).name == "散客"  # made for the new shop

    # 1 company
    wizard.company_step.edits["name"].setText("鑫隆百货")
    wizard.company_step.edits["phone"].setText("0571-1234")
    wizard.next()
    assert system.get_company(uow).name == "鑫隆百货"
    # 2 warehouses
    step = wizard.warehouses_step
    step.code_edit.setText("W1")
    step.name_edit.setText("总仓")
    step.bins_edit.setText("A-01，A-02")
    step.add_button.click()
    (w1,) = lookups.list_warehouses(uow)
    assert w1.code == "W1" and {"A-01", "A-02"} <= {b.code for b in w1.bins}
    assert "1 warehouses" in step.status_label.text()
    wizard.next()
    # 3 money accounts with opening balances
    step = wizard.money_step
    step.code_edit.setText("XJ01")
    step.name_edit.setText("现金")
    step.kind_combo.setCurrentIndex(0)
    step.balance_edit.setText("5000")
    step.on_edit.setDate(date(2026, 1, 1))
    step.add_button.click()
    assert [(a.code, a.balance) for a in finance.list_money_accounts(uow)] == [("XJ01", D("5000.00"))]
    assert "5,000.00" in step.status_label.text()
    wizard.next()
    # 4 opening stock from Excel, through the existing importer
    with uow.write() as tx:
        from tests.support import factories

        factories.product(tx, "P-1", cost="2")
    sheet = tmp_path / "stock.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["商品编码", "仓库编码", "库位编码", "数量", "单位成本"])
    wb.active.append(["P-1", "W1", "A-01", 10, "2.50"])
    wb.save(sheet)
    dialog = wizard.stock_step.open_import("opening-stock")
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(sheet))
    dialog.import_button.click()
    assert dialog.result is not None
    wizard.stock_step.refresh()
    assert "25.00" in wizard.stock_step.status_label.text()
    wizard.next()
    # 5 receivables / payables: skipped
    wizard.next()
    # 6 users
    step = wizard.users_step
    step.username_edit.setText("wang")
    step.display_edit.setText("王店长")
    step.password_edit.setText("Secret-2026!")
    step.add_button.click()
    assert [u.username for u in system.list_users(uow)] == ["wang"]
    wizard.next()
    assert "5,000.00" in wizard.summary_step.status_label.text()
    assert "Opening balance equity (3999): 5,025.00" in wizard.summary_step.status_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert ui_ctx.settings.value(DONE_KEY, type=bool)
    # the books: 1001 + 1405 = 3999, balanced, every check passes
    assert account_balance(uow, "1405") == D("25.00")
    assert all(c.ok for c in verify.run_checks(uow)), [c for c in verify.run_checks(uow) if not c.ok]
    assert not system.shop_is_new(uow) and offer_opening_wizard(None, ui_ctx) is None


def test_every_step_can_be_skipped_and_the_wizard_reopens_from_settings(ui_ctx, qtbot):
    wizard = OpeningWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(6):
        wizard.next()
    assert wizard.currentPage() is wizard.summary_step
    assert system.get_company(ui_ctx.uow).name == ""  # nothing typed: nothing saved
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert offer_opening_wizard(None, ui_ctx) is None  # offered once
    page = OpeningSettingsPage(ui_ctx)
    qtbot.addWidget(page)
    again = page.open_wizard()
    qtbot.addWidget(again)
    assert isinstance(again, OpeningWizard) and again.isVisible()
    assert "0 warehouses" in page.status_label.text()
