"""What the reading preferences change on the pages readers see."""

from __future__ import annotations

import re

import pytest

ADULT_NOTICE = "This work could have adult content."
STORY_LINE = "The lamps along the quay came on one at a time"
ADULT_RATINGS = ["Mature", "Explicit", "Not Rated"]


def section(html: str, css_class: str) -> str:
    """The contents of the first <dd class="..."> in a work's header."""
    match = re.search(rf'<dd class="{css_class}">(.*?)</dd>', html, re.S)
    assert match, css_class
    return match.group(1)


def freeform_block(html: str) -> str:
    start = html.index("Additional Tags:")
    return html[start : html.index("</dd>", start)]


# Adult content check


@pytest.mark.parametrize("rating", ADULT_RATINGS)
def test_adult_work_shows_the_click_through_page_to_guests(client, author, make_work, rating):
    work = make_work(author, rating=rating)

    html = client.get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE in html
    assert STORY_LINE not in html
    assert f'href="/works/{work.pk}?view_adult=true"' in html


@pytest.mark.parametrize("rating", ADULT_RATINGS)
def test_adult_work_shows_the_click_through_page_to_users_who_did_not_opt_in(
    login, author, reader, make_work, rating
):
    work = make_work(author, rating=rating)

    html = login(reader).get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE in html
    assert STORY_LINE not in html
    assert "Set your preferences to stop being asked" in html


@pytest.mark.parametrize("rating", ADULT_RATINGS)
def test_adult_work_opens_directly_for_users_who_show_adult_content(
    login, author, make_user, make_work, rating
):
    work = make_work(author, rating=rating)
    grown_up = make_user("grown_up", show_adult_content=True)

    html = login(grown_up).get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE not in html
    assert STORY_LINE in html


@pytest.mark.parametrize("rating", ["General Audiences", "Teen And Up Audiences"])
def test_works_for_general_and_teen_audiences_open_without_a_check(
    client, author, make_work, rating
):
    work = make_work(author, rating=rating)

    html = client.get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE not in html
    assert STORY_LINE in html


def test_creator_reads_their_own_adult_work_without_a_check(login, author, make_work):
    work = make_work(author, rating="Explicit")

    html = login(author).get(f"/works/{work.pk}").content.decode()

    assert STORY_LINE in html


def test_choosing_to_continue_shows_the_work_and_is_remembered_for_the_session(
    client, author, make_work
):
    work = make_work(author, rating="Explicit", title="First")
    other = make_work(author, rating="Mature", title="Second")

    html = client.get(f"/works/{work.pk}?view_adult=true").content.decode()
    assert STORY_LINE in html

    assert STORY_LINE in client.get(f"/works/{work.pk}").content.decode()
    assert STORY_LINE in client.get(f"/works/{other.pk}").content.decode()


def test_choosing_to_continue_is_forgotten_in_a_new_session(client, author, make_work):
    work = make_work(author, rating="Explicit")
    client.get(f"/works/{work.pk}?view_adult=true")

    client.cookies.clear()

    assert ADULT_NOTICE in client.get(f"/works/{work.pk}").content.decode()


def test_choosing_to_continue_on_a_logged_in_account_is_remembered_for_the_session(
    login, author, reader, make_work
):
    work = make_work(author, rating="Mature")
    client = login(reader)

    client.get(f"/works/{work.pk}?view_adult=true")

    assert STORY_LINE in client.get(f"/works/{work.pk}").content.decode()


def test_visiting_a_general_work_with_view_adult_does_not_unlock_adult_works(
    client, author, make_work
):
    general = make_work(author, title="Gentle")
    adult = make_work(author, rating="Explicit", title="Not gentle")

    client.get(f"/works/{general.pk}?view_adult=true")

    assert ADULT_NOTICE in client.get(f"/works/{adult.pk}").content.decode()


def test_adult_check_also_guards_single_chapters(client, author, make_work):
    work = make_work(author, rating="Explicit", chapters=2)
    chapter = work.chapters.order_by("position").last()

    html = client.get(f"/works/{work.pk}/chapters/{chapter.pk}").content.decode()

    assert ADULT_NOTICE in html
    assert "Chapter 2." not in html


# Hidden warnings and additional tags


def test_hide_warnings_wraps_the_warnings_in_a_details_element(login, author, make_user, make_work):
    work = make_work(author, warnings=["Major Character Death"])
    wary = make_user("wary", hide_warnings=True)

    warnings = section(login(wary).get(f"/works/{work.pk}").content.decode(), "warnings")

    assert re.search(r"<details[^>]*>\s*<summary>Show warnings</summary>", warnings)
    assert warnings.index("<details") < warnings.index("Major Character Death")
    assert warnings.index("Major Character Death") < warnings.index("</details>")


def test_warnings_are_shown_openly_to_readers_who_did_not_hide_them(
    login, author, reader, make_work
):
    work = make_work(author, warnings=["Major Character Death"])

    warnings = section(login(reader).get(f"/works/{work.pk}").content.decode(), "warnings")

    assert "Major Character Death" in warnings
    assert "<details" not in warnings


def test_hide_warnings_also_applies_on_the_adult_click_through_page(
    login, author, make_user, make_work
):
    work = make_work(author, rating="Explicit", warnings=["Major Character Death"])
    wary = make_user("wary", hide_warnings=True)

    html = login(wary).get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE in html
    assert "<details" in section(html, "warnings")


def test_creator_always_sees_their_own_warnings_openly(login, make_user, make_work):
    writer = make_user("writer_wary", hide_warnings=True)
    work = make_work(writer, warnings=["Major Character Death"])

    warnings = section(login(writer).get(f"/works/{work.pk}").content.decode(), "warnings")

    assert "Major Character Death" in warnings
    assert "<details" not in warnings


def test_hide_freeform_wraps_additional_tags_in_a_details_element(
    login, author, make_user, make_work
):
    work = make_work(author, freeforms=["Secret Twin Reveal"])
    wary = make_user("wary", hide_freeform=True)

    block = freeform_block(login(wary).get(f"/works/{work.pk}").content.decode())

    assert re.search(r"<details[^>]*>\s*<summary>Show additional tags</summary>", block)
    assert block.index("<details") < block.index("Secret Twin Reveal")


def test_additional_tags_are_shown_openly_by_default(login, author, reader, make_work):
    work = make_work(author, freeforms=["Secret Twin Reveal"])

    block = freeform_block(login(reader).get(f"/works/{work.pk}").content.decode())

    assert "Secret Twin Reveal" in block
    assert "<details" not in block


def test_hide_warnings_also_hides_warnings_in_work_listings(login, author, make_user, make_work):
    make_work(author, warnings=["Major Character Death"])
    wary = make_user("wary", hide_warnings=True)

    html = login(wary).get("/users/quill").content.decode()

    warning_at = html.index("Major Character Death")
    assert html.rfind("<details", 0, warning_at) > html.rfind("</details>", 0, warning_at)


def test_hide_freeform_also_hides_additional_tags_in_work_listings(
    login, author, make_user, make_work
):
    make_work(author, freeforms=["Secret Twin Reveal"])
    wary = make_user("wary", hide_freeform=True)

    html = login(wary).get("/users/quill").content.decode()

    tag_at = html.index("Secret Twin Reveal")
    assert html.rfind("<details", 0, tag_at) > html.rfind("</details>", 0, tag_at)


# Entire work


def test_view_full_work_shows_every_chapter_on_the_work_page(login, author, make_user, make_work):
    work = make_work(author, chapters=3)
    binger = make_user("binger", view_full_work=True)

    html = login(binger).get(f"/works/{work.pk}").content.decode()

    assert "Chapter 2." in html
    assert "Chapter 3." in html
    assert html.count('class="chapter"') == 3


def test_without_view_full_work_the_work_page_shows_the_first_chapter_only(
    login, author, reader, make_work
):
    work = make_work(author, chapters=3)

    html = login(reader).get(f"/works/{work.pk}").content.decode()

    assert STORY_LINE in html
    assert "Chapter 2." not in html
    assert html.count('class="chapter"') == 1
    assert f'href="/works/{work.pk}?view_full_work=true"' in html


def test_view_full_work_false_in_the_link_overrides_the_preference(
    login, author, make_user, make_work
):
    work = make_work(author, chapters=2)
    binger = make_user("binger", view_full_work=True)

    html = login(binger).get(f"/works/{work.pk}?view_full_work=false").content.decode()

    assert "Chapter 2." not in html


def test_saved_preferences_take_effect_on_the_next_page(login, author, reader, make_work):
    work = make_work(author, rating="Explicit", chapters=2, warnings=["Major Character Death"])
    client = login(reader)
    assert ADULT_NOTICE in client.get(f"/works/{work.pk}").content.decode()

    client.post(
        "/settings", {"show_adult_content": "on", "view_full_work": "on", "hide_warnings": "on"}
    )
    html = client.get(f"/works/{work.pk}").content.decode()

    assert ADULT_NOTICE not in html
    assert "Chapter 2." in html
    assert "<details" in section(html, "warnings")
