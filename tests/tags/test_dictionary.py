"""The tag dictionary: `fanfold tags import|export FILE.csv`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError

from fanfold.tags.dictionary import DictionaryError, dictionary_export, dictionary_import
from fanfold.tags.models import Tag, TagFandom, TagParent, WranglingLog
from fanfold.works.demo import load_demo
from fanfold.works.selectors import works_tagged_for

SAMPLE = Path(__file__).resolve().parents[2] / "src/fanfold/tags/samples/demo_tags.csv"
HEADER = "type,name,canonical,fandoms,parents\n"

DICTIONARY = HEADER + (
    "character,Sherlock,Sherlock Holmes,,\n"  # a synonym before its canonical tag
    "fandom,Sherlock Holmes & Related Fandoms,,,\n"
    "fandom,Sherlock Holmes - Arthur Conan Doyle,,,Sherlock Holmes & Related Fandoms\n"
    "character,Sherlock Holmes,,Sherlock Holmes - Arthur Conan Doyle,\n"
    "character,John Watson,,Sherlock Holmes - Arthur Conan Doyle,\n"
    'relationship,"Sherlock Holmes/John Watson",,Sherlock Holmes - Arthur Conan Doyle,\n'
    "freeform,Hurt/Comfort,,,\n"
    "freeform,Whump,,,Hurt/Comfort\n"
    "freeform,h/c,Hurt/Comfort,,\n"
)


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("tags", *args, stdout=out)
    return out.getvalue()


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "tags.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def tag(name: str, type: str = "character") -> Tag:
    return Tag.objects.get(name=name, type=type)


def test_import_creates_the_dictionary_and_reports_counts(db, tmp_path):
    output = run("import", write(tmp_path, DICTIONARY))
    assert "9 created, 0 updated, 0 unchanged" in output
    assert tag("Sherlock").merger == tag("Sherlock Holmes")
    assert tag("Sherlock Holmes").canonical and not tag("Sherlock").canonical
    assert set(tag("Sherlock Holmes").fandoms.all()) == {
        tag("Sherlock Holmes - Arthur Conan Doyle", "fandom")
    }
    assert set(tag("Whump", "freeform").parents.all()) == {tag("Hurt/Comfort", "freeform")}
    assert set(tag("Sherlock Holmes - Arthur Conan Doyle", "fandom").parents.all()) == {
        tag("Sherlock Holmes & Related Fandoms", "fandom")
    }
    entry = WranglingLog.objects.filter(tag=tag("Sherlock"), action="merge").get()
    assert entry.actor is None


def test_importing_twice_changes_nothing_the_second_time(db, tmp_path):
    path = write(tmp_path, DICTIONARY)
    run("import", path)
    logged = WranglingLog.objects.count()
    output = run("import", path)
    assert "Nothing to change" in output and "0 created, 0 updated, 9 unchanged" in output
    assert WranglingLog.objects.count() == logged


def test_import_updates_existing_tags_and_keeps_their_other_links(db, tmp_path, make_tag):
    other = make_tag("Sherlock (TV)", "fandom", canonical=True)
    holmes = make_tag("sherlock holmes", fandoms=[other])  # typed by an author
    output = run("import", write(tmp_path, DICTIONARY))
    assert "8 created, 1 updated, 0 unchanged" in output
    holmes.refresh_from_db()
    assert holmes.name == "sherlock holmes" and holmes.canonical  # matched by key, not renamed
    assert {f.name for f in holmes.fandoms.all()} == {
        "Sherlock (TV)",
        "Sherlock Holmes - Arthur Conan Doyle",
    }


def test_works_follow_an_import(db, tmp_path, author, make_work, client):
    work = make_work(author, title="Fog", characters=["Sherlock"], freeforms=["h/c"])
    run("import", write(tmp_path, DICTIONARY))
    assert list(works_tagged_for(tag("Sherlock Holmes"), author)) == [work]
    assert list(works_tagged_for(tag("Hurt/Comfort", "freeform"), author)) == [work]
    assert "Fog" in client.get(tag("Sherlock Holmes").get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("charcter,Sherlock Holmes,,,\n", "line 3: unknown type 'charcter'"),
        ("character,Sherlock Holmes,,\n", "line 3: expected 5 columns"),
        ("character,Sher<lock>,,,\n", "line 3: “Sher<lock>” can't contain < >"),
        ("character,,,,\n", "line 3: A tag can't be empty."),
        ("character,John Watson,,,\n", "line 3: 'John Watson' (character) is already on line 2"),
        ("character,Watson,Nobody,,\n", "line 3: unknown character 'Nobody'"),
        ("character,Watson,Watson,,\n", "line 3: 'Watson' can't be a synonym of itself"),
        ("character,Johnny,John Watson,Some Fandom,\n", "line 3: 'Johnny' is a synonym"),
        ("character,Mary,,Nowhere,\n", "line 3: unknown fandom 'Nowhere'"),
        ("fandom,Nowhere,,Elsewhere,\n", "line 3: a fandom doesn't belong to fandoms"),
        ("character,Mary,,,Mary\n", "line 3: 'Mary' can't be its own parent"),
        ("character,Jo,Jack,,\ncharacter,Jack,John Watson,,\n", "line 3: character 'Jack'"),
    ],
)
def test_a_malformed_row_is_refused_with_its_line_and_nothing_is_imported(
    db, tmp_path, rows, message
):
    before = Tag.objects.count()
    text = HEADER + "character,John Watson,,,\n" + rows
    with pytest.raises(CommandError) as refused:
        run("import", write(tmp_path, text))
    assert message in str(refused.value)
    assert "Nothing was imported" in str(refused.value)
    assert Tag.objects.count() == before and not WranglingLog.objects.exists()


def test_every_bad_line_is_reported_at_once(db, tmp_path):
    text = HEADER + "charcter,A,,,\nfreeform,B,,,\ncharacter,C,Nobody,,\nfandm,D,,,\n"
    with pytest.raises(DictionaryError) as refused:
        dictionary_import(io.StringIO(text))
    assert [e.split(":")[0] for e in refused.value.errors] == ["line 2", "line 4", "line 5"]


def test_a_wrong_header_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="line 1: the header must be exactly"):
        run("import", write(tmp_path, "type,name,canonical\ncharacter,A,,,\n"))
    with pytest.raises(CommandError, match="Can't read"):
        run("import", str(tmp_path / "missing.csv"))


def test_a_loop_across_rows_is_refused_and_rolled_back(db, tmp_path):
    text = HEADER + "freeform,A,,,B\nfreeform,B,,,A\n"
    with pytest.raises(CommandError, match=r"line \d: .*already under"):
        run("import", write(tmp_path, text))
    assert not Tag.objects.filter(name__in=["A", "B"]).exists()
    assert not TagParent.objects.exists() and not WranglingLog.objects.exists()


def test_a_byte_order_mark_and_blank_lines_are_fine(db, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + HEADER + "\nfreeform,Fluff,,,\n\n").encode())
    assert "1 created" in run("import", str(path))


def test_export_writes_what_import_reads(db, tmp_path):
    run("import", write(tmp_path, DICTIONARY))
    exported = tmp_path / "out.csv"
    assert "Tag dictionary exported: 9 tags" in run("export", str(exported))
    first = exported.read_text(encoding="utf-8")
    assert first.startswith(HEADER)
    assert "character,Sherlock,Sherlock Holmes,," in first
    # Into the same archive: nothing to change.
    assert "0 updated, 9 unchanged" in run("import", str(exported))
    # Into an empty one: the same dictionary again.
    TagParent.objects.all().delete()
    TagFandom.objects.all().delete()
    Tag.objects.filter(merger__isnull=False).delete()
    Tag.objects.filter(type__in=["fandom", "character", "relationship", "freeform"]).delete()
    assert "9 created" in run("import", str(exported))
    again = io.StringIO()
    dictionary_export(again)
    assert again.getvalue() == first


def test_export_to_standard_output(db, tmp_path):
    run("import", write(tmp_path, DICTIONARY))
    out = run("export", "-")
    assert out.startswith(HEADER) and out.count("\n") == 10


def test_the_demo_dictionary_wrangles_the_demo_content(db, client):
    load_demo()  # imports the sample dictionary after posting the works
    holmes = tag("Sherlock Holmes")
    assert holmes.canonical and tag("Sherlock").merger == holmes
    austen = tag("Jane Austen - Works", "fandom")
    pride = tag("Pride and Prejudice - Jane Austen", "fandom")
    assert set(pride.parents.all()) == {austen}
    titles = [w.title for w in works_tagged_for(austen, AnonymousUser())]
    assert "Five Afternoons at Pemberley" in titles
    assert Tag.objects.filter(type="freeform", canonical=False, merger=None).exists()
    assert "Nothing to change" in run("import", str(SAMPLE))


def test_reindex_rebuilds_autocomplete(db, make_tag):
    make_tag("Irene Adler", canonical=True)
    assert "Autocomplete index rebuilt" in run("reindex")
