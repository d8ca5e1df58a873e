"""Saved searches: a name for a filtered list, kept on the reader's page."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from fanfold.accounts import services as account_services
from fanfold.accounts.models import SavedSearch

from .filter_helpers import titles

SEARCH = "/works/search"


@pytest.fixture
def shelf(author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"], fandoms=["Greek Mythology"])
    make_work(author, title="Fluffy", freeforms=["Fluff"], fandoms=["Greek Mythology"])
    return author


def test_a_filtered_list_can_be_saved_and_reopened(client, shelf, reader, login):
    login(reader)
    html = client.get(SEARCH, {"freeforms": "Angst", "page": "1"}).content.decode()
    assert "Save this search" in html
    query = "freeforms=Angst&sort=title"
    response = client.post("/works/search/save", {"name": " My  angst ", "query": query})
    saved = SavedSearch.objects.get(user=reader)
    assert saved.name == "My angst" and saved.query == query
    assert response["Location"] == "/works/search?" + query
    assert titles(client, saved.get_absolute_url()) == ["Angsty"]


def test_the_save_form_carries_the_query_without_page_or_show_hidden(client, shelf, reader, login):
    login(reader)
    response = client.get(SEARCH, {"freeforms": "Angst", "page": "1", "show_hidden": "1"})
    listing = response.context["listing"]
    assert listing.search_query == "freeforms=Angst"
    assert listing.suggested_name == "Angst"


def test_saving_from_a_tag_page_keeps_the_tag(client, shelf, reader, login):
    login(reader)
    listing = client.get("/tags/Greek Mythology/works", {"freeforms": "Fluff"}).context["listing"]
    assert "fandoms=Greek+Mythology" in listing.search_query
    client.post("/works/search/save", {"name": "Greek fluff", "query": listing.search_query})
    saved = SavedSearch.objects.get(user=reader)
    assert titles(client, saved.get_absolute_url()) == ["Fluffy"]


def test_saving_from_a_rating_tag_page_ticks_the_rating(client, author, make_work, reader, login):
    make_work(author, title="Teen Work", rating="Teen And Up Audiences")
    make_work(author, title="Gen Work")
    login(reader)
    listing = client.get("/tags/Teen And Up Audiences/works").context["listing"]
    client.post("/works/search/save", {"name": "Teen", "query": listing.search_query})
    assert titles(client, SavedSearch.objects.get().get_absolute_url()) == ["Teen Work"]


def test_creator_pages_offer_no_save(client, shelf, reader, login):
    login(reader)
    html = client.get(f"/users/{shelf.username}/works").content.decode()
    assert "Save this search" not in html


def test_guests_are_asked_to_log_in_to_save(client, shelf):
    html = client.get(SEARCH, {"freeforms": "Angst"}).content.decode()
    assert "Log in to save this search" in html
    response = client.post("/works/search/save", {"name": "x", "query": ""})
    assert response.status_code == 302 and "/login" in response["Location"]
    assert not SavedSearch.objects.exists()


def test_saving_needs_a_name(client, shelf, reader, login):
    login(reader)
    response = client.post(
        "/works/search/save", {"name": "   ", "query": "freeforms=Angst"}, follow=True
    )
    assert not SavedSearch.objects.exists()
    assert response.redirect_chain[-1][0] == "/works/search?freeforms=Angst"
    assert "A saved search needs a name." in response.content.decode()


def test_saving_only_by_post(client, reader, login):
    login(reader)
    assert client.get("/works/search/save").status_code == 405


def test_the_reader_page_lists_saved_searches(client, shelf, reader, login):
    account_services.saved_search_create(user=reader, name="Zed", query="freeforms=Fluff")
    account_services.saved_search_create(user=reader, name="Alpha", query="freeforms=Angst")
    login(reader)
    html = client.get(f"/users/{reader.username}/searches").content.decode()
    assert html.index("Alpha") < html.index("Zed")
    assert 'href="/works/search?freeforms=Angst"' in html
    assert "/users/reader/searches" in client.get("/settings").content.decode()


def test_saved_searches_are_private(client, shelf, reader, make_user, login):
    account_services.saved_search_create(user=reader, name="Mine", query="")
    assert client.get(f"/users/{reader.username}/searches").status_code == 302
    login(make_user("nosy"))
    assert client.get(f"/users/{reader.username}/searches").status_code == 404
    saved = SavedSearch.objects.get()
    response = client.post("/users/nosy/searches", {"search": saved.pk, "action": "delete"})
    assert response.status_code == 404
    assert SavedSearch.objects.filter(pk=saved.pk).exists()


def test_a_saved_search_can_be_renamed(client, reader, login):
    saved = account_services.saved_search_create(user=reader, name="Old", query="")
    login(reader)
    url = f"/users/{reader.username}/searches"
    response = client.post(url, {"search": saved.pk, "action": "rename", "name": "New"})
    assert response.status_code == 302
    saved.refresh_from_db()
    assert saved.name == "New"


def test_renaming_to_nothing_is_refused_beside_the_search(client, reader, login):
    saved = account_services.saved_search_create(user=reader, name="Old", query="")
    login(reader)
    url = f"/users/{reader.username}/searches"
    response = client.post(url, {"search": saved.pk, "action": "rename", "name": "  "})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    saved.refresh_from_db()
    assert saved.name == "Old"


def test_a_saved_search_can_be_deleted(client, reader, login):
    saved = account_services.saved_search_create(user=reader, name="Gone", query="")
    login(reader)
    client.post(f"/users/{reader.username}/searches", {"search": saved.pk, "action": "delete"})
    assert not SavedSearch.objects.exists()


@pytest.mark.parametrize("value", ["", "abc", "999999"])
def test_a_bad_saved_search_id_is_not_found(client, reader, login, value):
    login(reader)
    url = f"/users/{reader.username}/searches"
    assert client.post(url, {"search": value, "action": "delete"}).status_code == 404


def test_saved_searches_have_a_limit(reader, monkeypatch):
    monkeypatch.setattr(account_services, "MAX_SAVED_SEARCHES", 2)
    account_services.saved_search_create(user=reader, name="One", query="")
    account_services.saved_search_create(user=reader, name="Two", query="")
    with pytest.raises(ValidationError):
        account_services.saved_search_create(user=reader, name="Three", query="")


def test_an_overlong_query_is_refused_not_an_error_page(client, reader, login):
    login(reader)
    response = client.post(
        "/works/search/save", {"name": "Long", "query": "q=" + "a" * 3000}, follow=True
    )
    assert response.status_code == 200
    assert not SavedSearch.objects.exists()


def test_what_is_saved_is_a_clean_query_string(client, reader, login):
    login(reader)
    client.post(
        "/works/search/save",
        {"name": "Odd", "query": "freeforms=Angst&page=3&q=&x=%0d%0aSet-Cookie:+a&fandoms=A%26B"},
    )
    saved = SavedSearch.objects.get()
    assert saved.query == "freeforms=Angst&x=%0D%0ASet-Cookie%3A+a&fandoms=A%26B"
    assert client.get(saved.get_absolute_url()).status_code == 200
