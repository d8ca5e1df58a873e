"""bench/finetune_reader.py: the PyTorch model it trains is the NumPy encoder the engine
runs, so what it learns is what runs. Needs PyTorch (a training-time tool: `pip install
torch==2.13.0`), so it is skipped where PyTorch is not installed, as in CI."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from fanfold.analysis import reader

from . import bench_scripts

torch = pytest.importorskip("torch")

TEXTS = [
    "He struck the guard twice and ran for the gate.",
    "A quiet afternoon of tea and scones in the garden, and nobody said anything at all.",
]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return bench_scripts.load("finetune_reader")


def test_the_trained_model_reads_as_the_engine_does(trainer: ModuleType, tmp_path: Path) -> None:
    folder = reader.model_dir()
    assert folder is not None
    model = trainer.Model(reader._safetensors(folder / "model.safetensors"))
    encoder = reader.Encoder(folder)
    ids = [e.ids for e in encoder.tokenizer.encode_batch(TEXTS)]
    # Untrained, the adapters are zero: the encoder's own vectors.
    ((rows, batch, mask),) = trainer.batches(ids, [0, 1])
    with torch.no_grad():
        vectors = model.embed(batch, mask).numpy()
    assert np.allclose(vectors, encoder.encode([TEXTS[i] for i in rows]), atol=1e-5)
    # With adapters, as written to the .npz the engine loads.
    gen = torch.Generator().manual_seed(3)
    arrays = {}
    for key in model.b:
        model.b[key].data = 0.01 * torch.randn(model.b[key].shape, generator=gen)
    for k in range(6):
        for name in reader.ADAPTED:
            key = f"{k}_{name.replace('.', '_')}"
            arrays[f"{k}.{name}.A"] = model.a[key].detach().numpy()
            arrays[f"{k}.{name}.B"] = model.b[key].detach().numpy()
    np.savez(tmp_path / "adapter.npz", **arrays)
    with torch.no_grad():
        adapted = model.embed(batch, mask).numpy()
    engine_side = reader.Encoder(folder, tmp_path / "adapter.npz").encode([TEXTS[i] for i in rows])
    assert not np.allclose(adapted, vectors, atol=1e-3)
    assert np.allclose(adapted, engine_side, atol=1e-5)
