from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from fanfold.accounts.models import User
from fanfold.tags.autocomplete import tag_words_index
from fanfold.tags.models import Tag, TagFandom, TagParent, Wrangler
from fanfold.tags.services import tags_find_or_create


@pytest.fixture
def make_tag(db: None) -> Callable[..., Tag]:
    """A tag as authors would create it, then set up directly (no wrangling services,
    so tests of those services start from a known state)."""

    def make(
        name: str,
        type: str = "character",
        *,
        canonical: bool = False,
        merger: Tag | None = None,
        fandoms: Sequence[Tag] = (),
        parents: Sequence[Tag] = (),
        uses: int | None = None,
    ) -> Tag:
        tag = tags_find_or_create(type=type, names=[name])[0]
        fields: dict[str, Any] = {"canonical": canonical, "merger": merger}
        if uses is not None:
            fields["uses"] = uses
        Tag.objects.filter(pk=tag.pk).update(**fields)
        for fandom in fandoms:
            TagFandom.objects.create(tag=tag, fandom=fandom)
        for parent in parents:
            TagParent.objects.create(parent=parent, child=tag)
        tag.refresh_from_db()
        tag_words_index([tag])
        return tag

    return make


@pytest.fixture
def admin(make_user: Callable[..., User]) -> User:
    return make_user("archivist", is_staff=True)


@pytest.fixture
def wrangler(make_user: Callable[..., User]) -> User:
    """Wrangles every fandom."""
    user = make_user("wrangler")
    Wrangler.objects.create(user=user, fandom=None)
    return user


@pytest.fixture
def fandom(make_tag: Callable[..., Tag]) -> Tag:
    return make_tag("Sherlock Holmes - Arthur Conan Doyle", "fandom", canonical=True)
