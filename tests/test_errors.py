"""Errors keep their location when they cross a process boundary (pool workers pickle them)."""

from __future__ import annotations

import pickle

from parkner.errors import InputError, ModelNotFoundError


def test_input_errors_survive_pickling_with_file_and_line() -> None:
    error = pickle.loads(pickle.dumps(InputError("broken JSON", "corpus.jsonl", 7)))
    assert (str(error), error.reason, error.path, error.line) == ("corpus.jsonl:7: broken JSON", "broken JSON", "corpus.jsonl", 7)


def test_model_not_found_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(ModelNotFoundError("models/none")))
    assert str(error) == str(ModelNotFoundError("models/none")) and error.path == "models/none"
