"""The Verify dialog shows a document reversed on two computers (offline, then synced) in Chinese."""

from sqlalchemy import insert, select

from erp_desktop import i18n
from erp_desktop.models.base import uuid7
from erp_desktop.models.payments import MoneyTxn
from erp_desktop.services.system import verify
from erp_desktop.ui.shell.maintenance import VerifyDialog
from tests.services.test_reversal_verify import build_money


def test_verify_dialog_names_a_twice_reversed_document_in_chinese(uow, qtbot):
    money = build_money(uow)
    with uow.write() as tx:
        row = dict(tx.execute(select(MoneyTxn.__table__).where(MoneyTxn.id == money["rr"].id)).mappings().one())
        row.update(id=uuid7(), number="RC-2026-000099")
        tx.execute(insert(MoneyTxn.__table__).values(row))
    i18n.set_language("zh_CN")
    dialog = VerifyDialog(verify.run_checks(uow))
    qtbot.addWidget(dialog)
    text = dialog.report_edit.toPlainText().splitlines()
    r, rr = money["r"].number, money["rr"].number
    at = text.index("✘ 资金冲销单与原单据一一对应")
    assert (
        text[at + 1]
        == f"    {r} 被冲销了 2 次（{rr}、RC-2026-000099），可能是两台电脑离线时各自冲销了它；该单据被重复冲回。"
    )
    assert "✔ 库存冲销单与原单据一一对应" in text
    assert text[-1] == "1 项检查未通过。"
