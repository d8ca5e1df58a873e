"""Each part of feedback keeps its own URL list; they share the "feedback" namespace."""

from .bookmarks.urls import urlpatterns as bookmarks
from .comments.urls import urlpatterns as comments
from .history.urls import urlpatterns as history
from .kudos.urls import urlpatterns as kudos
from .notifications.urls import urlpatterns as notifications

app_name = "feedback"
urlpatterns = [*kudos, *comments, *bookmarks, *notifications, *history]
