"""Test settings: the real settings with a throwaway data folder, fast hashing, and
background tasks run immediately (for real, not mocked)."""

import os
import tempfile

os.environ.setdefault("FANFOLD_DATA_DIR", tempfile.mkdtemp(prefix="fanfold-test-"))
os.environ["FANFOLD_TESTING"] = "1"
os.environ["FANFOLD_TASKS_IMMEDIATE"] = "1"

from fanfold.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files straight from the package (no collectstatic) in live-server tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
