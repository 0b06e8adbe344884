"""CPU math for the models: numpy's BLAS for thinc's matrix products, one BLAS thread per worker process.

thinc multiplies with its bundled BLIS by default; numpy's BLAS (OpenBLAS, Accelerate) gives the
same products and made inference 1.7–2.0× faster and training 1.4–1.6× faster on the 2-core bench machine
(docs/benchmarks.md).
GPU or platform ops already in use (``thinc-apple-ops``) are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from thinc.api import Model, NumpyOps, get_current_ops, use_ops
from threadpoolctl import threadpool_limits


def _on_plain_numpy_ops() -> bool:
    return type(get_current_ops()) is NumpyOps


@contextmanager
def numpy_blas_ops() -> Iterator[None]:
    """Models built inside (e.g. by ``spacy train``) multiply on numpy's BLAS."""
    if not _on_plain_numpy_ops():
        yield
        return
    with use_ops("numpy", use_blis=False):
        yield


def use_numpy_blas(nlp: Language) -> Language:
    """Put every layer of ``nlp``'s models on numpy's BLAS (a loaded pipeline, whenever its layers were built)."""
    if _on_plain_numpy_ops():
        ops = NumpyOps(use_blis=False)
        for _, component in nlp.components:
            model = getattr(component, "model", None)
            if isinstance(model, Model):
                for layer in model.walk():
                    layer.ops = ops
    return nlp


def single_blas_thread() -> None:
    """Limit this process to one BLAS thread: the initializer of pool workers, which already use every core."""
    threadpool_limits(limits=1, user_api="blas")
