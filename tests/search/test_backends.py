"""Each query feature on real works, through whichever engine the database has (the
suite runs on SQLite and on PostgreSQL; the same tests must pass on both)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.db.models import QuerySet
from django.test import override_settings as django_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fanfold.accounts.models import User
from fanfold.search.backends import get_backend
from fanfold.search.query import parse_query
from fanfold.works.models import Work
from fanfold.works.selectors import visible_works_for

MakeWork = Callable[..., Work]


def search(text: str, works: QuerySet[Work] | None = None) -> list[str]:
    """Titles of the matches, best first."""
    found = get_backend().filter(
        works if works is not None else Work.objects.all(), parse_query(text)
    )
    return list(found.order_by("-search_rank", "-id").values_list("title", flat=True))


def found(text: str) -> set[str]:
    return set(search(text))


def snippet(work: Work, text: str) -> str:
    return get_backend().snippets([work.pk], parse_query(text))[work.pk]


@pytest.fixture
def shelf(author: User, make_user: Callable[..., User], make_work: MakeWork) -> dict[str, Work]:
    other = make_user("inkwell")
    return {
        "quay": make_work(
            author,
            title="Lamps on the Quay",
            summary="Ottilie keeps the harbour ledger.",
            notes="Thanks to my beta, Marguerite.",
            freeforms=["Hurt/Comfort", "Fluff"],
            text="The lamps along the quay came on one at a time. Ottilie closed the ledger.",
        ),
        "moor": make_work(
            other,
            title="The Hound Hour",
            summary="A walk across the moor at night.",
            freeforms=["Angst"],
            text="Fog rolled over the moor, and somewhere a hound bayed twice at the moon.",
        ),
        "letters": make_work(
            other,
            title="Letters from Lambton",
            summary="Elizabeth writes home about the lamps of Pemberley.",
            notes="Written for the winter exchange.",
            text="My dearest Jane, the weather at Lambton is fine, and the ledger of my days is full.",
        ),
    }


def test_words_must_all_match(shelf: dict[str, Work]) -> None:
    assert found("lamps") == {"Lamps on the Quay", "Letters from Lambton"}
    assert found("lamps ledger") == {"Lamps on the Quay", "Letters from Lambton"}
    assert found("lamps moor") == set()
    assert found("hound moon") == {"The Hound Hour"}


def test_words_match_whole_words_only(shelf: dict[str, Work]) -> None:
    assert found("lamp") == set()
    assert found("lambto") == set()


def test_matching_ignores_case_and_accents(
    author: User, make_work: MakeWork, shelf: dict[str, Work]
) -> None:
    make_work(author, title="Café Society", text="Amélie poured the crème brûlée.")
    assert found("cafe") == {"Café Society"}
    assert found("AMELIE creme brulee") == {"Café Society"}
    assert found("Brûlée") == {"Café Society"}


def test_phrase_needs_the_words_together_in_order(shelf: dict[str, Work]) -> None:
    assert found('"along the quay"') == {"Lamps on the Quay"}
    assert found('"the quay along"') == set()
    assert found('"hound bayed twice"') == {"The Hound Hour"}
    assert found('"hound twice"') == set()


def test_excluded_word_and_phrase(shelf: dict[str, Work]) -> None:
    assert found("lamps -quay") == {"Letters from Lambton"}
    assert found('ledger -"dearest jane"') == {"Lamps on the Quay"}
    assert found('lamps -"one at a time" -pemberley') == set()


def test_only_exclusions_keep_everything_else(shelf: dict[str, Work]) -> None:
    assert found("-lamps") == {"The Hound Hour"}
    assert found('-tag:angst -"dearest jane"') == {"Lamps on the Quay"}


def test_title_prefix(shelf: dict[str, Work]) -> None:
    assert found("title:lamps") == {"Lamps on the Quay"}
    assert found("title:moor") == set()
    assert found('title:"hound hour"') == {"The Hound Hour"}


def test_author_prefix_finds_pseud_names(shelf: dict[str, Work]) -> None:
    assert found("author:inkwell") == {"The Hound Hour", "Letters from Lambton"}
    assert found("author:quill") == {"Lamps on the Quay"}
    assert found("author:ottilie") == set()
    assert found("inkwell hound") == {"The Hound Hour"}


def test_tag_prefix_finds_tags_including_their_punctuated_parts(shelf: dict[str, Work]) -> None:
    assert found('tag:"Hurt/Comfort"') == {"Lamps on the Quay"}
    assert found("tag:comfort") == {"Lamps on the Quay"}
    assert found("tag:angst") == {"The Hound Hour"}
    assert found("tag:fluff -tag:angst") == {"Lamps on the Quay"}
    assert found("tag:moor") == set()
    assert found("tag:sherlock") == {"Lamps on the Quay", "The Hound Hour", "Letters from Lambton"}


def test_summary_and_notes_prefixes(shelf: dict[str, Work]) -> None:
    assert found("summary:ledger") == {"Lamps on the Quay"}
    assert found("summary:pemberley") == {"Letters from Lambton"}
    assert found("notes:marguerite") == {"Lamps on the Quay"}
    assert found("notes:exchange") == {"Letters from Lambton"}
    assert found("notes:ledger") == set()


def test_plain_words_search_every_field(shelf: dict[str, Work]) -> None:
    assert found("marguerite") == {"Lamps on the Quay"}  # notes
    assert found("harbour") == {"Lamps on the Quay"}  # summary
    assert found("fluff") == {"Lamps on the Quay"}  # tags
    assert found("jane") == {"Letters from Lambton"}  # chapter text
    assert found("hour") == {"The Hound Hour"}  # title


def test_chapter_titles_and_notes_are_searched(author: User, make_work: MakeWork) -> None:
    from fanfold.works import services

    work = make_work(author, title="Serial")
    services.chapter_add(
        work=work,
        editor=author,
        data=services.ChapterData(
            title="The Lighthouse Keeper",
            text="Waves again, and gulls.",
            summary="Gulls everywhere.",
            notes="Posted from a ferry.",
        ),
    )
    assert found("lighthouse") == {"Serial"}
    assert found("summary:gulls") == {"Serial"}
    assert found("notes:ferry") == {"Serial"}


def test_title_match_ranks_above_body_match(author: User, make_work: MakeWork) -> None:
    make_work(author, title="Nothing Here", text="A zebra. " + "Another zebra, and a zebra. " * 5)
    make_work(author, title="The Zebra", text="Stripes, mostly.")
    make_work(author, title="Plain", text="Stripes again.", summary="A zebra in the summary.")
    assert search("zebra") == ["The Zebra", "Plain", "Nothing Here"]


def test_ranking_follows_field_weights(author: User, make_work: MakeWork) -> None:
    make_work(author, title="Body", text="The okapi slept.")
    make_work(author, title="Notes", text="Nothing.", notes="An okapi helped.")
    make_work(author, title="Summary", text="Nothing.", summary="An okapi story.")
    make_work(author, title="Tagged", text="Nothing.", freeforms=["Okapi"])
    make_work(author, title="Okapi", text="Nothing.")
    assert search("okapi") == ["Okapi", "Tagged", "Summary", "Notes", "Body"]


# Words found in more works than a window (settings.WORKS_COUNT_LIMIT) are ranked
# within the newest window of matches, by the fields they are found in; ranking every
# match would mean reading all of them (see docs/search.md).


@pytest.fixture
def common(author: User, make_work: MakeWork) -> list[Work]:
    """Six works with "lantern", oldest first."""
    return [
        make_work(author, title="Lantern", text="Nothing."),
        make_work(author, title="Two", text="A lantern."),
        make_work(author, title="Three", text="A lantern and a lantern."),
        make_work(author, title="Four", text="Nothing.", summary="A lantern story."),
        make_work(author, title="Five", text="A lantern.", fandoms=["Moths"]),
        make_work(author, title="Six", text="Nothing.", freeforms=["Lantern"]),
    ]


@django_settings(WORKS_COUNT_LIMIT=3)
def test_common_words_rank_the_newest_matches_by_field(common: list[Work]) -> None:
    # The newest three and one more (so a count can say "3+"), tag before summary
    # before text, newest first within a field.
    assert search("lantern") == ["Six", "Four", "Five", "Three"]
    assert search('"a lantern"') == ["Four", "Five", "Three", "Two"]
    assert search("lantern -moths") == ["Six", "Four", "Three", "Two"]


@django_settings(WORKS_COUNT_LIMIT=3)
def test_the_window_is_taken_from_works_passing_the_other_filters(common: list[Work]) -> None:
    older = Work.objects.filter(title__in=["Lantern", "Two", "Three"])
    assert search("lantern", older) == ["Lantern", "Three", "Two"]
    # Field prefixes are honoured and not ranked again.
    assert search("title:lantern") == ["Lantern"]
    assert search("lantern tag:lantern") == ["Six"]


@django_settings(WORKS_COUNT_LIMIT=3)
def test_hidden_works_never_change_how_a_list_is_ranked(author: User, make_work: MakeWork) -> None:
    make_work(author, title="Lantern", text="Nothing.")
    make_work(author, title="Often", text="A lantern, a lantern, a lantern and a lantern.")
    make_work(author, title="Once", text="A lantern.")
    # Three public matches: ranked fully (by how often), not as a window (newest first).
    public = search("lantern", Work.objects.filter(posted=True, restricted=False))
    assert public == ["Lantern", "Often", "Once"]
    make_work(author, title="Draft", text="A lantern.", post=False)
    make_work(author, title="Restricted", text="A lantern.", restricted=True)
    assert search("lantern", Work.objects.filter(posted=True, restricted=False)) == public


@django_settings(WORKS_COUNT_LIMIT=10)
def test_words_in_fewer_works_than_the_window_are_ranked_by_relevance(
    common: list[Work],
) -> None:
    assert search("lantern")[0] == "Lantern"
    assert len(search("lantern")) == 6


def test_filter_only_narrows_the_given_works(
    author: User, reader: User, make_work: MakeWork
) -> None:
    make_work(author, title="Posted Zebra", text="zebra")
    make_work(author, title="Draft Zebra", text="zebra", post=False)
    make_work(author, title="Restricted Zebra", text="zebra", restricted=True)
    from django.contrib.auth.models import AnonymousUser

    assert found("zebra") == {"Posted Zebra", "Draft Zebra", "Restricted Zebra"}
    assert search("zebra", visible_works_for(AnonymousUser())) == ["Posted Zebra"]
    assert set(search("zebra", visible_works_for(reader))) == {"Posted Zebra", "Restricted Zebra"}
    assert search("-lamps", visible_works_for(AnonymousUser())) == ["Posted Zebra"]
    assert search("zebra", Work.objects.none()) == []


def test_filter_keeps_the_given_ordering_and_counts(shelf: dict[str, Work]) -> None:
    works = get_backend().filter(Work.objects.order_by("title"), parse_query("lamps"))
    assert [w.title for w in works] == ["Lamps on the Quay", "Letters from Lambton"]
    assert works.count() == 2
    assert all(w.search_rank > 0 for w in works)
    assert Work.objects.filter(pk__in=works.values("pk")).count() == 2


def test_empty_query_keeps_every_work(shelf: dict[str, Work]) -> None:
    assert len(search("")) == 3
    assert len(search('"" - *')) == 3


def test_snippet_marks_the_matches_in_the_text(shelf: dict[str, Work]) -> None:
    text = snippet(shelf["moor"], "hound moon")
    assert "<mark>hound</mark>" in text
    assert "<mark>moon</mark>" in text
    assert "\u200b" not in text


def test_snippet_of_a_phrase(shelf: dict[str, Work]) -> None:
    text = snippet(shelf["quay"], '"closed the ledger"')
    assert "Ottilie" in text
    assert "ledger</mark>" in text


def test_snippet_escapes_the_text(author: User, make_work: MakeWork) -> None:
    work = make_work(
        author,
        title="Markup",
        text="She typed &lt;script&gt;alert('zebra')&lt;/script&gt; &amp; then a <b>zebra</b>.",
    )
    text = snippet(work, "zebra")
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "&amp;" in text
    assert text.count("<mark>") == text.count("</mark>") >= 1
    assert text.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_snippet_comes_from_other_fields_when_the_text_does_not_match(
    shelf: dict[str, Work],
) -> None:
    assert "<mark>Pemberley</mark>" in snippet(shelf["letters"], "pemberley")
    assert "<mark>Hound</mark>" in snippet(shelf["moor"], "title:hound")


def test_snippets_for_several_works_and_empty_queries(shelf: dict[str, Work]) -> None:
    ids = [w.pk for w in shelf.values()]
    snippets = get_backend().snippets(ids, parse_query("lamps"))
    assert set(snippets) == set(ids)
    assert snippets[shelf["moor"].pk] == ""
    assert "<mark>lamps</mark>" in snippets[shelf["quay"].pk]
    assert get_backend().snippets(ids, parse_query("-lamps")) == dict.fromkeys(ids, "")
    assert get_backend().snippets([], parse_query("lamps")) == {}


def test_anonymous_creators_are_never_matched_nor_shown(
    make_user: Callable[..., User], make_work: MakeWork
) -> None:
    hidden = make_user("shadowquill")
    work = make_work(hidden, title="Unsigned", text="Nobody knows who wrote this.", anonymous=True)
    make_work(hidden, title="Signed", text="Everybody knows.")
    assert found("author:shadowquill") == {"Signed"}
    assert found("shadowquill") == {"Signed"}
    assert found("unsigned shadowquill") == set()
    assert found("unsigned -shadowquill") == {"Unsigned"}
    assert "shadowquill" not in snippet(work, "unsigned").lower()
    assert "shadowquill" not in snippet(work, "nobody").lower()


def test_cjk_text_is_found_by_characters(author: User, make_work: MakeWork) -> None:
    make_work(
        author, title="東京の夜", text="東京タワーの灯りが一つずつ点いた。彼女は帳簿を閉じた。"
    )
    make_work(author, title="서울의 밤", text="서울에서 만나요. 등불이 하나씩 켜졌다.")
    make_work(author, title="京都", text="古い都。")
    assert found("東京") == {"東京の夜"}
    assert found("タワー") == {"東京の夜"}
    assert found("帳簿を閉じた") == {"東京の夜"}
    assert found("京") == {"東京の夜", "京都"}
    assert found("title:京都") == {"京都"}
    assert found("東京 -タワー") == set()
    assert found("서울") == {"서울의 밤"}
    assert found("등불이") == {"서울의 밤"}
    assert found("東都") == set()


def test_cjk_snippet_reads_without_separators(author: User, make_work: MakeWork) -> None:
    work = make_work(author, title="夜", text="東京タワーの灯りが一つずつ点いた。")
    text = snippet(work, "タワー")
    assert "<mark>タ</mark><mark>ワ</mark><mark>ー</mark>" in text or "<mark>タワー</mark>" in text
    assert "東京" in text


def test_punctuated_words_are_found_by_their_parts(author: User, make_work: MakeWork) -> None:
    make_work(
        author,
        title="Odd Words",
        text="Mr.Holmes wrote to holmes@baker.st on 1895-03-04 about Post-Canon fic, version 3.5.",
    )
    for text in [
        "holmes",
        "baker",
        "03",
        "canon",
        '"post canon"',
        "post-canon",
        "3.5",
        '"mr holmes"',
    ]:
        assert found(text) == {"Odd Words"}, text


MALFORMED = [
    '"',
    '"""',
    "-",
    "- -",
    "--x",
    "title:",
    'title:"',
    "tag:-",
    "*",
    "x*",
    "^x",
    "NEAR(a b)",
    "a NEAR/2 b",
    "(a OR b",
    "a AND",
    "OR",
    "NOT",
    ":x",
    "x:y:z",
    "col:x",
    "{title}:x",
    "title : x",
    "\\",
    "'",
    "x'); DROP TABLE works_work; --",
    "%s %% %(x)s",
    "\x00\x01\x02\x03",
    "a\x00b",
    "\u200b",
    "😀 lamps",
    "x" * 3000,
    "-" * 50,
    '"' * 51,
    "é" * 300,
]


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_queries_never_raise(shelf: dict[str, Work], text: str) -> None:
    query = parse_query(text)
    works = get_backend().filter(Work.objects.all(), query)
    list(works.order_by("-search_rank"))
    get_backend().snippets([w.pk for w in shelf.values()], query)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=60))
def test_any_query_runs(shelf: dict[str, Work], text: str) -> None:
    query = parse_query(text)
    list(get_backend().filter(Work.objects.all(), query).order_by("-search_rank"))
    get_backend().snippets([shelf["quay"].pk], query)


def test_long_work_is_searchable_to_its_end(author: User, make_work: MakeWork) -> None:
    filler = " ".join(f"word{n % 997}" for n in range(30_000))  # ~240,000 characters
    work = make_work(author, title="Doorstopper", text=f"{filler} the final lantern goes out.")
    assert work.word_count > 30_000
    assert found('"final lantern goes out"') == {"Doorstopper"}
    assert re.search(r"<mark>[^<]*lantern[^<]*</mark>", snippet(work, '"final lantern"'))


def test_body_segments_cover_every_short_phrase() -> None:
    from fanfold.search.backends.postgres import SEGMENT_CHARS, segments

    words = [f"w{n}" for n in range(5_000)]
    body = " ".join(words)
    parts = segments(body)
    assert len(parts) > 5
    assert all(len(part) <= SEGMENT_CHARS + 200 for part in parts)
    for start in range(0, len(words) - 10):
        phrase = " ".join(words[start : start + 10])
        assert any(phrase in part for part in parts), start
    assert segments("") == []
    cjk = "東京" * 4_000
    assert "".join(segments(cjk)).count("東") >= 4_000
