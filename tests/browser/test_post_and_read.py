"""A new writer signs up, posts a two-chapter work and a guest reads it, all in a real
Chromium; plus the tag autocomplete and the skip link, by keyboard."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from fanfold.accounts.models import User
from fanfold.works.models import Work
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

AUTHORS_NOTE = "A/N: this will only make sense if you watched the finale! Let me know your thoughts"

CHAPTER_ONE = [
    "The last ferry of the season left Saltmarsh Station at ten past six, and Ines watched "
    "it go from the end of the jetty with her hands deep in the pockets of a coat that "
    "had never been hers.",
    "Teodor found her there an hour later. He did not ask why she had stayed; he set a "
    "thermos down between them on the wet boards and waited, the way he had waited "
    "through the whole long winter of the broadcast, for her to speak first.",
    "“They’ll send someone in spring,” she said at last. “They always say that.” The "
    "lighthouse above them turned its slow white eye across the water, and neither of "
    "them believed it, and neither of them minded as much as they had expected to.",
]

CHAPTER_TWO = [
    "Spring came late and sent nobody. What it sent instead was a crate of seed potatoes "
    "addressed to a keeper who had retired eleven years before, and Teodor declared it "
    "an omen.",
    "Ines planted them in the lee of the generator shed, in rows that wandered like a "
    "child’s handwriting, and for the first time since the finale of everything she found "
    "herself making plans that reached past the end of the month.",
]


def log_in(page: Page, username: str) -> None:
    page.goto("/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_new_writer_posts_a_work_and_a_guest_reads_it(
    page: Page, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Sign up from the home page.
    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    expect(page.get_by_role("heading", name="Sign up")).to_be_visible()
    page.get_by_label("Username").fill("lantern_keeper")
    page.get_by_label("Email").fill("lantern_keeper@example.org")
    page.get_by_label("Password", exact=True).fill("saltmarsh-ferry-1904")
    page.get_by_label("Password confirmation").fill("saltmarsh-ferry-1904")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Welcome to the archive, lantern_keeper!")).to_be_visible()

    # Post the first chapter through the posting form, by its visible labels.
    page.get_by_role("link", name="Post a work").click()
    expect(page.get_by_role("heading", name="Post New Work")).to_be_visible()
    page.get_by_label("Teen And Up Audiences").check()
    page.get_by_label("No Archive Warnings Apply").check()
    page.get_by_label("Fandoms").fill("Saltmarsh Station (TV)")
    page.get_by_label("Characters").fill("Ines Okafor, Teodor Lind")
    page.get_by_label("Additional Tags").fill("Post-Finale, Hurt/Comfort, Found Family")
    page.get_by_label("Work Title").fill("The Last Ferry")
    page.get_by_label(re.compile(r"^Summary")).fill("After the broadcast ends, two keepers stay.")
    page.get_by_label(re.compile(r"^Notes")).fill(AUTHORS_NOTE)
    page.get_by_label("Chapter title").fill("Off Season")
    page.get_by_label("Chapter text").fill(_text(CHAPTER_ONE))
    page.get_by_role("button", name="Post", exact=True).click()

    expect(page.get_by_text("Work was successfully posted.")).to_be_visible()
    expect(page.get_by_role("heading", name="The Last Ferry", level=1)).to_be_visible()
    expect(page.get_by_text(AUTHORS_NOTE)).to_be_visible()
    # Blank lines became paragraphs.
    expect(page.locator(".chapter-text p")).to_have_count(len(CHAPTER_ONE))

    # Add a second chapter.
    page.get_by_role("link", name="Add chapter").click()
    expect(page.get_by_role("heading", name=re.compile("Post New Chapter"))).to_be_visible()
    page.get_by_label("Chapter title").fill("Seed Potatoes")
    page.get_by_label("Chapter text").fill(_text(CHAPTER_TWO))
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.get_by_text("Chapter was successfully posted.")).to_be_visible()
    expect(page.get_by_text(CHAPTER_TWO[0])).to_be_visible()

    page.get_by_role("button", name="Log out (lantern_keeper)").click()
    expect(page.get_by_role("link", name="Log in", exact=True)).to_be_visible()

    # A guest finds it on the home page and reads it chapter by chapter.
    page.goto("/")
    page.get_by_role("link", name="The Last Ferry").click()
    expect(page.get_by_role("heading", name="The Last Ferry", level=1)).to_be_visible()
    expect(page.get_by_text(AUTHORS_NOTE)).to_be_visible()
    expect(page.get_by_role("link", name="lantern_keeper")).to_be_visible()
    meta = page.locator(".work-meta")
    for shown in (
        "Teen And Up Audiences",
        "No Archive Warnings Apply",
        "Saltmarsh Station (TV)",
        "Ines Okafor",
        "Teodor Lind",
        "Post-Finale",
        "Found Family",
    ):
        expect(meta.get_by_role("link", name=shown, exact=True)).to_be_visible()
    expect(page.get_by_text(CHAPTER_ONE[0])).to_be_visible()
    expect(page.get_by_text(CHAPTER_TWO[0])).to_have_count(0)
    expect(page.get_by_role("link", name="Edit work")).to_have_count(0)

    shots = Path(tmp_path_factory.mktemp("screenshots"))
    page.screenshot(path=shots / "work-chapter-1.png", full_page=True)

    page.get_by_role("link", name="Next chapter →").first.click()
    expect(page.get_by_role("heading", name=re.compile("Seed Potatoes"))).to_be_visible()
    expect(page.get_by_text(CHAPTER_TWO[1])).to_be_visible()
    expect(page.get_by_text(CHAPTER_ONE[0])).to_have_count(0)
    # The work's beginning notes belong before chapter 1 only, as on AO3.
    expect(page.get_by_text(AUTHORS_NOTE)).to_have_count(0)
    expect(page.get_by_role("link", name="Next chapter →")).to_have_count(0)
    expect(page.get_by_role("link", name="← Previous chapter").first).to_be_visible()

    page.get_by_role("link", name="Entire work").click()
    expect(page).to_have_url(re.compile(r"view_full_work=true"))
    for paragraph in CHAPTER_ONE + CHAPTER_TWO:
        expect(page.get_by_text(paragraph)).to_be_visible()
    expect(page.get_by_text(AUTHORS_NOTE)).to_be_visible()
    expect(page.get_by_role("link", name="Chapter by chapter")).to_be_visible()
    page.screenshot(path=shots / "work-entire.png", full_page=True)


def test_tag_autocomplete_by_keyboard(
    page: Page,
    make_user: Callable[..., User],
    make_work: Callable[..., Work],
) -> None:
    writer = make_user("hudson_fan")
    make_work(writer, title="Baker Street Mornings", characters=["Mrs. Hudson"])

    log_in(page, "hudson_fan")
    page.get_by_role("link", name="Post a work").click()

    characters = page.get_by_label("Characters")
    characters.press_sequentially("Mrs")
    suggestion = page.get_by_role("option", name=re.compile(r"^Mrs\. Hudson"))
    expect(suggestion).to_be_visible()
    expect(characters).to_have_attribute("aria-expanded", "true")
    characters.press("ArrowDown")
    expect(suggestion).to_have_attribute("aria-selected", "true")
    characters.press("Enter")

    expect(characters).to_have_value("Mrs. Hudson, ")
    expect(characters).to_be_focused()
    expect(page.get_by_role("listbox")).to_be_hidden()
    # Enter chose the suggestion; it did not submit the form.
    expect(page.get_by_role("heading", name="Post New Work")).to_be_visible()


@pytest.mark.parametrize("where", ["home", "work"])
def test_skip_link_is_the_first_tab_stop(
    page: Page, where: str, make_user: Callable[..., User], make_work: Callable[..., Work]
) -> None:
    path = "/"
    if where == "work":
        path = make_work(make_user(), chapters=2).get_absolute_url()
    page.goto(path)
    skip = page.get_by_role("link", name="Skip to content")
    # Hidden off-screen by the stylesheet until it gets focus.
    expect(skip).not_to_be_in_viewport()
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_tag_autocomplete_for_what_was_typed_before_the_script_ran(
    page: Page,
    make_user: Callable[..., User],
    make_work: Callable[..., Work],
) -> None:
    """On a slow connection a writer may type before the page's script has run: the
    field keeps its focus and its text, and the suggestions come when the script does."""
    writer = make_user("early_typist")
    make_work(writer, title="Baker Street Evenings", characters=["Mrs. Hudson"])

    log_in(page, "early_typist")

    held: list[Route] = []

    def hold(route: Route) -> None:
        held.append(route)

    page.route("**/fanfold.js", hold)  # the script is held back
    page.get_by_role("link", name="Post a work").click()
    characters = page.get_by_label("Characters")
    characters.press_sequentially("Mrs")
    expect(characters).to_have_value("Mrs")
    expect(characters).not_to_have_attribute("role", "combobox")  # not set up yet
    assert held, "the page asked for its script"
    held[0].continue_()
    page.unroute("**/fanfold.js")

    expect(page.get_by_role("option", name=re.compile(r"^Mrs\. Hudson"))).to_be_visible()
    expect(characters).to_be_focused()
