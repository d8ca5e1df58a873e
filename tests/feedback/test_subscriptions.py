"""Subscribing to works, series and pseuds: who may, what it counts, the buttons, the
subscriptions page, and the search sort by subscriptions."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from fanfold.feedback.models import Subscription
from fanfold.feedback.notifications.services import subscription_add, subscription_remove
from fanfold.works.models import Series, Work

SEARCH = "/works/search"


def count_of(work: Work) -> int:
    work.refresh_from_db()
    return work.subscriptions_count


# The services


def test_subscribing_to_a_work_counts_it_once(author, reader, make_work):
    work = make_work(author)
    first = subscription_add(user=reader, work=work)
    again = subscription_add(user=reader, work=work)
    assert first == again
    assert Subscription.objects.filter(user=reader, work=work).count() == 1
    assert count_of(work) == 1


def test_unsubscribing_lowers_the_count(author, reader, make_user, make_work):
    work = make_work(author)
    other = make_user("other")
    subscription = subscription_add(user=reader, work=work)
    subscription_add(user=other, work=work)
    assert count_of(work) == 2
    subscription_remove(user=reader, subscription=subscription)
    assert count_of(work) == 1
    assert not Subscription.objects.filter(user=reader).exists()


def test_no_one_can_remove_someone_elses_subscription(author, reader, make_work):
    subscription = subscription_add(user=reader, work=make_work(author))
    with pytest.raises(PermissionDenied):
        subscription_remove(user=author, subscription=subscription)
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_a_creator_cannot_subscribe_to_their_own_work_series_or_pseud(author, make_work):
    work = make_work(author, new_series_title="Harbour Lights")
    series = Series.objects.get(title="Harbour Lights")
    with pytest.raises(ValidationError, match="your own work"):
        subscription_add(user=author, work=work)
    with pytest.raises(ValidationError, match="your own series"):
        subscription_add(user=author, series=series)
    with pytest.raises(ValidationError, match="yourself"):
        subscription_add(user=author, pseud=author.default_pseud)
    assert not Subscription.objects.exists()
    assert count_of(work) == 0


def test_nobody_can_subscribe_to_a_draft_they_cannot_see(author, reader, make_work):
    draft = make_work(author, post=False)
    with pytest.raises(ValidationError, match="No such work"):
        subscription_add(user=reader, work=draft)
    assert count_of(draft) == 0


def test_a_series_of_drafts_cannot_be_subscribed_to(author, reader, make_work):
    make_work(author, post=False, new_series_title="Unfinished Things")
    series = Series.objects.get(title="Unfinished Things")
    with pytest.raises(ValidationError, match="No such series"):
        subscription_add(user=reader, series=series)


def test_readers_subscribe_to_series_and_pseuds(author, reader, make_work):
    make_work(author, new_series_title="Harbour Lights")
    series = Series.objects.get(title="Harbour Lights")
    subscription_add(user=reader, series=series)
    subscription_add(user=reader, pseud=author.default_pseud)
    assert Subscription.objects.filter(user=reader, series=series).exists()
    assert Subscription.objects.filter(user=reader, pseud=author.default_pseud).exists()


# The button and the views


def test_the_work_page_offers_subscribe_to_readers_only(client, login, author, reader, make_work):
    work = make_work(author)
    assert "Subscribe" not in client.get(work.get_absolute_url()).content.decode()
    login(author)
    assert 'name="work"' not in client.get(work.get_absolute_url()).content.decode()
    login(reader)
    page = client.get(work.get_absolute_url()).content.decode()
    assert 'class="subscribe-action"' in page
    assert f'name="work" value="{work.pk}"' in page


def test_subscribe_without_javascript_returns_to_the_work(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    response = client.post(
        "/subscriptions/new", {"work": work.pk, "next": work.get_absolute_url()}, follow=True
    )
    assert response.redirect_chain[-1][0] == work.get_absolute_url()
    page = response.content.decode()
    assert "You are subscribed." in page
    assert "Unsubscribe" in page
    assert count_of(work) == 1


def test_subscribe_with_htmx_swaps_the_button_in_place(client, login, author, reader, make_work):
    work = make_work(author)
    login(reader)
    response = client.post(
        "/subscriptions/new",
        {"work": work.pk, "next": work.get_absolute_url()},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "Unsubscribe" in fragment and "You are subscribed." in fragment
    subscription = Subscription.objects.get(user=reader, work=work)
    response = client.post(
        f"/subscriptions/{subscription.pk}/delete",
        {"next": work.get_absolute_url()},
        HTTP_HX_REQUEST="true",
    )
    assert ">Subscribe<" in response.content.decode()
    assert count_of(work) == 0


def test_a_refused_subscription_says_why_in_place(client, login, author, make_work):
    work = make_work(author)
    login(author)
    response = client.post("/subscriptions/new", {"work": work.pk}, HTTP_HX_REQUEST="true")
    assert "can&#x27;t subscribe to your own work" in response.content.decode()
    assert not Subscription.objects.exists()


def test_guests_are_sent_to_log_in(client, author, make_work):
    work = make_work(author)
    response = client.post("/subscriptions/new", {"work": work.pk})
    assert response.status_code == 302 and "/login" in response["Location"]
    assert not Subscription.objects.exists()


def test_series_page_offers_subscribe(client, login, author, reader, make_work):
    make_work(author, new_series_title="Harbour Lights")
    series = Series.objects.get(title="Harbour Lights")
    login(reader)
    page = client.get(series.get_absolute_url()).content.decode()
    assert f'name="series" value="{series.pk}"' in page


def test_pseud_subscribe_button_renders_for_readers(rf, author, reader):
    from django.template.loader import render_to_string

    request = rf.get("/")
    request.user = reader
    html = render_to_string(
        "feedback/notifications/_subscribe_pseud.html",
        {"pseud": author.default_pseud, "user": reader},
        request=request,
    )
    assert f'name="pseud" value="{author.default_pseud.pk}"' in html
    request.user = author
    own = render_to_string(
        "feedback/notifications/_subscribe_pseud.html",
        {"pseud": author.default_pseud, "user": author},
        request=request,
    )
    assert "Subscribe" not in own


def test_subscriptions_page_lists_them_and_unsubscribes(client, login, author, reader, make_work):
    work = make_work(author, title="Lamplight", new_series_title="Harbour Lights")
    series = Series.objects.get(title="Harbour Lights")
    subscription_add(user=reader, work=work)
    subscription_add(user=reader, series=series)
    subscription_add(user=reader, pseud=author.default_pseud)
    login(reader)
    page = client.get("/users/reader/subscriptions").content.decode()
    assert "Lamplight" in page and "Harbour Lights" in page and "quill" in page
    subscription = Subscription.objects.get(user=reader, work=work)
    response = client.post(f"/subscriptions/{subscription.pk}/delete", follow=True)
    assert response.redirect_chain[-1][0] == "/users/reader/subscriptions"
    assert "Lamplight" not in response.content.decode().split("<main", 1)[1].split("Harbour")[0]
    assert count_of(work) == 0


def test_unsubscribing_from_the_list_with_htmx_removes_the_row(
    client, login, author, reader, make_work
):
    subscription = subscription_add(user=reader, work=make_work(author))
    login(reader)
    response = client.post(
        f"/subscriptions/{subscription.pk}/delete", {"from": "list"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200 and response.content == b""
    assert not Subscription.objects.exists()


def test_subscriptions_page_is_its_owners_only(client, login, author, reader):
    assert client.get("/users/reader/subscriptions").status_code == 302
    login(author)
    assert client.get("/users/reader/subscriptions").status_code == 404


def test_no_one_can_unsubscribe_someone_else(client, login, author, reader, make_work):
    subscription = subscription_add(user=reader, work=make_work(author))
    login(author)
    assert client.post(f"/subscriptions/{subscription.pk}/delete").status_code == 404
    assert Subscription.objects.filter(pk=subscription.pk).exists()


# The sort


def test_sort_by_subscriptions_puts_the_most_followed_first(client, author, make_user, make_work):
    quiet = make_work(author, title="Quiet")
    popular = make_work(author, title="Popular")
    middling = make_work(author, title="Middling")
    readers = [make_user(f"fan{n}") for n in range(3)]
    for fan in readers:
        subscription_add(user=fan, work=popular)
    subscription_add(user=readers[0], work=middling)
    response = client.get(SEARCH, {"sort": "subscriptions"})
    assert [w.title for w in response.context["listing"].page.object_list] == [
        "Popular",
        "Middling",
        "Quiet",
    ]
    response = client.get(SEARCH, {"sort": "subscriptions", "order": "asc"})
    assert response.context["listing"].page.object_list[0].title == quiet.title
    assert 'value="subscriptions"' in response.content.decode()
