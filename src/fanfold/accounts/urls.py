from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views

app_name = "accounts"


urlpatterns = [
    path("signup", views.signup, name="signup"),
    path("login", views.LoginView.as_view(), name="login"),
    path("logout", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password_reset",
        views.PasswordResetView.as_view(
            # Without django.contrib.sites Django would call the archive by its host name.
            extra_email_context={"site_name": settings.SITE_NAME},
        ),
        name="password_reset",
    ),
    path(
        "password_reset/sent",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password_reset/<uidb64>/<token>",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html",
            success_url=reverse_lazy("accounts:password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password_reset/done",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path(
        "settings/password",
        auth_views.PasswordChangeView.as_view(
            template_name="accounts/password_change.html",
            success_url=reverse_lazy("accounts:password_change_done"),
        ),
        name="password_change",
    ),
    path(
        "settings/password/done",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="accounts/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path("settings", views.preferences, name="preferences"),
    path("settings/email", views.change_email, name="change_email"),
    path("settings/delete", views.delete_account, name="delete_account"),
    path("mutes", views.mutes, name="mutes"),
    path("users/<str:username>", views.profile, name="profile"),
    path("users/<str:username>/searches", views.saved_searches, name="searches"),
    path("users/<str:username>/blocked", views.blocked_users, name="blocked"),
    path("users/<str:username>/block", views.profile_block, name="profile_block"),
    path("users/<str:username>/mute", views.profile_mute, name="profile_mute"),
    path("users/<str:username>/works", views.user_works, name="works"),
    path("users/<str:username>/pseuds", views.pseuds, name="pseuds"),
    path("users/<str:username>/pseuds/<str:pseud_name>", views.pseud_works, name="pseud"),
    path(
        "users/<str:username>/pseuds/<str:pseud_name>/works",
        views.pseud_works,
        name="pseud_works",
    ),
    path(
        "users/<str:username>/pseuds/<str:pseud_name>/edit",
        views.pseud_edit,
        name="pseud_edit",
    ),
]
