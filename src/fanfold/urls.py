from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("fanfold.accounts.urls")),
    # Before tags: "tags/<path:name>" there would swallow /tags/NAME/feed.atom.
    path("", include("fanfold.feeds.urls")),
    path("", include("fanfold.tags.urls")),
    path("", include("fanfold.search.urls")),
    path("", include("fanfold.suggestions.urls")),
    path("", include("fanfold.works.urls")),
    path("", include("fanfold.feedback.urls")),
    path("", include("fanfold.downloads.urls")),
]

handler400 = "fanfold.core.views.bad_request"
handler403 = "fanfold.core.views.permission_denied"
handler404 = "fanfold.core.views.page_not_found"
handler500 = "fanfold.core.views.server_error"
