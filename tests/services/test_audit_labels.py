"""The audit log's codes have words: every action and record type a service records (found in the
source) has a label, and the command line and the export show the labels, not the codes."""

from __future__ import annotations

import ast
from pathlib import Path

from erp_desktop import cli
from erp_desktop.services import system
from erp_desktop.services.system.audit_labels import ACTION_LABELS, ENTITY_LABELS
from tests.support import factories

SERVICES = Path(__file__).resolve().parents[2] / "erp_desktop" / "services"


def recorded_codes() -> tuple[set[str], set[str]]:
    """The literal actions and record types of every ``audit.record(tx, action, entity, …)``."""
    actions: set[str] = set()
    entities: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "record" or not isinstance(node.func.value, ast.Name):
                continue
            if node.func.value.id != "audit" or len(node.args) < 3:
                continue
            action, entity = node.args[1], node.args[2]
            for arg, into in ((action, actions), (entity, entities)):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    into.add(arg.value)
                elif isinstance(arg, ast.IfExp):  # "update" if before else "create"
                    into.update(
                        v.value
                        for v in (arg.body, arg.orelse)
                        if isinstance(v, ast.Constant) and isinstance(v.value, str)
                    )
    return actions, entities


def test_every_recorded_code_has_a_label():
    actions, entities = recorded_codes()
    assert {"create", "update", "confirm", "post"} <= actions and {"sales_order", "product"} <= entities
    assert sorted(actions - set(ACTION_LABELS)) == []
    assert sorted(entities - set(ENTITY_LABELS)) == []
    # the ones made at run time: list imports (products → product), parties, opening balances
    assert {"product", "unit", "customer", "supplier", "warehouse", "price", "quote"} <= set(ENTITY_LABELS)
    assert {"opening_receivable", "opening_payable"} <= set(ENTITY_LABELS)


def test_the_command_line_and_the_export_show_words(uow, db_path, capsys, tmp_path):
    from erp_desktop import i18n

    with uow.write() as tx:
        factories.product(tx, "TEA", name="绿茶")
    assert cli.main(["product", "edit", "TEA", "--name", "龙井", "--db", str(db_path)]) == 0
    capsys.readouterr()
    i18n.install_translator(lambda text: {"Changed": "修改", "Product": "商品", "System": "系统"}.get(text, text))
    try:
        assert cli.main(["audit", "--db", str(db_path)]) == 0
        out = capsys.readouterr().out
        assert "修改" in out and "商品" in out and " update " not in out and "product " not in out
        assert cli.main(["audit", "--json", "--db", str(db_path)]) == 0
        import json

        rows = json.loads(capsys.readouterr().out)
        assert {(r["action"], r["entity"]) for r in rows} >= {("update", "product")}  # scripts keep the codes
        from openpyxl import load_workbook

        target = tmp_path / "audit.xlsx"
        system.export_audit(uow, target)
        values = [c.value for row in load_workbook(target).active.iter_rows() for c in row]
        assert "修改" in values and "商品" in values and "update" not in values
    finally:
        i18n.install_translator(None)
