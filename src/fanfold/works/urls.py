from django.urls import path

from . import views

app_name = "works"
urlpatterns = [
    path("", views.home, name="home"),
    path("works", views.home, name="index"),
    path("works/new", views.work_new, name="new"),
    path("works/<int:work_id>", views.work_detail, name="detail"),
    path("works/<int:work_id>/edit", views.work_edit, name="edit"),
    path("works/<int:work_id>/post", views.work_post, name="post"),
    path("works/<int:work_id>/delete", views.work_delete, name="delete"),
    path("works/<int:work_id>/navigate", views.chapter_index, name="navigate"),
    path("works/<int:work_id>/chapters/new", views.chapter_new, name="chapter_new"),
    path("works/<int:work_id>/chapters/manage", views.chapters_manage, name="chapters_manage"),
    path("works/<int:work_id>/chapters/<int:chapter_id>", views.chapter_detail, name="chapter"),
    path(
        "works/<int:work_id>/chapters/<int:chapter_id>/edit",
        views.chapter_edit,
        name="chapter_edit",
    ),
    path(
        "works/<int:work_id>/chapters/<int:chapter_id>/delete",
        views.chapter_delete,
        name="chapter_delete",
    ),
    path("series/<int:series_id>", views.series_detail, name="series"),
    path("invitations", views.invitations, name="invitations"),
]
