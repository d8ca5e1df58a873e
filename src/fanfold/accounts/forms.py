from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm, BaseUserCreationForm
from django.core.validators import RegexValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from fanfold.search.forms import CreatorMuteForm

from .models import ORPHAN_USERNAME, Pseud, User

username_validator = RegexValidator(
    r"^[A-Za-z0-9_]{3,40}$",
    _l("Use 3 to 40 letters, digits or underscores."),
)


class SignupForm(BaseUserCreationForm):
    email = forms.EmailField(label=_l("Email"), max_length=254)

    class Meta:
        model = User
        fields = ("username", "email")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].validators.append(username_validator)
        self.fields["username"].help_text = _l(
            "3 to 40 letters, digits or underscores. This is also your first pseud."
        )

    def clean_username(self) -> str:
        username: str = self.cleaned_data["username"]
        # orphan_account is made on first use; nobody may take the name before that.
        reserved = username.lower() == ORPHAN_USERNAME
        if reserved or User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("That username is taken."))
        return username

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"]
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with that email address already exists."))
        return email


class LoginForm(AuthenticationForm):
    def clean_username(self) -> str:
        # Usernames are unique whatever their case, so any case the person types finds them.
        username: str = self.cleaned_data["username"]
        stored = (
            User.objects.filter(username__iexact=username)
            .values_list("username", flat=True)
            .first()
        )
        return stored or username


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = (
            "show_adult_content",
            "view_full_work",
            "hide_warnings",
            "hide_freeform",
            "keep_history",
            "email_comments",
            "email_kudos",
            "email_subscriptions",
            "email_invitations",
        )

    # Shown under their own headings on the settings page.
    reading_fields = Meta.fields[:5]
    email_fields = Meta.fields[5:]

    def reading(self) -> list[forms.BoundField]:
        return [self[name] for name in self.reading_fields]

    def emails(self) -> list[forms.BoundField]:
        return [self[name] for name in self.email_fields]


class PasswordConfirmedForm(forms.Form):
    """A change to the account itself: the user types their password again."""

    password = forms.CharField(label=_l("Your password"), widget=forms.PasswordInput)

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That isn't your password."))
        return password


class EmailChangeForm(PasswordConfirmedForm):
    email = forms.EmailField(label=_l("New email"), max_length=254)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"]
        if User.objects.filter(email__iexact=email).exclude(pk=self.user.pk).exists():
            raise forms.ValidationError(_("That email address is already in use."))
        return email


class DeleteAccountForm(PasswordConfirmedForm):
    works = forms.ChoiceField(
        label=_l("What should happen to your works?"),
        choices=[
            ("orphan", _l("Orphan them: keep them on the archive, credited to orphan_account")),
            ("delete", _l("Delete them permanently")),
        ],
        widget=forms.RadioSelect,
    )


class PseudForm(forms.Form):
    name = forms.CharField(label=_l("Name"), max_length=40)
    description = forms.CharField(
        label=_l("Description"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    make_default = forms.BooleanField(label=_l("Make this my default pseud"), required=False)

    def __init__(self, *args: Any, pseud: Pseud | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if pseud is None or pseud.is_default:
            del self.fields["make_default"]


class BlockForm(CreatorMuteForm):
    """Names the account to block, found as the mute form finds it."""
