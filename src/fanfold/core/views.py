"""Error pages: plain, helpful, and never a traceback or a creator's name."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


def _error(request: HttpRequest, status: int, template: str) -> HttpResponse:
    try:
        body = render_to_string(template, {"status": status}, request=request)
    except Exception:  # the error page itself must never fail
        body = f"<!doctype html><title>Error {status}</title><h1>Error {status}</h1>"
    return HttpResponse(body, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400, "errors/400.html")


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403, "errors/403.html")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404, "errors/404.html")


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(request, 500, "errors/500.html")
