from django.urls import path
from django.views.generic import RedirectView

from . import views, wrangling_views

app_name = "tags"
urlpatterns = [
    path("autocomplete/tags", views.autocomplete, name="autocomplete"),
    # Wrangling pages come before the tag pages: "tags/<path:name>" would swallow them.
    path("tags/wrangling/", wrangling_views.dashboard, name="wrangling"),
    path("tags/wrangling/bulk", wrangling_views.bulk, name="wrangling_bulk"),
    path("tags/wrangling/log", wrangling_views.log, name="wrangling_log"),
    path("tags/wrangling/wranglers", wrangling_views.wranglers, name="wranglers"),
    path(
        "tags/wrangling/wranglers/<int:role_id>/revoke",
        wrangling_views.wrangler_revoke,
        name="wrangler_revoke",
    ),
    path("tags/<path:name>/edit", wrangling_views.tag_edit, name="edit"),
    path("tags/<path:name>/works", views.tag_works, name="works"),
    path("tags/<path:name>", RedirectView.as_view(url="/tags/%(name)s/works"), name="detail"),
]
