from django.urls import path

from . import views

app_name = "search"
urlpatterns = [
    path("works/search", views.search, name="results"),
    path("works/search/save", views.save_search, name="save"),
]
