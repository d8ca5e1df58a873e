from django.urls import URLPattern, path

from . import views

urlpatterns: list[URLPattern] = [
    path("works/<int:work_id>/bookmarks", views.work_bookmarks, name="work_bookmarks"),
    path("works/<int:work_id>/bookmarks/new", views.work_bookmark_new, name="work_bookmark_new"),
    path("series/<int:series_id>/bookmarks", views.series_bookmarks, name="series_bookmarks"),
    path(
        "series/<int:series_id>/bookmarks/new",
        views.series_bookmark_new,
        name="series_bookmark_new",
    ),
    path("bookmarks/<int:bookmark_id>/edit", views.bookmark_edit, name="bookmark_edit"),
    path("bookmarks/<int:bookmark_id>/delete", views.bookmark_delete, name="bookmark_delete"),
    path("users/<str:username>/bookmarks", views.user_bookmarks, name="user_bookmarks"),
    path(
        "users/<str:username>/pseuds/<str:pseud_name>/bookmarks",
        views.pseud_bookmarks,
        name="pseud_bookmarks",
    ),
]
