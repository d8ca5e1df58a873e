"""Threads as readers read them: nesting, the thread's own page, where comments show
on chapters and the entire work, pages of threads, and counts."""

from __future__ import annotations

import pytest

from fanfold.feedback.comments.selectors import comment_section
from fanfold.feedback.models import Comment
from tests.feedback.comments_support import comments_html, page, post, reply, say

LONG_WORK_CHAPTERS = 3


def refresh(*objects):
    for obj in objects:
        obj.refresh_from_db()


def count_header(html: str) -> str:
    start = html.index('id="comments-heading">') + len('id="comments-heading">')
    return html[start : html.index("</h2>", start)]


# Threads


def chain(work, users, length):
    """A thread `length` comments deep, each replying to the one before."""
    comments = [say(work, users[0], "Depth 0 speaking.")]
    for depth in range(1, length):
        comments.append(
            say(work, users[depth % len(users)], f"Depth {depth} speaking.", parent=comments[-1])
        )
    return comments


def test_a_reply_without_javascript_opens_a_page_then_lands_on_the_reply(
    client, login, author, reader, make_work
):
    work = make_work(author)
    parent = say(work, author, "Thank you all for reading!")
    login(reader)
    form_page = page(client, f"/comments/{parent.pk}/reply")
    assert "Reply to quill" in form_page and "Thank you all for reading!" in form_page
    response = reply(client, parent, "Thank you for writing!")
    answer = Comment.objects.get(parent=parent)
    assert (answer.depth, answer.thread_id, answer.chapter_id) == (1, parent.pk, parent.chapter_id)
    assert response["Location"] == f"{work.get_absolute_url()}#comment-{answer.pk}"
    html = page(client, work.get_absolute_url())
    assert html.index("Thank you all for reading!") < html.index("Thank you for writing!")
    assert (
        f'id="replies-{parent.pk}"><li class="comment-node depth-1" id="comment-{answer.pk}"'
        in html
    )


def test_replies_nest_five_deep_then_continue_on_the_threads_own_page(
    client, author, reader, make_work
):
    work = make_work(author)
    comments = chain(work, [reader, author], 9)
    html = page(client, work.get_absolute_url())
    for depth in range(6):
        assert f"Depth {depth} speaking." in html
    for depth in range(6, 9):
        assert f"Depth {depth} speaking." not in html
    continue_link = f'<a href="/comments/{comments[5].pk}">Continue this thread →</a>'
    assert continue_link in html
    thread = page(client, f"/comments/{comments[5].pk}")
    for depth in range(5, 9):
        assert f"Depth {depth} speaking." in thread
    assert "Depth 4 speaking." not in thread
    assert f'href="/comments/{comments[4].pk}">↑ Parent comment' in thread
    assert "Continue this thread" not in thread


def test_a_deep_reply_lands_on_the_page_of_the_comment_it_answers(
    client, login, author, reader, make_work
):
    work = make_work(author)
    comments = chain(work, [reader, author], 6)
    login(reader)
    response = reply(client, comments[-1], "Six deep now.")
    deep = Comment.objects.get(parent=comments[-1])
    assert deep.depth == 6
    assert response["Location"] == f"/comments/{comments[-1].pk}#comment-{deep.pk}"
    assert "Six deep now." in page(client, response["Location"])


def test_a_comments_own_page_shows_it_and_its_replies(client, author, reader, make_work):
    work = make_work(author, chapters=2)
    first = say(work, reader, "About the first chapter.")
    answer = say(work, author, "Glad it landed.", parent=first)
    say(work, reader, "Another thread entirely.")
    html = page(client, first.get_absolute_url())
    assert "About the first chapter." in html and "Glad it landed." in html
    assert "Another thread entirely." not in html
    assert "Chapter 1: One" in html
    assert f'id="comment-{answer.pk}"' in html


def test_an_unknown_comment_is_not_found(client, db):
    assert client.get("/comments/999999").status_code == 404


# Where comments show


def test_a_chapter_shows_its_own_comments_and_posts_to_itself(
    client, login, author, reader, make_work
):
    work = make_work(author, chapters=LONG_WORK_CHAPTERS)
    one, two, _three = work.chapters.order_by("position")
    say(work, reader, "On the opening.", chapter=one)
    say(work, reader, "On the middle.", chapter=two)
    html = page(client, two.get_absolute_url())
    assert "On the middle." in html and "On the opening." not in html
    assert f'action="/works/{work.pk}/chapters/{two.pk}/comments"' in html
    login(reader)
    response = post(client, work, "Another on the middle.", chapter=two)
    comment = Comment.objects.get(text="Another on the middle.")
    assert comment.chapter == two
    assert response["Location"] == f"{two.get_absolute_url()}#comment-{comment.pk}"


def test_the_entire_work_shows_every_chapters_comments_each_marked(
    client, author, reader, make_work
):
    work = make_work(author, chapters=LONG_WORK_CHAPTERS)
    one, _two, three = work.chapters.order_by("position")
    say(work, reader, "On the opening.", chapter=one)
    say(work, reader, "On the ending.", chapter=three)
    html = comments_html(page(client, work.get_absolute_url(), view_full_work="true"))
    assert html.index("On the opening.") < html.index("On the ending.")
    assert f'on <a href="{one.get_absolute_url()}">Chapter 1: One</a>' in html
    assert f'on <a href="{three.get_absolute_url()}">Chapter 3: Part 3</a>' in html
    # New comments go to the last chapter.
    assert f'action="/works/{work.pk}/chapters/{three.pk}/comments"' in html
    assert "Comments (2)" in html


def test_twenty_threads_a_page_newest_last(client, login, author, reader, make_work):
    work = make_work(author)
    for n in range(21):
        say(work, reader, f"Thread number {n:02d}.")
    first = comments_html(page(client, work.get_absolute_url()))
    assert "Thread number 00." in first and "Thread number 19." in first
    assert "Thread number 20." not in first
    assert "Page 1 of 2" in first and 'href="?page=2#comments"' in first
    second = comments_html(page(client, work.get_absolute_url(), page=2))
    assert "Thread number 20." in second and "Thread number 19." not in second
    assert "Comments (21)" in first and "Comments (21)" in second
    # A reply in a thread on page 1 stays on page 1; a new thread lands on the last page.
    login(reader)
    response = post(client, work, "Thread number 21.")
    newest = Comment.objects.get(text="Thread number 21.")
    assert response["Location"] == f"{work.get_absolute_url()}?page=2#comment-{newest.pk}"


def test_a_page_number_out_of_range_shows_the_last_page(client, author, reader, make_work):
    work = make_work(author)
    say(work, reader, "Only one.")
    assert "Only one." in page(client, work.get_absolute_url(), page=7)
    assert "Only one." in page(client, work.get_absolute_url(), page="nonsense")


def test_a_page_of_comments_costs_a_fixed_number_of_queries(
    author, reader, make_work, django_assert_max_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    work = make_work(author, chapters=2)
    chapters = list(work.chapters.order_by("position"))
    for n in range(5):
        parent = say(work, reader, f"Thread {n}.", chapter=chapters[n % 2])
        for depth in range(3):
            parent = say(work, author, f"Reply {n}.{depth}", parent=parent)
    for viewer in (AnonymousUser(), reader):
        with django_assert_max_num_queries(12):
            section = comment_section(work, viewer, chapters=chapters)
            assert len(section.threads) == 5


# Counts


def test_counts_per_work_and_per_chapter_follow_every_change(author, reader, make_work):
    from fanfold.feedback.comments import services

    work = make_work(author, chapters=2)
    one, two = work.chapters.order_by("position")
    first = say(work, reader, "One.", chapter=one)
    say(work, reader, "Two.", chapter=one)
    say(work, None, "Three.", chapter=two)
    refresh(work, one, two)
    assert (work.comments_count, one.comments_count, two.comments_count) == (3, 2, 1)
    services.comment_hide(comment=first, user=author)
    refresh(work, one)
    assert (work.comments_count, one.comments_count) == (2, 1)
    services.comment_hide(comment=first, user=author, hidden=False)
    services.comment_delete(comment=first, user=reader)
    refresh(work, one)
    assert (work.comments_count, one.comments_count) == (2, 1)


def test_the_work_page_counts_what_the_viewer_is_shown(client, author, reader, make_work):
    work = make_work(author)
    say(work, reader, "Shown to all.")
    say(work, reader, "Shown to all as well.")
    html = page(client, work.get_absolute_url())
    assert count_header(html) == "Comments (2)"
    work.refresh_from_db()
    assert work.comments_count == 2
    assert f'href="{work.get_absolute_url()}#comments">2</a>' in html


@pytest.mark.django_db(transaction=True)
def test_comments_posted_at_once_are_all_counted(make_user, make_work):
    import threading

    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("SQLite lets one writer at a time: no race to lose")
    creator = make_user("tide")
    work = make_work(creator)
    readers = [make_user(f"fan{n}") for n in range(4)]
    barrier = threading.Barrier(len(readers))
    errors: list[Exception] = []

    def comment(user) -> None:
        barrier.wait()
        try:
            say(work, user, f"All at once, says {user.username}.")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=comment, args=(user,)) for user in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    work.refresh_from_db()
    chapter = work.chapters.get()
    assert work.comments_count == chapter.comments_count == Comment.objects.count() == 4
