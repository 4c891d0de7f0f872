"""Excel engine figures: streaming write and read of a 100,000-row, 10-column sheet (text,
money, quantity, price, date, rate, list, yes/no), each in a fresh process so its peak memory is
its own; and an opening-stock import of 10,000 rows (read, checks, one posted receipt).

    python -m bench xlsx_write_100k_s xlsx_read_100k_s xlsx_peak_mb opening_stock_10k_s [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import Figure, at_most, benchmark

_CHILD = r"""
import datetime as dt, json, resource, sys, time
from decimal import Decimal
from erp_desktop.services.excel import XColumn, read_xlsx, write_xlsx
mode, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
cols = [XColumn("code", "Code", required=True), XColumn("name", "Name"), XColumn("spec", "Spec"),
        XColumn("price", "Price", "money"), XColumn("cost", "Cost", "price"), XColumn("qty", "Qty", "qty"),
        XColumn("on", "Date", "date"), XColumn("rate", "Rate", "rate"), XColumn("tags", "Tags", "list"),
        XColumn("active", "Active", "bool")]
def rows():
    for i in range(n):
        yield {"code": f"P{i:06d}", "name": f"产品 {i}", "spec": "500g", "price": Decimal(i) / 100,
               "cost": Decimal("3.141593"), "qty": Decimal("12.5"), "on": dt.date(2026, 11, 25),
               "rate": Decimal("0.13"), "tags": ["红", "大"], "active": True}
start = time.perf_counter()
if mode == "write":
    count = write_xlsx(path, cols, rows(), totals=True)
else:
    count = len(read_xlsx(path, cols, max_rows=n, unique=("code",)))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rows": count,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_OPENING = r"""
import datetime as dt, json, resource, sys, time
from decimal import Decimal
from pathlib import Path
import openpyxl
from erp_desktop.services import excel_imports
from erp_desktop.services.setup import open_shop
from erp_desktop.models.catalog import Product
from erp_desktop.models.warehouse import Location, Warehouse
folder, n = Path(sys.argv[1]), int(sys.argv[2])
uow = open_shop(folder / "shop.sqlite3")
with uow.write() as tx:
    wh = Warehouse(code="WH1", name="Main")
    tx.add(wh)
    tx.flush()
    tx.add(Location(warehouse_id=wh.id, code="A-01", name="A-01"))
    tx.add_all(Product(code=f"P{i:06d}", name=f"产品{i}", sale_price=Decimal(10), purchase_price=Decimal(6),
                       tax_rate=Decimal("0.13")) for i in range(n))
from erp_desktop.services.excel import write_xlsx
cols = excel_imports.opening_stock_columns()
write_xlsx(folder / "stock.xlsx", cols, ({"product": f"P{i:06d}", "warehouse": "WH1", "bin": "A-01",
                                          "qty": Decimal(i % 50 + 1), "unit_cost": Decimal("3.25")} for i in range(n)))
start = time.perf_counter()
result = excel_imports.import_opening_stock(uow, folder / "stock.xlsx", on=dt.date(2026, 1, 1))
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "rows": result.rows, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@benchmark("xlsx_write_100k_s", "xlsx_read_100k_s", "xlsx_peak_mb")
def engine(quick: bool) -> list[Figure]:
    n = 10_000 if quick else 100_000
    folder = Path(tempfile.mkdtemp(prefix="erp-bench-xlsx-"))
    path = str(folder / "big.xlsx")
    wrote = _run(_CHILD, "write", path, str(n))
    read = _run(_CHILD, "read", path, str(n))
    assert wrote["rows"] == read["rows"] == n
    return [
        at_most("xlsx_write_100k_s", wrote["seconds"], "s", 10),
        at_most("xlsx_read_100k_s", read["seconds"], "s", 30),
        at_most("xlsx_peak_mb", max(wrote["peak_mb"], read["peak_mb"]), "MB", 500),
    ]


@benchmark("opening_stock_10k_s")
def opening_stock(quick: bool) -> list[Figure]:
    n = 1_000 if quick else 10_000
    folder = Path(tempfile.mkdtemp(prefix="erp-bench-opening-"))
    result = _run(_OPENING, str(folder), str(n))
    assert result["rows"] == n
    return [at_most("opening_stock_10k_s", result["seconds"], "s", 10)]


if __name__ == "__main__":  # pragma: no cover
    for figure in engine("--quick" in sys.argv) + opening_stock("--quick" in sys.argv):
        print(figure.line())
