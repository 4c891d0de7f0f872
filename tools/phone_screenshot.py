"""Screenshots of 用手机盘点: the phone page at phone size (390 × 844, headless chromium) after a
few scans on the demo shop's draft count — counted, unknown, and some waiting offline — and the
desktop's QR code dialog.

    python tools/phone_screenshot.py [--lang zh_CN|en] [--out screenshots]

Needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver) and
selenium (the test extra). Writes <out>/phone_count.png and <out>/phone_qr.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ERP_DATA_DIR", tempfile.mkdtemp(prefix="erp-phone-"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from erp_desktop import demo
    from erp_desktop.services import inventory
    from erp_desktop.services.paging import ListQuery
    from erp_desktop.services.system.setup import open_shop
    from erp_desktop.ui.app import install_language
    from erp_desktop.ui.context import AppContext
    from erp_desktop.ui.inventory.counts import CountScreen
    from erp_desktop.ui.inventory.phone import hub_for
    from erp_desktop.ui.tasks import SyncRunner
    from tests.support.browser import phone_browser

    app = QApplication.instance() or QApplication([])
    install_language(app, args.lang)
    _with_pending_translations()
    uow = open_shop(Path(os.environ["ERP_DATA_DIR"]) / "phone.sqlite3")
    demo.build_demo(uow)
    count = next(c for c in inventory.list_counts(uow, ListQuery()).rows if c.state == "draft")
    lines = inventory.get_count(uow, count.id).lines
    codes = [l.product_code for l in lines[:3]]

    settings = QSettings(str(Path(os.environ["ERP_DATA_DIR"]) / "phone.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(uow, runner=SyncRunner(), settings=settings)
    hub, _bridge = hub_for(ctx, host="127.0.0.1", port=0)
    screen = CountScreen(ctx, count.id)
    screen.resize(1100, 700)
    screen.show()
    dialog = screen.open_phone()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "phone_qr.png"))
    print(out / "phone_qr.png")

    browser = phone_browser()
    try:
        wait = WebDriverWait(browser, 20, poll_frequency=0.1)
        browser.get(dialog.url)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#bin option"))

        def scan(text: str) -> None:
            box = browser.find_element(By.ID, "code")
            box.send_keys(text)
            box.send_keys(Keys.ENTER)

        def settled() -> bool:
            return not browser.execute_script("return document.querySelectorAll('#history li.pending').length")

        for text in (codes[0], codes[0], "3*" + codes[1], "6999999999999"):
            scan(text)
            wait.until(lambda d: settled())
        browser.set_network_conditions(offline=True, latency=0, download_throughput=-1, upload_throughput=-1)
        scan(codes[2])
        scan(codes[2])
        wait.until(lambda d: d.find_element(By.ID, "banner").is_displayed())
        time.sleep(0.3)
        browser.save_screenshot(str(out / "phone_count.png"))
        print(out / "phone_count.png")
    finally:
        browser.quit()
        hub.close_all()
        screen.close()
    return 0


def _with_pending_translations() -> None:
    """Show strings not yet merged into the catalogue (tools/i18n_pending/*.json) translated too."""
    import json

    from erp_desktop import i18n

    pending: dict[str, str] = {}
    for path in sorted((ROOT / "tools" / "i18n_pending").glob("*.json")):
        pending.update(json.loads(path.read_text("utf-8")))
    if i18n.language().startswith("zh"):
        catalogue = i18n.load_catalogue(i18n.language())
        i18n.install_translator(lambda text: pending.get(text) or catalogue.get(text, text))


if __name__ == "__main__":
    raise SystemExit(main())
