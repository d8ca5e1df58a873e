"""Background builds of download files. `fanfold worker` runs them; tests (and archives
with FANFOLD_TASKS_IMMEDIATE) run them at once."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def download_build(build_id: int) -> str:
    return services.download_build_run(build_id=build_id)
