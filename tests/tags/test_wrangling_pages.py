"""The wrangling pages: dashboard, bulk form, a tag's page, the log."""

from __future__ import annotations

from fanfold.tags.models import Tag, TagParent, WranglingLog


def page(response) -> str:
    return response.content.decode()


def test_dashboard_lists_unwrangled_tags_most_used_first(
    login, wrangler, author, make_work, make_tag, fandom
):
    make_work(author, characters=["Mrs Hudson", "Sherlock"], freeforms=["Fog"])
    make_work(author, characters=["Sherlock"])
    make_tag("Sherlock Holmes", canonical=True)
    make_tag("Attached", fandoms=[fandom])  # in a fandom: wrangled enough
    html = page(login(wrangler).get("/tags/wrangling/"))
    assert html.index("Sherlock") < html.index("Mrs Hudson")
    assert "Fog" in html and "Sherlock Holmes<" not in html and "Attached" not in html
    assert 'type="checkbox" name="tags"' in html
    assert "Sherlock Holmes - Arthur Conan Doyle" in html  # the by-fandom list
    characters = page(login(wrangler).get("/tags/wrangling/", {"type": "character"}))
    assert "Fog" not in characters and "Mrs Hudson" in characters


def test_dashboard_filters_by_fandom_and_paginates(login, wrangler, author, make_work):
    make_work(author, fandoms=["Dracula - Bram Stoker"], freeforms=["Bats"])
    make_work(author, freeforms=[f"Tag {n:02}" for n in range(55)])
    client = login(wrangler)
    html = page(client.get("/tags/wrangling/", {"fandom": "dracula - bram stoker"}))
    assert "Bats" in html and "Tag 00" not in html
    first = page(client.get("/tags/wrangling/", {"type": "freeform", "order": "name"}))
    assert "Page 1 of 2" in first and "Tag 48" in first and "Tag 54" not in first
    second = page(client.get("/tags/wrangling/", {"type": "freeform", "order": "name", "page": 2}))
    assert "Tag 54" in second
    unknown = client.get("/tags/wrangling/", {"fandom": "No Such Fandom"})
    assert "There is no fandom tag named" in page(unknown)


def test_bulk_form_wrangles_the_ticked_tags(login, wrangler, make_tag):
    a, b = make_tag("Holmes"), make_tag("Sherlock")
    into = make_tag("Sherlock Holmes", canonical=True)
    response = login(wrangler).post(
        "/tags/wrangling/bulk?type=character",
        {"tags": [a.pk, b.pk], "action": "merge", "into": "sherlock holmes"},
    )
    assert response.status_code == 302 and response["Location"] == "/tags/wrangling/?type=character"
    assert set(into.synonyms.all()) == {a, b}


def test_bulk_form_mistakes_keep_the_ticks_and_what_was_typed(login, wrangler, make_tag):
    a, b = make_tag("Holmes"), make_tag("Sherlock")
    client = login(wrangler)
    response = client.post(
        "/tags/wrangling/bulk", {"tags": [a.pk], "action": "merge", "into": "Nobody Here"}
    )
    html = page(response)
    assert response.status_code == 400
    assert "There is no character tag named “Nobody Here”" in html
    assert f'value="{a.pk}" id="tick-{a.pk}" checked' in html
    assert f'value="{b.pk}" id="tick-{b.pk}">' in html
    assert 'value="Nobody Here"' in html
    response = client.post("/tags/wrangling/bulk", {"action": "canonical"})
    assert "Tick at least one tag." in page(response)
    make_tag("Holmes Again", canonical=True)
    both = [a.pk, Tag.objects.get(name="Holmes Again").pk]
    response = client.post("/tags/wrangling/bulk", {"tags": both, "action": "canonical"})
    assert "already canonical" in page(response)
    a.refresh_from_db()
    assert not a.canonical


def test_tag_page_shows_everything_about_the_tag(login, wrangler, make_tag, fandom):
    meta = make_tag("Detectives", canonical=True)
    holmes = make_tag("Sherlock Holmes", canonical=True, parents=[meta], fandoms=[fandom])
    make_tag("Sherlock", merger=holmes)
    make_tag("Young Sherlock Holmes", canonical=True, parents=[holmes])
    html = page(login(wrangler).get("/tags/Sherlock Holmes/edit"))
    for text in [
        "Character",
        "Canonical",
        ">Sherlock<",
        ">Detectives<",
        ">Young Sherlock Holmes<",
        ">Sherlock Holmes - Arthur Conan Doyle<",
        "Make not canonical",
        'name="into"',
        'name="parents"',
        'name="fandoms"',
        'name="name"',
    ]:
        assert text in html, text
    assert '<label for="id_into">' in html and '<label for="id_parents">' in html


def test_relationship_page_sets_characters(login, wrangler, make_tag):
    make_tag("Sherlock Holmes", canonical=True)
    make_tag("John Watson", canonical=True)
    pair = make_tag("Sherlock Holmes/John Watson", "relationship", canonical=True)
    client = login(wrangler)
    url = f"/tags/{pair.url_name}/edit"
    response = client.post(
        url,
        {
            "action": "characters",
            "type": "relationship",
            "characters": "sherlock holmes, John Watson",
        },
    )
    assert response.status_code == 302
    assert {t.name for t in pair.characters.all()} == {"Sherlock Holmes", "John Watson"}
    assert ">John Watson<" in page(client.get(url))


def test_tag_page_actions_redirect_with_a_message(login, wrangler, make_tag):
    make_tag("Mrs Hudson")
    client = login(wrangler)
    response = client.post(
        "/tags/Mrs Hudson/edit", {"action": "canonical", "type": "character"}, follow=True
    )
    assert "“Mrs Hudson” is now canonical." in page(response)
    response = client.post(
        "/tags/Mrs Hudson/edit",
        {"action": "rename", "type": "character", "name": "Mrs. Hudson"},
    )
    assert response["Location"] == "/tags/Mrs*d*%20Hudson/edit"
    assert Tag.objects.filter(name="Mrs. Hudson", canonical=True).exists()


def test_tag_page_mistakes_show_in_place_and_keep_what_was_typed(login, wrangler, make_tag):
    holmes = make_tag("Sherlock Holmes", canonical=True)
    child = make_tag("Young Sherlock", canonical=True, parents=[holmes])
    client = login(wrangler)
    response = client.post(
        "/tags/Sherlock Holmes/edit",
        {"action": "merge", "type": "character", "into": "Shirley Holmes"},
    )
    html = page(response)
    assert response.status_code == 400
    assert "There is no character tag named “Shirley Holmes”" in html
    assert 'value="Shirley Holmes"' in html
    assert "nothing you typed was lost" in html
    response = client.post(
        "/tags/Sherlock Holmes/edit",
        {"action": "parents", "type": "character", "parents": "Young Sherlock"},
    )
    assert "already under" in page(response)
    assert TagParent.objects.get().child == child
    response = client.post("/tags/Sherlock Holmes/edit", {"action": "uncanonical"})
    assert "Move them first" in page(response)
    assert not WranglingLog.objects.exists()


def test_tag_page_picks_the_type_when_names_are_shared(login, wrangler, make_tag):
    make_tag("Watson", "fandom", canonical=True)
    make_tag("Watson")
    html = page(login(wrangler).get("/tags/Watson/edit", {"type": "character"}))
    assert "<dd>Character</dd>" in html and "the Fandom tag of this name" in html
    assert login(wrangler).get("/tags/Nobody/edit").status_code == 404


def test_log_page_filters_by_tag_and_by_wrangler(login, make_user, make_tag):
    from fanfold.tags import services
    from fanfold.tags.models import Wrangler

    ann, bob = make_user("ann"), make_user("bob")
    for user in (ann, bob):
        Wrangler.objects.create(user=user, fandom=None)
    services.tag_make_canonical(actor=ann, tag=make_tag("Mrs Hudson"))
    services.tag_make_canonical(actor=bob, tag=make_tag("Irene Adler"))
    client = login(ann)
    everything = page(client.get("/tags/wrangling/log"))
    assert "Mrs Hudson" in everything and "Irene Adler" in everything
    assert "made canonical" in everything
    by_tag = page(client.get("/tags/wrangling/log", {"tag": "mrs hudson"}))
    assert "Mrs Hudson" in by_tag and "Irene Adler" not in by_tag
    by_wrangler = page(client.get("/tags/wrangling/log", {"wrangler": "BOB"}))
    assert "Irene Adler" in by_wrangler and "Mrs Hudson" not in by_wrangler
    assert "No changes match." in page(client.get("/tags/wrangling/log", {"wrangler": "nobody"}))
