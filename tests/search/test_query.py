from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fanfold.search.query import MAX_TERMS, Term, parse_query
from fanfold.search.text import SEP, prepare_text


def terms(text: str) -> list[Term]:
    return list(parse_query(text).terms)


def test_words_are_separate_required_terms() -> None:
    assert terms("lamplight  quay") == [Term("lamplight"), Term("quay")]
    assert parse_query("lamplight").required == (Term("lamplight"),)


def test_quoted_phrase_is_one_term() -> None:
    assert terms('"the lamps came on" ledger') == [
        Term("the lamps came on", phrase=True),
        Term("ledger"),
    ]


def test_minus_excludes_a_word_or_a_phrase() -> None:
    query = parse_query('quay -angst -"fix it"')
    assert query.required == (Term("quay"),)
    assert query.excluded == (
        Term("angst", negated=True),
        Term("fix it", negated=True, phrase=True),
    )


def test_field_prefixes() -> None:
    assert terms('title:lamplight author:quill tag:"Hurt/Comfort" summary:ledger notes:thanks') == [
        Term("lamplight", field="title"),
        Term("quill", field="author"),
        Term("Hurt/Comfort", field="tag", phrase=True),
        Term("ledger", field="summary"),
        Term("thanks", field="notes"),
    ]


def test_field_prefix_is_case_insensitive_and_can_be_negated() -> None:
    assert terms("TITLE:Lamp -tag:angst") == [
        Term("Lamp", field="title"),
        Term("angst", field="tag", negated=True),
    ]


def test_unknown_prefix_is_just_text() -> None:
    assert terms("re:zero") == [Term("re:zero")]


def test_unbalanced_quote_runs_to_the_end() -> None:
    assert terms('quay "the lamps came') == [Term("quay"), Term("the lamps came", phrase=True)]


def test_lone_minus_and_empty_fields_are_dropped() -> None:
    assert terms("- title: quay -") == [Term("quay")]
    assert terms('"" tag:"" -""') == []


def test_punctuation_only_words_are_dropped() -> None:
    assert terms("* ^ ( ) : -- ... quay") == [Term("quay")]


def test_engine_operators_are_plain_words() -> None:
    assert terms("holmes NEAR watson AND (moriarty OR mycroft*)") == [
        Term("holmes"),
        Term("NEAR"),
        Term("watson"),
        Term("AND"),
        Term("(moriarty"),
        Term("OR"),
        Term("mycroft*)"),
    ]


def test_repeated_terms_count_once() -> None:
    assert terms("quay quay -quay") == [Term("quay"), Term("quay", negated=True)]


def test_number_of_terms_is_bounded() -> None:
    assert len(terms(" ".join(f"w{n}" for n in range(100)))) == MAX_TERMS


def test_empty_query() -> None:
    assert parse_query("").is_empty
    assert parse_query("   ").is_empty
    assert not parse_query("a").is_empty


def test_query_prints_back_in_the_query_language() -> None:
    text = 'quay -angst "the lamps" -tag:"fix it" author:quill'
    assert str(parse_query(text)) == text


@given(st.text())
def test_any_input_parses_into_terms_with_words(text: str) -> None:
    for term in parse_query(text).terms:
        assert term.text.strip()
        assert any(ch.isalnum() for ch in term.text)


def test_prepare_text_separates_cjk_and_drops_control_characters() -> None:
    assert prepare_text("Hurt/Comfort") == "Hurt/Comfort"
    assert prepare_text("東京tower") == f"東{SEP}京{SEP}tower"
    assert prepare_text("a\x02b\x03c") == "a b c"
    assert prepare_text("ｆｕｌｌ") == "full"
