"""The layers hold: ui → services → models, one way; Qt only under ui/; the UI never touches
SQLAlchemy or the models; ReportLab and openpyxl only in their service modules; ui/ and commands/
import an area only through its face; no module imports itself back at import time; product code
runs on Windows (no POSIX-only calls, no hard-coded '/' paths).

pyproject.toml's import-linter contracts say much the same declaratively (``lint-imports``); these
tests run with the suite and need no extra tool."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "erp_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                module = ".".join(base + ([node.module] if node.module else []))
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in node.names)
            elif node.module:
                found.add(node.module)
    return found


def _files(*parts: str):
    root = PACKAGE.joinpath(*parts)
    return [root] if root.is_file() else sorted(root.rglob("*.py"))


def test_qt_only_under_ui():
    offenders = [
        str(f)
        for f in _files()
        if "ui" not in f.relative_to(PACKAGE).parts[:1] and any(i.startswith("PySide6") for i in _imports(f))
    ]
    assert offenders == []


def test_ui_never_imports_sqlalchemy_or_models():
    offenders = [
        str(f)
        for f in _files("ui")
        for i in _imports(f)
        if i.startswith("sqlalchemy") or i.startswith("erp_desktop.models")
    ]
    assert offenders == []


def test_models_never_import_services_or_ui():
    offenders = [
        str(f)
        for f in _files("models")
        for i in _imports(f)
        if i.startswith("erp_desktop.services") or i.startswith("erp_desktop.ui")
    ]
    assert offenders == []


def test_services_never_import_ui():
    offenders = [str(f) for f in _files("services") for i in _imports(f) if i.startswith("erp_desktop.ui")]
    assert offenders == []


def test_reportlab_and_openpyxl_stay_in_their_modules():
    allowed = ("printing", "excel", "labels")
    offenders = [
        str(f)
        for f in _files()
        for i in _imports(f)
        if (i.startswith("reportlab") or i.startswith("openpyxl"))
        and not any(part.startswith(allowed) for part in f.relative_to(PACKAGE).parts)
    ]
    assert offenders == []


def test_package_is_found():
    assert (PACKAGE / "__init__.py").is_file() and len(_files()) > 100


def _face_offenders(part: str) -> list[str]:
    offenders = []
    for f in _files(part):
        for i in _imports(f):
            p = i.split(".")
            if p[:2] == ["erp_desktop", "services"] and len(p) > 3 and _is_module(p[:4]):
                offenders.append(f"{f.relative_to(PACKAGE)}: {i}")
            if p[:2] == ["erp_desktop", "storage"] and len(p) > 2 and _is_module(p[:3]):
                offenders.append(f"{f.relative_to(PACKAGE)}: {i}")
    return offenders


def _is_module(parts: list[str]) -> bool:
    path = PACKAGE.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_ui_and_commands_import_areas_only_through_their_faces():
    assert _face_offenders("ui") == []
    assert _face_offenders("commands") == []
    assert _face_offenders("cli.py") == []


def test_every_face_declares_all():
    faces = sorted(PACKAGE.glob("services/*/__init__.py")) + [PACKAGE / "storage" / "__init__.py"]
    assert len(faces) >= 12
    for face in faces:
        tree = ast.parse(face.read_text(encoding="utf-8"))
        names = [t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]
        assert "__all__" in names, face


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_time_edges(path: Path) -> set[str]:
    """Modules ``path`` imports when it is imported: module-level statements only (not inside a
    function, not under ``if TYPE_CHECKING:``), each with its parent packages."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = _module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: set[str] = set()

    def visit(body):
        for node in body:
            if isinstance(node, ast.If):
                test = ast.unparse(node.test)
                if "TYPE_CHECKING" not in test:
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)
                for handler in node.handlers:
                    visit(handler.body)
                visit(node.orelse)
                visit(node.finalbody)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                found.add(module)
                found.update(f"{module}.{a.name}" for a in node.names)

    visit(tree.body)
    edges = set()
    for name in found:
        parts = name.split(".")
        if parts[0] != "erp_desktop":
            continue
        for end in range(1, len(parts) + 1):
            if _is_module(parts[:end]):
                edges.add(".".join(parts[:end]))
    # importing a sibling submodule imports the common parent package, which is already loading
    return {e for e in edges if e != me and not me.startswith(e + ".")}


def test_no_import_cycles():
    graph = {_module_name(f): _import_time_edges(f) for f in _files()}
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(stack[stack.index(nxt) :] + [nxt]))
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)
    # a package importing its own submodules is how a package is built, not a cycle
    cycles = [c for c in cycles if not _package_self_import(c)]
    assert cycles == []


def _package_self_import(cycle: str) -> bool:
    names = cycle.split(" -> ")
    return len(names) == 3 and (names[1].startswith(names[0] + ".") or names[0].startswith(names[1] + "."))


_POSIX_ONLY = [
    (re.compile(r"^\s*(import|from)\s+(fcntl|termios|pwd|grp|resource)\b", re.M), "a POSIX-only module"),
    (
        re.compile(r"\bos\.(fork|forkpty|getuid|geteuid|getgid|setuid|setsid|killpg|getpgid|chown|mkfifo)\s*\("),
        "a POSIX-only os call",
    ),
    (
        re.compile(r"\bsignal\.(SIGKILL|SIGALRM|SIGHUP|SIGUSR1|SIGUSR2|SIGCHLD|SIGPIPE|SIGQUIT|alarm|setitimer)\b"),
        "a POSIX signal",
    ),
    (re.compile(r"""["'](/tmp|/var|/etc|/home|/dev/null)(/|["'])"""), "a hard-coded POSIX path"),
    (
        re.compile(r"""f["'][^"'\n]*\{[^}]*(dir|folder|root)[^}]*\}/""", re.I),
        "a path joined with '/' by hand (use pathlib)",
    ),
]


def test_no_posix_only_calls_in_product_code():
    offenders = []
    for f in _files():
        text = f.read_text(encoding="utf-8")
        for pattern, what in _POSIX_ONLY:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                if "# posix-only, guarded:" in text.splitlines()[line - 1]:
                    continue  # reached only off Windows, with the reason on the line
                offenders.append(f"{f.relative_to(PACKAGE)}:{line}: {what}: {match.group(0).strip()}")
    assert offenders == []


def test_posix_rules_catch_what_they_name():
    samples = ["import fcntl", "os.fork()", "os.getuid()", "signal.SIGKILL", 'open("/tmp/x")', 'f"{windir}/Fonts"']
    for sample in samples:
        assert any(p.search(sample) for p, _ in _POSIX_ONLY), sample


LOW_LEVEL_WRITERS = ("erp_desktop.storage.rows", "erp_desktop.storage.fastsql")
# Outside storage/ and services/ledger/, a module writes through the ORM or through the ledger
# (post_moves, Posting, raise_open_item). These do more, each for a measured reason:
WRITER_EXCEPTIONS = {
    # the posting hot path (delivery_post_rate): the posted delivery and its lines, the order's
    # delivered quantities and state, and the order read as a plain view below the ORM
    "services/sales/deliveries.py": "delivery hot path (delivery_post_rate)",
    "services/sales/common.py": "the order read below the ORM for a delivery (Prepared SELECTs)",
    # create_and_post writes a document that never existed as a draft, complete, once
    "services/inventory/documents.py": "quick stock documents (stock_doc_post_rate)",
    # product list import: ten times faster than ORM objects for 100,000 rows
    "services/masterdata/io.py": "bulk product import",
    # the sale flow below the ORM (sale_flow_ms / sale_flow_pg_ms, DESIGN.md §5): the order
    # written as rows and confirmed by update, prices read in one statement, the receipt and its
    # allocation written as rows against open items read as views
    "services/sales/orders.py": "sale flow: order create/confirm (sale_flow_ms)",
    "services/masterdata/pricing.py": "sale flow: a document's prices in one read (Prepared SELECT)",
    "services/finance/money.py": "sale flow: the receipt (sale_flow_ms)",
    "services/finance/allocation.py": "sale flow: the receipt's allocation on item views (sale_flow_ms)",
    # the counter's ticket (ticket_post_rate, ticket_p95_ms): ticket, lines, money and payments
    # written as rows, products, prices, bins and accounts read below the ORM
    "services/counter/tickets.py": "counter ticket posting (ticket_post_rate)",
    "services/counter/fast.py": "counter reads below the ORM and account balances (ticket_p95_ms, scan_ms)",
    # a top-up's money document and move written as rows, as a ticket's are (MoneyTxn and
    # MoneyMove have no relationship, so a flush does not order them)
    "services/counter/members.py": "stored-value top-up, written like a ticket's money",
    # every user write records one append-only audit row: one prepared INSERT, no ORM flush (sale_flow_ms)
    "services/system/audit.py": "the audit row of every write (sale_flow_ms)",
}


def _imported_names(path: Path) -> set[str]:
    """``_imports`` plus ``module.name`` for absolute ``from module import name``."""
    found = _imports(path) if PACKAGE in path.parents else set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _uses_writer(path: Path) -> bool:
    return any(i == w or i.startswith(w + ".") for i in _imported_names(path) for w in LOW_LEVEL_WRITERS)


def test_low_level_writers_only_in_storage_and_the_ledger():
    offenders = sorted(
        str(f.relative_to(PACKAGE))
        for f in _files()
        if f.relative_to(PACKAGE).parts[:1] != ("storage",)
        and f.relative_to(PACKAGE).parts[:2] != ("services", "ledger")
        and f.relative_to(PACKAGE).as_posix() not in WRITER_EXCEPTIONS
        and _uses_writer(f)
    )
    assert offenders == []


def test_writer_exceptions_are_still_needed():
    """An exception that no longer imports a writer is taken off the list."""
    stale = [name for name in WRITER_EXCEPTIONS if not _uses_writer(PACKAGE / name)]
    assert stale == []


def test_the_writer_rule_catches_every_import_form(tmp_path):
    sample = tmp_path / "x.py"
    for line in (
        "from erp_desktop.storage import rows",
        "from erp_desktop.storage.rows import insert_rows",
        "import erp_desktop.storage.fastsql",
    ):
        sample.write_text(line + "\n", encoding="utf-8")
        assert _uses_writer(sample), line
    sample.write_text("from erp_desktop.storage.uow import UnitOfWork\n", encoding="utf-8")
    assert not _uses_writer(sample)


def test_no_two_classes_of_an_area_share_a_name():
    """Inside one area a name means one thing (the sales area once had two ``OrderView``s)."""
    seen: dict[tuple[str, str], list[str]] = {}
    for f in _files("services"):
        parts = f.relative_to(PACKAGE / "services").parts
        area = parts[0] if len(parts) > 1 else ""
        for node in ast.parse(f.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                seen.setdefault((area, node.name), []).append(f.relative_to(PACKAGE).as_posix())
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}
