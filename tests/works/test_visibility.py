"""Drafts, restricted and anonymous works, tried from every page that lists or shows works."""

from __future__ import annotations

import pytest
from django.test import Client

from fanfold.works import selectors, services

FANDOM = "Dracula - Bram Stoker"


def listing_urls(work, creator) -> list[str]:
    """Every page that exists and could list this work."""
    pseud = creator.default_pseud
    urls = [
        "/",
        "/works",
        f"/tags/{work.tags_by_type['fandom'][0].url_name}/works",
        "/tags/General Audiences/works",
        f"/users/{creator.username}",
        f"/users/{creator.username}/works",
        f"/users/{creator.username}/pseuds/{pseud.name}/works",
    ]
    for part in work.series_parts.all():
        urls.append(part.series.get_absolute_url())
    return urls


@pytest.fixture
def other_work(author, make_work):
    # Keeps series and tag pages alive whatever happens to the work under test.
    return make_work(author, title="Ordinary Evening", fandoms=[FANDOM], new_series_title="Night")


def fetch_all(client: Client, urls: list[str]) -> dict[str, str]:
    pages = {}
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url
        pages[url] = response.content.decode()
    return pages


# Drafts


def test_draft_is_hidden_from_everyone_but_its_creator(
    client, author, reader, make_work, other_work, login
):
    draft = make_work(author, title="Unfinished Nocturne", post=False, fandoms=[FANDOM])
    draft = selectors.with_listing_data(type(draft).objects.filter(pk=draft.pk)).get()
    for url, html in fetch_all(client, listing_urls(draft, author)).items():
        assert "Unfinished Nocturne" not in html, url
    assert client.get(draft.get_absolute_url()).status_code == 404

    login(reader)
    for url, html in fetch_all(client, listing_urls(draft, author)).items():
        assert "Unfinished Nocturne" not in html, url
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/works/{draft.pk}/navigate").status_code == 404
    assert client.get(f"/works/{draft.pk}/edit").status_code == 404

    login(author)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "This work is a draft" in response.content.decode()
    assert "Unfinished Nocturne" in client.get(f"/users/{author.username}/works").content.decode()


def test_draft_is_not_on_the_home_page_even_for_its_creator(client, author, make_work, login):
    make_work(author, title="Unfinished Nocturne", post=False)
    login(author)
    assert "Unfinished Nocturne" not in client.get("/").content.decode()


def test_draft_in_a_series_does_not_show_on_the_series_page(client, author, make_work):
    first = make_work(author, title="Published Part", new_series_title="Nightfall")
    series = first.series.get()
    make_work(author, title="Secret Draft Part", post=False, series=series)
    html = client.get(series.get_absolute_url()).content.decode()
    assert "Published Part" in html
    assert "Secret Draft Part" not in html


def test_posting_a_draft_makes_it_visible(client, author, make_work, login):
    draft = make_work(author, title="Soon", post=False)
    services.work_post(work=draft, user=author)
    assert client.get(draft.get_absolute_url()).status_code == 200
    assert "Soon" in client.get("/").content.decode()


# Restricted works


def test_restricted_work_is_hidden_from_guests(client, author, make_work, other_work):
    work = make_work(author, title="Members Only Waltz", restricted=True, fandoms=[FANDOM])
    work = selectors.with_listing_data(type(work).objects.filter(pk=work.pk)).get()
    for url, html in fetch_all(client, listing_urls(work, author)).items():
        assert "Members Only Waltz" not in html, url


def test_guest_opening_a_restricted_work_is_sent_to_log_in(client, author, make_work):
    work = make_work(author, title="Members Only Waltz", restricted=True, chapters=2)
    for url in (
        work.get_absolute_url(),
        work.chapters.last().get_absolute_url(),
        f"/works/{work.pk}/navigate",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/login?next=")


def test_restricted_work_is_listed_and_readable_for_registered_users(
    client, author, reader, make_work, login
):
    work = make_work(author, title="Members Only Waltz", restricted=True)
    login(reader)
    assert "Members Only Waltz" in client.get("/").content.decode()
    assert client.get(work.get_absolute_url()).status_code == 200


# Anonymous works


def test_anonymous_creator_is_never_revealed_to_others(client, make_user, reader, make_work, login):
    secret = make_user("secretwriter")
    work = make_work(
        secret,
        title="Masked Ball",
        anonymous=True,
        chapters=2,
        fandoms=[FANDOM],
        new_series_title="Masques",
    )
    work = selectors.with_listing_data(type(work).objects.filter(pk=work.pk)).get()
    urls = [
        "/",
        f"/tags/{work.tags_by_type['fandom'][0].url_name}/works",
        work.get_absolute_url(),
        work.get_absolute_url() + "?view_full_work=true",
        work.chapters.last().get_absolute_url(),
        f"/works/{work.pk}/navigate",
        work.series.get().get_absolute_url(),
        "/works/999999",  # error pages too
    ]
    for viewer in (None, reader):
        if viewer is not None:
            login(viewer)
        for url, html in fetch_all(client, urls).items():
            assert "secretwriter" not in html, (viewer, url)
        assert "Masked Ball" in client.get("/").content.decode()
        assert "Anonymous" in client.get(work.get_absolute_url()).content.decode()
        # Not listed on the creator's own pages for others.
        for url in (
            f"/users/{secret.username}",
            f"/users/{secret.username}/works",
            f"/users/{secret.username}/pseuds/{secret.username}/works",
        ):
            assert "Masked Ball" not in client.get(url).content.decode(), url


def test_anonymous_creator_sees_their_own_name_and_admins_see_it_too(
    client, make_user, make_work, login
):
    secret = make_user("secretwriter")
    work = make_work(secret, title="Masked Ball", anonymous=True)
    login(secret)
    html = client.get(work.get_absolute_url()).content.decode()
    assert "secretwriter" in html and "posted anonymously" in html
    assert "Masked Ball" in client.get(f"/users/{secret.username}").content.decode()

    admin = make_user("moderator", is_staff=True)
    login(admin)
    assert "secretwriter" in client.get(work.get_absolute_url()).content.decode()


def test_creators_shown_to_is_none_for_other_viewers(make_user, reader, make_work):
    from django.contrib.auth.models import AnonymousUser

    secret = make_user("secretwriter")
    work = make_work(secret, anonymous=True)
    assert selectors.creators_shown_to(work, AnonymousUser()) is None
    assert selectors.creators_shown_to(work, reader) is None
    assert [p.name for p in selectors.creators_shown_to(work, secret)] == ["secretwriter"]


def test_series_with_an_anonymous_work_hides_its_creators(client, make_user, make_work):
    secret = make_user("secretwriter")
    first = make_work(secret, title="Open Part", new_series_title="Twofold")
    make_work(secret, title="Hidden Part", anonymous=True, series=first.series.get())
    html = client.get(first.series.get().get_absolute_url()).content.decode()
    assert "Hidden Part" in html
    # The non-anonymous part still names its creator on its own blurb, but the series
    # header must not tie the two together.
    header = html.split("Works in this series")[0]
    assert "secretwriter" not in header


# The selector itself


def test_visible_works_for_applies_every_rule(author, reader, make_work):
    from django.contrib.auth.models import AnonymousUser

    public = make_work(author, title="Public")
    restricted = make_work(author, title="Restricted", restricted=True)
    draft = make_work(author, title="Draft", post=False)
    guest = set(selectors.visible_works_for(AnonymousUser()))
    member = set(selectors.visible_works_for(reader))
    own = set(selectors.visible_works_for(author))
    assert guest == {public}
    assert member == {public, restricted}
    assert own == {public, restricted, draft}
