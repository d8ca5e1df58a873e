"""Answers for feed readers and e-reader apps: the XML with caching headers, so a
reader polling every few minutes gets a 304 and no body when nothing changed."""

from __future__ import annotations

import datetime
import hashlib

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag

ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8"
# Public feeds may be kept this long by readers and shared caches.
PUBLIC_MAX_AGE = 300


def xml_response(
    request: HttpRequest,
    body: bytes,
    *,
    content_type: str,
    last_modified: datetime.datetime | None = None,
    private: bool = False,
) -> HttpResponseBase:
    """The ETag is the body's hash (so removing a work changes it too); Last-Modified is
    the newest entry's time."""
    etag = quote_etag(hashlib.sha256(body).hexdigest()[:40])
    response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    timestamp = int(last_modified.timestamp()) if last_modified else None
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    if private:
        # A personal catalogue: the reader's app may keep it, no shared cache may.
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)


def text_response(message: str, *, status: int) -> HttpResponse:
    """A refusal an e-reader app shows as it is (they show no HTML error pages)."""
    response = HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")
    patch_cache_control(response, private=True, no_store=True)
    return response
