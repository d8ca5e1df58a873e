from django.http import HttpRequest

from .selectors import pending_invitations


def invitations(request: HttpRequest) -> dict[str, object]:
    """The count of co-creator invitations waiting, shown in the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"pending_invitations": pending_invitations(user).count()}
