"""Generate a synthetic archive for the benchmarks.

    .venv/bin/python bench/generate.py --works 100000 --data-dir /tmp/fanfold-bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fanfold_bench \
        .venv/bin/python bench/generate.py --works 100000

Fandoms and tags are drawn from Zipf distributions (a few huge fandoms, a long tail),
with metatags, synonyms and sub-tags; works have AO3-like chapter counts and lengths
(--text-scale shrinks the prose, never the counts). All writing is made of generated
pseudo-words: nothing is copied from anywhere. The data folder must be new or empty.
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import itertools
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

BATCH = 2000


def zipf_weights(n: int, s: float) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


class Picker:
    """Weighted choice with precomputed cumulative weights (fast for big lists)."""

    def __init__(self, items: list, weights: list[float], rng: random.Random) -> None:
        self.items = items
        self.cumulative = list(itertools.accumulate(weights))
        self.total = self.cumulative[-1]
        self.rng = rng

    def one(self):
        return self.items[bisect.bisect(self.cumulative, self.rng.random() * self.total)]

    def some(self, k: int) -> list:
        seen: dict = {}
        for _ in range(k * 4):
            if len(seen) >= k:
                break
            item = self.one()
            seen[id(item) if not isinstance(item, int) else item] = item
        return list(seen.values())


def pseudo_words(rng: random.Random, count: int) -> list[str]:
    onsets = [
        "b",
        "br",
        "c",
        "ch",
        "d",
        "dr",
        "f",
        "g",
        "gr",
        "h",
        "k",
        "l",
        "m",
        "n",
        "p",
        "pl",
        "r",
        "s",
        "sh",
        "st",
        "t",
        "th",
        "tr",
        "v",
        "w",
        "y",
        "z",
    ]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ie", "oo", "ou"]
    codas = ["", "", "n", "r", "s", "t", "th", "ck", "ll", "nd", "st", "ng"]
    words = set()
    while len(words) < count:
        syllables = rng.choice([1, 1, 2, 2, 2, 3])
        words.add(
            "".join(
                rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                for _ in range(syllables)
            )
        )
    return sorted(words)


@dataclass
class TagPlan:
    pk: int
    name: str
    type: str
    canonical: bool = True
    merger: int | None = None
    parents: list[int] = field(default_factory=list)
    fandoms: list[int] = field(default_factory=list)


class Generator:
    def __init__(self, works: int, seed: int, text_scale: float) -> None:
        self.n_works = works
        self.rng = random.Random(seed)
        self.text_scale = text_scale
        self.vocab = pseudo_words(self.rng, 6000)
        self.word_picker = Picker(self.vocab, zipf_weights(len(self.vocab), 1.05), self.rng)
        self.tags: dict[int, TagPlan] = {}
        self.next_tag = 10_000  # above the fixed tags' ids
        self.taken: set[tuple[str, str]] = set()

    # Vocabulary -------------------------------------------------------------------
    def name(self, words: int = 2) -> str:
        return " ".join(self.rng.choice(self.vocab).capitalize() for _ in range(words))

    def new_tag(self, name: str, type: str, **kwargs) -> TagPlan:
        key = (type, name.casefold())
        if key in self.taken:
            name = f"{name} {self.next_tag}"
        self.taken.add((type, name.casefold()))
        tag = TagPlan(self.next_tag, name, type, **kwargs)
        self.tags[tag.pk] = tag
        self.next_tag += 1
        return tag

    def plan_tags(self) -> None:
        rng = self.rng
        n_fandoms = max(30, self.n_works // 150)
        self.meta = [
            self.new_tag(f"{self.name()} & Related Fandoms", "fandom")
            for _ in range(max(3, n_fandoms // 40))
        ]
        self.fandoms = []
        for i in range(n_fandoms):
            tag = self.new_tag(f"{self.name(2)} ({i})", "fandom")
            if rng.random() < 0.25:
                tag.parents.append(rng.choice(self.meta).pk)
            self.fandoms.append(tag)
        self.fandom_picker = Picker(self.fandoms, zipf_weights(n_fandoms, 1.1), rng)
        self.characters: dict[int, list[TagPlan]] = {}
        self.relationships: dict[int, list[TagPlan]] = {}
        for fandom in self.fandoms:
            chars = [
                self.new_tag(f"{self.name()} ({fandom.pk})", "character", fandoms=[fandom.pk])
                for _ in range(rng.randint(6, 40))
            ]
            self.characters[fandom.pk] = chars
            rels = []
            for _ in range(max(2, len(chars) // 2)):
                a, b = rng.sample(chars, 2)
                sep = "/" if rng.random() < 0.7 else " & "
                rels.append(
                    self.new_tag(f"{a.name}{sep}{b.name}", "relationship", fandoms=[fandom.pk])
                )
            self.relationships[fandom.pk] = rels
        n_free = max(500, self.n_works // 8)
        self.freeforms = [
            self.new_tag(f"{self.name(rng.choice([1, 2, 3]))} {i}", "freeform")
            for i in range(n_free)
        ]
        # Wrangling: synonyms of popular tags, and sub-tags under a few parents.
        for tag in self.freeforms[20:]:
            roll = rng.random()
            if roll < 0.15:
                tag.canonical = False
                tag.merger = self.freeforms[rng.randrange(0, 200)].pk
            elif roll < 0.25:
                tag.parents.append(self.freeforms[rng.randrange(0, 50)].pk)
            elif roll < 0.40:
                tag.canonical = False  # unwrangled
        self.free_picker = Picker(self.freeforms, zipf_weights(n_free, 1.0), rng)
        for tag in self.tags.values():
            if tag.type == "character" and rng.random() < 0.05:
                tag.canonical = False  # unwrangled spelling

    def filter_ids(self, tag_ids: list[int]) -> set[int]:
        found = set()
        for tag_id in tag_ids:
            tag = self.tags.get(tag_id)
            canonical = tag.merger if tag and tag.merger else tag_id
            found.add(canonical)
            stack = list(self.tags[canonical].parents) if canonical in self.tags else []
            while stack:
                parent = stack.pop()
                if parent not in found:
                    found.add(parent)
                    stack.extend(self.tags[parent].parents)
        return found

    def roots(self, fandom_id: int) -> frozenset[int]:
        parents = self.tags[fandom_id].parents
        return frozenset(parents) if parents else frozenset({fandom_id})

    # Works ------------------------------------------------------------------------
    def chapter_lengths(self) -> list[int]:
        rng = self.rng
        chapters = 1 if rng.random() < 0.6 else min(200, 1 + int(rng.expovariate(1 / 8)))
        per = max(100, int(rng.lognormvariate(math.log(2200), 0.8)))
        return [max(50, int(rng.gauss(per, per / 4))) for _ in range(chapters)]

    def sentences(self) -> list[tuple[str, int]]:
        # A pool of generated sentences; chapters are drawn from it, which keeps
        # generation fast while every chapter is still a different mix.
        if not hasattr(self, "_pool"):
            pool = []
            for _ in range(40_000):
                n = self.rng.randint(6, 20)
                words = [self.word_picker.one() for _ in range(n)]
                pool.append((" ".join(words).capitalize() + ".", n))
            self._pool = pool
        return self._pool

    def prose(self, words: int) -> str:
        target = max(10, int(words * self.text_scale))
        pool = self.sentences()
        picked = self.rng.choices(pool, k=max(1, target // 13))
        paragraphs = [" ".join(s for s, _ in picked[i : i + 5]) for i in range(0, len(picked), 5)]
        return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def insert(model, fields: list[str], rows: list[tuple]) -> None:
    """Raw rows into a table: COPY on PostgreSQL, plain executemany on SQLite. The
    ORM's bulk_create costs more than the database here."""
    from django.db import connection

    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(f).column) for f in fields)
    table = quote(model._meta.db_table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument(
        "--data-dir", default=os.environ.get("FANFOLD_DATA_DIR", "/tmp/fanfold-bench")
    )
    parser.add_argument(
        "--text-scale",
        type=float,
        default=1.0,
        help="fraction of each chapter's word count actually written out",
    )
    parser.add_argument("--no-search-index", action="store_true")
    args = parser.parse_args()

    os.environ["FANFOLD_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fanfold.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import DateField

    from fanfold.accounts.models import Pseud, User
    from fanfold.tags.models import FIXED_TAGS, Tag, TagFandom, TagParent
    from fanfold.tags.naming import tag_key
    from fanfold.works.models import Chapter, Creatorship, FilterTagging, Work, WorkTag

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    if Work.objects.exists():
        sys.exit("The database already has works: use a new --data-dir or database.")
    gen = Generator(args.works, args.seed, args.text_scale)
    rng = gen.rng

    fixed = {(t.type, t.name): t.pk for t in Tag.objects.filter(type__in=list(FIXED_TAGS))}
    ratings = Picker(
        [
            fixed[("rating", r)]
            for r in [
                "General Audiences",
                "Teen And Up Audiences",
                "Mature",
                "Explicit",
                "Not Rated",
            ]
        ],
        [30, 30, 18, 15, 7],
        rng,
    )
    warning_none = fixed[("warning", "No Archive Warnings Apply")]
    warning_chose = fixed[("warning", "Creator Chose Not To Use Archive Warnings")]
    warnings_other = [
        fixed[("warning", w)] for w in ["Graphic Depictions Of Violence", "Major Character Death"]
    ]
    categories = [fixed[("category", c)] for c in ["F/F", "F/M", "Gen", "M/M", "Multi", "Other"]]
    for pk in fixed.values():
        gen.tags[pk] = TagPlan(pk, "", "fixed")

    gen.plan_tags()
    with transaction.atomic():
        Tag.objects.bulk_create(
            [
                Tag(pk=t.pk, name=t.name, key=tag_key(t.name), type=t.type, canonical=t.canonical)
                for t in gen.tags.values()
                if t.type != "fixed"
            ],
            batch_size=BATCH,
        )
        Tag.objects.bulk_update(
            [Tag(pk=t.pk, merger_id=t.merger) for t in gen.tags.values() if t.merger],
            ["merger"],
            batch_size=BATCH,
        )
        TagParent.objects.bulk_create(
            [TagParent(parent_id=p, child_id=t.pk) for t in gen.tags.values() for p in t.parents],
            batch_size=BATCH,
        )
        TagFandom.objects.bulk_create(
            [TagFandom(tag_id=t.pk, fandom_id=f) for t in gen.tags.values() for f in t.fandoms],
            batch_size=BATCH,
        )
    print(f"tags: {len(gen.tags):,} in {time.perf_counter() - started:.1f}s", flush=True)

    n_users = max(50, args.works // 15)
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(username=f"bench{i}", email=f"bench{i}@example.invalid", password="!")
                for i in range(n_users)
            ],
            batch_size=BATCH,
        )
        pseuds = Pseud.objects.bulk_create(
            [Pseud(user=u, name=u.username, is_default=True) for u in users], batch_size=BATCH
        )
    author_picker = Picker(pseuds, zipf_weights(len(pseuds), 0.8), rng)

    today = datetime.date(2026, 11, 1)
    now = connection.ops.adapt_datetimefield_value(
        datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
    )
    work_fields = [f.name for f in Work._meta.concrete_fields]
    dated = {f.name for f in Work._meta.concrete_fields if isinstance(f, DateField)}

    def work_row(work: Work) -> tuple:
        work.created_at = work.updated_at = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
        return tuple(
            Work._meta.get_field(f).get_db_prep_save(getattr(work, f), connection)
            if f in dated
            else getattr(work, f)
            for f in work_fields
        )

    work_id = 1
    uses: dict[int, int] = {}
    total_words = 0
    for start in range(0, args.works, BATCH):
        works, chapters, work_tags, filters, creatorships = [], [], [], [], []
        for _ in range(min(BATCH, args.works - start)):
            lengths = gen.chapter_lengths()
            fandom_count = 1 if rng.random() < 0.88 else (2 if rng.random() < 0.9 else 3)
            fandoms = gen.fandom_picker.some(fandom_count)
            chars = [
                c
                for f in fandoms
                for c in rng.sample(
                    gen.characters[f.pk], min(len(gen.characters[f.pk]), rng.randint(1, 4))
                )
            ]
            rels = [
                r
                for f in fandoms
                for r in rng.sample(
                    gen.relationships[f.pk], min(len(gen.relationships[f.pk]), rng.randint(0, 2))
                )
            ]
            frees = gen.free_picker.some(rng.randint(2, 12))
            warn = (
                [warning_none]
                if rng.random() < 0.6
                else [warning_chose]
                if rng.random() < 0.5
                else rng.sample(warnings_other, rng.randint(1, 2))
            )
            tag_ids = (
                [ratings.one()]
                + warn
                + rng.sample(categories, rng.randint(0, 2))
                + [t.pk for t in fandoms + rels + chars + frees]
            )
            tag_ids = list(dict.fromkeys(tag_ids))
            published = today - datetime.timedelta(days=int(rng.expovariate(1 / 900)) % 5000)
            revised = published + datetime.timedelta(days=rng.randint(0, 30) * (len(lengths) - 1))
            expected = (
                len(lengths)
                if rng.random() < 0.75
                else (None if rng.random() < 0.5 else len(lengths) + rng.randint(1, 10))
            )
            posted = rng.random() > 0.01
            restricted = rng.random() < 0.12
            anonymous = rng.random() < 0.03
            words = sum(lengths)
            total_words += words
            pseud = author_picker.one()
            fandom_roots = {gen.roots(f.pk) for f in fandoms}
            kudos = int(rng.paretovariate(1.3)) * rng.randint(1, 20)
            works.append(
                Work(
                    pk=work_id,
                    title=gen.name(rng.randint(1, 5)),
                    summary=gen.prose(rng.randint(20, 80)).replace("<p>", "").replace("</p>", ""),
                    notes=gen.prose(rng.randint(0, 60)) if rng.random() < 0.5 else "",
                    language="en"
                    if rng.random() < 0.9
                    else rng.choice(["es", "fr", "de", "zh", "ru"]),
                    posted=posted,
                    restricted=restricted,
                    anonymous=anonymous,
                    word_count=words,
                    chapter_count=len(lengths),
                    expected_chapters=expected,
                    complete=expected is not None and len(lengths) >= expected,
                    published_on=published,
                    revised_on=min(revised, today),
                    crossover=len(fandom_roots) > 1,
                    creator_sort="anonymous" if anonymous else pseud.name,
                    kudos_count=kudos,
                    hits_count=kudos * rng.randint(5, 40),
                    comments_count=kudos // rng.randint(2, 8),
                    bookmarks_count=kudos // rng.randint(3, 10),
                )
            )
            creatorships.append((work_id, pseud.pk, True, now))
            for position, length in enumerate(lengths, start=1):
                html = gen.prose(length)
                chapters.append(
                    (
                        work_id,
                        position,
                        "",
                        "",
                        "",
                        "",
                        html,
                        html,
                        length,
                        True,
                        published,
                        now,
                        now,
                    )
                )
            work_tags.extend((work_id, t, i) for i, t in enumerate(tag_ids))
            filters.extend((work_id, t) for t in gen.filter_ids(tag_ids))
            if posted and not restricted:
                for t in tag_ids:
                    uses[t] = uses.get(t, 0) + 1
            work_id += 1
        with transaction.atomic():
            insert(Work, work_fields, [work_row(w) for w in works])
            insert(Creatorship, ["work", "pseud", "approved", "created_at"], creatorships)
            insert(
                Chapter,
                [
                    "work",
                    "position",
                    "title",
                    "summary",
                    "notes",
                    "endnotes",
                    "text",
                    "text_html",
                    "word_count",
                    "posted",
                    "published_on",
                    "created_at",
                    "updated_at",
                ],
                chapters,
            )
            insert(WorkTag, ["work", "tag", "position"], work_tags)
            insert(FilterTagging, ["work", "tag"], filters)
        done = start + len(works)
        if done % 20_000 == 0 or done == args.works:
            elapsed = time.perf_counter() - started
            print(f"works: {done:,} ({total_words:,} words) in {elapsed:.0f}s", flush=True)

    with transaction.atomic():
        Tag.objects.bulk_update(
            [Tag(pk=pk, uses=n) for pk, n in uses.items()], ["uses"], batch_size=BATCH
        )
    words_started = time.perf_counter()
    from fanfold.tags.autocomplete import tag_words_rebuild

    tag_words_rebuild()
    print(f"autocomplete index in {time.perf_counter() - words_started:.0f}s", flush=True)
    if connection.vendor == "postgresql":
        from django.core.management.color import no_style

        with connection.cursor() as cursor:
            # Rows went in with explicit ids: move the id sequences past them.
            for sql in connection.ops.sequence_reset_sql(no_style(), [Tag, Work, Chapter]):
                cursor.execute(sql)
            cursor.execute("ANALYZE")
    if not args.no_search_index:
        index_started = time.perf_counter()
        from fanfold.search.backends import get_backend

        count = get_backend().rebuild()
        print(f"search index: {count:,} works in {time.perf_counter() - index_started:.0f}s")
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
        else:
            # What autovacuum does to a settled archive: statistics, and a visibility
            # map, without which an index-only scan still reads every table row.
            vacuum_started = time.perf_counter()
            cursor.execute("VACUUM ANALYZE")
            print(f"vacuum in {time.perf_counter() - vacuum_started:.0f}s", flush=True)
    print(
        f"done: {args.works:,} works, {total_words:,} words (written out at scale "
        f"{args.text_scale}), {len(gen.tags):,} tags, in {time.perf_counter() - started:.0f}s"
    )


if __name__ == "__main__":
    main()
