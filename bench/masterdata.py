"""Master-data benchmarks on a shop with 100,000 products (``--quick``: 10,000):

- ``list_open_ms``: the first page of the product list service (what the window shows on open);
- ``search_key_ms``: one search keystroke (worst median over typical typed texts: code prefix,
  Chinese name, spec, barcode digits, a text that matches nothing — the full-scan case);
- ``import_10k_s``: import 10,000 new products from xlsx into that shop (all checks, one transaction);
- ``export_100k_s``: export all products to xlsx;
- ``excel_peak_mb``: peak resident memory of a process doing the export or the import (the larger);
- ``picker_mnemonic_ms``: one keystroke in the product picker typed as 助记码 (pinyin initials),
  worst median over a first letter, a whole name's initials, initials + digits and lower case
  (each answered from the index on ``mnemonic``);
- ``picker_nomatch_ms``: a keystroke whose initials match nothing: the picker then also looks for
  the text inside every code, name, spec and 助记码, a scan of all 100,000 rows.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_most, benchmark

SEARCHES = ["P00123", "龙井", "500ml", "690123", "zzz-no-match"]
NAMES = ["西湖龙井", "安溪铁观音", "可口可乐", "农夫山泉", "乐事薯片", "晨光中性笔", "维达抽纸", "金龙鱼调和油"]
SPECS = ["250g", "500ml", "1L", "330ml", "10卷", "0.5mm"]
MNEMONIC_SEARCHES = ["K", "KKKL", "XHLJ12", "nfsq"]


def build_shop(path: Path, n: int) -> None:
    """A shop file with ``n`` products (a category each of 20, one barcode each), written fast."""
    from sqlalchemy import insert

    from erp_desktop.models.base import uuid7
    from erp_desktop.models.catalog import Category, Product, ProductBarcode
    from erp_desktop.services.masterdata.mnemonic import mnemonic_of
    from erp_desktop.services.system.setup import open_shop

    initials = [mnemonic_of(name) for name in NAMES]
    uow = open_shop(path)
    with uow.write() as tx:
        cats = [dict(id=uuid7(), name=f"分类{i}", path=f"分类{i}", parent_id=None) for i in range(20)]
        tx.execute(insert(Category), cats)
        batch, codes = [], []
        for i in range(n):
            pid = uuid7()
            batch.append(
                dict(
                    id=pid,
                    code=f"P{i:06d}",
                    name=f"{NAMES[i % len(NAMES)]}{i}",
                    mnemonic=f"{initials[i % len(NAMES)]}{i}",
                    spec=SPECS[i % len(SPECS)],
                    colour="",
                    unit="个",
                    category_id=cats[i % 20]["id"],
                    tax_rate=Decimal("0.13"),
                    purchase_price=Decimal("6.5"),
                    sale_price=Decimal("9.9"),
                    reorder_point=Decimal(0),
                    reorder_qty=Decimal(0),
                    attributes={},
                    custom={},
                    active=True,
                    notes="",
                )
            )
            codes.append(dict(id=uuid7(), product_id=pid, barcode=f"69{i:011d}"))
            if len(batch) == 5000:
                tx.execute(insert(Product), batch)
                tx.execute(insert(ProductBarcode), codes)
                batch, codes = [], []
        if batch:
            tx.execute(insert(Product), batch)
            tx.execute(insert(ProductBarcode), codes)
    uow.engine.dispose()


def _ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _excel_child(mode: str, db: str, path: str) -> None:
    """Run in a subprocess: one export or import; prints seconds and peak RSS (MB)."""
    import resource

    from erp_desktop.services.masterdata import io as masterdata_io
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(db)
    started = time.perf_counter()
    if mode == "export":
        masterdata_io.export_list(uow, "products", path)
    else:
        masterdata_io.import_list(uow, "products", path)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))


def _child(mode: str, db: Path, path: Path) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from bench.masterdata import _excel_child; _excel_child({mode!r}, {str(db)!r}, {str(path)!r})",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _import_file(path: Path, n: int) -> None:
    from erp_desktop.services import excel
    from erp_desktop.services.masterdata import io as masterdata_io
    from erp_desktop.services.system.setup import open_shop

    folder = Path(tempfile.mkdtemp(prefix="erp-bench-cols-"))
    uow = open_shop(folder / "cols.sqlite3")
    columns = masterdata_io.columns(uow, "products")
    uow.engine.dispose()
    rows = (
        {
            "code": f"N{i:06d}",
            "name": f"新品{NAMES[i % len(NAMES)]}{i}",
            "category": f"分类{i % 20}",
            "spec": SPECS[i % len(SPECS)],
            "unit": "个",
            "barcodes": [f"68{i:011d}"],
            "tax_rate": Decimal("0.13"),
            "purchase_price": Decimal("5.5"),
            "sale_price": Decimal("8.8"),
            "reorder_point": Decimal(10),
            "active": True,
        }
        for i in range(n)
    )
    excel.write_xlsx(path, columns, rows)


@benchmark("list_open_ms", "search_key_ms", "import_10k_s", "export_100k_s", "excel_peak_mb")
def masterdata(quick: bool) -> list[Figure]:
    from erp_desktop.services.masterdata import catalog
    from erp_desktop.services.paging import ListQuery
    from erp_desktop.services.system.setup import open_shop

    n = 10_000 if quick else 100_000
    folder = Path(tempfile.mkdtemp(prefix="erp-bench-md-"))
    db = folder / "shop.sqlite3"
    build_shop(db, n)
    uow = open_shop(db)
    catalog.list_products(uow, ListQuery())  # warm the connection and caches
    open_ms = _ms(lambda: catalog.list_products(uow, ListQuery(limit=200)))
    search_ms = max(
        _ms(lambda text=text: catalog.list_products(uow, ListQuery(search=text, limit=200)), repeat=5)
        for text in SEARCHES
    )
    uow.engine.dispose()
    export = _child("export", db, folder / "export.xlsx")
    import_path = folder / "import.xlsx"
    _import_file(import_path, 1_000 if quick else 10_000)
    imported = _child("import", db, import_path)
    return [
        at_most("list_open_ms", open_ms, "ms", 300),
        at_most("search_key_ms", search_ms, "ms", 50),
        at_most("import_10k_s", imported["seconds"], "s", 5),
        at_most("export_100k_s", export["seconds"], "s", 10),
        at_most("excel_peak_mb", max(export["peak_mb"], imported["peak_mb"]), "MB", 500),
    ]


@benchmark("picker_mnemonic_ms", "picker_nomatch_ms")
def picker_mnemonic(quick: bool) -> list[Figure]:
    from erp_desktop.services import masterdata as md
    from erp_desktop.services.system.setup import open_shop

    n = 10_000 if quick else 100_000
    folder = Path(tempfile.mkdtemp(prefix="erp-bench-picker-"))
    db = folder / "shop.sqlite3"
    build_shop(db, n)
    uow = open_shop(db)
    md.search_products(uow, "K")  # warm the connection and caches
    times = {text: _ms(lambda text=text: md.search_products(uow, text), repeat=9) for text in MNEMONIC_SEARCHES}
    assert all(md.search_products(uow, text) for text in MNEMONIC_SEARCHES)
    nomatch = _ms(lambda: md.search_products(uow, "QXZW"), repeat=9)
    assert not md.search_products(uow, "QXZW")
    uow.engine.dispose()
    print("picker keystroke ms by text: " + ", ".join(f"{t}={ms:.1f}" for t, ms in times.items()), file=sys.stderr)
    return [
        at_most("picker_mnemonic_ms", max(times.values()), "ms", 30),
        at_most("picker_nomatch_ms", nomatch, "ms", 50),
    ]


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp())
    for figure in masterdata("--quick" in sys.argv):
        print(figure.line())
