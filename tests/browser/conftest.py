"""Fixtures for the browser tests: Debian's Chromium driven by Playwright's sync API
against pytest-django's live_server.

Playwright's sync API runs an asyncio loop in the test thread, so Django would refuse
ORM calls made from the test (fixtures creating users and works) as "async unsafe".
They are safe here: the loop only talks to the browser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
# A loaded CI machine can be slow; expect() otherwise waits only 5 s.
expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {CHROMIUM}, which is missing. "
            "Run `make test` (it installs it through scripts/system-test-deps.sh).",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Browser, live_server: LiveServer) -> Iterator[Page]:
    """A fresh browser context (no cookies) on the live server, failing the test on any
    JavaScript error or console error the pages report."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"JavaScript error: {error}"))

    def on_console(message: ConsoleMessage) -> None:
        url = message.location.get("url", "")
        # Chromium asks every site for /favicon.ico; the archive has none (yet).
        if message.type == "error" and not url.endswith("/favicon.ico"):
            problems.append(f"console error: {message.text} ({url})")

    page.on("console", on_console)
    try:
        yield page
    finally:
        context.close()
    assert not problems, "\n".join(problems)
