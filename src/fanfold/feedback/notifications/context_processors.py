from functools import cache

from django.http import HttpRequest

from .selectors import unread_count


def inbox(request: HttpRequest) -> dict[str, object]:
    """The unread count for the header's inbox link. A callable the template calls at
    most once, so pages that never show the header never count."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"inbox_unread": cache(lambda: unread_count(user))}
