"""A real headless browser at phone size: Debian's chromium + chromium-driver, driven by Selenium
(the phone page's tests and tools/phone_screenshot.py)."""

from __future__ import annotations

import shutil

PHONE = {"width": 390, "height": 844, "pixelRatio": 2}


def chromium_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def phone_browser(*, accept_own_certificate: bool = False):
    """A headless chromium with a phone's screen; the caller quits it. ``accept_own_certificate``:
    go past the shop's self-signed certificate, as the clerk does once on the phone."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = chromium_paths()
    assert paths is not None
    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN"):
        options.add_argument(arg)
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": PHONE,
            "userAgent": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/120.0 Mobile Safari/537.36",
        },
    )
    if accept_own_certificate:
        options.set_capability("acceptInsecureCerts", True)
    return webdriver.Chrome(options=options, service=Service(paths[1]))
