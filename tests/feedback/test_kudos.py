"""Kudos: one per account and one per guest per work, never on one's own work, shown at
the end of the work, with and without JavaScript."""

from __future__ import annotations

import html
import threading

import pytest
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client

from fanfold.accounts.models import Block, CreatorMute
from fanfold.core.visitors import keyed_hash
from fanfold.feedback.kudos import selectors
from fanfold.feedback.kudos.services import kudos_give
from fanfold.feedback.models import Kudos
from fanfold.works.models import Work
from fanfold.works.services import creatorship_accept, creatorship_invite

GUEST = "203.0.113.7"
OTHER_GUEST = "198.51.100.20"


@pytest.fixture(autouse=True)
def fresh_rate_limits(db):
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def work(author, make_work):
    return make_work(author, title="Tidewater")


def kudos_url(work: Work) -> str:
    return f"/works/{work.pk}/kudos"


def give(client: Client, work: Work, address: str = GUEST, **extra):
    return client.post(kudos_url(work), REMOTE_ADDR=address, **extra)


def page(client: Client, work: Work, address: str = GUEST) -> str:
    return html.unescape(client.get(work.get_absolute_url(), REMOTE_ADDR=address).content.decode())


def kudos_count(work: Work) -> int:
    return Work.objects.get(pk=work.pk).kudos_count


def add_co_creator(work: Work, inviter, invitee) -> None:
    creatorship = creatorship_invite(work=work, inviter=inviter, invitee=invitee)
    creatorship_accept(creatorship=creatorship, user=invitee)


def followed(response) -> str:
    return html.unescape(response.content.decode())


# One each


def test_guest_kudos_twice_counts_once(client, work):
    first = give(client, work, follow=True)
    second = give(client, work, follow=True)

    assert Kudos.objects.filter(work=work).count() == 1
    assert kudos_count(work) == 1
    assert "Thank you for leaving kudos!" in followed(first)
    assert "You have already left kudos here. :)" in followed(second)


def test_two_guests_at_different_addresses_each_count(client, work):
    give(client, work, GUEST)
    give(client, work, OTHER_GUEST)
    assert kudos_count(work) == 2


def test_guest_is_known_by_a_hash_not_the_address(client, work):
    give(client, work, GUEST)
    kudos = Kudos.objects.get(work=work)
    assert kudos.user is None
    assert GUEST not in kudos.guest_key
    assert kudos.guest_key == keyed_hash("ip:" + GUEST)


def test_account_kudos_twice_counts_once_whatever_the_address(login, work, reader):
    client = login(reader)
    give(client, work, GUEST)
    response = give(client, work, OTHER_GUEST, follow=True)
    assert kudos_count(work) == 1
    assert Kudos.objects.get(work=work).user == reader
    assert "You have already left kudos here. :)" in followed(response)


def test_account_and_guest_at_the_same_address_both_count(client, work, reader):
    give(client, work, GUEST)
    client.force_login(reader)
    give(client, work, GUEST)
    assert kudos_count(work) == 2


def test_a_race_for_the_same_kudos_ends_in_one(work, reader):
    """Both clicks pass any check; the unique constraint answers the loser."""
    kudos_give(work=work, user=reader, guest_key="")
    with pytest.raises(ValidationError) as refused:
        # Straight to the insert, as a second request that checked before the first
        # one's insert would.
        kudos_give(work=work, user=reader, guest_key="")
    assert refused.value.messages == ["You have already left kudos here. :)"]
    assert kudos_count(work) == 1
    # The surrounding transaction is still usable after the refused insert.
    assert Kudos.objects.filter(work=work).count() == 1


@pytest.mark.django_db(transaction=True)
def test_simultaneous_kudos_from_one_account_count_once(make_user, make_work):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: no race to lose")
    creator, fan = make_user("tide"), make_user("fan")
    work = make_work(creator)
    results: list[str] = []
    barrier = threading.Barrier(4)

    def click() -> None:
        barrier.wait()
        try:
            kudos_give(work=work, user=fan, guest_key="")
            results.append("given")
        except ValidationError:
            results.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=click) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["given", "refused", "refused", "refused"]
    assert kudos_count(work) == 1


# Who may not


def test_creators_cannot_leave_kudos_on_their_own_work(login, work, author):
    response = give(login(author), work, follow=True)
    assert "You can't leave kudos on your own work." in followed(response)
    assert kudos_count(work) == 0


def test_co_creators_cannot_either(login, author, make_user, work):
    partner = make_user("partner")
    add_co_creator(work, author, partner)
    with pytest.raises(ValidationError, match="your own work"):
        kudos_give(work=work, user=partner, guest_key="")


def test_restricted_work_refuses_guest_kudos(client, author, make_work):
    work = make_work(author, restricted=True)
    response = give(client, work)
    assert response.status_code == 302 and "/login" in response["Location"]
    assert kudos_count(work) == 0
    with pytest.raises(ValidationError, match="Only logged-in users"):
        kudos_give(work=work, user=None, guest_key=keyed_hash("ip:" + GUEST))
    assert not Kudos.objects.exists()


def test_restricted_work_takes_kudos_from_accounts(login, author, reader, make_work):
    work = make_work(author, restricted=True)
    give(login(reader), work)
    assert kudos_count(work) == 1


def test_blocked_users_kudos_is_refused_without_saying_blocked(login, author, reader, work):
    Block.objects.create(blocker=author, blocked=reader)
    response = give(login(reader), work, follow=True)
    text = followed(response)
    assert "Sorry, you can't leave kudos on this work." in text
    assert "block" not in text.lower()
    assert kudos_count(work) == 0


def test_blocked_by_any_co_creator_is_enough(author, reader, make_user, work):
    partner = make_user("partner")
    add_co_creator(work, author, partner)
    Block.objects.create(blocker=partner, blocked=reader)
    with pytest.raises(ValidationError, match="can't leave kudos on this work"):
        kudos_give(work=work, user=reader, guest_key="")


def test_nobody_leaves_kudos_on_a_draft(client, login, author, reader, make_work):
    draft = make_work(author, post=False)
    assert give(client, draft).status_code == 404
    assert give(login(reader), draft).status_code == 404
    with pytest.raises(ValidationError):
        kudos_give(work=draft, user=reader, guest_key="")
    assert not Kudos.objects.exists()


def test_kudos_on_a_missing_work_is_not_found(client, db):
    assert client.post("/works/999999/kudos", REMOTE_ADDR=GUEST).status_code == 404


def test_rate_limit_trips_for_kudos_at_the_configured_number(client, settings, author, make_work):
    settings.RATE_LIMITS = {"kudos": [{"per": "address", "limit": 3, "seconds": 3600}]}
    works = [make_work(author, title=f"Shore {n}") for n in range(4)]

    answers = [give(client, w) for w in works]

    assert [a.status_code for a in answers] == [302, 302, 302, 429]
    assert "You're giving kudos too fast." in followed(answers[3])
    assert int(answers[3]["Retry-After"]) > 0
    assert sum(kudos_count(w) for w in works) == 3


def test_rate_limited_htmx_kudos_answers_429_inside_the_section(
    client, settings, author, make_work
):
    settings.RATE_LIMITS = {"kudos": [{"per": "address", "limit": 1, "seconds": 3600}]}
    first, second = make_work(author, title="Ebb"), make_work(author, title="Flow")
    give(client, first, HTTP_HX_REQUEST="true")
    refused = give(client, second, HTTP_HX_REQUEST="true")
    assert refused.status_code == 429
    text = followed(refused)
    assert text.lstrip().startswith('<section class="kudos" id="kudos"')
    assert "You're giving kudos too fast." in text
    assert kudos_count(second) == 0


# Without JavaScript and with htmx


def test_without_javascript_kudos_redirects_back_to_the_page_it_came_from(
    client, author, make_work
):
    work = make_work(author, chapters=2)
    chapter = work.chapters.order_by("position").last()
    response = give(client, work, data={"next": chapter.get_absolute_url()})
    assert response.status_code == 302
    assert response["Location"] == chapter.get_absolute_url() + "#kudos"


def test_kudos_never_redirects_off_site(client, work):
    response = give(client, work, data={"next": "https://elsewhere.example/phish"})
    assert response["Location"] == work.get_absolute_url() + "#kudos"


def test_with_htmx_the_section_is_swapped_in_place(login, reader, work):
    client = login(reader)
    response = give(client, work, HTTP_HX_REQUEST="true")
    text = followed(response)
    assert response.status_code == 200
    assert text.lstrip().startswith('<section class="kudos" id="kudos"')
    assert "<html" not in text
    assert "Thank you for leaving kudos!" in text
    assert "You left kudos" in text
    assert f'href="{reader.get_absolute_url()}">reader</a>' in text


def test_htmx_refusal_shows_its_message_in_the_section(login, author, reader, work):
    Block.objects.create(blocker=author, blocked=reader)
    text = followed(give(login(reader), work, HTTP_HX_REQUEST="true"))
    assert "Sorry, you can't leave kudos on this work." in text


# On the work page


def test_work_page_has_a_kudos_form_that_works_with_and_without_javascript(client, work):
    text = page(client, work)
    assert 'id="kudos"' in text
    assert f'action="/works/{work.pk}/kudos"' in text
    assert f'hx-post="/works/{work.pk}/kudos"' in text
    assert 'name="csrfmiddlewaretoken"' in text
    assert "Kudos ♥" in text


def test_button_says_you_left_kudos_afterwards(client, login, reader, work):
    give(client, work)
    assert "You left kudos" in page(client, work)
    assert "You left kudos" not in page(client, work, OTHER_GUEST)
    reader_client = login(reader)
    give(reader_client, work)
    text = page(reader_client, work)
    assert "You left kudos" in text and "Kudos ♥" not in text


def test_creators_see_no_kudos_button(login, author, work):
    text = page(login(author), work)
    assert 'id="kudos"' in text
    assert "Kudos ♥" not in text and f'action="/works/{work.pk}/kudos"' not in text


def test_givers_are_named_newest_first_and_guests_counted(client, make_user, work):
    for name in ("amsel", "birke", "cedar"):
        kudos_give(work=work, user=make_user(name), guest_key="")
    for n in range(12):
        kudos_give(work=work, user=None, guest_key=keyed_hash(f"ip:10.0.0.{n}"))
    text = page(client, work)
    assert text.index(">cedar</a>") < text.index(">birke</a>") < text.index(">amsel</a>")
    assert '<a href="/users/cedar">cedar</a>' in text
    assert "as well as 12 guests" in text
    assert "left kudos on this work!" in text


def test_only_guests_reads_as_a_count(client, work):
    give(client, work, GUEST)
    give(client, work, OTHER_GUEST)
    text = " ".join(page(client, work).split())
    assert "2 guests left kudos on this work!" in text


def test_past_fifty_names_the_rest_are_a_count_and_a_link_to_the_full_list(client, make_user, work):
    givers = [make_user(f"fan{n:02d}") for n in range(53)]
    for giver in givers:
        kudos_give(work=work, user=giver, guest_key="")
    text = " ".join(page(client, work).split())
    assert ">fan52</a>" in text and ">fan03</a>" in text
    assert ">fan02</a>" not in text
    assert "and " in text and "3 more users" in text
    assert f'hx-get="/works/{work.pk}/kudos"' in text

    full = html.unescape(client.get(kudos_url(work)).content.decode())
    assert all(f">{g.username}</a>" in full for g in givers)

    unfolded = followed(client.get(kudos_url(work), HTTP_HX_REQUEST="true"))
    assert unfolded.lstrip().startswith("<section")
    assert ">fan00</a>" in unfolded and "more user" not in unfolded


def test_muted_givers_are_not_named_but_counted(login, make_user, reader, work):
    loud, quiet = make_user("loud"), make_user("quiet")
    kudos_give(work=work, user=loud, guest_key="")
    kudos_give(work=work, user=quiet, guest_key="")
    CreatorMute.objects.create(user=reader, muted=loud)
    client = login(reader)
    text = " ".join(page(client, work).split())
    assert ">quiet</a>" in text and ">loud</a>" not in text
    assert "and 1 more user" in text
    full = html.unescape(client.get(kudos_url(work)).content.decode())
    assert ">loud</a>" not in full and "and 1 more user" in " ".join(full.split())


def test_the_kudos_list_never_names_an_anonymous_works_creators(
    client, author, make_user, make_work
):
    work = make_work(author, title="Unsigned", anonymous=True)
    fan, partner = make_user("fan"), make_user("partner")
    kudos_give(work=work, user=fan, guest_key="")
    # Someone who left kudos and later joined the work as a co-creator.
    kudos_give(work=work, user=partner, guest_key="")
    add_co_creator(work, author, partner)
    for text in (page(client, work), html.unescape(client.get(kudos_url(work)).content.decode())):
        kudos_part = text[text.index('id="kudos"') :] if 'id="kudos"' in text else text
        assert ">fan</a>" in kudos_part
        assert "partner" not in kudos_part and "quill" not in kudos_part


def test_kudos_panel_counts_agree(make_user, reader, work):
    muted = make_user("muted")
    for user in (muted, make_user("shown")):
        kudos_give(work=work, user=user, guest_key="")
    kudos_give(work=work, user=None, guest_key=keyed_hash("ip:" + GUEST))
    CreatorMute.objects.create(user=reader, muted=muted)
    panel = selectors.kudos_panel_for(work, reader, guest_key="")
    assert [u.username for u in panel.givers] == ["shown"]
    assert panel.more_users == 1 and panel.guests == 1
    assert panel.total == kudos_count(work) == 3
    assert selectors.kudos_hidden_from(work, reader) == 1


def test_work_meta_shows_the_kudos_count(client, work):
    give(client, work)
    assert f'<a href="{work.get_absolute_url()}#kudos">1</a>' in page(client, work)
