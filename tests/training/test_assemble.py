"""Assembling the hybrid pipeline: rules first, then tok2vec and ner sourced from a model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
import srsly
from spacy.training import Example

from parkner.errors import ModelNotFoundError
from parkner.predict import whole_documents
from parkner.training import assemble

ROOT = Path(__file__).resolve().parents[2]
TEXT = "云南锗业在昆明高新区投资2665亿元。"


@pytest.fixture(scope="module")
def untrained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model of configs/default.cfg, initialised but not trained (assembling needs no training)."""
    config = spacy.util.load_config(ROOT / "configs" / "default.cfg", interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    example = Example.from_dict(nlp.make_doc(TEXT), {"entities": [(0, 4, "COMPANY"), (5, 10, "PARK"), (12, 19, "METRIC")]})
    nlp.initialize(lambda: [example])
    path = tmp_path_factory.mktemp("model") / "model"
    nlp.meta["parkner"] = {"seed": 0}
    nlp.to_disk(path)
    return path


def test_hybrid_pipeline_runs_rules_first_and_keeps_their_entities(untrained_model: Path, tmp_path: Path) -> None:
    output = assemble(ROOT / "configs" / "hybrid.cfg", tmp_path / "hybrid", {"paths.model": str(untrained_model)})
    nlp = spacy.load(output)
    assert nlp.pipe_names == ["rules", "tok2vec", "ner"] and whole_documents(nlp)
    doc = nlp(TEXT)
    assert {("昆明高新区", "PARK"), ("2665亿元", "METRIC")} <= {(e.text, e.label_) for e in doc.ents}
    sources = srsly.read_json(output / "meta.json")["parkner"]["sources"]
    assert sources == {str(untrained_model): {"seed": 0}}


def test_a_missing_source_model_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        assemble(ROOT / "configs" / "hybrid.cfg", tmp_path / "hybrid", {"paths.model": str(tmp_path / "absent")})
