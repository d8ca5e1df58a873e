from django.urls import URLPattern, path

from . import opds_views, views

app_name = "feeds"

# The catalogue's pages, mounted three times: for guests (Basic accepted over HTTPS),
# behind Basic (/opds/auth/) and behind a feed key (/opds/t/KEY/).
OPDS_ROUTES = [
    ("", opds_views.root, "root"),
    ("new", opds_views.newest, "new"),
    ("kudos", opds_views.most_kudos, "kudos"),
    ("fandoms", opds_views.fandoms, "fandoms"),
    ("fandoms/<int:tag_id>", opds_views.fandom, "fandom"),
    ("tags", opds_views.popular_tags, "tags"),
    ("tags/<int:tag_id>", opds_views.tag_works, "tag"),
    ("bookmarks", opds_views.bookmarks, "bookmarks"),
    ("later", opds_views.later, "later"),
    ("search", opds_views.search, "search"),
    ("opensearch.xml", opds_views.opensearch, "opensearch"),
    ("download/<int:work_id>/<str:file_name>", opds_views.download, "download"),
]


def _opds(prefix: str, mode: str, name: str) -> list[URLPattern]:
    return [
        path(prefix + route, view, {"mode": mode}, name=f"{name}_{suffix}")
        for route, view, suffix in OPDS_ROUTES
    ]


urlpatterns = [
    path("tags/<path:name>/feed.atom", views.tag_feed, name="tag"),
    path("users/<str:username>/works.atom", views.user_feed, name="user"),
    path(
        "users/<str:username>/pseuds/<str:pseud_name>/works.atom",
        views.pseud_feed,
        name="pseud",
    ),
    path("series/<int:series_id>/feed.atom", views.series_feed, name="series"),
    path("works/search.atom", views.search_feed, name="search"),
    path("users/<str:username>/feed-tokens", views.feed_tokens, name="tokens"),
    *_opds("opds/auth/", "basic", "opds_auth"),
    *_opds("opds/t/<str:key>/", "token", "opds_token"),
    *_opds("opds/", "public", "opds"),
]
