"""Dismissing the notice on a work's page: its creators decide a suggestion is not for
this work, the page stops naming it, and an undo brings it back."""

from __future__ import annotations

import pytest
from django.urls import reverse

from fanfold.suggestions import services
from fanfold.suggestions.models import DismissedSuggestion, WorkSuggestions
from fanfold.suggestions.selectors import work_suggestions_notice
from fanfold.works import services as works_services

from .conftest import CALM, NOTICE, SHERLOCK, notice_for

HTMX = {"HTTP_HX_REQUEST": "true"}


def shown_names(work, user) -> list[str]:
    notice = work_suggestions_notice(work, user)
    assert notice is not None
    return notice.names


def dismiss_url(work) -> str:
    return reverse("suggestions:dismiss", args=[work.pk])


def restore_url(work) -> str:
    return reverse("suggestions:restore", args=[work.pk])


def test_dismissing_stops_the_page_naming_what_was_shown(author, violent_work):
    names = shown_names(violent_work, author)
    assert "Violence" in names

    dismissed = services.work_suggestions_dismiss(work=violent_work, user=author, names=names)

    assert dismissed == names
    assert NOTICE not in notice_for(violent_work, author)
    row = DismissedSuggestion.objects.get(work=violent_work, name="Violence")
    assert row.dismissed_by == author


def test_only_what_the_notice_names_can_be_dismissed(author, violent_work):
    names = shown_names(violent_work, author)
    dismissed = services.work_suggestions_dismiss(
        work=violent_work, user=author, names=[names[0], "Fluff", "Explicit"]
    )
    assert dismissed == [names[0]]
    assert set(DismissedSuggestion.objects.values_list("name", flat=True)) == {names[0]}
    # The rest is still named.
    assert shown_names(violent_work, author) == names[1:]


def test_dismissing_twice_is_harmless(author, violent_work):
    names = shown_names(violent_work, author)
    services.work_suggestions_dismiss(work=violent_work, user=author, names=names[:1])
    assert (
        services.work_suggestions_dismiss(work=violent_work, user=author, names=names)
        == (names[1:])
    )
    assert services.work_suggestions_dismiss(work=violent_work, user=author, names=names) == []
    assert DismissedSuggestion.objects.filter(work=violent_work).count() == len(names)


def test_something_new_brings_the_notice_back_with_only_the_new(author, violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    names = shown_names(violent_work, author)
    services.work_suggestions_dismiss(work=violent_work, user=author, names=names)
    # Later text suggests a warning nobody dismissed.
    stored.analysis["warnings"].append(
        {"name": "Major Character Death", "confidence": 0.9, "reasons": [], "evidence": []}
    )
    stored.save()
    assert shown_names(violent_work, author) == ["Major Character Death"]


def test_a_higher_rating_than_the_one_dismissed_is_named_again(author, violent_work):
    stored = WorkSuggestions.objects.get(work=violent_work)
    rating = stored.analysis["rating"]["name"]
    services.work_suggestions_dismiss(work=violent_work, user=author, names=[rating])
    assert rating not in shown_names(violent_work, author)
    stored.analysis["rating"]["name"] = "Explicit"
    stored.save()
    assert "Explicit" in shown_names(violent_work, author)


def test_restoring_names_them_again(author, violent_work):
    names = shown_names(violent_work, author)
    services.work_suggestions_dismiss(work=violent_work, user=author, names=names)
    assert services.work_suggestions_restore(work=violent_work, names=names) == len(names)
    assert shown_names(violent_work, author) == names


def test_dismissals_survive_a_recomputation_and_a_text_with_nothing_to_say(
    author, violent_work, committed
):
    names = shown_names(violent_work, author)
    services.work_suggestions_dismiss(work=violent_work, user=author, names=names)
    chapter = violent_work.chapters.get()
    committed(
        lambda: works_services.chapter_update(
            chapter=chapter, editor=author, data=works_services.ChapterData(text=CALM)
        )
    )
    assert DismissedSuggestion.objects.filter(work=violent_work).count() == len(names)
    assert work_suggestions_notice(violent_work, author) is None


# From the work's page ------------------------------------------------------------------


def test_the_notice_offers_to_dismiss_what_it_names(author, violent_work):
    shown = notice_for(violent_work, author)
    assert f'action="{dismiss_url(violent_work)}"' in shown
    for name in shown_names(violent_work, author):
        assert f'name="name" value="{name}"' in shown


def test_a_creator_dismisses_without_javascript(client, login, author, violent_work):
    names = shown_names(violent_work, author)
    login(author)
    response = client.post(dismiss_url(violent_work), {"name": names}, follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == violent_work.get_absolute_url()
    assert "Dismissed: this page will not name" in page
    assert NOTICE not in page


def test_a_creator_dismisses_and_undoes_in_place(client, login, author, violent_work):
    names = shown_names(violent_work, author)
    login(author)
    response = client.post(dismiss_url(violent_work), {"name": names}, **HTMX)
    assert response.status_code == 200
    fragment = response.content.decode()
    assert 'id="suggestions-notice"' in fragment and "<html" not in fragment
    assert "Dismissed:" in fragment and f'action="{restore_url(violent_work)}"' in fragment

    response = client.post(restore_url(violent_work), {"name": names}, **HTMX)
    fragment = response.content.decode()
    assert NOTICE in fragment and 'id="suggestions-notice"' in fragment
    assert not DismissedSuggestion.objects.exists()


def test_a_stale_notice_is_shown_as_it_is_now(client, login, author, violent_work):
    login(author)
    response = client.post(dismiss_url(violent_work), {"name": ["Fluff"]}, **HTMX)
    assert NOTICE in response.content.decode()
    assert not DismissedSuggestion.objects.exists()


@pytest.mark.parametrize("url", [dismiss_url, restore_url])
def test_only_the_works_creators_may_dismiss(client, login, author, reader, violent_work, url):
    names = shown_names(violent_work, author)
    target = url(violent_work)
    assert client.post(target, {"name": names}).status_code == 302  # to log in
    login(reader)
    assert client.post(target, {"name": names}).status_code == 403
    assert not DismissedSuggestion.objects.exists()
    assert NOTICE in notice_for(violent_work, author)


def test_a_draft_cannot_be_reached_by_anyone_else(client, login, author, reader, make_work):
    draft = make_work(author, post=False, rating="General Audiences", fandoms=[SHERLOCK])
    login(reader)
    assert client.post(dismiss_url(draft), {"name": ["Violence"]}).status_code == 404


def test_dismissing_needs_a_post(client, login, author, violent_work):
    login(author)
    assert client.get(dismiss_url(violent_work)).status_code == 405
    assert not DismissedSuggestion.objects.exists()
