"""Root conftest: headless Qt before any QApplication exists, and an isolated data folder."""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-test-data-"))
os.environ.setdefault("ERP_LANG", "en")
