""" "Suggest tags" on the posting pages: what the panel offers, to whom, and what it
refuses (too much text, too many clicks) without losing a word of the form."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client

from fanfold.analysis import RATINGS, ChapterInput, analyze
from fanfold.suggestions.dictionary import archive_dictionary
from fanfold.suggestions.vocabulary import note_tags
from fanfold.works import services
from fanfold.works.models import MAX_CHAPTER_TEXT

from .conftest import AUTHOR_NOTE, CALM, SHERLOCK, VIOLENT

HTMX = {"HTTP_HX_REQUEST": "true"}


def new_work_form(**overrides):
    data = {
        "title": "The Corner",
        "summary": "",
        "notes": "",
        "endnotes": "",
        "text_format": "html",
        "rating": "Not Rated",
        "warnings": ["Creator Chose Not To Use Archive Warnings"],
        "fandoms": SHERLOCK,
        "relationships": "",
        "characters": "",
        "freeforms": "",
        "language": "en",
        "published_on": "2026-02-14",
        "comment_permission": "everyone",
        "chapter_title": "",
        "chapter_text": VIOLENT,
        "suggest": "1",
    }
    data.update(overrides)
    return data


def analysis_of(text: str, notes: str = ""):
    return analyze(
        [ChapterInput(text, format="html", notes=notes)], dictionary=archive_dictionary()
    )


def page(response) -> str:
    return html.unescape(response.content.decode())


def add_button(body: str, field: str, value: str) -> str | None:
    """The Add button for one suggestion, as HTML, or None."""
    pattern = rf'<button type="button" class="suggestion-add" data-field="{re.escape(field)}" data-value="{re.escape(value)}"[^>]*>'
    found = re.search(pattern, body)
    return found.group(0) if found else None


def suggest_new_chapter(client: Client, work, text: str) -> str:
    """The panel for a new chapter of `work`, as the chapter page asks for it."""
    response = client.post(
        f"/works/{work.pk}/chapters/suggest",
        {"chapter_text": text, "chapter_notes": ""},
        **HTMX,
    )
    return page(response)


@pytest.fixture
def author_client(client, author, login, archive_tags) -> Client:
    return login(author)


def test_guests_are_sent_to_log_in(client, archive_tags):
    response = client.post("/works/suggest", new_work_form())
    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_a_plain_visit_goes_back_to_the_form(author_client):
    response = author_client.get("/works/suggest")
    assert response.status_code == 302
    assert response["Location"].endswith("/works/new")


def test_csrf_is_checked(author, archive_tags):
    client = Client(enforce_csrf_checks=True)
    client.force_login(author)
    assert client.post("/works/suggest", new_work_form()).status_code == 403


def test_htmx_gets_the_panel_alone_with_add_buttons(author_client):
    response = author_client.post("/works/suggest", new_work_form(), **HTMX)
    assert response.status_code == 200
    body = page(response)
    assert "<html" not in body
    assert "data-suggestions" in body
    expected = analysis_of(VIOLENT)
    assert expected.rating.name in RATINGS
    assert add_button(body, "rating", expected.rating.name)
    assert add_button(body, "characters", "Sherlock Holmes")
    assert add_button(body, "characters", "John Watson")
    assert "disabled" in add_button(body, "fandoms", SHERLOCK)  # already in the form
    assert expected.notes, "the engine should find the knife and the blood"
    for note in expected.notes:
        for tag in note_tags(note):
            assert add_button(body, "freeforms", tag), tag
    for warning in expected.warnings:
        assert add_button(body, "warnings", warning.name), warning.name
    # Confidence in words, evidence folded away.
    assert "likely" in body or "possible" in body
    assert "<details" in body
    assert expected.characters[0].evidence[0].text.strip() in body


def test_suggestions_already_in_the_form_show_as_added(author_client):
    # "Sherlock" is a synonym of Sherlock Holmes; "john watson" differs only in case.
    form = new_work_form(characters="Sherlock, john watson", fandoms="Conan Doyle")
    body = page(author_client.post("/works/suggest", form, **HTMX))
    for field, value in [
        ("characters", "Sherlock Holmes"),
        ("characters", "John Watson"),
        ("fandoms", SHERLOCK),
    ]:
        button = add_button(body, field, value)
        if button is not None:
            assert "disabled" in button, value
    item = re.search(
        r'<li class="suggestion is-added" data-suggestion>\s*<span class="suggestion-name">Sherlock Holmes<',
        body,
    )
    assert item is not None


def test_the_full_page_keeps_the_form_as_typed(author_client):
    form = new_work_form(title="Blood on the Cobbles", notes="For my sister.")
    response = author_client.post("/works/suggest", form)
    assert response.status_code == 200
    body = page(response)
    assert "<html" in body
    assert 'value="Blood on the Cobbles"' in body
    assert "For my sister." in body
    assert "seized the man by the collar" in body  # the chapter text is still there
    assert add_button(body, "characters", "Sherlock Holmes")
    # Asking for suggestions is not posting: no "required" complaints.
    assert "Name at least one fandom" not in body
    assert response.context["form"].is_bound is False


def test_a_lower_rating_is_pointed_out_with_the_sentences(author_client):
    expected = analysis_of(VIOLENT)
    assert RATINGS.index(expected.rating.name) > 0
    body = page(
        author_client.post("/works/suggest", new_work_form(rating="General Audiences"), **HTMX)
    )
    assert f"You chose General Audiences; the text suggests {expected.rating.name}" in body
    notice = body.split('class="notice suggestion-rating-notice"')[1].split("</div>")[0]
    for evidence in expected.rating.evidence[:3]:
        assert evidence.text.strip() in notice
    for reason in expected.rating.reasons:
        assert reason in notice


@pytest.mark.parametrize("chosen", ["Not Rated", "Explicit"])
def test_no_notice_when_the_rating_is_not_lower(author_client, chosen):
    body = page(author_client.post("/works/suggest", new_work_form(rating=chosen), **HTMX))
    assert "You chose" not in body


def test_an_authors_note_in_the_text_can_be_moved_to_the_notes(author_client):
    text = f"{AUTHOR_NOTE}\n\n{CALM}"
    expected = analysis_of(text)
    assert expected.author_notes, "the engine should find the A/N paragraph"
    note = expected.author_notes[0]
    body = page(author_client.post("/works/suggest", new_work_form(chapter_text=text), **HTMX))
    button = re.search(r"<button[^>]*data-move-note[^>]*>", body)
    assert button is not None
    assert 'data-target="notes"' in button.group(0)
    assert f'data-start="{note.start}"' in button.group(0)
    assert f'data-raw="{text[note.start : note.end]}"' in button.group(0)


def test_windows_line_breaks_do_not_shift_the_note_offsets(author_client):
    text = f"{AUTHOR_NOTE}\r\n\r\n{CALM}"
    body = page(author_client.post("/works/suggest", new_work_form(chapter_text=text), **HTMX))
    button = re.search(r"<button[^>]*data-move-note[^>]*>", body).group(0)
    start = int(re.search(r'data-start="(\d+)"', button).group(1))
    raw = re.search(r'data-raw="([^"]*)"', button).group(1)
    assert text.replace("\r\n", "\n")[start:].startswith(raw)


def test_spoiler_notes_suggest_the_spoilers_tag(author_client):
    notes = (
        "Spoilers for the whole of season three! This only makes sense if you watched the finale."
    )
    expected = analysis_of(CALM, notes=notes)
    assert expected.spoilers
    body = page(
        author_client.post("/works/suggest", new_work_form(chapter_text=CALM, notes=notes), **HTMX)
    )
    assert add_button(body, "freeforms", "Spoilers")
    assert "watched the finale" in body


def test_what_the_notes_warn_of_is_offered_apart_quoting_them(author_client):
    notes = "TW: self-harm. Please mind the Major Character Death warning."
    body = page(
        author_client.post(
            "/works/suggest",
            new_work_form(chapter_text=CALM, notes=notes, warnings=["No Archive Warnings Apply"]),
            **HTMX,
        )
    )
    noted = body.split("Warned of in your notes")[1].split("<h3>")[0]
    assert add_button(noted, "freeforms", "Self-Harm")
    assert add_button(noted, "warnings", "Major Character Death")
    assert "TW: self-harm." in noted
    assert "named in the author's notes" in noted
    # The story's own suggestions are not made from the notes.
    before = body.split("Warned of in your notes")[0]
    assert not add_button(before, "freeforms", "Self-Harm")
    assert not add_button(before, "warnings", "Major Character Death")


def test_a_warning_the_text_already_suggests_is_not_offered_twice(author_client):
    notes = "Warning: graphic violence in this chapter."
    body = page(author_client.post("/works/suggest", new_work_form(notes=notes), **HTMX))
    # VIOLENT's text gives Graphic Depictions Of Violence itself: once, under the warnings.
    assert body.count('data-value="Graphic Depictions Of Violence"') == 1
    assert "Warned of in your notes" not in body


def test_the_text_facts_are_shown(author_client):
    expected = analysis_of(VIOLENT)
    body = page(author_client.post("/works/suggest", new_work_form(), **HTMX))
    stats = body.split('class="suggestion-stats"')[1]
    assert f"<td>{expected.stats.words}</td>" in stats
    assert "third person" in stats
    assert "past tense" in stats


def test_the_panel_says_what_it_cannot_see(author_client):
    # Measured on text the rules never saw, a note suggested is usually right, but most
    # of what a story only implies is missed (docs/analysis.md): the panel says so.
    body = page(
        author_client.post(
            "/works/suggest",
            new_work_form(chapter_text=CALM, rating="General Audiences"),
            **HTMX,
        )
    )
    limits = body.split('class="help suggestion-limits"')[1].split("</p>")[0]
    assert "only implies may get none" in limits
    assert "yours to choose" in limits


# Written for this test.
FRENCH = (
    "<p>Ce n'est pas grave, dit-elle en riant. Le chat dormait sur le rebord de la fenêtre, "
    "et la pluie tombait sur les toits de la ville.</p><p>Il a pris son manteau et il est "
    "sorti sans dire un mot. Elle a fermé la porte, puis elle a bu son café.</p>"
)


def test_a_text_not_in_english_is_said_to_be_unread(author_client):
    body = page(
        author_client.post(
            "/works/suggest",
            new_work_form(chapter_text=FRENCH, rating="General Audiences", language="fr"),
            **HTMX,
        )
    )
    assert "This text is not in English" in body
    assert add_button(body, "rating", "General Audiences") is None
    assert "You chose" not in body
    assert "No warnings, content notes" not in body
    assert "suggestion-limits" not in body  # it said why it read nothing


def test_an_empty_chapter_is_refused_with_a_message(author_client):
    response = author_client.post("/works/suggest", new_work_form(chapter_text="  "), **HTMX)
    assert response.status_code == 422
    assert "Write or paste the chapter text first" in page(response)


def test_oversized_text_is_refused_and_nothing_is_lost(author_client):
    text = VIOLENT + "x" * (MAX_CHAPTER_TEXT + 1 - len(VIOLENT))
    response = author_client.post("/works/suggest", new_work_form(chapter_text=text), **HTMX)
    assert response.status_code == 422
    assert "too long to read" in page(response)
    assert "510,001" in page(response)
    # Without JavaScript the page comes back with the form as it was typed.
    response = author_client.post("/works/suggest", new_work_form(chapter_text=text, title="Kept"))
    assert response.status_code == 422
    body = page(response)
    assert "too long to read" in body
    assert 'value="Kept"' in body
    assert response.context["form"].initial["chapter_text"] == text


def test_oversized_notes_are_refused(author_client):
    response = author_client.post("/works/suggest", new_work_form(notes="n" * 5001), **HTMX)
    assert response.status_code == 422
    assert "Notes: too long to read (5,001 characters" in page(response)


def test_the_panel_is_rate_limited_per_account(author_client, settings):
    settings.RATE_LIMITS = {"suggest": [{"per": "account", "limit": 2, "seconds": 600}]}
    for _ in range(2):
        assert author_client.post("/works/suggest", new_work_form(), **HTMX).status_code == 200
    refused = author_client.post("/works/suggest", new_work_form(), **HTMX)
    assert refused.status_code == 429
    assert "Please wait" in page(refused)
    assert int(refused["Retry-After"]) > 0
    # The full page keeps the form.
    refused = author_client.post("/works/suggest", new_work_form(title="Still here"))
    assert refused.status_code == 429
    assert 'value="Still here"' in page(refused)


# Existing works ------------------------------------------------------------------------


@pytest.fixture
def violent_work(author, make_work, archive_tags):
    return make_work(author, text=VIOLENT, rating="Teen And Up Audiences", fandoms=[SHERLOCK])


def test_only_creators_may_ask_about_an_existing_work(
    client, violent_work, reader, login, make_work, author
):
    chapter = violent_work.chapters.get()
    urls = [
        f"/works/{violent_work.pk}/suggest",
        f"/works/{violent_work.pk}/chapters/suggest",
        f"/works/{violent_work.pk}/chapters/{chapter.pk}/suggest",
    ]
    login(reader)
    for url in urls:
        assert client.post(url, new_work_form(), **HTMX).status_code == 403, url
    draft = make_work(author, post=False, title="Hidden")
    assert client.post(f"/works/{draft.pk}/suggest", new_work_form()).status_code == 404
    login(author)
    for url in urls:
        assert client.post(url, new_work_form(), **HTMX).status_code == 200, url


def test_the_edit_page_reads_the_posted_chapters(client, login, author, violent_work):
    login(author)
    form = new_work_form(rating="General Audiences", characters="Sherlock Holmes")
    form.pop("chapter_text")
    body = page(client.post(f"/works/{violent_work.pk}/suggest", form, **HTMX))
    assert add_button(body, "characters", "John Watson")
    assert "disabled" in add_button(body, "characters", "Sherlock Holmes")
    assert "You chose General Audiences" in body
    # Without JavaScript: the edit page again, for this work.
    response = client.post(f"/works/{violent_work.pk}/suggest", form)
    assert response.context["work"] == violent_work
    assert "Edit “Lamplight”" in page(response)


def test_a_new_chapter_is_read_with_the_chapters_before_it(client, login, author, violent_work):
    login(author)
    body = suggest_new_chapter(client, violent_work, CALM)
    names = set(re.findall(r'<span class="suggestion-name">([^<]+)</span>', body))
    assert {"Sherlock Holmes", "Elizabeth Bennet"} <= names
    assert "(Chapter 2)" in body or "Chapter 2</th>" in body
    # The chapter pages have no tag fields: no Add buttons, a pointer to the work's page.
    assert 'class="suggestion-add"' not in body
    assert "Edit work" in body


def test_a_new_chapter_not_in_english_is_named_as_unread(client, login, author, violent_work):
    login(author)
    body = suggest_new_chapter(client, violent_work, FRENCH)
    notice = body.split('class="notice suggestion-unread"')[1].split("</p>")[0]
    assert "Not in English" in notice and "Chapter 2" in notice and "Chapter 1" not in notice
    # The English chapter before it is still read.
    assert "Violence" in body


def test_an_edited_chapter_is_read_as_typed_not_as_saved(client, login, author, violent_work):
    login(author)
    chapter = violent_work.chapters.get()
    body = page(
        client.post(
            f"/works/{violent_work.pk}/chapters/{chapter.pk}/suggest",
            {"chapter_text": f"{AUTHOR_NOTE}\n\n{CALM}"},
            **HTMX,
        )
    )
    names = set(re.findall(r'<span class="suggestion-name">([^<]+)</span>', body))
    assert "Elizabeth Bennet" in names
    assert "Sherlock Holmes" not in names
    assert 'data-target="chapter_notes"' in body
    # Without JavaScript: the chapter form again, with the typed text.
    response = client.post(
        f"/works/{violent_work.pk}/chapters/{chapter.pk}/suggest", {"chapter_text": CALM}
    )
    assert response.context["chapter"] == chapter
    assert response.context["form"].initial["chapter_text"] == CALM


def test_the_posting_pages_carry_the_button(client, login, author, violent_work):
    login(author)
    chapter = violent_work.chapters.get()
    services.chapter_add(work=violent_work, editor=author, data=services.ChapterData(text=CALM))
    for url, action in [
        ("/works/new", "/works/suggest"),
        (f"/works/{violent_work.pk}/edit", f"/works/{violent_work.pk}/suggest"),
        (f"/works/{violent_work.pk}/chapters/new", f"/works/{violent_work.pk}/chapters/suggest"),
        (
            f"/works/{violent_work.pk}/chapters/{chapter.pk}/edit",
            f"/works/{violent_work.pk}/chapters/{chapter.pk}/suggest",
        ),
    ]:
        body = page(client.get(url))
        button = re.search(r'<button type="submit" class="secondary suggest-button"[^>]*>', body)
        assert button is not None, url
        assert f'formaction="{action}"' in button.group(0)
        assert f'hx-post="{action}"' in button.group(0)
        assert 'hx-target="#suggestions-results"' in button.group(0)
        assert "suggestions/suggestions.js" in body


def test_the_review_link_loads_the_panel_at_once(client, login, author, violent_work):
    login(author)
    body = page(client.get(f"/works/{violent_work.pk}/edit?suggest=1"))
    assert 'hx-trigger="click, load"' in body
    body = page(client.get(f"/works/{violent_work.pk}/edit"))
    assert 'hx-trigger="click, load"' not in body
