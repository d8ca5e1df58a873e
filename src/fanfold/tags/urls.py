from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "tags"
urlpatterns = [
    path("autocomplete/tags", views.autocomplete, name="autocomplete"),
    path("tags/<path:name>/works", views.tag_works, name="works"),
    path("tags/<path:name>", RedirectView.as_view(url="/tags/%(name)s/works"), name="detail"),
]
