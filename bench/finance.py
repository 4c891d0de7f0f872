"""Finance benchmarks.

- ``receipt_post_rate``: receipts of money with automatic allocation (oldest first) — each pays
  three deliveries of one of 200 customers with 10,000 open receivables in the book.
- ``statement_1000_ms``: a customer statement of 1,000 lines with ageing.
- ``trial_balance_ms``: a year's trial balance over ~60,000 journal lines.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench import Figure, at_least, at_most, benchmark

D = Decimal
START = date(2026, 1, 1)


def _setup(folder: Path, customers: int, per_customer: int):
    from erp_desktop.models.base import uuid7
    from erp_desktop.models.parties import Customer
    from erp_desktop.services import finance
    from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item
    from erp_desktop.services.system.setup import open_shop

    uow = open_shop(folder / "finance.sqlite3")
    ids = []
    with uow.write() as tx:
        for n in range(customers):
            c = Customer(code=f"C{n:05d}", name=f"客户{n}")
            tx.add(c)
            ids.append(c)
        tx.flush()
        ids = [c.id for c in ids]
        for n in range(per_customer):
            on = START + timedelta(days=n % 300)
            for cid in ids:
                doc_id = uuid7()
                number = f"DN-{n:05d}-{cid.hex[:6]}"
                p = Posting(on, doc_type="DN", doc_id=doc_id, doc_number=number)
                p.debit(Accounts.RECEIVABLE, D("113.00"), party_kind="customer", party_id=cid).credit(
                    Accounts.REVENUE, D("100.00")
                )
                p.credit(Accounts.OUTPUT_VAT, D("13.00")).post(tx)
                raise_open_item(
                    tx,
                    kind="receivable",
                    party_id=cid,
                    doc_type="DN",
                    doc_id=doc_id,
                    doc_number=number,
                    on=on,
                    amount=D("113.00"),
                    terms_days=30,
                )
    finance.create_money_account(uow, code="BANK1", name="bank")
    return uow, ids


@benchmark("receipt_post_rate", "statement_1000_ms", "trial_balance_ms")
def run(quick: bool) -> list[Figure]:
    from erp_desktop.services import finance
    from erp_desktop.services.finance import queries as fq

    customers, per = (20, 50) if quick else (200, 50)
    receipts = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as folder:
        uow, ids = _setup(Path(folder), customers, per)
        t0 = time.perf_counter()
        for n in range(receipts):
            finance.receive_money(
                uow,
                customer_id=ids[n % len(ids)],
                amount=D("339.00"),
                account_id="BANK1",
                on=date(2026, 12, 1),
                allocate="auto",
            )
        rate = receipts / (time.perf_counter() - t0)
        # one customer with ~1,000 statement lines
        big = ids[0]
        uow2, _ = uow, None
        extra = 1000 - per - receipts // len(ids)
        from erp_desktop.models.base import uuid7
        from erp_desktop.services.ledger.journal import Accounts, Posting, raise_open_item

        with uow.write() as tx:
            for n in range(max(0, extra)):
                doc_id = uuid7()
                on = START + timedelta(days=n % 330)
                p = Posting(on, doc_type="DN", doc_id=doc_id, doc_number=f"DX-{n}")
                p.debit(Accounts.RECEIVABLE, D("10.00"), party_kind="customer", party_id=big).credit(
                    Accounts.REVENUE, D("10.00")
                ).post(tx)
                raise_open_item(
                    tx,
                    kind="receivable",
                    party_id=big,
                    doc_type="DN",
                    doc_id=doc_id,
                    doc_number=f"DX-{n}",
                    on=on,
                    amount=D("10.00"),
                )
        t0 = time.perf_counter()
        st = fq.statement(uow, party_kind="customer", party_id=big, start=START, end=date(2026, 12, 31))
        statement_ms = (time.perf_counter() - t0) * 1000
        assert len(st.lines) >= 1000 or quick
        t0 = time.perf_counter()
        tb = fq.trial_balance(uow, start=START, end=date(2026, 12, 31))
        tb_ms = (time.perf_counter() - t0) * 1000
        assert tb.balanced
        uow2.engine.dispose()
    return [
        at_least("receipt_post_rate", rate, "receipts/s", 100),
        at_most("statement_1000_ms", statement_ms, "ms", 300),
        at_most("trial_balance_ms", tb_ms, "ms", 500),
    ]
