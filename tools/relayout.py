"""One-off: move services/ into area packages and rewrite every import (kept for the record).

    python tools/relayout.py            # git mv + import rewrite, in place

Relative imports in moved files become absolute; any import of a moved module is rewritten to
its new place, keeping the local name it had (``from erp_desktop.services import inventory``
becomes ``from erp_desktop.services.inventory import documents as inventory``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

S = "erp_desktop.services."
MOVES: dict[str, str] = {
    S + "db": "erp_desktop.storage.engine",
    S + "uow": "erp_desktop.storage.uow",
    S + "fastsql": "erp_desktop.storage.fastsql",
    S + "backup": "erp_desktop.storage.backup",
    S + "queries.paging": S + "paging",
    S + "stock_ledger": S + "ledger.stock",
    S + "posting": S + "ledger.journal",
    S + "numbering": S + "ledger.numbering",
    S + "rebuild": S + "ledger.rebuild",
    S + "catalog": S + "masterdata.catalog",
    S + "parties": S + "masterdata.parties",
    S + "pricing": S + "masterdata.pricing",
    S + "warehouses": S + "masterdata.warehouses",
    S + "custom_fields": S + "masterdata.custom_fields",
    S + "masterdata_base": S + "masterdata.base",
    S + "lookups": S + "masterdata.lookups",
    S + "masterdata_io": S + "masterdata.io",
    S + "sales_orders": S + "sales.orders",
    S + "sales_delivery": S + "sales.deliveries",
    S + "sales_common": S + "sales.common",
    S + "sales_queries": S + "sales.queries",
    S + "sales_verify": S + "sales.checks",
    S + "reorder": S + "purchasing.reorder",
    S + "inventory": S + "inventory.documents",
    S + "stock_counts": S + "inventory.counts",
    S + "queries.stock": S + "inventory.queries",
    S + "finance_money": S + "finance.money",
    S + "finance_alloc": S + "finance.allocation",
    S + "finance_invoices": S + "finance.invoices",
    S + "finance_books": S + "finance.books",
    S + "chart": S + "finance.chart",
    S + "queries.finance": S + "finance.queries",
    S + "reversal_verify": S + "finance.checks",
    S + "analysis": S + "analysis.pivot",
    S + "queries.dashboard": S + "analysis.dashboard",
    S + "auth": S + "system.auth",
    S + "audit": S + "system.audit",
    S + "company": S + "system.company",
    S + "approvals": S + "system.approvals",
    S + "setup": S + "system.setup",
    S + "selftest": S + "system.selftest",
    S + "verify": S + "system.verify",
    S + "sync_tables": S + "sync.tables",
    S + "sync_events": S + "sync.events",
    S + "sync_server": S + "sync.server",
    S + "excel_imports": S + "excel.imports",
    S + "excel_read": S + "excel.reader",
    S + "excel_stream": S + "excel.writer",
    S + "demo": "erp_desktop.demo",
    S + "demo_finance": "erp_desktop.demo.finance",
    S + "demo_history": "erp_desktop.demo.history",
    S + "demo_inventory": "erp_desktop.demo.inventory",
    S + "demo_purchasing": "erp_desktop.demo.purchasing",
    S + "demo_sales": "erp_desktop.demo.sales",
    # modules whose content becomes the package's face (same dotted name, new file)
    "erp_desktop.ui.main_window": "erp_desktop.ui.shell.main_window",
    "erp_desktop.ui.login": "erp_desktop.ui.shell.login",
    "erp_desktop.ui.sync_status": "erp_desktop.ui.shell.sync_status",
    "erp_desktop.ui.maintenance": "erp_desktop.ui.shell.maintenance",
    "erp_desktop.ui.self_test": "erp_desktop.ui.shell.self_test",
    "erp_desktop.ui.excel_import": "erp_desktop.ui.widgets.excel_import",
    "tests.factories": "tests.support.factories",
    "tests.sales_support": "tests.support.sales",
    "tests.finance_support": "tests.support.finance",
    "tests.analysis_support": "tests.support.analysis",
    "tests.purchasing_helpers": "tests.support.purchasing",
    "tests.pdfcheck": "tests.support.pdfcheck",
}
# Files that move without a change of dotted name: the module becomes its package's __init__.
FACE_FILES = {S + "sales": S + "sales", S + "finance": S + "finance", S + "sync": S + "sync", S + "excel": S + "excel"}
GONE = {S + "queries"}  # packages that disappear
NEW_PACKAGES = {
    "erp_desktop.storage": "Storage below the services: engine, unit of work, the row writers below the ORM, backups.",
    S + "ledger": "The 业财一体 core every area posts through: stock ledger, journal, numbering, rebuild.",
    S + "masterdata": "Master data (基础资料): products, parties, prices, warehouses, custom fields, import/export.",
    S + "inventory": "Inventory (库存管理): other receipts and issues, transfers, counts, stock reports.",
    S + "analysis": "Analysis: the multi-dimensional pivot and the dashboards.",
    S + "system": "The shop itself: users and roles, audit, company, approvals, setup, verify.",
    "erp_desktop.demo": None,
    "erp_desktop.ui.shell": "The main window and what surrounds it: log-in, sync status, maintenance, self-test.",
    "tests.support": "Test helpers shared by the suites: factories, stories, PDF checks.",
}


def path_of(module: str, package: bool = False) -> Path:
    parts = module.split(".")
    return ROOT.joinpath(*parts, "__init__.py") if package else ROOT.joinpath(*parts[:-1], parts[-1] + ".py")


def module_of(path: Path) -> tuple[str, bool]:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def plan_files() -> dict[Path, Path]:
    """old file → new file."""
    out: dict[Path, Path] = {}
    for old, new in MOVES.items():
        src = path_of(old)
        if not src.exists():
            src = path_of(old, package=True)
        dst = path_of(new, package=new in NEW_PACKAGES)
        out[src] = dst
    for old, new in FACE_FILES.items():
        out[path_of(old)] = path_of(new, package=True)
    return out


def map_module(name: str) -> str:
    if name in MOVES:
        return MOVES[name]
    for old, new in MOVES.items():
        if name.startswith(old + "."):
            return new + name[len(old) :]
    return name


def resolve(node: ast.ImportFrom, module: str, is_pkg: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_pkg:
        base = base[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def known_module(name: str) -> bool:
    return name in MOVES or name in FACE_FILES or path_of(name).exists() or path_of(name, package=True).exists()


def rewrite_source(text: str, module: str, is_pkg: bool, moved: bool) -> str:
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            absmod = resolve(node, module, is_pkg)
            if not (absmod.startswith("erp_desktop") or absmod.startswith("tests")):
                continue
            groups: dict[str, list[str]] = {}
            changed = moved and node.level > 0
            for alias in node.names:
                sub = f"{absmod}.{alias.name}"
                local = alias.asname or alias.name
                if alias.name != "*" and (sub in MOVES or sub in FACE_FILES or sub in GONE) and known_module(sub):
                    target = map_module(sub)
                    parent, last = target.rsplit(".", 1)
                    groups.setdefault(parent, []).append(last if last == local else f"{last} as {local}")
                    changed |= target != sub
                else:
                    target = map_module(absmod)
                    groups.setdefault(target, []).append(
                        alias.name if not alias.asname else f"{alias.name} as {alias.asname}"
                    )
                    changed |= target != absmod
            if not changed:
                continue
            indent = " " * node.col_offset
            stmts = []
            for target, names in groups.items():
                joined = ", ".join(names)
                stmts.append(f"{indent}from {target} import {joined}")
            new = "\n".join(stmts)
            first = lines[node.lineno - 1]
            last_line = lines[node.end_lineno - 1]
            prefix = first[: node.col_offset]
            tail = last_line[node.end_col_offset :]
            edits.append((node.lineno, node.end_lineno, prefix + new.lstrip() + tail))
        elif isinstance(node, ast.Import):
            parts = []
            changed = False
            for alias in node.names:
                target = map_module(alias.name)
                changed |= target != alias.name
                if alias.asname:
                    parts.append(f"{target} as {alias.asname}")
                elif target != alias.name:
                    parts.append(f"{target}")
                else:
                    parts.append(alias.name)
            if changed:
                first = lines[node.lineno - 1]
                last_line = lines[node.end_lineno - 1]
                edits.append(
                    (
                        node.lineno,
                        node.end_lineno,
                        first[: node.col_offset] + "import " + ", ".join(parts) + last_line[node.end_col_offset :],
                    )
                )
    for start, end, new in sorted(edits, reverse=True):
        if not new.endswith("\n"):
            new += "\n"
        lines[start - 1 : end] = [new]
    return "".join(lines)


DOTTED = sorted(MOVES, key=len, reverse=True)


def rewrite_strings(text: str) -> str:
    """Dotted names in strings and comments (monkeypatch targets, importlib lists, build.spec)."""
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(name) for name in DOTTED) + r")(?![\w.])")
    out = []
    for line in text.splitlines(keepends=True):
        if re.match(r"\s*(from|import)\s", line):
            out.append(line)
        else:
            out.append(pattern.sub(lambda m: MOVES[m.group(1)], line))
    return "".join(out)


def main() -> int:
    files = plan_files()
    py_files = [p for p in ROOT.joinpath("erp_desktop").rglob("*.py")] + [
        p for p in ROOT.joinpath("tests").rglob("*.py")
    ]
    py_files += list(ROOT.joinpath("bench").rglob("*.py")) + list(ROOT.joinpath("tools").rglob("*.py"))
    py_files += [ROOT / "conftest.py"] + list(ROOT.joinpath("migrations").rglob("*.py"))
    py_files = [p for p in py_files if p.exists() and p.name != "relayout.py" and "__pycache__" not in p.parts]
    # 1. rewrite imports against the old places
    new_text: dict[Path, str] = {}
    for path in py_files:
        module, is_pkg = module_of(path)
        text = path.read_text(encoding="utf-8")
        out = rewrite_source(text, module, is_pkg, moved=path in files)
        out = rewrite_strings(out)
        if out != text:
            new_text[path] = out
    for path, text in new_text.items():
        path.write_text(text, encoding="utf-8")
    # 2. move the files
    for package in NEW_PACKAGES:
        init = path_of(package, package=True)
        init.parent.mkdir(parents=True, exist_ok=True)
    for src, dst in files.items():
        dst.parent.mkdir(parents=True, exist_ok=True)
        git("mv", str(src.relative_to(ROOT)), str(dst.relative_to(ROOT)))
    for package, doc in NEW_PACKAGES.items():
        init = path_of(package, package=True)
        if not init.exists():
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            git("add", str(init.relative_to(ROOT)))
    queries_init = ROOT / "erp_desktop/services/queries/__init__.py"
    if queries_init.exists():
        git("rm", "-q", str(queries_init.relative_to(ROOT)))
    # 3. other text files naming the old dotted paths
    for path in [ROOT / "build.spec", *ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md", ROOT / "SYNC.md"]:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            out = rewrite_strings(text)
            if out != text:
                path.write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
