"""The posting form, as an author meets it: every field, every limit, nothing lost."""

from __future__ import annotations

import datetime
from html import unescape

import pytest
from django.utils import timezone

from fanfold.tags.models import Tag
from fanfold.works.models import Creatorship, Work

STORY = "The tide came in over the causeway while the two of them argued about the map."


def form_data(**overrides):
    data = {
        "title": "The Causeway",
        "summary": "Two travellers, one map, a rising tide.",
        "notes": "A/N: this will only make sense if you watched the finale! Let me know your thoughts",
        "endnotes": "Thank you for reading.",
        "text_format": "html",
        "rating": "Teen And Up Audiences",
        "warnings": ["No Archive Warnings Apply"],
        "categories": ["Gen"],
        "fandoms": "Greek Mythology",
        "relationships": "Ariadne & Theseus",
        "characters": "Ariadne, Theseus",
        "freeforms": "Angst, Missing Scene",
        "language": "en",
        "published_on": "2026-02-14",
        "comment_permission": "everyone",
        "chapter_title": "Low Water",
        "chapter_text": STORY,
        "post_work": "1",
    }
    data.update(overrides)
    return data


@pytest.fixture
def author_client(client, author, login):
    login(author)
    return client


def post_new(client, **overrides):
    data = form_data(**overrides)
    if "pseuds" not in data:
        from fanfold.accounts.models import User

        user = User.objects.get(username="quill")
        data["pseuds"] = [user.default_pseud.pk]
    return client.post("/works/new", data)


def test_every_field_of_the_posting_form_has_a_visible_label(author_client):
    from fanfold.works.forms import NewWorkForm

    html = unescape(author_client.get("/works/new").content.decode())
    for name, field in NewWorkForm.base_fields.items():
        if name == "pseuds":
            continue  # a single pseud is implicit; several get a labelled checkbox list
        assert str(field.label) in html, name
    for label in (
        "Rating",
        "Archive Warnings",
        "Fandoms",
        "Additional Tags",
        "Work Title",
        "Chapter text",
        "Publication date",
        "Who can comment on this work",
    ):
        assert label in html


def test_posting_a_work_creates_it_with_its_tags_and_chapter(author_client, author):
    response = post_new(author_client)
    work = Work.objects.get()
    assert response.status_code == 302
    assert response["Location"] == work.get_absolute_url()
    assert work.posted and work.title == "The Causeway"
    assert work.published_on == datetime.date(2026, 2, 14)
    names = {t.type: [] for t in work.tags.all()}
    for work_tag in work.work_tags.select_related("tag"):
        names[work_tag.tag.type].append(work_tag.tag.name)
    assert names == {
        "rating": ["Teen And Up Audiences"],
        "warning": ["No Archive Warnings Apply"],
        "category": ["Gen"],
        "fandom": ["Greek Mythology"],
        "relationship": ["Ariadne & Theseus"],
        "character": ["Ariadne", "Theseus"],
        "freeform": ["Angst", "Missing Scene"],
    }
    assert work.chapter_count == 1 and work.complete is False
    assert work.word_count == 16
    page = author_client.get(work.get_absolute_url()).content.decode()
    assert "A/N: this will only make sense if you watched the finale!" in page
    assert "Thank you for reading." in page
    assert "Low Water" not in page or "Chapter 1" not in page  # one-shots show no chapter title


def test_save_as_draft_keeps_the_work_private(author_client, client):
    post_new(author_client, post_work="", save_draft="1")
    work = Work.objects.get()
    assert work.posted is False


def test_preview_shows_the_text_and_saves_nothing(author_client):
    response = post_new(
        author_client, post_work="", preview="1", chapter_text="<p>Seen <em>first</em></p>"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<em>first</em>" in html
    assert 'value="The Causeway"' in html  # the form is still filled in
    assert Work.objects.count() == 0


def test_a_failing_form_keeps_everything_the_author_typed(author_client):
    response = post_new(
        author_client,
        title="",
        fandoms="",
        warnings=[],
        chapter_text="Too short",
        summary="S" * 1251,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert Work.objects.count() == 0
    form = response.context["form"]
    assert set(form.errors) >= {"title", "fandoms", "warnings", "chapter_text", "summary"}
    # Messages sit beside their fields...
    assert "Name at least one fandom." in html
    assert "Choose at least one archive warning." in html
    # ...and what was typed is still there.
    assert "Too short" in html
    assert "A/N: this will only make sense if you watched the finale!" in html
    assert 'value="Ariadne, Theseus"' in html
    assert "S" * 1251 in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "T" * 256, "at most 255 characters"),
        ("summary", "s" * 1251, "at most 1250 characters"),
        ("notes", "n" * 5001, "at most 5000 characters"),
        ("endnotes", "n" * 5001, "at most 5000 characters"),
        ("chapter_text", "short", "at least 10 characters"),
        ("chapter_text", "x" * 510_001, "at most 510000 characters"),
        ("freeforms", "t" * 151, "at most 150 characters"),
        ("characters", "Ariadne, \u200b\u200b", "empty once invisible characters are removed"),
        ("freeforms", "Angst, a*b", "can't contain *"),
        ("published_on", "2999-01-01", "can't be in the future"),
        ("rating", "Adults Only", "Select a valid choice"),
    ],
)
def test_limits_as_on_ao3(author_client, field, value, message):
    response = post_new(author_client, **{field: value})
    assert Work.objects.count() == 0
    assert message in unescape(response.content.decode())
    assert field in response.context["form"].errors


def test_limit_of_75_free_tags_per_work(author_client):
    many = ", ".join(f"Tag {n}" for n in range(74))
    response = post_new(author_client, freeforms=many)  # 74 + 1 fandom + 2 characters + 1 rel
    assert "at most 75" in response.content.decode()
    assert Work.objects.count() == 0
    response = post_new(author_client, freeforms=many, characters="", relationships="")
    assert response.status_code == 302


def test_chapter_text_of_510000_characters_is_accepted(author_client):
    text = ("word " * 102_000)[:510_000]
    assert post_new(author_client, chapter_text=text).status_code == 302
    assert Work.objects.get().word_count == 102_000


def test_no_archive_warnings_apply_cannot_be_combined(author_client):
    response = post_new(
        author_client, warnings=["No Archive Warnings Apply", "Major Character Death"]
    )
    assert "can't be chosen with another warning" in unescape(response.content.decode())


def test_backdating_is_allowed(author_client):
    post_new(author_client, published_on="2011-06-01")
    work = Work.objects.get()
    assert work.published_on == datetime.date(2011, 6, 1)
    assert work.revised_on == datetime.date(2011, 6, 1)


def test_html_is_sanitised_to_the_allowlist(author_client):
    text = (
        '<p onclick="steal()">Hello <script>alert(1)</script><a href="javascript:alert(1)">x</a>'
        '<a href="https://example.org">ok</a><img src="data:image/png;base64,AAAA"></p>'
        "<style>p{}</style><details><summary>Spoiler</summary>hidden</details>"
    )
    post_new(author_client, chapter_text=text)
    html = Work.objects.get().chapters.get().text_html
    for forbidden in ("onclick", "<script", "javascript:", "data:", "<style"):
        assert forbidden not in html
    assert '<a href="https://example.org" rel="nofollow">ok</a>' in html
    assert "<details><summary>Spoiler</summary>hidden</details>" in html


def test_markdown_is_rendered(author_client):
    text = "# Heading\n\nSome *emphasis* and a [link](https://example.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    post_new(author_client, text_format="markdown", chapter_text=text, notes="**Bold** note")
    work = Work.objects.get()
    html = work.chapters.get().text_html
    assert "<h1>Heading</h1>" in html and "<em>emphasis</em>" in html and "<table>" in html
    assert 'rel="nofollow"' in html
    assert "<strong>Bold</strong>" in author_client.get(work.get_absolute_url()).content.decode()


def test_plain_text_in_html_mode_becomes_paragraphs(author_client):
    post_new(author_client, chapter_text="First paragraph.\n\nSecond paragraph.\nSame one.")
    html = Work.objects.get().chapters.get().text_html
    assert html == "<p>First paragraph.</p>\n<p>Second paragraph.<br>\nSame one.</p>"


def test_restricted_anonymous_and_comment_settings_are_saved(author_client):
    post_new(author_client, restricted="on", anonymous="on", comment_permission="registered")
    work = Work.objects.get()
    assert work.restricted and work.anonymous and work.comment_permission == "registered"


def test_new_series_and_existing_series(author_client, author):
    post_new(author_client, new_series_title="Labyrinths")
    first = Work.objects.get()
    series = first.series.get()
    post_new(author_client, title="Second", series=series.pk)
    second = Work.objects.get(title="Second")
    assert [p.work for p in series.parts.all()] == [first, second]
    assert [p.position for p in series.parts.all()] == [1, 2]
    page = author_client.get(second.get_absolute_url()).content.decode()
    assert "Part 2 of" in page and "Labyrinths" in page


def test_posting_as_a_second_pseud(author_client, author):
    from fanfold.accounts.services import pseud_create

    pen = pseud_create(user=author, name="Inkwell")
    response = author_client.get("/works/new")
    assert "Inkwell" in response.content.decode()
    post_new(author_client, pseuds=[pen.pk])
    assert [c.pseud for c in Work.objects.get().creatorships.all()] == [pen]


def test_cannot_post_as_someone_elses_pseud(author_client, reader):
    response = post_new(author_client, pseuds=[reader.default_pseud.pk])
    assert Work.objects.count() == 0
    assert "pseuds" in response.context["form"].errors


def test_co_creator_is_credited_only_after_accepting(author_client, client, author, reader, login):
    post_new(author_client, co_creators="reader")
    work = Work.objects.get()
    invitation = Creatorship.objects.get(pseud__user=reader)
    assert invitation.approved is False
    assert "reader" not in client.get(work.get_absolute_url()).content.decode().split("<main")[1]

    login(reader)
    assert "1 invitation" in client.get("/").content.decode()
    assert "The Causeway" in client.get("/invitations").content.decode()
    client.post("/invitations", {"creatorship": invitation.pk, "action": "accept"})
    invitation.refresh_from_db()
    assert invitation.approved
    page = client.get(work.get_absolute_url()).content.decode()
    assert 'href="/users/reader/pseuds/reader/works"' in page
    assert "Edit work" in page  # co-creators can edit


def test_declined_invitation_is_removed(author_client, client, reader, login):
    post_new(author_client, co_creators="reader")
    invitation = Creatorship.objects.get(pseud__user=reader)
    login(reader)
    client.post("/invitations", {"creatorship": invitation.pk, "action": "decline"})
    assert not Creatorship.objects.filter(pk=invitation.pk).exists()


def test_inviting_an_unknown_user_is_refused(author_client):
    response = post_new(author_client, co_creators="nobody_here")
    assert "There is no user called nobody_here" in response.content.decode()
    assert Work.objects.count() == 0


def test_tags_reuse_existing_spellings(author_client):
    post_new(author_client, characters="Amélie")
    post_new(author_client, title="Again", characters="amelie ")
    assert Tag.objects.filter(type="character").count() == 1


def test_guests_cannot_open_the_posting_form(client):
    response = client.get("/works/new")
    assert response.status_code == 302 and response["Location"].startswith("/login")


def test_editing_a_work_keeps_its_values_and_updates(author_client, author, make_work):
    work = make_work(author, title="Before", chapters=2, freeforms=["Angst"])
    page = author_client.get(f"/works/{work.pk}/edit").content.decode()
    assert 'value="Before"' in page and 'value="Angst"' in page
    data = form_data(title="After", freeforms="Fluff")
    for key in ("chapter_title", "chapter_text", "post_work"):
        data.pop(key)
    data["update"] = "1"
    response = author_client.post(f"/works/{work.pk}/edit", data)
    assert response.status_code == 302
    work.refresh_from_db()
    assert work.title == "After"
    assert [t.name for t in work.tags.filter(type="freeform")] == ["Fluff"]
    assert work.revised_on == timezone.localdate()


def test_others_cannot_edit_or_delete_a_work(client, author, reader, make_work, login):
    work = make_work(author)
    login(reader)
    assert client.get(f"/works/{work.pk}/edit").status_code == 403
    assert client.post(f"/works/{work.pk}/delete").status_code == 403
    assert Work.objects.filter(pk=work.pk).exists()


def test_deleting_a_work_asks_for_confirmation(author_client, author, make_work):
    work = make_work(author, title="Goodbye")
    page = author_client.get(f"/works/{work.pk}/delete").content.decode()
    assert "Are you sure you want to delete" in page
    assert Work.objects.filter(pk=work.pk).exists()
    author_client.post(f"/works/{work.pk}/delete")
    assert not Work.objects.filter(pk=work.pk).exists()
