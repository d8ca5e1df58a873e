from django.urls import URLPattern, path

from . import views

# AO3's shapes: /comments/ID is a comment's own page (its thread from there down).
urlpatterns: list[URLPattern] = [
    path(
        "works/<int:work_id>/chapters/<int:chapter_id>/comments",
        views.comment_create,
        name="comment_create",
    ),
    path(
        "works/<int:work_id>/comments/unreviewed",
        views.comments_unreviewed,
        name="comments_unreviewed",
    ),
    path("comments/<int:comment_id>", views.comment_thread, name="comment"),
    path("comments/<int:comment_id>/reply", views.comment_reply, name="comment_reply"),
    path("comments/<int:comment_id>/edit", views.comment_edit, name="comment_edit"),
    path("comments/<int:comment_id>/delete", views.comment_delete, name="comment_delete"),
    path(
        "comments/<int:comment_id>/<slug:action>",
        views.comment_action,
        name="comment_action",
    ),
]
