from __future__ import annotations

import html

import pytest
from django.core.exceptions import ValidationError

from fanfold.accounts import selectors, services
from fanfold.accounts.models import MAX_BLOCKS, Block, CreatorMute, User


def text(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def pest(make_user) -> User:
    return make_user("pest")


# Services


def test_block_add_records_the_block_that_the_selectors_see(author, pest):
    services.block_add(blocker=author, blocked=pest)

    assert selectors.has_blocked(author.pk, pest.pk)
    assert not selectors.has_blocked(pest.pk, author.pk)
    assert selectors.blocked_by_any([author.pk], pest.pk)
    assert list(selectors.blocked_ids_of(author.pk)) == [pest.pk]


def test_nobody_can_block_themselves(author):
    with pytest.raises(ValidationError, match="You can't block yourself"):
        services.block_add(blocker=author, blocked=author)

    assert not Block.objects.exists()


def test_blocking_the_same_user_twice_is_refused_with_a_message(author, pest):
    services.block_add(blocker=author, blocked=pest)

    with pytest.raises(ValidationError, match="You've already blocked pest"):
        services.block_add(blocker=author, blocked=pest)

    assert Block.objects.count() == 1


def test_a_user_can_block_at_most_the_maximum(author, pest, make_user):
    others = [User(username=f"crowd{n}", email=f"crowd{n}@example.org") for n in range(MAX_BLOCKS)]
    User.objects.bulk_create(others)
    Block.objects.bulk_create(
        [
            Block(blocker=author, blocked=u)
            for u in User.objects.filter(username__startswith="crowd")
        ]
    )

    with pytest.raises(ValidationError, match=f"You can block at most {MAX_BLOCKS} users"):
        services.block_add(blocker=author, blocked=pest)

    assert not selectors.has_blocked(author.pk, pest.pk)


def test_block_remove_lifts_only_that_block(author, pest, reader):
    services.block_add(blocker=author, blocked=pest)
    services.block_add(blocker=author, blocked=reader)

    services.block_remove(blocker=author, blocked_id=pest.pk)

    assert not selectors.has_blocked(author.pk, pest.pk)
    assert selectors.has_blocked(author.pk, reader.pk)


def test_removing_a_block_that_does_not_exist_is_harmless(author, pest):
    services.block_remove(blocker=author, blocked_id=pest.pk)

    assert not Block.objects.exists()


def test_guests_are_never_blocked_or_blocking(author):
    assert not selectors.has_blocked(author.pk, None)
    assert not selectors.has_blocked(None, author.pk)
    assert not selectors.blocked_by_any([author.pk], None)


# The Blocked users page


def test_blocked_users_page_lists_blocks_with_unblock_buttons(client, login, author, pest):
    services.block_add(blocker=author, blocked=pest)
    login(author)

    response = client.get("/users/quill/blocked")

    assert response.status_code == 200
    page = text(response)
    assert '<a href="/users/pest">pest</a>' in page
    assert 'aria-label="Unblock pest"' in page
    assert f'name="user" value="{pest.pk}"' in page


def test_blocked_users_page_blocks_by_username_and_confirms(client, login, author, pest):
    login(author)

    response = client.post("/users/quill/blocked", {"action": "block", "username": "PEST"})

    assert response.status_code == 302
    assert response.url == "/users/quill/blocked"
    assert selectors.has_blocked(author.pk, pest.pk)
    page = text(client.get(response.url))
    assert "You blocked pest. They can no longer comment on your works" in page


def test_blocked_users_page_unblocks_and_confirms(client, login, author, pest):
    services.block_add(blocker=author, blocked=pest)
    login(author)

    response = client.post(
        "/users/quill/blocked", {"action": "unblock", "user": pest.pk}, follow=True
    )

    assert not selectors.has_blocked(author.pk, pest.pk)
    assert "You unblocked pest." in text(response)
    assert "You haven't blocked anyone." in text(response)


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("nobody_here", "There is no user called “nobody_here”."),
        ("quill", "You can't block yourself."),
    ],
)
def test_blocked_users_page_explains_a_refusal_beside_the_field_keeping_the_name(
    client, login, author, typed, error
):
    login(author)

    response = client.post("/users/quill/blocked", {"action": "block", "username": typed})

    assert response.status_code == 200
    page = text(response)
    assert error in page
    assert f'value="{typed}"' in page
    assert not Block.objects.exists()


def test_blocking_twice_from_the_page_says_so(client, login, author, pest):
    services.block_add(blocker=author, blocked=pest)
    login(author)

    response = client.post("/users/quill/blocked", {"action": "block", "username": "pest"})

    assert "You've already blocked pest." in text(response)
    assert Block.objects.count() == 1


def test_blocked_users_page_is_for_its_owner_only(client, login, author, pest):
    login(pest)
    assert client.get("/users/quill/blocked").status_code == 404
    assert client.post("/users/quill/blocked", {"username": "reader"}).status_code == 404
    client.logout()
    response = client.get("/users/quill/blocked")
    assert response.status_code == 302
    assert response.url.startswith("/login")


def test_settings_page_links_to_the_blocked_users_page(client, login, author):
    login(author)

    assert 'href="/users/quill/blocked"' in client.get("/settings").content.decode()


# The profile's Block and Mute buttons


def test_a_profile_offers_block_and_mute_to_other_logged_in_users(client, login, reader, pest):
    login(reader)
    page = text(client.get("/users/pest"))

    assert 'action="/users/pest/block"' in page
    assert "Block this user" in page
    assert 'action="/users/pest/mute"' in page
    assert "Mute this creator" in page


def test_a_profile_offers_neither_to_its_owner_nor_to_guests(client, login, pest):
    assert "/users/pest/block" not in client.get("/users/pest").content.decode()
    login(pest)
    page = client.get("/users/pest").content.decode()
    assert "/users/pest/block" not in page
    assert "/users/pest/mute" not in page


def test_block_button_blocks_and_then_offers_unblock(client, login, reader, pest):
    login(reader)

    response = client.post("/users/pest/block", {"action": "block"}, follow=True)

    assert selectors.has_blocked(reader.pk, pest.pk)
    page = text(response)
    assert response.redirect_chain[-1][0] == "/users/pest"
    assert "You blocked pest." in page
    assert "Unblock this user" in page


def test_unblock_button_lifts_the_block(client, login, reader, pest):
    services.block_add(blocker=reader, blocked=pest)
    login(reader)

    response = client.post("/users/pest/block", {"action": "unblock"}, follow=True)

    assert not selectors.has_blocked(reader.pk, pest.pk)
    assert "You unblocked pest." in text(response)
    assert "Block this user" in text(response)


def test_block_button_twice_explains_instead_of_failing(client, login, reader, pest):
    services.block_add(blocker=reader, blocked=pest)
    login(reader)

    response = client.post("/users/pest/block", {"action": "block"}, follow=True)

    assert "You've already blocked pest." in text(response)
    assert Block.objects.count() == 1


def test_mute_button_mutes_through_the_existing_mutes_and_offers_unmute(
    client, login, reader, pest
):
    login(reader)

    response = client.post("/users/pest/mute", {"action": "mute"}, follow=True)

    assert CreatorMute.objects.filter(user=reader, muted=pest).exists()
    page = text(response)
    assert "You muted pest: their works, comments and bookmarks are hidden from you." in page
    assert "Unmute this creator" in page
    assert "pest" in text(client.get("/mutes"))


def test_unmute_button_lifts_the_mute(client, login, reader, pest):
    services.creator_mute_add(user=reader, muted=pest)
    login(reader)

    response = client.post("/users/pest/mute", {"action": "unmute"}, follow=True)

    assert not CreatorMute.objects.exists()
    assert "You unmuted pest." in text(response)


def test_nobody_can_block_or_mute_themselves_from_their_profile(client, login, pest):
    login(pest)

    blocked = client.post("/users/pest/block", {"action": "block"}, follow=True)
    muted = client.post("/users/pest/mute", {"action": "mute"}, follow=True)

    assert "You can't block yourself." in text(blocked)
    assert "You can't mute yourself." in text(muted)
    assert not Block.objects.exists()
    assert not CreatorMute.objects.exists()


def test_block_and_mute_buttons_need_a_login_and_a_post(client, login, reader, pest):
    response = client.post("/users/pest/block", {"action": "block"})
    assert response.status_code == 302
    assert response.url.startswith("/login")
    assert not Block.objects.exists()
    login(reader)
    assert client.get("/users/pest/block").status_code == 404
    assert client.get("/users/pest/mute").status_code == 404
    assert client.post("/users/nobody_here/block", {"action": "block"}).status_code == 404
