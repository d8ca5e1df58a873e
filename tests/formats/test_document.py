from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from fanfold.formats import Chapter, Labels, WorkDocument
from fanfold.formats.document import identifier_for, is_rtl, language_tag


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("en", "en"),
        ("zh_Hant_TW", "zh-Hant-TW"),
        ("pt-BR", "pt-BR"),
        ("english", "und"),
        ("", "und"),
    ],
)
def test_language_is_well_formed_bcp47_or_undetermined(given, expected):
    assert language_tag(given) == expected


@pytest.mark.parametrize(
    ("language", "rtl"),
    [("ar", True), ("he", True), ("fa-IR", True), ("ur", True), ("en", False), ("ja", False)],
)
def test_right_to_left_languages(language, rtl):
    assert is_rtl(language) is rtl


def test_identifier_is_derived_from_the_address():
    assert identifier_for("https://a.example/works/1") == identifier_for(
        "https://a.example/works/1"
    )
    assert identifier_for("https://a.example/works/1") != identifier_for(
        "https://a.example/works/2"
    )
    work = WorkDocument(title="T", chapters=(), source_url="https://a.example/works/1")
    assert work.uid == identifier_for("https://a.example/works/1")


def test_chapter_headings():
    work = WorkDocument(title="T", chapters=(Chapter(body="", title="Dawn"), Chapter(body="")))
    assert [work.chapter_heading(0), work.chapter_heading(1)] == ["Chapter 1: Dawn", "Chapter 2"]
    translated = dataclasses.replace(work, labels=Labels(chapter="Kapitel {number}"))
    assert translated.chapter_heading(1) == "Kapitel 2"


def test_modified_is_utc_without_microseconds():
    moment = dt.datetime(2026, 5, 1, 12, 0, 0, 999, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    work = WorkDocument(title="T", chapters=(), modified=moment)
    assert work.modified_utc == dt.datetime(2026, 5, 1, 10, 0, 0)
    assert WorkDocument(title="T", chapters=(), published=dt.date(2026, 1, 9)).modified_utc == (
        dt.datetime(2026, 1, 9)
    )


def test_the_document_cannot_change():
    work = WorkDocument(title="T", chapters=())
    with pytest.raises(dataclasses.FrozenInstanceError):
        work.title = "U"  # type: ignore[misc]
