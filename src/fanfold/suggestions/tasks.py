"""Background work for suggestions. `fanfold worker` runs it; tests run it immediately."""

from __future__ import annotations

from django_tasks import task

from .services import work_suggestions_refresh


@task()
def work_suggestions_compute(work_id: int) -> bool:
    """Recompute a work's stored suggestions; False when the work is gone."""
    return work_suggestions_refresh(work_id=work_id) is not None
