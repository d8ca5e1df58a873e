from django.urls import path  # noqa: F401  (routes are added with the search pages)

app_name = "search"
urlpatterns: list[object] = []
