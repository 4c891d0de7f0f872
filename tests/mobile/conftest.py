"""A real headless browser (Debian's chromium + chromium-driver, driven by Selenium) at phone size."""

from __future__ import annotations

import os

import pytest

from tests.support.browser import chromium_paths, phone_browser


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
