"""Every kind of document a voucher or an open item can come from has a name in the user's words
(the journal's 来源, statements, ageing): found in the source — the ``doc_type`` of every
``Posting(…)`` and ``raise_open_item(…)`` — so a new kind cannot show as a raw code."""

from __future__ import annotations

import ast
from pathlib import Path

from erp_desktop.services.finance.queries import DOC_LABELS
from erp_desktop.services.finance.vouchers import SOURCE_KINDS

ROOT = Path(__file__).resolve().parents[2] / "erp_desktop"


def _constants() -> dict[str, set[str]]:
    """Module-level NAME = "TEXT" (and A, B = "X", "Y") of the package, and dict literals' values
    (``PREFIX = {kind: "OB", …}``) under the dict's name."""
    found: dict[str, set[str]] = {}
    for path in ROOT.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, (ast.Assign, ast.AnnAssign)):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.setdefault(target.id, set()).add(value.value)
                elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
                    for t, v in zip(target.elts, value.elts):
                        if isinstance(t, ast.Name) and isinstance(v, ast.Constant) and isinstance(v.value, str):
                            found.setdefault(t.id, set()).add(v.value)
                elif isinstance(target, ast.Name) and isinstance(value, ast.Dict):
                    texts = {v.value for v in value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
                    if texts:
                        found.setdefault(target.id, set()).update(texts)
    return found


def posted_doc_types() -> set[str]:
    constants = _constants()
    kinds: set[str] = set()
    unresolved: list[str] = []
    for path in (ROOT / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ("Posting", "raise_open_item"):
                continue
            arg = next((k.value for k in node.keywords if k.arg == "doc_type"), None)
            if arg is None:
                continue
            if isinstance(arg, ast.Subscript):  # PREFIX[kind]
                arg = arg.value
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                kinds.add(arg.value)
            elif isinstance(arg, ast.Name) and arg.id in constants:
                kinds.update(constants[arg.id])
            else:
                unresolved.append(f"{path.name}:{node.lineno} {ast.unparse(arg)}")
    kinds.discard("")
    # passed on from a document's own field (a reversal copies its original's doc_type)
    assert all(u.split()[-1].endswith(("doc_type", "entry.doc_type", "item.doc_type")) for u in unresolved), unresolved
    return kinds


def test_every_posted_document_kind_has_a_name():
    kinds = posted_doc_types()
    assert {"DN", "RC", "PR", "stock_doc", "stock_count", "POS", "LC"} <= kinds  # the walk finds them
    assert sorted(kinds - set(DOC_LABELS)) == []  # the ledgers and statements name them by doc_label
    assert set(SOURCE_KINDS) <= set(DOC_LABELS) | {"MJ"}
