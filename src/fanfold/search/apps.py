from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "fanfold.search"
    label = "search"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the receivers)
