import logging

from django.apps import AppConfig

logger = logging.getLogger("fanfold.downloads")


class DownloadsConfig(AppConfig):
    name = "fanfold.downloads"
    label = "downloads"
    verbose_name = "Downloads"

    def ready(self) -> None:
        from .filetypes import FILE_TYPES, unavailable_reason

        # Once per process, so an operator reading the log learns why a format is
        # missing from the Download menu.
        for file_type in FILE_TYPES.values():
            reason = unavailable_reason(file_type)
            if reason:
                logger.info("%s downloads are off: %s", file_type.label, reason)
