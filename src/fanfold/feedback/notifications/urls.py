from django.urls import URLPattern, path

from . import views

urlpatterns: list[URLPattern] = [
    path("users/<str:username>/inbox", views.inbox, name="inbox"),
    path("users/<str:username>/inbox/read", views.inbox_read_all, name="inbox_read_all"),
    path("users/<str:username>/inbox/<int:notification_id>", views.inbox_open, name="inbox_open"),
    path("users/<str:username>/subscriptions", views.subscriptions, name="subscriptions"),
    path("subscriptions/new", views.subscribe, name="subscribe"),
    path("subscriptions/<int:subscription_id>/delete", views.unsubscribe, name="unsubscribe"),
]
