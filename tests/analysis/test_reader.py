"""The trained reader: the NumPy encoder against the reference model's own numbers, its
heads, and how the engine lets it judge only what the word lists found borderline."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from fanfold.analysis import CONTENT_NOTES, ChapterInput, analyze, judging, notes, reader
from fanfold.analysis.judging import READER_REASON
from fanfold.analysis.work import MAX_EVIDENCE

# all-MiniLM-L6-v2 through sentence-transformers (PyTorch), normalised: the first eight
# and last four of the 384 numbers, for two sentences written for this test.
REFERENCE = {
    "The lamp in the window at Baker Street burned late.": (
        [0.0729, 0.06781, 0.03918, 0.02228, 0.05317, 0.03989, 0.02099, -0.01168],
        [0.04392, -0.01445, -0.07315, 0.00611],
    ),
    "She did not answer the letter for a week, and then she wrote three pages.": (
        [-0.01103, 0.01242, 0.07191, 0.05099, -0.08218, 0.04578, -0.07328, -0.04582],
        [-0.04231, -0.00465, -0.03893, -0.03815],
    ),
}

# A weak cue that the word lists leave alone and the reader confirms, reading the rest.
HIDDEN = "He read her messages every night and told her which friends she was allowed to see."


@pytest.fixture(scope="module")
def plain() -> reader.Encoder:
    """The encoder as published, without any corrections the heads were trained with."""
    folder = reader.model_dir()
    assert folder is not None, "the reader is installed by `make install`"
    return reader.Encoder(folder)


@pytest.fixture(scope="module")
def model() -> reader.Reader:
    loaded = reader.load()
    assert loaded is not None, "the reader is installed by `make install`"
    return loaded


def test_the_encoder_gives_the_reference_model_numbers(plain: reader.Encoder) -> None:
    vectors = plain.encode(list(REFERENCE))
    for vector, (head, tail) in zip(vectors, REFERENCE.values(), strict=True):
        assert vector.shape == (384,)
        assert np.allclose(vector[:8], head, atol=2e-5)
        assert np.allclose(vector[-4:], tail, atol=2e-5)
        assert abs(float(np.linalg.norm(vector)) - 1) < 1e-5


def test_batches_and_padding_do_not_change_a_vector(model: reader.Reader) -> None:
    short = "The door closed."
    long = " ".join(["The rain went on falling on the roofs of the town."] * 30)
    alone = model.encoder.encode([short])[0]
    together = model.encoder.encode([long, short, long])
    assert np.allclose(alone, together[1], atol=1e-5)
    # Past 256 word pieces a text is cut, as the model was trained.
    assert model.encoder.token_counts([long])[0] == reader.MAX_TOKENS


def test_similar_sentences_lie_closer_than_unrelated_ones(model: reader.Reader) -> None:
    stab, knifed, bread = model.encoder.encode(
        ["He stabbed the guard.", "The sentry was knifed.", "She baked bread for the fair."]
    )
    assert float(stab @ knifed) > float(stab @ bread) + 0.2


def test_the_heads_cover_the_vocabulary(model: reader.Reader) -> None:
    assert model.heads.labels == CONTENT_NOTES
    assert model.heads.weights.shape == (len(CONTENT_NOTES), 384)
    assert 0.5 <= model.heads.threshold < 1
    chances = model.read(["She made tea and read by the window until the light went."])[0]
    assert set(chances) == set(CONTENT_NOTES)
    assert all(0 <= p < model.heads.threshold for p in chances.values())


def test_what_was_read_lately_is_not_read_again(model: reader.Reader) -> None:
    fresh = reader.Reader(model.encoder, model.heads, remember=2)
    encoded: list[list[str]] = []
    real = model.encoder.encode

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        encoded.append(list(texts))
        return real(texts)

    fresh.encoder = type("Counting", (), {"encode": staticmethod(counting)})()  # type: ignore[assignment]
    first = fresh.read(["The door closed.", "The kettle sang.", "The door closed."])
    assert encoded == [["The door closed.", "The kettle sang."]]
    assert first[0] == first[2]
    again = fresh.read(["The kettle sang."])
    assert encoded == [["The door closed.", "The kettle sang."]]  # remembered
    assert again[0] == first[1]
    fresh.read(["The lamp was lit.", "The gate creaked."])  # two more: the oldest go
    fresh.read(["The door closed."])
    assert encoded[-1] == ["The door closed."]
    # The same numbers as a reader that remembers nothing.
    assert fresh.read(["The door closed."])[0] == model.read(["The door closed."])[0]
    fresh.forget()
    fresh.read(["The door closed."])
    assert len(encoded) == 4 and encoded[-1] == ["The door closed."]


def test_the_encoder_multiplies_on_one_thread(
    model: reader.Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server runs several processes that may read at once (two web workers and the
    # task worker); OpenBLAS's own threads, one per core in each of them, then fight
    # for the cores: three at once on two cores, every read 4.6 times slower
    # (docs/benchmarks.md).
    from threadpoolctl import threadpool_info

    def blas_threads() -> set[int]:
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    seen: list[set[int]] = []
    real = reader.Encoder._forward

    def watching(self: reader.Encoder, ids: object, mask: object) -> object:
        seen.append(blas_threads())
        return real(self, ids, mask)  # type: ignore[arg-type]

    before = blas_threads()
    monkeypatch.setattr(reader.Encoder, "_forward", watching)
    model.encoder.encode(["The lamp in the window burned late.", "The door closed."])
    assert seen and all(threads == {1} for threads in seen)
    assert blas_threads() == before  # the process's own setting is left as it was


def test_safetensors_are_read_as_written(tmp_path: Path) -> None:
    data = np.arange(6, dtype="<f4").reshape(2, 3)
    header = {"x": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]}}
    raw = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + data.tobytes())
    assert np.array_equal(reader._safetensors(path)["x"], data)


# ---- in the engine ---------------------------------------------------------------------


def test_the_reader_confirms_a_weak_cue() -> None:
    assert "abuse" not in {s.name for s in analyze(HIDDEN, read=False).notes}
    result = analyze(HIDDEN)
    assert result.reader == "used"
    (note,) = [s for s in result.notes if s.name == "abuse"]
    assert note.reasons == (READER_REASON,)
    assert note.confidence >= 0.9
    evidence = note.evidence[0]
    assert HIDDEN[evidence.start : evidence.end] == evidence.text
    assert evidence.text == HIDDEN
    assert result.as_json()["reader"] == "used"


def test_read_false_is_the_word_lists_alone() -> None:
    result = analyze(HIDDEN, read=False)
    assert result.reader == "off"
    assert all(READER_REASON not in s.reasons for s in result.notes)


def test_nothing_borderline_needs_no_reader() -> None:
    assert analyze("She made tea and read by the window.").reader == "not needed"
    # What the word lists decide stays theirs.
    result = analyze("He stabbed the man twice in the chest.")
    assert result.reader == "not needed"
    assert "violence" in {s.name for s in result.notes}


def test_without_the_reader_installed_the_word_lists_read_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader, "load", lambda: None)
    result = analyze(HIDDEN)
    assert result.reader == "not installed"
    assert "abuse" not in {s.name for s in result.notes}


def test_what_the_word_lists_turned_down_the_reader_cannot_say() -> None:
    # The cue is denied: the rules refuse it, and the reader is not asked.
    denied = "He never once read her messages or told her which friends she could see."
    assert "abuse" not in {s.name for s in analyze(denied).notes}


def test_a_long_work_is_read_by_the_word_lists_alone() -> None:
    filler = "They went on along the lane and talked about the weather and the price of apples."
    chapter = ChapterInput("\n\n".join([filler] * judging.READER_MAX_PARAGRAPHS + [HIDDEN]))
    result = analyze([chapter])
    assert result.reader == "too long"
    assert "abuse" not in {s.name for s in result.notes}


def test_a_long_text_needs_two_confirmed_paragraphs() -> None:
    filler = "They went on along the lane and talked about the weather and the price of apples."
    one = "\n\n".join([filler] * 30 + [HIDDEN] + [filler] * 30)
    two = "\n\n".join([filler] * 30 + [HIDDEN] + [filler] * 5 + [HIDDEN] + [filler] * 25)
    assert "abuse" not in {s.name for s in analyze(one).notes}
    assert "abuse" in {s.name for s in analyze(two).notes}


def test_the_reader_reads_within_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judging, "FREE_THRESHOLD", None)  # the judge's reads alone
    model = reader.load()
    assert model is not None
    seen: list[int] = []
    real = model.read

    def counting(texts: list[str]) -> list[dict[str, float]]:
        seen.append(sum(model.encoder.token_counts(texts)))
        return real(texts)

    monkeypatch.setattr(model, "read", counting)
    filler = "They went on along the lane and talked about the weather and the price of apples."
    paragraphs = [filler] * 20 + [HIDDEN + " " + filler * 3] * 60
    analyze("\n\n".join(paragraphs))
    # One read of the paragraphs within the budget, then one of the few it confirmed (at
    # most five per note) with their cue words taken out.
    assert len(seen) == 2
    assert seen[0] <= judging.READER_BUDGET
    assert seen[1] < seen[0]
    assert seen[1] <= MAX_EVIDENCE * reader.MAX_TOKENS


def test_the_reader_must_see_the_note_without_the_cue_words() -> None:
    # A bottle is drink to the reader whatever surrounds it; taken out, nothing is left.
    assert "substance-use" not in {
        s.name for s in analyze("The seal on the bottle was unbroken.").notes
    }
    hit = notes.SentenceHit(20, 38, 0, spots={"substance-use": [("bottle", 31)]})
    assert judging._without_cues("He hid the bottle.", 20, [hit], "substance-use") == "He hid the ."
    assert (
        judging._without_cues("He hid the bottle.", 20, [hit], "violence") == "He hid the bottle."
    )


def test_archive_warnings_stand_on_the_word_lists_alone() -> None:
    result = analyze(HIDDEN)
    assert result.warnings == analyze(HIDDEN, read=False).warnings


def _adapter_file(path: Path, rng: np.random.Generator, scale: float) -> Path:
    """Low-rank factors for every adapted layer: B A of size `scale`."""
    arrays = {}
    for k in range(6):
        for name in reader.ADAPTED:
            out_dim, in_dim = (1536, 384) if name == "intermediate.dense" else (384, 384)
            if name == "output.dense":
                out_dim, in_dim = 384, 1536
            arrays[f"{k}.{name}.A"] = rng.normal(size=(reader.RANK, in_dim)).astype(np.float32)
            arrays[f"{k}.{name}.B"] = (scale * rng.normal(size=(out_dim, reader.RANK))).astype(
                np.float32
            )
    np.savez(path, **arrays)
    return path


def test_an_adapter_of_zeros_changes_nothing(plain: reader.Encoder, tmp_path: Path) -> None:
    folder = reader.model_dir()
    assert folder is not None
    zeros = _adapter_file(tmp_path / "zeros.npz", np.random.default_rng(1), 0.0)
    adapted = reader.Encoder(folder, zeros)
    sentences = list(REFERENCE)
    assert np.allclose(adapted.encode(sentences), plain.encode(sentences), atol=1e-6)


def test_an_adapter_corrects_each_layer_by_its_low_rank_product(tmp_path: Path) -> None:
    folder = reader.model_dir()
    assert folder is not None
    path = _adapter_file(tmp_path / "small.npz", np.random.default_rng(2), 0.001)
    plain, adapted = reader.Encoder(folder), reader.Encoder(folder, path)
    with np.load(path) as factors:
        for k in (0, 5):
            for name in reader.ADAPTED:
                key = f"encoder.layer.{k}.{name}.weight"
                delta = factors[f"{k}.{name}.B"] @ factors[f"{k}.{name}.A"]
                assert np.allclose(adapted.w[key], plain.w[key] + delta, atol=1e-6)
    # The layers not adapted stay the model's own.
    key = "embeddings.word_embeddings.weight"
    assert np.array_equal(adapted.w[key][:5], plain.w[key][:5])
    vectors = adapted.encode(list(REFERENCE))
    assert not np.allclose(vectors, plain.encode(list(REFERENCE)), atol=1e-4)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-5)


def test_the_heads_name_their_adapter(tmp_path: Path) -> None:
    data = json.loads(reader.HEADS.read_text(encoding="utf-8"))
    data["adapter"] = "mine.npz"
    (tmp_path / "heads.json").write_text(json.dumps(data), encoding="utf-8")
    assert reader.Heads.load(tmp_path / "heads.json").adapter == tmp_path / "mine.npz"
    data.pop("adapter")
    (tmp_path / "heads.json").write_text(json.dumps(data), encoding="utf-8")
    assert reader.Heads.load(tmp_path / "heads.json").adapter is None


# ---- reading every paragraph (judging.FREE_THRESHOLD) ------------------------------------

# No cue word of any note: the word lists give nothing, only a reader could.
QUIET = (
    "The rain had not stopped since noon. After the hearing Mara sat in the car park "
    "for an hour with the engine off, and did not ring anyone."
)
FILLER = "They went on along the lane and talked about the weather and the price of apples."


def _reading_as_abuse(
    monkeypatch: pytest.MonkeyPatch, paragraph: str, label: str = "abuse"
) -> reader.Reader:
    """The real encoder with heads built to read `paragraph`, and the paragraphs nearest
    it, as abuse (and nothing else as anything), free to read every paragraph: what the
    engine does with a reader's chances does not hang on what the shipped heads happen
    to say of a sentence."""
    folder = reader.model_dir()
    assert folder is not None
    encoder = reader.Encoder(folder)
    target = encoder.encode([paragraph])[0]
    weights = np.zeros((len(CONTENT_NOTES), 384), dtype=np.float32)
    bias = np.full(len(CONTENT_NOTES), -30.0, dtype=np.float32)
    i = CONTENT_NOTES.index(label)
    weights[i] = 60.0 * target
    bias[i] = -55.0  # chance 0.99 for QUIET itself, below one half a little way off
    heads = reader.Heads(tuple(CONTENT_NOTES), weights, bias, threshold=0.9)
    model = reader.Reader(encoder, heads)
    monkeypatch.setattr(reader, "load", lambda: model)
    monkeypatch.setattr(judging, "FREE_THRESHOLD", 0.9)
    return model


@pytest.fixture
def free(monkeypatch: pytest.MonkeyPatch) -> reader.Reader:
    return _reading_as_abuse(monkeypatch, QUIET)


def test_free_reading_is_off_unless_asked() -> None:
    # Measured and not shipped (docs/analysis-history.md): the reader judges borderline cues only.
    assert judging.FREE_THRESHOLD is None
    assert analyze(QUIET).notes == ()


def test_free_reading_gives_a_note_no_cue_word_showed(free: reader.Reader) -> None:
    text = f"{FILLER}\n\n{QUIET}"
    assert not analyze(text, read=False).notes
    result = analyze(text)
    assert result.reader == "used"
    (note,) = result.notes
    assert note.name == "abuse" and note.reasons == (judging.FREE_REASON,)
    assert note.confidence >= 0.9
    (evidence,) = note.evidence
    # The sentence of the paragraph that, read alone, reads most so, at its offsets.
    assert text[evidence.start : evidence.end] == evidence.text
    assert evidence.text in QUIET and evidence.text.startswith("After the hearing")


def test_free_reading_without_a_threshold_reads_nothing(
    free: reader.Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(judging, "FREE_THRESHOLD", None)
    assert not analyze(QUIET).notes


def test_free_reading_skips_lines_too_short_to_judge(
    free: reader.Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert analyze(QUIET).notes
    monkeypatch.setattr(judging, "_FREE_WORDS", len(QUIET.split()) + 1)
    assert not analyze(QUIET).notes


def test_free_reading_in_a_long_text_needs_two_paragraphs(free: reader.Reader) -> None:
    one = "\n\n".join([FILLER] * 30 + [QUIET] + [FILLER] * 30)
    two = "\n\n".join([FILLER] * 30 + [QUIET] + [FILLER] * 5 + [QUIET] + [FILLER] * 25)
    assert not analyze(one).notes
    assert {s.name for s in analyze(two).notes} == {"abuse"}


def test_free_reading_cannot_say_what_the_word_lists_turned_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A denied cue for abuse in the paragraph: what was turned down stays down.
    denied = QUIET + " Nobody had ever abused her, whatever the papers said."
    model = _reading_as_abuse(monkeypatch, denied)
    assert not {s.name for s in analyze(denied, read=False).notes}
    assert model.read([denied])[0]["abuse"] >= 0.9  # the reader alone would say it
    assert "abuse" not in {s.name for s in analyze(denied).notes}


def test_free_reading_reads_only_a_short_text_whole(
    free: reader.Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"{FILLER}\n\n{QUIET}"
    assert analyze(text).notes
    pieces = sum(free.encoder.token_counts([FILLER, QUIET]))
    monkeypatch.setattr(judging, "FREE_BUDGET", pieces - 1)
    assert not analyze(text).notes


@pytest.mark.parametrize("label", sorted(judging._FREE_NOT))
def test_free_reading_never_gives_sexual_violence_or_strong_language(
    monkeypatch: pytest.MonkeyPatch, label: str
) -> None:
    model = _reading_as_abuse(monkeypatch, QUIET, label)
    assert model.read([QUIET])[0][label] >= 0.9
    assert not analyze(QUIET).notes


@pytest.mark.parametrize(
    ("text", "label", "words"),
    [
        ("The old organ wheezed and died in the hymn.", "death", ["died"]),
        ("Pt denies suicidal ideation.", "suicide", ["suicidal", "ideation"]),
        ("They talked about the weather.", "death", []),
    ],
)
def test_the_cue_words_for_a_note_held_or_not(text: str, label: str, words: list[str]) -> None:
    assert [text[a:b] for a, b in notes.cue_words(text.lower(), label)] == words


def test_free_reading_must_see_the_note_without_the_cue_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The word lists read "died" of an organ as no death; a reader that says death of the
    # paragraph only for that word has read the word, not its sense.
    organ = "The old organ wheezed and died in the middle of the hymn, and nobody minded."
    model = _reading_the_word(monkeypatch, organ, organ.replace(" died", ""), "death")
    assert model.read([organ])[0]["death"] >= 0.9
    assert not analyze(organ, read=False).notes
    assert not analyze(organ).notes
    # Where the rest of the paragraph carries the note, the same reader gives it.
    monkeypatch.setattr(notes, "cue_words", lambda lower, label: [])
    assert {s.name for s in analyze(organ).notes} == {"death"}


def _reading_the_word(
    monkeypatch: pytest.MonkeyPatch, with_word: str, without: str, label: str
) -> reader.Reader:
    """The real encoder with a head for `label` that reads `with_word` at 0.95 and the
    same text `without` its word at under 0.01: a reader of the word alone."""
    folder = reader.model_dir()
    assert folder is not None
    encoder = reader.Encoder(folder)
    a, b = encoder.encode([with_word, without])
    gap = a - b
    direction = gap / np.linalg.norm(gap)
    scale = 8.0 / float(direction @ gap)  # eight logits between the two
    weights = np.zeros((len(CONTENT_NOTES), 384), dtype=np.float32)
    bias = np.full(len(CONTENT_NOTES), -30.0, dtype=np.float32)
    i = CONTENT_NOTES.index(label)
    weights[i] = scale * direction
    bias[i] = 3.0 - scale * float(direction @ a)
    model = reader.Reader(encoder, reader.Heads(tuple(CONTENT_NOTES), weights, bias, 0.9))
    monkeypatch.setattr(reader, "load", lambda: model)
    monkeypatch.setattr(judging, "FREE_THRESHOLD", 0.9)
    return model
