"""``parkner assemble``: a pipeline built from a config that sources trained components (as ``spacy assemble``).

Its use here is the hybrid pipeline of ``configs/hybrid.cfg``: the rule labeller presets
``doc.ents`` and a trained ``ner`` keeps them and labels what the rules missed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
import srsly

from ..errors import ModelNotFoundError


def assemble(config_path: str | Path, output: str | Path, overrides: dict[str, Any] | None = None) -> Path:
    """Build the config's pipeline (sourced components keep their trained weights), save it to ``output``."""
    config = spacy.util.load_config(Path(config_path), overrides=dict(overrides or {}), interpolate=False)
    sourced = spacy.util.get_sourced_components(config.interpolate())
    sources = {Path(block["source"]) for block in sourced.values()}
    for source in sources:
        if not (source / "config.cfg").is_file():
            raise ModelNotFoundError(source)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    with nlp.select_pipes(disable=[*sourced]):
        nlp.initialize()
    nlp.meta["parkner"] = {
        "assembled_from": str(config_path),
        "sources": {str(source): srsly.read_json(source / "meta.json").get("parkner", {}) for source in sources},
    }
    output = Path(output)
    nlp.to_disk(output)
    return output

