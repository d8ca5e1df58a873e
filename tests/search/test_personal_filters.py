"""Personal filters: muted tags, ratings, warnings and creators hold on every list, say
how much they hid, and never give away who wrote an anonymous work."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import ValidationError

from fanfold.accounts import services as account_services
from fanfold.accounts.models import MAX_MUTES, CreatorMute, TagMute
from fanfold.search.listing import apply_personal_filters
from fanfold.tags.models import Tag, TagParent
from fanfold.tags.naming import tag_key
from fanfold.works.filtering import refresh_work_filters
from fanfold.works.models import Work
from tests.conftest import PASSWORD

from .filter_helpers import facets, listing_of, titles

SEARCH = "/works/search"


def tag(name: str, type: str = "freeform") -> Tag:
    return Tag.objects.get(name=name, type=type)


def mute(client, name: str, type: str = "freeform"):
    return client.post("/mutes", {"action": "mute_tag", "tag": tag(name, type).pk})


def every_door(user):
    return [
        "/",
        "/works",
        SEARCH,
        "/tags/Greek Mythology/works",
        f"/users/{user.username}/works",
        f"/users/{user.username}/pseuds/{user.username}/works",
    ]


@pytest.fixture
def shelf(author, make_work):
    make_work(author, title="Angsty", freeforms=["Angst"], fandoms=["Greek Mythology"])
    make_work(author, title="Fluffy", freeforms=["Fluff"], fandoms=["Greek Mythology"])
    make_work(
        author,
        title="Deathly",
        warnings=["Major Character Death"],
        rating="Explicit",
        fandoms=["Greek Mythology"],
    )
    return author


# Tags


def test_a_muted_tag_hides_its_works_on_every_list_and_says_how_many(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    for url in every_door(shelf):
        listing = listing_of(client, url)
        assert "Angsty" not in [w.title for w in listing.page.object_list], url
        assert listing.hidden_count == 1, url
        html = client.get(url).content.decode()
        assert "1 work hidden by your filters." in html
        assert "Show them this time" in html


def test_show_them_this_time_lists_the_hidden_works_once(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    listing = listing_of(client, SEARCH, {"show_hidden": "1"})
    assert listing.showing_hidden
    assert "Angsty" in [w.title for w in listing.page.object_list]
    html = client.get(SEARCH, {"show_hidden": "1"}).content.decode()
    assert "Showing 1 work your filters would hide." in html and "Hide them again" in html
    # Only this time: the next list hides it again.
    assert "Angsty" not in titles(client, SEARCH)


def test_the_show_link_keeps_the_current_filters(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    listing = listing_of(client, SEARCH, {"fandoms": "Greek Mythology", "page": "1"})
    assert "fandoms=Greek+Mythology" in listing.show_hidden_url
    assert "show_hidden=1" in listing.show_hidden_url and "page" not in listing.show_hidden_url


def test_a_muted_tag_brings_its_synonyms_and_sub_tags(client, author, reader, make_work, login):
    make_work(author, title="Typed Synonym", freeforms=["hurt comfort"])
    make_work(author, title="Typed Sub Tag", freeforms=["Whump"])
    make_work(author, title="Unrelated", freeforms=["Fluff"])
    canonical = Tag.objects.create(name="Hurt/Comfort", type="freeform", canonical=True)
    Tag.objects.filter(name="hurt comfort").update(merger=canonical)
    TagParent.objects.create(parent=canonical, child=tag("Whump"))
    refresh_work_filters(Work.objects.values_list("pk", flat=True))
    login(reader)
    # Muting the synonym mutes what it means.
    mute(client, "hurt comfort")
    listing = listing_of(client, SEARCH)
    assert [w.title for w in listing.page.object_list] == ["Unrelated"]
    assert listing.hidden_count == 2


def test_facets_leave_out_what_personal_filters_hid(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    found = facets(listing_of(client, SEARCH))
    assert "Angst" not in found["freeform"]
    assert found["fandom"]["Greek Mythology"].count == 2


def test_ratings_and_warnings_are_muted_with_ticks(client, shelf, reader, login):
    login(reader)
    client.post("/mutes", {"action": "fixed", "warnings": ["Major Character Death"]})
    assert TagMute.objects.filter(user=reader, tag__name="Major Character Death").exists()
    assert set(titles(client, SEARCH)) == {"Angsty", "Fluffy"}
    client.post("/mutes", {"action": "fixed", "ratings": ["Explicit"]})
    # Saving the boxes again makes the mutes exactly what is ticked.
    assert not TagMute.objects.filter(user=reader, tag__name="Major Character Death").exists()
    assert set(titles(client, SEARCH)) == {"Angsty", "Fluffy"}
    client.post("/mutes", {"action": "fixed"})
    assert set(titles(client, SEARCH)) == {"Angsty", "Fluffy", "Deathly"}


def test_the_mutes_page_shows_ticked_boxes_and_muted_tags(client, shelf, reader, login):
    login(reader)
    client.post("/mutes", {"action": "fixed", "ratings": ["Explicit"]})
    mute(client, "Angst")
    html = client.get("/mutes").content.decode()
    assert 'value="Explicit"' in html and "checked" in html.split('value="Explicit"')[1][:40]
    assert "Angst" in html and "Unmute" in html
    assert 'data-autocomplete="freeform"' in html


def test_tags_can_be_muted_by_typing_their_names(client, shelf, reader, login):
    login(reader)
    response = client.post(
        "/mutes", {"action": "tags", "freeforms": "angst, FLUFF", "fandoms": ""}, follow=True
    )
    assert "Those tags are muted." in response.content.decode()
    assert titles(client, SEARCH) == ["Deathly"]


def test_an_unknown_tag_name_is_reported_and_kept(client, shelf, reader, login):
    login(reader)
    response = client.post("/mutes", {"action": "tags", "freeforms": "Angst, Angts"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "No tag called “Angts” here" in html and 'value="Angst, Angts"' in html
    assert not TagMute.objects.filter(user=reader).exists()


def test_unmuting_a_tag_brings_its_works_back(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    client.post("/mutes", {"action": "unmute_tag", "tag": tag("Angst").pk})
    assert "Angsty" in titles(client, SEARCH)


def test_a_tag_page_offers_to_mute_and_unmute_its_tag(client, shelf, reader, login):
    login(reader)
    url = "/tags/Angst/works"
    html = client.get(url).content.decode()
    assert "Mute this tag" in html
    response = client.post(
        "/mutes", {"action": "mute_tag", "tag": tag("Angst").pk, "next": url}, follow=True
    )
    assert response.redirect_chain[-1][0] == url
    html = response.content.decode()
    assert "“Angst” is muted" in html and "Unmute this tag" in html
    assert "1 work hidden by your filters." in html
    client.post("/mutes", {"action": "unmute_tag", "tag": tag("Angst").pk, "next": url})
    assert "Angsty" in titles(client, url)


def test_mute_redirects_only_to_this_site(client, shelf, reader, login):
    login(reader)
    response = client.post(
        "/mutes", {"action": "mute_tag", "tag": tag("Angst").pk, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/mutes"


@pytest.mark.parametrize("value", ["", "abc", "999999", "1.5"])
def test_a_bad_tag_id_is_not_found(client, shelf, reader, login, value):
    login(reader)
    assert client.post("/mutes", {"action": "mute_tag", "tag": value}).status_code == 404


# Guests


def test_guests_keep_tag_mutes_in_their_session(client, shelf, make_user):
    mute(client, "Angst")
    client.post("/mutes", {"action": "fixed", "ratings": ["Explicit"]})
    listing = listing_of(client, SEARCH)
    assert [w.title for w in listing.page.object_list] == ["Fluffy"]
    assert listing.hidden_count == 2
    assert "Angst" in client.get("/mutes").content.decode()
    # Another guest is not affected.
    from django.test import Client

    assert len(titles(Client(), SEARCH)) == 3


def test_a_guests_mutes_go_with_them_when_they_log_in(client, shelf, reader, make_user):
    already = make_user("already")
    TagMute.objects.create(user=already, tag=tag("Fluff"))
    mute(client, "Angst")
    mute(client, "Fluff")
    response = client.post("/login", {"username": already.username, "password": PASSWORD})
    assert response.status_code == 302
    assert set(TagMute.objects.filter(user=already).values_list("tag__name", flat=True)) == {
        "Angst",
        "Fluff",
    }
    assert "muted_tags" not in client.session
    # Logged out again, the guest session starts clean.
    client.post("/logout")
    assert len(titles(client, SEARCH)) == 3


def test_guests_cannot_mute_creators(client, shelf):
    response = client.post("/mutes", {"action": "mute_creator", "username": shelf.username})
    assert response.status_code == 200
    assert not CreatorMute.objects.exists()
    assert "Muted creators" not in response.content.decode()


def test_a_guest_session_survives_junk(client, shelf):
    session = client.session
    session["muted_tags"] = ["x", None, tag("Angst").pk, 10**12]
    session.save()
    assert set(titles(client, SEARCH)) == {"Fluffy", "Deathly"}
    session = client.session
    session["muted_tags"] = "not a list"
    session.save()
    assert len(titles(client, SEARCH)) == 3


# Creators


def test_a_muted_creator_disappears_from_every_list(client, make_user, make_work, reader, login):
    pest = make_user("pest")
    friend = make_user("friend")
    make_work(pest, title="Pest Work", fandoms=["Greek Mythology"])
    make_work(friend, title="Friend Work", fandoms=["Greek Mythology"])
    login(reader)
    client.post("/mutes", {"action": "mute_creator", "username": "PEST"})
    assert CreatorMute.objects.filter(user=reader, muted=pest).exists()
    for url in ["/", SEARCH, "/tags/Greek Mythology/works"]:
        listing = listing_of(client, url)
        assert [w.title for w in listing.page.object_list] == ["Friend Work"], url
        assert listing.hidden_count == 1
    # On their own page too, with the count and the way to see them once.
    listing = listing_of(client, f"/users/{pest.username}/works")
    assert listing.page.paginator.count == 0 and listing.hidden_count == 1
    shown = listing_of(client, f"/users/{pest.username}/works", {"show_hidden": "1"})
    assert [w.title for w in shown.page.object_list] == ["Pest Work"]


def test_co_created_works_of_a_muted_creator_are_hidden(
    client, make_user, make_work, reader, login
):
    from fanfold.works import services

    pest = make_user("pest")
    friend = make_user("friend")
    work = make_work(friend, title="Together")
    creatorship = services.creatorship_invite(work=work, inviter=friend, invitee=pest)
    services.creatorship_accept(creatorship=creatorship, user=pest)
    login(reader)
    client.post("/mutes", {"action": "mute_creator", "username": "pest"})
    assert titles(client, SEARCH) == []


def test_a_profile_offers_to_mute_its_creator(client, make_user, make_work, reader, login):
    pest = make_user("pest")
    login(reader)
    html = client.get(f"/users/{pest.username}").content.decode()
    assert "Mute this creator" in html
    login(pest)
    assert "Mute this creator" not in client.get(f"/users/{pest.username}").content.decode()


def test_creators_can_be_unmuted(client, make_user, make_work, reader, login):
    pest = make_user("pest")
    make_work(pest, title="Pest Work")
    login(reader)
    client.post("/mutes", {"action": "mute_creator", "username": "pest"})
    html = client.get("/mutes").content.decode()
    assert "pest" in html
    client.post("/mutes", {"action": "unmute_creator", "user": pest.pk})
    assert titles(client, SEARCH) == ["Pest Work"]


def test_you_cannot_mute_yourself_or_nobody(client, reader, login):
    login(reader)
    response = client.post("/mutes", {"action": "mute_creator", "username": "reader"}, follow=True)
    assert "You can&#x27;t mute yourself." in response.content.decode()
    response = client.post("/mutes", {"action": "mute_creator", "username": "ghost"})
    assert "There is no user called “ghost”." in response.content.decode()
    assert not CreatorMute.objects.exists()


# Anonymous works by a muted creator (see docs/finding.md)


@pytest.fixture
def anonymous_case(make_user, make_work, reader):
    pest = make_user("pest")
    make_work(pest, title="Signed Work", fandoms=["Greek Mythology"])
    make_work(pest, title="Masked Work", fandoms=["Greek Mythology"], anonymous=True)
    make_work(make_user("friend"), title="Friend Work", fandoms=["Greek Mythology"])
    account_services.creator_mute_add(user=reader, muted=pest)
    return pest


def test_an_anonymous_work_by_a_muted_creator_is_hidden_but_never_counted(
    client, anonymous_case, reader, login
):
    login(reader)
    for url in ["/", SEARCH, "/tags/Greek Mythology/works"]:
        listing = listing_of(client, url)
        assert [w.title for w in listing.page.object_list] == ["Friend Work"], url
        # Only the signed work is counted: the count points at nothing anonymous.
        assert listing.hidden_count == 1, url
        shown = listing_of(client, url, {"show_hidden": "1"})
        assert set(w.title for w in shown.page.object_list) == {"Friend Work", "Signed Work"}
        assert "Masked Work" not in client.get(url, {"show_hidden": "1"}).content.decode()


def test_with_only_anonymous_works_muted_nothing_is_said_at_all(
    client, make_user, make_work, reader, login
):
    pest = make_user("pest")
    make_work(pest, title="Masked Work", anonymous=True)
    make_work(make_user("friend"), title="Friend Work")
    account_services.creator_mute_add(user=reader, muted=pest)
    login(reader)
    html = client.get(SEARCH).content.decode()
    assert "hidden by your filters" not in html and "Masked Work" not in html
    assert "Show them this time" not in html


def test_a_tag_mute_still_counts_an_anonymous_work(client, make_user, make_work, reader, login):
    make_work(make_user("someone"), title="Masked Angst", freeforms=["Angst"], anonymous=True)
    login(reader)
    mute(client, "Angst")
    listing = listing_of(client, SEARCH)
    assert listing.hidden_count == 1
    assert "Masked Angst" in titles(client, SEARCH, {"show_hidden": "1"})


def test_anonymous_works_of_others_are_not_hidden_by_a_creator_mute(
    client, anonymous_case, make_user, make_work, reader, login
):
    make_work(make_user("stranger"), title="Stranger Masked", anonymous=True)
    login(reader)
    assert "Stranger Masked" in titles(client, SEARCH)


# The one function feeds and recommendations will reuse


def test_apply_personal_filters_works_on_any_set_of_works(shelf, reader, make_user):
    account_services.tag_mute_add(user=reader, tags=[tag("Angst")])
    works = Work.objects.filter(posted=True)
    assert set(apply_personal_filters(works, reader).values_list("title", flat=True)) == {
        "Fluffy",
        "Deathly",
    }
    shown = apply_personal_filters(works, reader, show_hidden=True)
    assert shown.count() == 3
    session = SessionStore()
    session["muted_tags"] = [tag("Fluff").pk]
    guest = apply_personal_filters(works, AnonymousUser(), session)
    assert set(guest.values_list("title", flat=True)) == {"Angsty", "Deathly"}
    assert apply_personal_filters(works, AnonymousUser()).count() == 3


def test_personal_filters_hold_in_full_text_search(client, shelf, reader, login):
    login(reader)
    mute(client, "Angst")
    listing = listing_of(client, SEARCH, {"q": "lamps"})
    assert "Angsty" not in [w.title for w in listing.page.object_list]
    assert listing.hidden_count == 1


# Limits


def many_tags(n: int) -> list[Tag]:
    return Tag.objects.bulk_create(
        [Tag(name=f"Bulk {i}", key=tag_key(f"Bulk {i}"), type="freeform") for i in range(n)]
    )


def test_up_to_two_thousand_tags_can_be_muted_and_no_more(shelf, reader, client, login):
    tags = many_tags(MAX_MUTES)
    assert account_services.tag_mute_add(user=reader, tags=tags) == MAX_MUTES
    with pytest.raises(ValidationError):
        account_services.tag_mute_add(user=reader, tags=[tag("Angst")])
    # Muting what is already muted is fine at the limit.
    assert account_services.tag_mute_add(user=reader, tags=tags[:3]) == 0
    login(reader)
    assert len(titles(client, SEARCH)) == 3
    response = client.post("/mutes", {"action": "mute_tag", "tag": tag("Angst").pk}, follow=True)
    assert "You can mute at most 2000" in response.content.decode()


def test_a_guest_with_two_thousand_muted_tags_still_gets_a_list(client, shelf):
    ids = [t.pk for t in many_tags(MAX_MUTES - 1)] + [tag("Angst").pk]
    session = client.session
    session["muted_tags"] = ids
    session.save()
    listing = listing_of(client, SEARCH)
    assert listing.hidden_count == 1 and listing.page.paginator.count == 2
    response = client.post("/mutes", {"action": "mute_tag", "tag": tag("Fluff").pk}, follow=True)
    assert "You can mute at most 2000" in response.content.decode()


def test_creator_mutes_stop_at_two_thousand(reader, make_user, monkeypatch):
    monkeypatch.setattr(account_services, "MAX_MUTES", 2)
    account_services.creator_mute_add(user=reader, muted=make_user())
    account_services.creator_mute_add(user=reader, muted=make_user())
    with pytest.raises(ValidationError):
        account_services.creator_mute_add(user=reader, muted=make_user())


def test_muted_tags_hold_on_the_profile_preview_too(client, author, reader, make_work, login):
    from fanfold.search.personal import mute_tags
    from fanfold.tags.models import Tag

    make_work(author, title="Quiet One", freeforms=["Gentle"])
    make_work(author, title="Loud One", freeforms=["Noisy"])
    login(reader)
    mute_tags(reader, client.session, [Tag.objects.get(name="Noisy")])
    html = client.get(f"/users/{author.username}").content.decode()
    assert "Quiet One" in html and "Loud One" not in html
