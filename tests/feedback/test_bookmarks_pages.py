"""Bookmark pages: who sees which bookmarks, the works filters on a user's bookmarks,
series bookmarks, and mutes (with counts that agree with what is listed)."""

from __future__ import annotations

import re

from fanfold.accounts.services import creator_mute_add, pseud_create
from fanfold.feedback.bookmarks import services
from fanfold.feedback.bookmarks.services import BookmarkData
from fanfold.feedback.models import Bookmark
from fanfold.tags.models import Tag
from fanfold.tags.services import tag_make_canonical, tag_merge
from fanfold.works.models import Series


def bookmark(user, work=None, series=None, **fields):
    data = BookmarkData(pseud=fields.pop("pseud", user.default_pseud), **fields)
    return services.bookmark_create(user=user, work=work, series=series, data=data)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def listed_count(html: str) -> int:
    found = re.search(r"of (\d+) bookmarked works?<", html)
    return int(found.group(1)) if found else 0


# Privacy


def test_private_bookmarks_are_shown_only_to_their_owner(
    client, author, reader, make_user, make_work, login
):
    open_work = make_work(author, title="Harbour Lights")
    secret_work = make_work(author, title="Quiet Cellar")
    bookmark(reader, open_work, notes="Everyone may read this.")
    bookmark(reader, secret_work, notes="Just for me.", private=True)
    url = f"/users/{reader.username}/bookmarks"

    for viewer in (None, make_user("neighbour")):
        if viewer is not None:
            login(viewer)
        html = page(client, url)
        assert "Harbour Lights" in html and "Everyone may read this." in html
        assert "Quiet Cellar" not in html and "Just for me." not in html
        assert listed_count(html) == 1
        assert "Just for me." not in page(client, f"/works/{secret_work.pk}/bookmarks")

    login(reader)
    html = page(client, url)
    assert "Quiet Cellar" in html and "Just for me." in html
    assert listed_count(html) == 2
    assert "Private</span>" in html


def test_a_pseuds_page_lists_only_that_pseuds_bookmarks(client, author, reader, make_work):
    second = pseud_create(user=reader, name="Lantern")
    bookmark(reader, make_work(author, title="Under Lantern"), pseud=second)
    bookmark(reader, make_work(author, title="Under Own Name"))
    html = page(client, f"/users/{reader.username}/pseuds/Lantern/bookmarks")
    assert "Under Lantern" in html and "Under Own Name" not in html
    assert listed_count(html) == 1
    assert listed_count(page(client, f"/users/{reader.username}/bookmarks")) == 2


def test_the_works_bookmarks_page_lists_public_bookmarks_with_owner_actions(
    client, author, reader, make_user, make_work, login
):
    work = make_work(author)
    mark = bookmark(reader, work, notes="A fine evening.", tag_names=["evenings"], rec=True)
    other = make_user("lurker")
    bookmark(other, work, notes="Mine alone.", private=True)
    html = page(client, f"/works/{work.pk}/bookmarks")
    assert "A fine evening." in html and "Mine alone." not in html
    assert "1 bookmark<" in html
    assert "evenings" in html and "Rec</span>" in html
    assert f"/bookmarks/{mark.pk}/edit" not in html
    login(reader)
    assert f"/bookmarks/{mark.pk}/edit" in page(client, f"/works/{work.pk}/bookmarks")


# Visibility of the bookmarked work


def test_a_restricted_works_bookmark_is_hidden_from_guests_only(
    client, author, reader, make_user, make_work, login
):
    work = make_work(author, title="Members Only Tale", restricted=True)
    bookmark(reader, work, notes="Restricted, but worth it.")
    url = f"/users/{reader.username}/bookmarks"
    html = page(client, url)
    assert "Members Only Tale" not in html and "Restricted, but worth it." not in html
    assert listed_count(html) == 0
    # The work's own bookmarks page sends guests to log in, as the work does.
    assert client.get(f"/works/{work.pk}/bookmarks").status_code == 302

    login(make_user("member"))
    html = page(client, url)
    assert "Members Only Tale" in html and "Restricted, but worth it." in html
    assert listed_count(html) == 1
    assert "Restricted, but worth it." in page(client, f"/works/{work.pk}/bookmarks")


def test_a_drafts_bookmark_is_never_listed(client, author, reader, make_work, login):
    draft = make_work(author, title="Half Written", post=False)
    # Drafts can't be bookmarked; one made anyway (say, by an import) stays unseen.
    Bookmark.objects.create(user=reader, pseud=reader.default_pseud, work=draft, notes="x")
    for viewer in (None, reader, author):
        if viewer is not None:
            login(viewer)
        assert "Half Written" not in page(client, f"/users/{reader.username}/bookmarks")
    assert client.get(f"/works/{draft.pk}/bookmarks").status_code == 404


def test_an_anonymous_works_creator_stays_hidden_on_bookmark_pages(
    client, author, reader, make_work
):
    work = make_work(author, title="Nameless Letter", anonymous=True)
    bookmark(reader, work)
    for url in (f"/users/{reader.username}/bookmarks", f"/works/{work.pk}/bookmarks"):
        html = page(client, url)
        assert "Nameless Letter" in html
        assert "Anonymous" in html
        assert author.username not in html, url


# Filters


def test_the_works_filters_narrow_a_users_bookmarks(client, author, reader, make_work):
    bookmark(reader, make_work(author, title="Gentle Story", rating="General Audiences"))
    bookmark(reader, make_work(author, title="Grim Story", rating="Mature"))
    url = f"/users/{reader.username}/bookmarks"
    html = page(client, url)
    assert listed_count(html) == 2
    assert 'id="filters"' in html

    html = page(client, url + "?ratings=Mature")
    assert "Grim Story" in html and "Gentle Story" not in html
    assert listed_count(html) == 1
    # The facets count what is listed.
    assert re.search(r"Mature</span> <span class=\"facet-count\">1<", html)

    html = page(client, url + "?sort=title&order=asc")
    assert html.index("Gentle Story") < html.index("Grim Story")


def test_personal_filters_hold_on_bookmark_pages(
    client, author, reader, make_user, make_work, login
):
    muted_writer = make_user("loud_writer")
    bookmark(reader, make_work(muted_writer, title="Muted Writer's Work"))
    bookmark(reader, make_work(author, title="Welcome Work"))
    viewer = make_user("careful_reader")
    creator_mute_add(user=viewer, muted=muted_writer)
    login(viewer)
    html = page(client, f"/users/{reader.username}/bookmarks")
    assert "Welcome Work" in html and "Muted Writer&#x27;s Work" not in html
    assert listed_count(html) == 1
    assert "1 work hidden by your filters." in html


def test_the_bookmarkers_tags_filter_a_users_bookmarks(client, author, reader, make_work):
    bookmark(reader, make_work(author, title="Rainy Day Story"), tag_names=["rainy days"])
    bookmark(reader, make_work(author, title="Sunny Story"), tag_names=["sunshine"])
    url = f"/users/{reader.username}/bookmarks"
    html = page(client, url)
    assert "Bookmarker's tags" in html
    assert "?bookmark_tag=rainy+days" in html

    html = page(client, url + "?bookmark_tag=Rainy+Days")
    assert "Rainy Day Story" in html and "Sunny Story" not in html
    assert listed_count(html) == 1

    html = page(client, url + "?bookmark_tag=no+such+tag")
    assert listed_count(html) == 0
    assert "No tag is called no such tag." in html


# Mutes


def test_a_muted_users_bookmarks_are_hidden_with_agreeing_counts(
    client, author, reader, make_user, make_work, login
):
    work = make_work(author, title="Shared Favourite")
    bookmark(reader, work, notes="From the reader.")
    pest = make_user("pest")
    bookmark(pest, work, notes="From the pest.")
    viewer = make_user("quiet_one")
    creator_mute_add(user=viewer, muted=pest)

    html = page(client, f"/works/{work.pk}/bookmarks")
    assert "From the pest." in html and "2 bookmarks<" in html

    login(viewer)
    html = page(client, f"/works/{work.pk}/bookmarks")
    assert "From the reader." in html and "From the pest." not in html
    assert "1 bookmark<" in html
    link = f'<a href="/works/{work.pk}/bookmarks">1</a>'
    assert link in page(client, work.get_absolute_url())
    assert link in page(client, "/works")

    html = page(client, f"/users/{pest.username}/bookmarks")
    assert "From the pest." not in html and listed_count(html) == 0
    assert "You muted pest" in html


# Series


def test_a_series_can_be_bookmarked_and_is_listed_and_counted(
    client, author, reader, make_work, login
):
    make_work(author, title="First Crossing", new_series_title="The Crossings")
    series = Series.objects.get(title="The Crossings")
    make_work(author, title="Second Crossing", series=series, rating="Mature")
    login(reader)
    html = page(client, series.get_absolute_url())
    assert f'href="/series/{series.pk}/bookmarks/new">Bookmark series</a>' in html
    response = client.post(
        f"/series/{series.pk}/bookmarks/new",
        {"pseud": reader.default_pseud.pk, "notes": "The whole voyage.", "tags": "voyages"},
    )
    assert response.status_code == 302
    mark = Bookmark.objects.get(user=reader, series=series)
    assert "Edit bookmark</a>" in page(client, series.get_absolute_url())

    client.logout()
    html = page(client, series.get_absolute_url())
    assert f'<a href="/series/{series.pk}/bookmarks">1</a>' in html
    html = page(client, f"/series/{series.pk}/bookmarks")
    assert "The whole voyage." in html and "1 bookmark<" in html
    html = page(client, f"/users/{reader.username}/bookmarks")
    assert "1 bookmarked series" in html and "The whole voyage." in html
    # A series is listed while one of its works passes the works filters.
    assert "The Crossings" in page(client, f"/users/{reader.username}/bookmarks?ratings=Mature")
    html = page(client, f"/users/{reader.username}/bookmarks?ratings=Explicit")
    assert "The whole voyage." not in html
    assert mark.work_id is None


def test_a_series_of_restricted_works_is_hidden_from_guests(
    client, author, reader, make_work, login
):
    make_work(author, title="Closed Door", new_series_title="Closed Doors", restricted=True)
    series = Series.objects.get(title="Closed Doors")
    bookmark(reader, series=series, notes="Behind the door.")
    assert client.get(f"/series/{series.pk}/bookmarks").status_code == 404
    assert "Behind the door." not in page(client, f"/users/{reader.username}/bookmarks")
    login(reader)
    assert "Behind the door." in page(client, f"/users/{reader.username}/bookmarks")


def test_a_bookmarkers_tag_finds_its_synonyms(client, author, reader, make_work):
    bookmark(reader, make_work(author, title="Kept As Canonical"), tag_names=["Slow Burn"])
    bookmark(reader, make_work(author, title="Kept As Synonym"), tag_names=["slowburn"])
    bookmark(reader, make_work(author, title="Kept Otherwise"), tag_names=["quick"])
    canonical = Tag.objects.get(name="Slow Burn")
    tag_make_canonical(actor=None, tag=canonical)
    tag_merge(actor=None, tag=Tag.objects.get(name="slowburn"), into=canonical)
    for name in ("slowburn", "Slow Burn"):
        html = page(client, f"/users/{reader.username}/bookmarks?bookmark_tag={name}")
        assert "Kept As Canonical" in html and "Kept As Synonym" in html, name
        assert "Kept Otherwise" not in html
