from django.urls import URLPattern, path

from . import views

urlpatterns: list[URLPattern] = [
    # GET lists who left kudos; POST leaves kudos (AO3's shape).
    path("works/<int:work_id>/kudos", views.work_kudos, name="kudos"),
]
