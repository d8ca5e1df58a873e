"""Every feed of the demo archive (original works in many languages and shapes) parses,
and no anonymous work's entry names its creators anywhere."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from django.core.management import call_command
from django.db.models import Q

from fanfold.accounts.models import Pseud
from fanfold.tags.models import Tag
from fanfold.works.models import Series, Work

from .conftest import NS, entries, links, parse, path_of


def test_every_demo_feed_parses_and_hides_anonymous_creators(db, client):
    call_command("demo", "--if-empty")
    anonymous = {
        f"/works/{work.pk}": {c.pseud.name.lower() for c in work.creatorships.all()}
        | {c.pseud.user.username.lower() for c in work.creatorships.all()}
        for work in Work.objects.filter(anonymous=True).prefetch_related(
            "creatorships__pseud__user"
        )
    }
    assert anonymous
    urls = ["/works/search.atom", "/opds/new", "/opds/kudos", "/opds/fandoms", "/opds/tags"]
    # Every fandom, and every tag of the works most likely to trip a writer: anonymous
    # ones and those not in English (right-to-left and CJK text among them).
    tags = Tag.objects.filter(
        Q(type="fandom") | Q(works__anonymous=True) | ~Q(works__language="en"), uses__gt=0
    ).distinct()
    urls += [f"/tags/{t.url_name}/feed.atom?type={t.type}" for t in tags]
    urls += [f"/series/{s.pk}/feed.atom" for s in Series.objects.all()]
    urls += [
        f"/users/{p.user.username}/pseuds/{p.name}/works.atom"
        for p in Pseud.objects.select_related("user")
    ]
    urls += [f"/opds/fandoms/{t.pk}" for t in Tag.objects.filter(type="fandom", uses__gt=0)]
    seen_anonymous = 0
    for url in urls:
        response = client.get(url)
        if response.status_code == 404 and url.startswith("/series/"):
            continue  # a series of restricted or draft works has no public feed
        feed = parse(response)
        for entry in entries(feed):
            alternate = links(entry, "alternate")
            names = anonymous.get(path_of(alternate[0].get("href"))) if alternate else None
            if names is None:
                continue
            seen_anonymous += 1
            text = ET.tostring(entry, encoding="unicode").lower()
            assert entry.findtext("atom:author/atom:name", namespaces=NS) == "Anonymous"
            for name in names:
                assert name not in text, (url, name)
    assert seen_anonymous
