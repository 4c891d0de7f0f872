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

# Hypothesis: no "explain" phase. It re-runs a failing example under a line tracer, which on these
# database-backed properties takes many minutes and makes a red run look like a hang; the
# shrunk failing example is reported all the same.
from hypothesis import Phase, settings  # noqa: E402

settings.register_profile("erp", phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink])
settings.load_profile("erp")
