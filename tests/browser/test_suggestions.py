"""An author types a chapter with a fight and a named character on the posting page,
asks for suggestions, sees them without a reload, and adds two with one click each."""

from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import Page, expect

from fanfold.suggestions.dictionary import forget_archive_dictionary
from fanfold.tags.dictionary import dictionary_import
from tests.conftest import PASSWORD
from tests.suggestions.conftest import AUTHOR_NOTE, CALM, TAGS_CSV, VIOLENT

pytestmark = pytest.mark.browser


def log_in(page: Page, user) -> None:
    page.goto("/login")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("form button[type=submit]:has-text('Log in')")


def test_suggestions_are_added_to_the_posting_form_in_place(page: Page, author) -> None:
    dictionary_import(io.StringIO(TAGS_CSV))
    forget_archive_dictionary()
    log_in(page, author)
    page.goto("/works/new")
    page.get_by_label("General Audiences").check()
    page.get_by_label("Characters").fill("Inspector Lestrade")
    page.get_by_label("Chapter text").fill(VIOLENT)
    page.evaluate("window.notReloaded = true")

    page.get_by_role("button", name="Suggest tags").click()
    results = page.locator("#suggestions-results")
    expect(results).to_contain_text("Sherlock Holmes")
    expect(results.locator(".suggestion-rating-notice")).to_contain_text(
        "You chose General Audiences; the text suggests"
    )
    assert page.evaluate("window.notReloaded") is True

    add_holmes = results.locator(
        '.suggestion-add[data-field="characters"][data-value="Sherlock Holmes"]'
    )
    add_holmes.click()
    expect(page.get_by_label("Characters")).to_have_value("Inspector Lestrade, Sherlock Holmes")
    expect(add_holmes).to_be_hidden()

    add_rating = results.locator('.suggestion-add[data-field="rating"]')
    rating = add_rating.get_attribute("data-value")
    assert rating and rating != "General Audiences"
    add_rating.click()
    expect(page.get_by_label(rating, exact=True)).to_be_checked()
    expect(page.get_by_label("General Audiences")).not_to_be_checked()
    expect(results.locator(".suggestion-rating-notice")).to_be_hidden()

    # Nothing was posted or reloaded: the author still decides.
    assert page.evaluate("window.notReloaded") is True
    expect(page.get_by_label("Chapter text")).to_have_value(VIOLENT)


def test_an_authors_note_moves_from_the_text_to_the_notes(page: Page, author) -> None:
    forget_archive_dictionary()
    log_in(page, author)
    page.goto("/works/new")
    page.get_by_label("Chapter text").fill(f"<p>{AUTHOR_NOTE}</p>\n\n{CALM}")
    page.get_by_role("button", name="Suggest tags").click()
    move = page.locator("#suggestions-results [data-move-note]")
    expect(move).to_be_visible()
    move.click()
    expect(page.get_by_label("Chapter text")).to_have_value(CALM)
    expect(page.get_by_label(re.compile(r"^Notes"))).to_have_value(AUTHOR_NOTE)
    expect(page.locator("#suggestions-results .suggestion-moved")).to_be_visible()


def test_a_warning_the_notes_give_is_added_with_one_click(page: Page, author) -> None:
    forget_archive_dictionary()
    log_in(page, author)
    page.goto("/works/new")
    page.get_by_label("No Archive Warnings Apply").check()
    page.get_by_label(re.compile(r"^Notes")).fill(
        "Please mind the Major Character Death warning: it is gentle, and offscreen."
    )
    page.get_by_label("Chapter text").fill(CALM)
    page.get_by_role("button", name="Suggest tags").click()
    noted = page.locator("#suggestions-results .suggestion-noted")
    expect(noted).to_contain_text("Major Character Death")
    noted.locator('.suggestion-add[data-value="Major Character Death"]').click()
    expect(page.get_by_role("checkbox", name="Major Character Death")).to_be_checked()
    # "No Archive Warnings Apply" no longer holds once a warning does.
    expect(page.get_by_role("checkbox", name="No Archive Warnings Apply")).not_to_be_checked()


def test_the_notice_on_the_works_page_is_dismissed_and_brought_back_in_place(
    page: Page, author, make_work
) -> None:
    dictionary_import(io.StringIO(TAGS_CSV))
    forget_archive_dictionary()
    work = make_work(author, text=VIOLENT, rating="General Audiences")
    log_in(page, author)
    page.goto(work.get_absolute_url())
    notice = page.locator("#suggestions-notice")
    expect(notice).to_contain_text("The text now suggests")
    expect(notice).to_contain_text("Violence")
    page.evaluate("window.notReloaded = true")

    notice.get_by_role("button", name="dismiss").click()
    expect(notice).to_contain_text("Dismissed: this page will not name")
    notice.get_by_role("button", name="undo").click()
    expect(notice).to_contain_text("The text now suggests")
    notice.get_by_role("button", name="dismiss").click()
    expect(notice).to_contain_text("Dismissed")
    assert page.evaluate("window.notReloaded") is True

    page.reload()
    expect(page.locator("h2, h1").first).to_be_visible()
    expect(page.locator("#suggestions-notice")).to_have_count(0)
