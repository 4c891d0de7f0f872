"""User input that names a record by id or code gets a message, never a traceback (reliability
review: `sync-conflicts --restore BADID`, `report pivot --filter product=CODE`)."""

from __future__ import annotations

from erp_desktop import cli
from erp_desktop.services.analysis import pivot
from tests.support import factories


def _run(capsys, *args):
    code = cli.main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_malformed_conflict_id_is_refused_clearly(uow, db_path, capsys):
    code, _, err = _run(capsys, "--db", str(db_path), "--lang", "en", "sync-conflicts", "--restore", "BADID")
    assert code == 1 and "No conflict with id BADID" in err and "Traceback" not in err
    code, _, err = _run(capsys, "--db", str(db_path), "--lang", "zh_CN", "sync-conflicts", "--dismiss", "nope")
    assert code == 1 and "没有 ID 为 nope 的冲突记录" in err


def test_a_pivot_filter_takes_a_product_code(uow, db_path, capsys, monkeypatch):
    with uow.write() as tx:
        product = factories.product(tx, "TEA", name="茶叶", price="10", cost="6")
    seen = []
    real = pivot.pivot
    monkeypatch.setattr(pivot, "pivot", lambda u, spec: seen.append(spec.filters) or real(u, spec))
    code, _, err = _run(
        capsys, "--db", str(db_path), "report", "pivot", "--rows", "customer", "--filter", "product=TEA"
    )
    assert code == 0, err
    assert seen == [(("product", (str(product.id),)),)]
    code, _, err = _run(
        capsys, "--db", str(db_path), "report", "pivot", "--rows", "customer", "--filter", "product=NOPE"
    )
    assert code == 1 and "No product with code or barcode NOPE" in err


def test_every_date_option_says_what_a_date_looks_like(uow, db_path, capsys):
    """Every ``--date``/``--since``/``--needed-by`` option parses through one type with a message
    in the user's language (argparse's own said "invalid fromisoformat value")."""
    import pytest

    for args in (
        ["stock", "receive", "--date", "2026-13-01"],
        ["audit", "--since", "yesterday"],
        ["sales", "order", "create", "--date", "1.10"],
    ):
        with pytest.raises(SystemExit) as stop:
            cli.main(["--db", str(db_path), "--lang", "en", *args])
        err = capsys.readouterr().err
        assert stop.value.code == 2, args
        assert "not a date (YYYY-MM-DD)" in err and "fromisoformat" not in err, err


def test_a_limit_below_one_is_refused_not_an_empty_table(uow, db_path, capsys):
    """`audit --limit -1` printed only the table's header (the page came back empty); every
    `--limit` now says what it takes."""
    import pytest

    for args in (
        ["audit", "--limit", "-1"],
        ["audit", "--limit", "0"],
        ["sales", "list", "--limit", "x"],
        ["finance", "vouchers", "--limit", "-5"],
    ):
        with pytest.raises(SystemExit) as stop:
            cli.main(["--db", str(db_path), "--lang", "en", *args])
        err = capsys.readouterr().err
        assert stop.value.code == 2, args
        assert "not a whole number of at least 1" in err, err
    code, out, err = _run(capsys, "--db", str(db_path), "--lang", "en", "audit", "--limit", "1")
    assert code == 0 and "Time" in out, err


def test_a_pivot_time_filter_that_is_no_date_is_refused_clearly(uow, db_path, capsys):
    """`--filter day=…`/`week=…`/`month=…` with a key that is none used to end in a traceback
    (ValueError from fromisoformat, int(), the calendar)."""
    for key, example in (
        ("day=notadate", "2026-03-31"),
        ("week=2026-Wxx", "2026-W13"),
        ("week=2026-W99", "2026-W13"),
        ("month=13", "2026-03"),
        ("month=2026-13", "2026-03"),
    ):
        code, _, err = _run(
            capsys, "--db", str(db_path), "--lang", "en", "report", "pivot", "--rows", "customer", "--filter", key
        )
        dim, _, value = key.partition("=")
        assert code == 1 and "Traceback" not in err, err
        assert f"Filter {dim}={value}: not a {dim}; write it like {example}." in err


def test_a_pivot_warehouse_filter_takes_its_code(uow, db_path, capsys, monkeypatch):
    with uow.write() as tx:
        warehouse, _ = factories.warehouse(tx, "W9")
    seen = []
    real = pivot.pivot
    monkeypatch.setattr(pivot, "pivot", lambda u, spec: seen.append(spec.filters) or real(u, spec))
    code, _, err = _run(
        capsys, "--db", str(db_path), "report", "pivot", "--rows", "customer", "--filter", "warehouse=W9"
    )
    assert code == 0, err
    assert seen == [(("warehouse", (str(warehouse.id),)),)]
    code, _, err = _run(
        capsys,
        "--db",
        str(db_path),
        "--lang",
        "en",
        "report",
        "pivot",
        "--rows",
        "customer",
        "--filter",
        "warehouse=NO",
    )
    assert code == 1 and "No warehouse with code NO." in err
