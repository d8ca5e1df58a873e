"""What the kudos section at the end of a work needs."""

from __future__ import annotations

from django import template

from fanfold.feedback.kudos.selectors import KudosPanel, kudos_panel_for
from fanfold.feedback.kudos.views import guest_key_of

register = template.Library()


@register.simple_tag(takes_context=True)
def kudos_panel(context: template.Context) -> KudosPanel:
    request = context["request"]
    return kudos_panel_for(context["work"], request.user, guest_key=guest_key_of(request))
