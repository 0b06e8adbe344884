"""The paragraph window encoder: every token sees its doc's mean, gradients match finite differences."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.util import registry

from parkner.pipeline.architectures import paragraph_window_encoder, with_doc_mean


def _weighted_sum(docs: list[np.ndarray], weights: np.ndarray) -> float:
    outputs, _ = with_doc_mean()(docs, is_train=False)
    return float((outputs[0] * weights).sum())


def test_every_row_is_followed_by_its_docs_mean() -> None:
    doc = np.arange(6, dtype="f").reshape(3, 2)
    (output,), _ = with_doc_mean()([doc], is_train=False)
    assert output.shape == (3, 4)
    np.testing.assert_allclose(output[:, :2], doc)
    np.testing.assert_allclose(output[:, 2:], np.tile([[2.0, 3.0]], (3, 1)))


def test_gradient_matches_finite_differences() -> None:
    rng = np.random.default_rng(0)
    doc = rng.random((4, 3)).astype("f")
    weights = rng.random((4, 6)).astype("f")
    _, backprop = with_doc_mean()([doc], is_train=True)
    (gradient,) = backprop([weights])
    step = 1e-2
    numeric = np.zeros_like(doc)
    for index in np.ndindex(doc.shape):
        up, down = doc.copy(), doc.copy()
        up[index] += step
        down[index] -= step
        numeric[index] = (_weighted_sum([up], weights) - _weighted_sum([down], weights)) / (2 * step)
    np.testing.assert_allclose(gradient, numeric, atol=1e-3)


def test_empty_docs_pass_through() -> None:
    empty = np.zeros((0, 3), dtype="f")
    (output,), backprop = with_doc_mean()([empty], is_train=True)
    assert output.shape == (0, 6)
    assert backprop([np.zeros((0, 6), dtype="f")])[0].shape == (0, 3)


@pytest.mark.parametrize("lengths", [[5, 1], [3, 0]])
def test_encoder_keeps_width_and_lengths(lengths: list[int]) -> None:
    encoder = registry.architectures.get("parkner.ParagraphWindowEncoder.v1")(
        width=8, window_size=1, maxout_pieces=2, depth=2
    )
    assert encoder.get_dim("nO") == 8
    encoder.initialize(X=[np.ones((2, 8), dtype="f")])
    outputs = encoder.predict([np.random.default_rng(1).random((n, 8)).astype("f") for n in lengths])
    assert [output.shape for output in outputs] == [(n, 8) for n in lengths]


def test_a_token_depends_on_words_beyond_the_window() -> None:
    """With window 1 and depth 1 a token sees one neighbour; the doc mean carries the rest of the paragraph."""
    encoder = paragraph_window_encoder(width=4, window_size=1, maxout_pieces=2, depth=1)
    rng = np.random.default_rng(2)
    doc = rng.random((6, 4)).astype("f")
    encoder.initialize(X=[doc])
    far_changed = doc.copy()
    far_changed[5] += 1.0
    first, changed = encoder.predict([doc, far_changed])
    assert not np.allclose(first[0], changed[0])
