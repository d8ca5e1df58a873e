from django.urls import URLPattern, path

from . import views

# AO3's shapes: /users/NAME/readings (?show=to-read for Mark for Later), and
# /works/ID/mark_for_later, /works/ID/mark_as_read.
urlpatterns: list[URLPattern] = [
    path("users/<str:username>/readings", views.readings, name="readings"),
    path("users/<str:username>/readings/clear", views.readings_clear, name="readings_clear"),
    path(
        "users/<str:username>/readings/<int:reading_id>/delete",
        views.reading_delete,
        name="reading_delete",
    ),
    path("works/<int:work_id>/mark_for_later", views.mark_for_later, name="mark_for_later"),
    path("works/<int:work_id>/mark_as_read", views.unmark_for_later, name="unmark_for_later"),
]
