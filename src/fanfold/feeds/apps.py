from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "fanfold.feeds"
    label = "feeds"
    verbose_name = "Feeds"
