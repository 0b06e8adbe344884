"""Model architectures: spaCy's window encoder with a layer that lets every token see its whole doc (a paragraph,
the unit parkner trains and predicts on)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.util import registry
from thinc.api import Maxout, Model, chain, residual, with_array
from thinc.types import Floats2d


@registry.architectures("parkner.ParagraphWindowEncoder.v1")
def paragraph_window_encoder(
    width: int, window_size: int, maxout_pieces: int, depth: int
) -> Model[list[Floats2d], list[Floats2d]]:
    """``spacy.MaxoutWindowEncoder.v2``, then a residual maxout layer over each token joined with its doc's mean vector.

    Whether a name is a project being built is often said far from it in the paragraph (签约, 开工), beyond any window.
    """
    mix = Maxout(nO=width, nI=2 * width, nP=maxout_pieces, dropout=0.0, normalize=True)
    model = chain(
        MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth),
        residual(chain(with_doc_mean(), with_array(mix))),
    )
    model.set_dim("nO", width)
    return model


def with_doc_mean() -> Model[list[Floats2d], list[Floats2d]]:
    """Each doc's token vectors ``(n, w)`` → ``(n, 2w)``: every row followed by the mean of all rows of its doc."""
    return Model("with_doc_mean", _with_doc_mean_forward)


def _with_doc_mean_forward(
    model: Model[list[Floats2d], list[Floats2d]], per_doc: list[Floats2d], is_train: bool
) -> tuple[list[Floats2d], Callable[[list[Floats2d]], list[Floats2d]]]:
    xp = model.ops.xp
    means = [rows.mean(axis=0, keepdims=True) if len(rows) else model.ops.alloc2f(1, rows.shape[1]) for rows in per_doc]
    outputs = [xp.hstack([rows, xp.broadcast_to(mean, rows.shape)]) for rows, mean in zip(per_doc, means)]

    def backprop(d_outputs: list[Floats2d]) -> list[Floats2d]:
        # The mean is shared by every row, so each row receives the average of the gradients on the mean's half.
        d_per_doc = []
        for rows, d_output in zip(per_doc, d_outputs):
            width = rows.shape[1]
            d_mean = d_output[:, width:].mean(axis=0, keepdims=True) if len(rows) else 0.0
            d_per_doc.append(d_output[:, :width] + d_mean)
        return d_per_doc

    return outputs, backprop
