"""Fixtures shared by every test directory: repository paths, the shared data and the rule pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = PROJECT_ROOT / ".." / "shared"


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The repository root (the directory holding ``pyproject.toml``)."""
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def raw_corpus(project_root: Path) -> Path:
    """The embedded default corpus, ``corpus/raw``."""
    path = project_root / "corpus" / "raw"
    if not path.is_dir():
        pytest.skip("corpus/raw is not in this checkout")
    return path


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the project; tests that need it skip when it is absent (fresh clone)."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is absent")
    return SHARED_DIR.resolve()


@pytest.fixture(scope="session")
def rule_nlp() -> Language:
    """The packaged rule pipeline, loaded once per session (loading compiles the gazetteers)."""
    from parkner.pipeline import rule_pipeline

    return rule_pipeline()
