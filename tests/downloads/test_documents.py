"""A work becomes the formats' WorkDocument in one place, as the viewer may see it."""

from __future__ import annotations

import datetime
import logging

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from fanfold.downloads.documents import work_document
from fanfold.downloads.filetypes import FILE_TYPES, unavailable_reason
from fanfold.works.models import Work
from fanfold.works.selectors import chapters_of, with_listing_data

pytestmark = pytest.mark.django_db


def loaded(work: Work) -> Work:
    return with_listing_data(Work.objects.filter(pk=work.pk)).get()


def test_document_carries_everything_the_header_shows(author, make_work, settings):
    settings.SITE_URL = "https://archive.example.org"
    settings.SITE_NAME = "Harbor Archive"
    work = make_work(
        author,
        title="Lamplight",
        chapters=2,
        rating="Mature",
        warnings=["Graphic Depictions Of Violence"],
        fandoms=["Dracula - Bram Stoker"],
        relationships=["Mina Harker/Jonathan Harker"],
        characters=["Mina Harker"],
        freeforms=["Letters"],
        categories=["F/M"],
        summary="A *quiet* night.",
        text_format="markdown",
        expected_chapters=3,
        new_series_title="Night Letters",
        language="fr",
    )
    Work.objects.filter(pk=work.pk).update(kudos_count=4, hits_count=30, comments_count=2)
    work = loaded(work)
    document = work_document(work, AnonymousUser(), list(chapters_of(work)))
    assert document.title == "Lamplight"
    assert document.creators == ("quill",) and not document.anonymous
    assert document.tags.rating == "Mature"
    assert document.tags.warnings == ("Graphic Depictions Of Violence",)
    assert document.tags.categories == ("F/M",)
    assert document.tags.relationships == ("Mina Harker/Jonathan Harker",)
    assert document.tags.freeforms == ("Letters",)
    assert document.summary.strip() == "<p>A <em>quiet</em> night.</p>"
    assert document.language == "fr" and document.language_name == "Français"
    [series] = document.series
    assert (series.title, series.position) == ("Night Letters", 1)
    assert series.url.startswith("https://archive.example.org/series/")
    assert document.source_url == f"https://archive.example.org/works/{work.pk}"
    assert document.archive_name == "Harbor Archive"
    assert document.published == datetime.date(2026, 1, 5)
    assert document.modified == work.updated_at
    assert (document.words, document.expected_chapters) == (work.word_count, 3)
    assert (document.kudos, document.hits, document.comments, document.bookmarks) == (4, 30, 2, 0)
    assert [c.title for c in document.chapters] == ["One", "Part 2"]
    assert "Chapter 2." in document.chapters[1].body


def test_labels_are_in_the_active_language(author, make_work):
    work = loaded(make_work(author))
    with translation.override("en"):
        document = work_document(work, AnonymousUser(), list(chapters_of(work)))
    assert document.labels.locale == "en"
    assert document.labels.chapter_titled == "Chapter {number}: {title}"
    assert document.labels.posted_at == "Posted originally on {archive} at {url}."


def test_anonymous_work_names_nobody_even_for_its_creator(author, make_work):
    work = loaded(make_work(author, anonymous=True))
    for viewer in (AnonymousUser(), author):
        document = work_document(work, viewer, list(chapters_of(work)))
        assert document.anonymous and document.creators == ()
        assert document.byline == "Anonymous"


def test_missing_tools_are_logged_once_at_startup(settings, caplog):
    from django.apps import apps

    settings.DOWNLOADS_EBOOK_CONVERT = "/nonexistent/ebook-convert"
    settings.DOWNLOADS_PDF = False
    with caplog.at_level(logging.INFO, logger="fanfold.downloads"):
        apps.get_app_config("downloads").ready()
    messages = [r.getMessage() for r in caplog.records if r.name == "fanfold.downloads"]
    assert "PDF downloads are off: FANFOLD_DOWNLOADS_PDF is off" in messages
    assert any(m.startswith("AZW3 downloads are off: calibre's") for m in messages)
    assert unavailable_reason(FILE_TYPES["epub"]) is None
