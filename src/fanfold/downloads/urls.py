from django.urls import path

from . import views

app_name = "downloads"
urlpatterns = [
    path("downloads/<int:work_id>/builds/<int:build_id>", views.build_status, name="status"),
    path("downloads/<int:work_id>/<str:slug>.<str:ext>", views.download, name="file"),
]
