"""UI tests: a document form left with unsaved changes is discarded when the test's widgets
close (no modal 保存 / 放弃 / 取消 question waits for an answer); a test that checks the question
replaces ``ask_unsaved`` itself."""

import pytest


@pytest.fixture(autouse=True)
def _discard_unsaved_on_teardown(monkeypatch):
    from erp_desktop.ui.forms import base

    monkeypatch.setattr(base, "ask_unsaved", lambda _parent, _title: base.DISCARD)
