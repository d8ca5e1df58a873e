"""Time the fixed query mix against an archive made by bench/generate.py.

    .venv/bin/python bench/queries.py --data-dir /tmp/fanfold-bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fanfold_bench .venv/bin/python bench/queries.py

Each query runs through the same code the pages use (the visibility selector, the
filter form, the search backend, the facet query, the autocomplete), as a guest, and
is timed end to end in this process: count + the first page of 20 works with
everything a listing shows. Reports p50/p95/p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

TARGETS_MS = {
    "tag include + 3 excludes + rating, by kudos": 100,
    "tag include, a small fandom": 100,
    "crossover only": 100,
    "word-count range": 100,
    "full-text phrase": 250,
    "facets of a large fandom": 300,
    "autocomplete": 20,
}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data-dir", default=os.environ.get("FANFOLD_DATA_DIR", "/tmp/fanfold-bench")
    )
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--autocomplete-runs", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    os.environ["FANFOLD_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fanfold.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection
    from django.http import QueryDict

    from fanfold.core.paging import CappedPaginator, capped_count
    from fanfold.search.backends import get_backend
    from fanfold.search.filters import (
        apply_filters,
        facet_counts,
        lead_tag,
        led_by,
        led_by_tag,
        required_tag_ids,
        sort_works,
    )
    from fanfold.search.forms import WorkFilterForm
    from fanfold.search.query import parse_query
    from fanfold.tags.autocomplete import tag_suggestions
    from fanfold.tags.models import Tag
    from fanfold.works.models import Chapter, Work
    from fanfold.works.selectors import visible_works_for, with_listing_data

    rng = random.Random(args.seed)
    guest = AnonymousUser()

    def query_of(params):
        # A QueryDict, as a request has (a dict | QueryDict is a plain dict).
        query = QueryDict(mutable=True)
        for key, value in params.items():
            query[key] = value
        return query

    works_total = Work.objects.count()
    top_fandoms = list(Tag.objects.filter(type="fandom").order_by("-uses")[:10])
    top_freeforms = list(Tag.objects.filter(type="freeform", canonical=True).order_by("-uses")[:30])
    big_fandom = top_fandoms[0]
    # Fandoms of 20 to 2,000 works: the long tail, where most tag pages are.
    small_fandoms = list(
        Tag.objects.filter(type="fandom", uses__range=(20, 2000)).order_by("?")[:50]
    )

    limit = settings.WORKS_COUNT_LIMIT

    def paginate(works, required=()):
        # As listings do (search.listing.works_listing): counted up to the limit
        # ("10,000+") from the smallest required tag, one page of 20, read from that
        # tag only if it is small.
        lead = lead_tag(required)
        return CappedPaginator(
            with_listing_data(led_by(works, lead, small_only=True)),
            20,
            limit=limit,
            counted=led_by(works, lead, small_only=False),
        ).get_page(1)

    def first_page(params: dict[str, str]) -> int:
        form = WorkFilterForm(query_of(params))
        form.is_valid()
        works = apply_filters(visible_works_for(guest), form)
        works = sort_works(works, form.effective_sort, "")
        page = paginate(works, required_tag_ids(form))
        rows = list(page.object_list)
        for work in rows:
            work.tags_by_type  # noqa: B018  (what a blurb reads)
        return page.paginator.count

    def tag_query() -> int:
        fandom = rng.choice(top_fandoms[:5])
        excluded = rng.sample(top_freeforms, 3)
        return first_page(
            {
                "fandoms": fandom.name,
                "exclude_freeforms": ", ".join(t.name for t in excluded),
                "ratings": rng.choice(["General Audiences", "Teen And Up Audiences"]),
                "sort": "kudos",
            }
        )

    def small_tag_query() -> int:
        fandom = rng.choice(small_fandoms)
        return first_page({"fandoms": fandom.name, "sort": rng.choice(["kudos", "updated"])})

    def crossover_query() -> int:
        return first_page({"crossover": "only", "sort": rng.choice(["updated", "kudos"])})

    def words_query() -> int:
        low = rng.choice([1000, 5000, 10000, 20000])
        return first_page({"words_from": str(low), "words_to": str(low * 5), "sort": "words"})

    # Phrases: two adjacent words from real chapters of the archive.
    phrases = []
    sample_ids = list(Chapter.objects.order_by("?").values_list("id", flat=True)[:40])
    for text in Chapter.objects.filter(id__in=sample_ids).values_list("text", flat=True):
        words = text.replace("<p>", " ").replace("</p>", " ").replace(".", " ").split()
        if len(words) > 10:
            i = rng.randrange(0, len(words) - 2)
            phrases.append(f'"{words[i].lower()} {words[i + 1].lower()}"')
    backend = get_backend()

    def phrase_query() -> int:
        parsed = parse_query(rng.choice(phrases))
        works = backend.filter(visible_works_for(guest), parsed).order_by("-search_rank", "-id")
        page = paginate(works)
        ids = [w.pk for w in page.object_list]
        backend.snippets(ids, parsed)
        return page.paginator.count

    def facets_query() -> int:
        form = WorkFilterForm(query_of({"fandoms": big_fandom.name}))
        form.is_valid()
        works = led_by_tag(
            apply_filters(visible_works_for(guest), form), required_tag_ids(form), small_only=False
        )
        # As listings do: a set past the counting limit is counted by its newest works.
        _count, more = capped_count(works, limit)
        facets = facet_counts(works, limit=limit if more else None)
        return sum(len(v) for v in facets.values())

    prefixes = []
    for tag in Tag.objects.filter(type__in=["character", "freeform", "relationship"]).order_by("?")[
        :300
    ]:
        cut = rng.randint(2, 5)
        prefixes.append((tag.type, tag.name[:cut]))

    def autocomplete_query() -> int:
        tag_type, term = rng.choice(prefixes)
        return len(tag_suggestions(type=tag_type, term=term))

    mix: list[tuple[str, Callable[[], int], int]] = [
        ("tag include + 3 excludes + rating, by kudos", tag_query, args.runs),
        ("tag include, a small fandom", small_tag_query, args.runs),
        ("crossover only", crossover_query, args.runs),
        ("word-count range", words_query, args.runs),
        ("full-text phrase", phrase_query, args.runs),
        ("facets of a large fandom", facets_query, args.runs),
        ("autocomplete", autocomplete_query, args.autocomplete_runs),
    ]
    print(
        f"# {connection.vendor}, {works_total:,} works, {platform.machine()} "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print("| query | runs | p50 ms | p95 ms | p99 ms | target p95 | result size (median) |")
    print("|---|---|---|---|---|---|---|")
    for name, run, count in mix:
        for _ in range(3):
            run()  # warm caches the way a running site has them
        times, sizes = [], []
        for _ in range(count):
            start = time.perf_counter()
            sizes.append(run())
            times.append((time.perf_counter() - start) * 1000)
        p95 = percentile(times, 0.95)
        verdict = "met" if p95 <= TARGETS_MS[name] else "MISSED"
        print(
            f"| {name} | {count} | {statistics.median(times):.1f} | {p95:.1f} | "
            f"{percentile(times, 0.99):.1f} | {TARGETS_MS[name]} ({verdict}) | "
            f"{int(statistics.median(sizes)):,} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
