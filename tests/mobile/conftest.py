"""A real headless browser (Debian's chromium + chromium-driver, driven by Selenium) at phone size."""

from __future__ import annotations

import os
import shutil

import pytest

PHONE = {"width": 390, "height": 844, "pixelRatio": 2}


def chromium_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


def phone_browser():
    """A headless chromium with a phone's screen; the caller quits it."""
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
    return webdriver.Chrome(options=options, service=Service(paths[1]))


@pytest.fixture
def browser():
    if chromium_paths() is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are not installed (.ci/run installs them)")
        pytest.skip("chromium / chromium-driver not installed (apt-get install -y chromium chromium-driver)")
    driver = phone_browser()
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
