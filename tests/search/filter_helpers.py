"""Small helpers the listing tests share: what a listing page showed, read from its
context, and a way to set a work's derived numbers the feedback services will keep."""

from __future__ import annotations

from typing import Any

from django.test import Client

from fanfold.works.models import Work


def listing_of(client: Client, url: str, params: dict[str, Any] | None = None) -> Any:
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, response.status_code)
    return response.context["listing"]


def titles(client: Client, url: str, params: dict[str, Any] | None = None) -> list[str]:
    return [w.title for w in listing_of(client, url, params).page.object_list]


def total(client: Client, url: str, params: dict[str, Any] | None = None) -> int:
    return listing_of(client, url, params).page.paginator.count


def facets(listing: Any) -> dict[str, dict[str, Any]]:
    """{type: {tag name: facet}} of a listing's sidebar."""
    return {g.type: {f.name: f for f in g.facets} for g in listing.facets}


def set_fields(work: Work, **fields: Any) -> None:
    Work.objects.filter(pk=work.pk).update(**fields)
