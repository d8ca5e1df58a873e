"""`fanfold demo`: at least 30 original works that give every page something to show."""

from __future__ import annotations

from django.core.management import call_command

from fanfold.tags.models import Rating
from fanfold.works.models import Creatorship, Series, Work


def test_demo_loads_varied_works_and_only_once(db, client, capsys):
    call_command("demo", "--if-empty")
    works = Work.objects.all()
    assert works.count() >= 30
    ratings = {w.rating for w in works.prefetch_related("work_tags__tag")}
    assert ratings == set(Rating.values)
    assert works.filter(chapter_count__gt=1).count() >= 10
    assert works.filter(complete=False, posted=True).exists()
    assert works.filter(anonymous=True).exists() and works.filter(restricted=True).exists()
    assert works.filter(posted=False).exists()
    assert Series.objects.count() >= 2
    assert Creatorship.objects.values("work").distinct().count() < Creatorship.objects.count()
    assert set(works.values_list("language", flat=True)) >= {"en", "fr", "es", "ja"}
    # The demo's tags come wrangled, with a few left for the wranglers' dashboard.
    from fanfold.tags.models import Tag

    assert Tag.objects.filter(merger__isnull=False).exists()
    assert Tag.objects.filter(canonical=True, type="fandom").exists()
    # Readers answered: kudos, threads of comments (one by an anonymous work's creator),
    # bookmarks and a subscription, with the counts kept by the services.
    from fanfold.feedback.models import Bookmark, Comment, Kudos, Subscription

    assert Kudos.objects.filter(user__isnull=True).exists()
    assert Comment.objects.filter(depth__gte=3).exists()
    assert Comment.objects.filter(work__anonymous=True, parent__isnull=False).exists()
    assert Bookmark.objects.filter(rec=True).exists() and Subscription.objects.exists()
    lantern = works.get(title="The Lantern on Baker Street")
    assert lantern.kudos_count == 9 and lantern.comments_count == 5
    # Every posted work's page opens (adult ones behind the click-through).
    for work in works.filter(posted=True, restricted=False):
        response = client.get(work.get_absolute_url() + "?view_adult=true")
        assert response.status_code == 200, work.title
    call_command("demo", "--if-empty")
    assert "already has works" in capsys.readouterr().out
    assert Work.objects.count() == works.count()
