"""Printing benchmarks: ``statement_pdf_s`` — a customer statement (对账单) with 1,000 lines, from
the shop database to the finished PDF (read service, DTOs, layout, embedded CJK font subset),
measured on the first print of the process (font loading included). ``statement_pdf_cpu_s`` is the
same run's CPU time, the figure to trust when other work shares the machine."""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_most, benchmark


def _shop(folder: Path, lines: int):
    from erp_desktop.models.parties import Customer
    from erp_desktop.services.ledger.journal import raise_open_item
    from erp_desktop.services.system.company import CompanyInfo, save_company
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(folder / "bench.sqlite3")
    save_company(uow, CompanyInfo(name="杭州小河贸易有限公司", address="杭州市西湖区文三路 100 号", footer="谢谢惠顾"))
    start = date(2025, 1, 1)
    with uow.write() as tx:
        customer = Customer(code="C001", name="宁波一号超市有限公司")
        tx.add(customer)
        tx.flush()
        for i in range(lines):
            sale = i % 4 != 3
            raise_open_item(
                tx,
                kind="receivable",
                party_id=customer.id,
                doc_type="DN" if sale else "RC",
                doc_id=uuid.uuid4(),
                doc_number=f"{'DN' if sale else 'RC'}-2025-{i:06d}",
                on=start + timedelta(days=i * 365 // lines),
                amount=Decimal("1234.56") if sale else Decimal("-2000.00"),
                terms_days=30,
            )
    return uow, start


@benchmark("statement_pdf_s", "statement_pdf_cpu_s")
def statement_pdf(quick: bool) -> list[Figure]:
    from erp_desktop import i18n
    from erp_desktop.services.printing import print_statement

    lines = 200 if quick else 1000
    i18n.set_language("zh_CN")
    with tempfile.TemporaryDirectory(prefix="erp-bench-print-") as folder:
        uow, start = _shop(Path(folder), lines)
        began, cpu_began = time.perf_counter(), time.process_time()
        pdf = print_statement(
            uow, "customer", "C001", start, start + timedelta(days=365), Path(folder) / "statement.pdf"
        )
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu_began
        assert pdf.stat().st_size > 10_000
        uow.engine.dispose()
    # CPU seconds too: on a shared, busy machine the wall time mostly measures the wait for a core
    return [at_most("statement_pdf_s", seconds, "s", 2.0), at_most("statement_pdf_cpu_s", cpu, "s", 2.0)]
