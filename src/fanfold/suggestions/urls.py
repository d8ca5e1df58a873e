from django.urls import path

from . import views

app_name = "suggestions"
urlpatterns = [
    path("works/suggest", views.suggest_new, name="new"),
    path("works/<int:work_id>/suggest", views.suggest_work, name="work"),
    path("works/<int:work_id>/suggestions/dismiss", views.notice_dismiss, name="dismiss"),
    path("works/<int:work_id>/suggestions/restore", views.notice_restore, name="restore"),
    path("works/<int:work_id>/chapters/suggest", views.suggest_chapter_new, name="chapter_new"),
    path(
        "works/<int:work_id>/chapters/<int:chapter_id>/suggest",
        views.suggest_chapter,
        name="chapter",
    ),
]
