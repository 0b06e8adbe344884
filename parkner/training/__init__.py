"""Training: weak labels → DocBin corpora → spaCy training → a model with provenance in meta.json."""

from . import augment  # noqa: F401  (registers parkner.weak_labels.v1)
from .assemble import assemble
from .corpus import CorpusStats, build_corpora, training_examples
from .train import TrainResult, train

__all__ = ["CorpusStats", "TrainResult", "assemble", "build_corpora", "train", "training_examples"]
