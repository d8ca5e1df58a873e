from django.apps import AppConfig


class SuggestionsConfig(AppConfig):
    name = "fanfold.suggestions"
    label = "suggestions"
    verbose_name = "Tag suggestions"
