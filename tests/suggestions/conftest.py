"""Fixtures for the archive side of text analysis: a small wrangled tag dictionary in
the database (public-domain canons only) and story passages written for these tests."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template.loader import get_template
from django.test import RequestFactory

from fanfold.suggestions.dictionary import forget_archive_dictionary
from fanfold.tags.dictionary import dictionary_import

SHERLOCK = "Sherlock Holmes - Arthur Conan Doyle"
AUSTEN = "Pride and Prejudice - Jane Austen"

TAGS_CSV = f"""type,name,canonical,fandoms,parents
fandom,{SHERLOCK},,,
fandom,{AUSTEN},,,
fandom,Conan Doyle,{SHERLOCK},,
character,Sherlock Holmes,,{SHERLOCK},
character,John Watson,,{SHERLOCK},
character,Elizabeth Bennet,,{AUSTEN},
character,Fitzwilliam Darcy,,{AUSTEN},
character,Sherlock,Sherlock Holmes,,
character,Dr. Watson,John Watson,,
relationship,Sherlock Holmes/John Watson,,{SHERLOCK},
relationship,Holmes/Watson,Sherlock Holmes/John Watson,,
freeform,Violence,,,
"""

# Written for these tests: a street fight with blood, two named characters.
VIOLENT = (
    "Holmes crossed the wet cobbles of Baker Street without a word, and Watson followed "
    "close behind him.\n\n"
    "At the corner a stranger drew a knife and drove it into Watson's shoulder, and blood "
    "soaked through the sleeve of his coat and ran down over his wrist.\n\n"
    "Holmes seized the man by the collar and beat him against the railings until his nose "
    "broke and he lay bleeding and groaning on the stones.\n\n"
    '"Hold still," Holmes told Watson, pressing a handkerchief hard against the wound while '
    "the blood welled up between his fingers."
)

# Calm, with two other named characters.
CALM = (
    "Elizabeth Bennet walked the long way round the shrubbery, because the morning was "
    "fine and because Mr. Darcy had taken the short way.\n\n"
    "They met at the gate all the same. Darcy bowed; Elizabeth laughed at him, and he "
    "found, to his own surprise, that he did not mind it in the least."
)

AUTHOR_NOTE = "A/N: Thank you all for the lovely comments on the last story! This one is shorter."


@pytest.fixture(autouse=True)
def _fresh_dictionary() -> None:
    # Each test's tags roll back with it; a dictionary cached from another test's tags
    # must not survive into the next.
    forget_archive_dictionary()


@pytest.fixture
def archive_tags(db: None) -> None:
    dictionary_import(io.StringIO(TAGS_CSV))


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a block as if its transaction committed (the on_commit queueing runs, and the
    task with it: tests run tasks immediately)."""

    def run(block):
        with django_capture_on_commit_callbacks(execute=True):
            return block()

    return run


@pytest.fixture
def violent_work(author, make_work, archive_tags, committed):
    """A posted work rated General Audiences whose text is a knife fight."""
    return committed(
        lambda: make_work(author, text=VIOLENT, rating="General Audiences", fandoms=[SHERLOCK])
    )


NOTICE = "The text now suggests"


def notice_for(work, user) -> str:
    """The notice on the work's page as this user (None: a guest) would see it."""
    request = RequestFactory().get(work.get_absolute_url())
    request.user = user or AnonymousUser()
    return get_template("suggestions/hooks/work_notice.html").render({"work": work}, request)
