"""Root conftest: headless Qt (a 1920×1080 offscreen screen) before any QApplication exists,
and an isolated data folder."""
import os
import tempfile
from pathlib import Path

_SCREEN = Path(__file__).resolve().parent / "tests" / "offscreen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-test-data-"))
os.environ.setdefault("ERP_LANG", "en")
