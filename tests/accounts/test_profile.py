from __future__ import annotations

import re

import pytest

from fanfold.accounts.services import orphan_account, pseud_create
from fanfold.works import services as work_services


def pseud_sections(html: str) -> dict[str, str]:
    """Each pseud's <section> on a profile page, keyed by the pseud's name."""
    sections = {}
    for body in re.findall(r'<section class="pseud".*?</section>', html, re.S):
        name = re.search(r"<h2[^>]*><a [^>]*>([^<]+)</a>", body)
        assert name
        sections[name.group(1)] = body
    return sections


@pytest.fixture
def two_pseud_author(author, make_pseud_work):
    moth = pseud_create(user=author, name="Moth Lantern", description="Moths, mostly.")
    make_pseud_work(author.default_pseud, title="Quill Story")
    make_pseud_work(moth, title="Moth Story")
    return author


# The profile and the pseud pages


def test_profile_lists_each_pseud_with_its_own_works(client, two_pseud_author):
    response = client.get("/users/quill")

    assert response.status_code == 200
    sections = pseud_sections(response.content.decode())
    assert set(sections) == {"quill", "Moth Lantern"}
    assert "Quill Story" in sections["quill"]
    assert "Moth Story" not in sections["quill"]
    assert "Moth Story" in sections["Moth Lantern"]
    assert "Quill Story" not in sections["Moth Lantern"]
    assert "Moths, mostly." in sections["Moth Lantern"]


def test_profile_links_each_pseud_to_its_works_page(client, two_pseud_author):
    html = client.get("/users/quill").content.decode()

    assert 'href="/users/quill/pseuds/quill/works"' in html
    assert 'href="/users/quill/pseuds/Moth%20Lantern/works"' in html


def test_profile_says_when_a_pseud_has_no_works(client, author):
    sections = pseud_sections(client.get("/users/quill").content.decode())

    assert "No works yet." in sections["quill"]


def test_pseud_works_page_lists_only_that_pseuds_works(client, two_pseud_author):
    response = client.get("/users/quill/pseuds/Moth Lantern/works")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Moth Story" in html
    assert "Quill Story" not in html
    assert "Works by Moth Lantern (quill)" in html


def test_pseud_page_without_works_suffix_shows_the_same_list(client, two_pseud_author):
    html = client.get("/users/quill/pseuds/Moth Lantern").content.decode()

    assert "Moth Story" in html
    assert "Quill Story" not in html


def test_user_works_page_lists_the_works_of_every_pseud(client, two_pseud_author):
    html = client.get("/users/quill/works").content.decode()

    assert "Moth Story" in html
    assert "Quill Story" in html


def test_profile_and_pseud_addresses_ignore_case(client, two_pseud_author):
    assert client.get("/users/QUILL").status_code == 200
    html = client.get("/users/Quill/pseuds/moth lantern/works").content.decode()
    assert "Moth Story" in html


@pytest.mark.parametrize(
    "url", ["/users/nobody", "/users/quill/pseuds/nobody/works", "/users/nobody/works"]
)
def test_unknown_user_or_pseud_is_not_found(client, author, url):
    assert client.get(url).status_code == 404


def test_pseud_is_found_only_under_its_own_user(client, author, reader):
    pseud_create(user=reader, name="Moth Lantern")

    assert client.get("/users/quill/pseuds/Moth Lantern/works").status_code == 404


def test_profile_shows_only_the_newest_five_works_and_links_to_all(client, author, make_work):
    for n in range(6):
        make_work(author, title=f"Tale {n}")

    sections = pseud_sections(client.get("/users/quill").content.decode())

    assert sections["quill"].count('class="blurb"') == 5
    assert "All 6 works" in sections["quill"]


def test_inactive_users_profile_is_not_found(client, make_user):
    make_user("dormant", is_active=False)

    assert client.get("/users/dormant").status_code == 404


def test_orphan_account_profile_is_public(client, db):
    orphan_account()

    assert client.get("/users/orphan_account").status_code == 200


def test_profile_offers_management_links_only_to_its_owner(login, client, author, reader):
    assert "Manage pseuds" not in client.get("/users/quill").content.decode()
    assert "Manage pseuds" not in login(reader).get("/users/quill").content.decode()
    assert "Manage pseuds" in login(author).get("/users/quill").content.decode()


# Who sees what on a creator's pages

CREATOR_PAGES = ["/users/quill", "/users/quill/works", "/users/quill/pseuds/quill/works"]


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_anonymous_work_never_appears_on_the_creators_pages_for_guests(
    client, author, make_work, url
):
    work = make_work(author, title="Secret Sonnet", anonymous=True)

    html = client.get(url).content.decode()

    assert "Secret Sonnet" not in html
    assert f"/works/{work.pk}" not in html


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_anonymous_work_never_appears_on_the_creators_pages_for_other_users(
    login, author, reader, make_work, url
):
    work = make_work(author, title="Secret Sonnet", anonymous=True, restricted=True)

    html = login(reader).get(url).content.decode()

    assert "Secret Sonnet" not in html
    assert f"/works/{work.pk}" not in html


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_anonymous_work_appears_on_the_creators_own_pages_for_the_creator(
    login, author, make_work, url
):
    make_work(author, title="Secret Sonnet", anonymous=True)

    html = login(author).get(url).content.decode()

    assert "Secret Sonnet" in html
    assert "(posted anonymously)" in html


def test_anonymous_work_does_not_show_in_the_work_count(client, author, make_work):
    for n in range(5):
        make_work(author, title=f"Tale {n}")
    make_work(author, title="Secret Sonnet", anonymous=True)

    html = client.get("/users/quill").content.decode()

    assert "All 6 works" not in html
    assert "Secret Sonnet" not in html
    assert "of 5 works" in client.get("/users/quill/works").content.decode()


def test_anonymous_work_on_a_second_pseud_stays_hidden(client, author, make_pseud_work):
    moth = pseud_create(user=author, name="Moth Lantern")
    make_pseud_work(moth, title="Secret Sonnet", anonymous=True)

    for url in ("/users/quill", "/users/quill/pseuds/Moth Lantern/works"):
        assert "Secret Sonnet" not in client.get(url).content.decode()


def test_anonymous_co_created_work_is_hidden_on_both_creators_pages(
    client, author, reader, make_work, add_co_creator
):
    work = make_work(author, title="Secret Sonnet", anonymous=True)
    add_co_creator(work, author, reader)

    for url in ("/users/quill", "/users/reader", "/users/reader/works"):
        assert "Secret Sonnet" not in client.get(url).content.decode()


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_drafts_appear_only_to_their_creator(login, client, author, reader, make_work, url):
    make_work(author, title="Half Written", post=False)

    assert "Half Written" not in client.get(url).content.decode()
    assert "Half Written" not in login(reader).get(url).content.decode()
    creator_view = login(author).get(url).content.decode()
    assert "Half Written" in creator_view
    assert "Draft" in creator_view


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_restricted_work_is_hidden_from_guests(client, author, make_work, url):
    make_work(author, title="Members Only", restricted=True)

    assert "Members Only" not in client.get(url).content.decode()


@pytest.mark.parametrize("url", CREATOR_PAGES)
def test_restricted_work_is_shown_to_logged_in_users(login, author, reader, make_work, url):
    make_work(author, title="Members Only", restricted=True)

    html = login(reader).get(url).content.decode()

    assert "Members Only" in html
    assert "Restricted" in html


def test_pending_co_creator_is_not_credited_on_their_profile_until_they_accept(
    client, author, reader, make_work
):
    work = make_work(author, title="Invitation Only")
    creatorship = work_services.creatorship_invite(work=work, inviter=author, invitee=reader)
    assert "Invitation Only" not in client.get("/users/reader").content.decode()

    work_services.creatorship_accept(creatorship=creatorship, user=reader)

    assert "Invitation Only" in client.get("/users/reader").content.decode()
