"""Download a work as a file: /downloads/ID/Title.epub (AO3's shape).

Visible exactly as the work's page is (work_for_viewer). A cached file is served at
once; a small work is made inside the request (well under a second); a long work, and
every PDF, AZW3 and MOBI, is made by the background worker while the reader watches a
"Preparing your download" page that asks every second whether it is ready.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from fanfold.works.models import Work
from fanfold.works.selectors import work_for_viewer

from . import cache, filenames, selectors, services
from .filetypes import FileType, available_type
from .models import DownloadBuild

# Past this, the progress page says the wait is longer than usual.
SLOW_AFTER = datetime.timedelta(minutes=1)

# Nothing in a downloaded HTML page may run, even if a browser were made to display it
# instead of saving it: no scripts, no plugins, nothing fetched but inline style.
HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'"


def _visible_work(request: HttpRequest, work_id: int) -> Work | HttpResponse:
    access = work_for_viewer(work_id, request.user)
    if access.needs_login:
        return redirect_to_login(request.get_full_path())
    if access.work is None:
        if not Work.objects.filter(pk=work_id).exists():
            # Deleted: its files go too.
            cache.forget_work(work_id)
        raise Http404(_("No such work."))
    return access.work


def _file_type(ext: str) -> FileType:
    file_type = available_type(ext)
    if file_type is None:
        raise Http404(_("This archive does not offer that kind of file."))
    return file_type


def _serve(
    request: HttpRequest, work: Work, file_type: FileType, cached: cache.CachedFile
) -> HttpResponse:
    etag = f'"{cached.path.stem}"'
    if etag in request.headers.get("If-None-Match", ""):
        cached.handle.close()
        response = HttpResponse(status=304)
    else:
        response = FileResponse(cached.handle, content_type=file_type.content_type)
        name = selectors.file_name(work, request.user, file_type)
        response["Content-Disposition"] = filenames.content_disposition(
            name, fallback=f"work-{work.pk}"
        )
    response["ETag"] = etag
    # Revalidated every time (cheap, by ETag) so an edit is never hidden by a browser's
    # copy, and never kept by a shared cache: restricted works are for members only.
    response["Cache-Control"] = "private, no-cache"
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Robots-Tag"] = "noindex, nofollow"
    if file_type.ext == "html":
        response["Content-Security-Policy"] = HTML_POLICY
    return response


def download(request: HttpRequest, work_id: int, slug: str, ext: str) -> HttpResponse:
    file_type = _file_type(ext)
    found = _visible_work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    work = found
    viewer = request.user
    key = selectors.file_key(work, viewer, file_type)
    background = selectors.builds_in_background(work, file_type)
    cached = cache.open_cached(key)
    if cached is not None and cached.fresh:
        return _serve(request, work, file_type, cached)
    if cached is not None:
        # Only the counts are out of date: a long work is refreshed in the background
        # while this reader gets the file as it is.
        if background:
            services.download_build_request(work=work, viewer=viewer, file_type=file_type)
            return _serve(request, work, file_type, cached)
        cached.handle.close()
    if not background:
        services.download_make(work=work, viewer=viewer, file_type=file_type)
        made = cache.open_cached(key)
        if made is not None:
            return _serve(request, work, file_type, made)
    build = services.download_build_request(
        work=work, viewer=viewer, file_type=file_type, retry="retry" in request.GET
    )
    if not _shows_pages(request):
        # An e-reader app can't watch a progress page: it is told to ask again soon.
        response = HttpResponse(
            _("The file is being made. Please try again in a few seconds."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(APP_RETRY_AFTER)
        return response
    return _progress(request, work, file_type, build, status=202)


# Seconds an app (OPDS client, download tool) is asked to wait for a file being made.
APP_RETRY_AFTER = 10
# Set by the OPDS catalogue on the requests it passes on: they come from an app.
FROM_APP = "_fanfold_from_app"


def _shows_pages(request: HttpRequest) -> bool:
    """Whether the client is a browser that can follow a progress page: browsers ask
    for text/html with every navigation; reading apps and tools ask for the file or
    for anything (*/*)."""
    if getattr(request, FROM_APP, False):
        return False
    accept = request.headers.get("Accept", "")
    return not accept or "text/html" in accept


def _progress(
    request: HttpRequest, work: Work, file_type: FileType, build: DownloadBuild, status: int = 200
) -> HttpResponse:
    context = {
        "work": work,
        "file_type": file_type,
        "build": build,
        "file_name": selectors.file_name(work, request.user, file_type),
        "file_url": selectors.download_url(work, file_type),
        "status_url": reverse("downloads:status", args=[work.pk, build.pk]),
        "slow": build.waiting and timezone.now() - build.queued_at > SLOW_AFTER,
    }
    template = "downloads/progress.html" if request.htmx else "downloads/preparing.html"
    return render(request, template, context, status=status)


def build_status(request: HttpRequest, work_id: int, build_id: int) -> HttpResponse:
    """Where the progress page asks whether its file is ready."""
    found = _visible_work(request, work_id)
    if isinstance(found, HttpResponse):
        return found
    work = found
    build = selectors.build_of(work, build_id)
    if build is None:
        raise Http404(_("No such download."))
    file_type = _file_type(build.file_type)
    file_url = selectors.download_url(work, file_type)
    if build.status == DownloadBuild.Status.READY:
        if not request.htmx:
            return redirect(file_url)
        if "go" in request.GET:
            # Asked once by the "ready" fragment (which no longer polls): the browser
            # goes to the file, which downloads without leaving the page.
            response = HttpResponse(status=200)
            response["HX-Redirect"] = file_url
            return response
    return _progress(request, work, file_type, build)
