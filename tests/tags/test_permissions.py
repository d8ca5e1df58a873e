"""Who may wrangle what: archive admins everything, wranglers of all fandoms everything,
a fandom's wranglers that fandom's tags; everyone else nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from fanfold.tags import services
from fanfold.tags.models import Tag, TagParent, Wrangler, WranglingLog
from fanfold.tags.selectors import can_wrangle, is_wrangler


@pytest.fixture
def acd(make_tag):
    return make_tag("Sherlock Holmes - ACD", "fandom", canonical=True)


@pytest.fixture
def dracula(make_tag):
    return make_tag("Dracula - Bram Stoker", "fandom", canonical=True)


@pytest.fixture
def acd_wrangler(make_user, acd):
    user = make_user("bee")
    Wrangler.objects.create(user=user, fandom=acd)
    return user


def test_admins_and_all_fandom_wranglers_wrangle_everything(admin, wrangler, reader, make_tag):
    tag = make_tag("Anything")
    assert can_wrangle(admin, tag) and can_wrangle(wrangler, tag)
    assert is_wrangler(admin) and is_wrangler(wrangler)
    assert not can_wrangle(reader, tag) and not is_wrangler(reader)
    rating = Tag.objects.get(type="rating", name="Mature")
    assert not can_wrangle(admin, rating)


def test_a_fandom_wrangler_wrangles_that_fandoms_tags(
    acd_wrangler, author, make_work, make_tag, acd, dracula
):
    sub = make_tag("Sherlock Holmes - Stage", "fandom", canonical=True)
    TagParent.objects.create(parent=acd, child=sub)
    hudson = make_tag("Mrs. Hudson", canonical=True, fandoms=[acd])
    nickname = make_tag("Hudders", merger=hudson)
    on_stage = make_tag("Stage Hudson", canonical=True, fandoms=[sub])
    renfield = make_tag("Renfield", canonical=True, fandoms=[dracula])
    make_work(author, fandoms=["Sherlock Holmes - ACD"], freeforms=["Fog"])
    make_work(author, fandoms=["Dracula - Bram Stoker"], freeforms=["Bats"])
    fog = Tag.objects.get(name="Fog")
    bats = Tag.objects.get(name="Bats")

    allowed = [acd, sub, hudson, nickname, on_stage, fog]
    refused = [dracula, renfield, bats]
    assert all(can_wrangle(acd_wrangler, t) for t in allowed)
    assert not any(can_wrangle(acd_wrangler, t) for t in refused)


def test_services_refuse_tags_outside_the_wranglers_fandoms(acd_wrangler, make_tag, acd, dracula):
    renfield = make_tag("Renfield", canonical=True, fandoms=[dracula])
    with pytest.raises(PermissionDenied):
        services.tag_rename(actor=acd_wrangler, tag=renfield, name="R. M. Renfield")
    hudson = make_tag("Mrs. Hudson", canonical=True, fandoms=[acd])
    with pytest.raises(PermissionDenied):
        services.tag_set_fandoms(actor=acd_wrangler, tag=hudson, fandoms=[acd, dracula])
    with pytest.raises(PermissionDenied):
        services.tag_merge(actor=acd_wrangler, tag=hudson, into=renfield)
    services.tag_set_fandoms(actor=acd_wrangler, tag=hudson, fandoms=[acd])  # no change
    assert not WranglingLog.objects.exists()


def test_readers_may_not_wrangle(reader, make_tag):
    with pytest.raises(PermissionDenied):
        services.tag_make_canonical(actor=reader, tag=make_tag("Sherlock"))


@pytest.mark.parametrize(
    "url",
    [
        "/tags/wrangling/",
        "/tags/wrangling/log",
        "/tags/Sherlock/edit",
        "/tags/wrangling/wranglers",
    ],
)
def test_non_wranglers_get_403_and_guests_are_asked_to_log_in(client, login, reader, make_tag, url):
    make_tag("Sherlock")
    response = client.get(url)
    assert response.status_code == 302 and "/login" in response["Location"]
    login(reader)
    assert client.get(url).status_code == 403


def test_non_wranglers_cannot_post_either(login, reader, make_tag):
    tag = make_tag("Sherlock")
    client = login(reader)
    response = client.post("/tags/Sherlock/edit", {"action": "canonical", "type": "character"})
    assert response.status_code == 403
    response = client.post("/tags/wrangling/bulk", {"tags": [tag.pk], "action": "canonical"})
    assert response.status_code == 403
    tag.refresh_from_db()
    assert not tag.canonical


def test_a_fandom_wrangler_cannot_open_other_fandoms_tags(login, acd_wrangler, make_tag, dracula):
    make_tag("Renfield", canonical=True, fandoms=[dracula])
    assert login(acd_wrangler).get("/tags/Renfield/edit").status_code == 403


def test_wrangling_link_shows_for_wranglers_only(client, login, reader, wrangler):
    assert "/tags/wrangling/" not in login(reader).get("/").content.decode()
    assert "/tags/wrangling/" in login(wrangler).get("/").content.decode()


def test_admins_grant_and_revoke_roles_on_the_wranglers_page(login, admin, make_user, acd):
    user = make_user("bee")
    client = login(admin)
    response = client.post("/tags/wrangling/wranglers", {"username": "BEE", "fandom": acd.name})
    assert response.status_code == 302
    role = Wrangler.objects.get(user=user)
    assert (role.fandom, role.granted_by) == (acd, admin)
    page = client.get("/tags/wrangling/wranglers").content.decode()
    assert "bee" in page and acd.name in page
    response = client.post(f"/tags/wrangling/wranglers/{role.pk}/revoke")
    assert response.status_code == 302 and not Wrangler.objects.exists()
    assert list(WranglingLog.objects.order_by("id").values_list("action", flat=True)) == [
        "grant",
        "revoke",
    ]


def test_granting_reports_mistakes_in_place(login, admin, make_user, make_tag):
    make_user("bee")
    make_tag("Sherlock (TV)", "fandom")  # not canonical
    client = login(admin)
    response = client.post("/tags/wrangling/wranglers", {"username": "nobody", "fandom": ""})
    assert response.status_code == 400
    assert "There is no user named" in response.content.decode()
    response = client.post(
        "/tags/wrangling/wranglers", {"username": "bee", "fandom": "Sherlock (TV)"}
    )
    assert "isn&#x27;t a canonical fandom" in response.content.decode()
    assert 'value="Sherlock (TV)"' in response.content.decode()
    client.post("/tags/wrangling/wranglers", {"username": "bee", "fandom": ""})
    response = client.post("/tags/wrangling/wranglers", {"username": "bee", "fandom": ""})
    assert "already wrangles" in response.content.decode()


def test_only_admins_grant_roles(wrangler, make_user):
    with pytest.raises(PermissionDenied):
        services.wrangler_grant(actor=wrangler, user=make_user("bee"), fandom=None)


def test_wrangler_roles_in_django_admin_go_through_the_services(login, make_user, acd):
    boss = make_user("boss", is_staff=True, is_superuser=True)
    bee = make_user("bee")
    client = login(boss)
    assert client.get("/admin/tags/wrangler/").status_code == 200
    response = client.post("/admin/tags/wrangler/add/", {"user": bee.pk, "fandom": acd.pk})
    assert response.status_code == 302
    assert WranglingLog.objects.get().action == "grant"
    role = Wrangler.objects.get(user=bee)
    response = client.post(f"/admin/tags/wrangler/{role.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Wrangler.objects.exists()
    assert WranglingLog.objects.filter(action="revoke").exists()
    with pytest.raises(ValidationError):
        services.wrangler_grant(actor=boss, user=bee, fandom=Tag.objects.get(name="Mature"))
