"""Every user-facing string has a Chinese translation, and the .qm is built from the .ts files."""

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated():
    missing = _tool().missing()
    assert missing == [], f"{len(missing)} untranslated; run python tools/i18n.py missing"


def test_qm_is_current(tmp_path):
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    sources = sorted(str(p) for p in (ROOT / "resources" / "i18n").glob("*.zh_CN.ts"))
    target = tmp_path / "check.qm"
    subprocess.run([str(tool), "-silent", *sources, "-qm", str(target)], check=True)
    committed = ROOT / "resources" / "i18n" / "erp_desktop_zh_CN.qm"
    assert committed.read_bytes() == target.read_bytes(), "run python tools/i18n.py release"


def test_headless_translation_reads_the_catalogue():
    from erp_desktop import i18n

    i18n.set_language("zh_CN")
    try:
        assert i18n.tr("Ready") == "就绪"
    finally:
        i18n.set_language("en")
