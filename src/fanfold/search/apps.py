from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "fanfold.search"
    label = "search"
