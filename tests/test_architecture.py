"""The layers hold: ui → services → models, one way; Qt only under ui/; the UI never touches
SQLAlchemy or the models; ReportLab and openpyxl only in their service modules."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "erp_desktop"


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
