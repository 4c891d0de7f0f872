"""A shop's files live where the user puts them: folders with spaces and Chinese characters
(``D:\\我的 店铺\\``) work for the shop file, its backups and restores, and every export (xlsx and
PDF). Windows itself was not run here (see README "Windows"); these names are the part of the
risk a Linux run can check."""

from __future__ import annotations

import shutil
from decimal import Decimal

import openpyxl
import pytest

from erp_desktop import cli, storage
from erp_desktop.services import excel, masterdata, printing
from erp_desktop.services.system.setup import open_shop
from tests.support.sales import make_shop, on_hand

FOLDER = "我的 店铺"


@pytest.fixture
def shop_path(tmp_path, migrated_template):
    folder = tmp_path / FOLDER / "数据 文件"
    folder.mkdir(parents=True)
    path = folder / "张三 超市.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


def test_shop_file_in_a_chinese_folder_with_spaces(shop_path, capsys):
    uow = open_shop(shop_path)
    shop = make_shop(uow)
    uow.engine.dispose()
    again = open_shop(shop_path)
    try:
        assert on_hand(again, shop.a) == Decimal("100")
    finally:
        again.engine.dispose()
    assert cli.main(["--db", str(shop_path), "--lang", "en", "stock", "onhand", "--json"]) == 0
    assert "A001" in capsys.readouterr().out


def test_backup_and_restore_in_chinese_folders(shop_path, tmp_path):
    uow = open_shop(shop_path)
    shop = make_shop(uow)
    info = storage.backup_to(uow.engine, tmp_path / FOLDER / "备份 2026" / "张三 超市-手动.sqlite3")
    uow.engine.dispose()
    assert info.path.is_file() and info.path.parent.name == "备份 2026"
    target = tmp_path / FOLDER / "恢复 后" / "张三 超市.sqlite3"
    target.parent.mkdir()
    storage.restore(info.path, target)
    restored = open_shop(target)
    try:
        assert on_hand(restored, shop.a) == Decimal("100")
    finally:
        restored.engine.dispose()


def test_xlsx_exports_and_templates_in_chinese_folders(shop_path, tmp_path):
    uow = open_shop(shop_path)
    try:
        make_shop(uow)
        out = tmp_path / FOLDER / "导出 文件" / "商品 列表.xlsx"
        out.parent.mkdir()
        assert masterdata.export_list(uow, "products", out) == 2
        codes = {row[0] for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)}
        assert {"A001", "B001"} <= codes
        template = out.with_name("导入 模板.xlsx")
        columns = [excel.XColumn("code", "编码", required=True), excel.XColumn("price", "价格", "money")]
        excel.write_template(template, columns, [{"code": "样例 1", "price": Decimal("9.90")}])
        rows = excel.read_xlsx(template, columns)
        assert rows[0].values == {"code": "样例 1", "price": Decimal("9.90")}
        assert not list(out.parent.glob("*.part"))  # written atomically, nothing left beside
    finally:
        uow.engine.dispose()


def test_pdf_printouts_in_chinese_folders(shop_path, tmp_path):
    uow = open_shop(shop_path)
    try:
        make_shop(uow)
        out = tmp_path / FOLDER / "打印 输出" / "条码 标签.pdf"
        out.parent.mkdir()
        assert printing.print_labels(uow, ["A001", "B001"], out) == out
        assert out.read_bytes()[:5] == b"%PDF-"
        preview = printing.default_pdf_path("销售 出库单 SD-2026-000001")
        assert preview.suffix == ".pdf"
    finally:
        uow.engine.dispose()
