"""Exported Label Studio tasks pass Label Studio's own validation (label-studio-sdk's LabelInterface).

The SDK is a test-only tool (it pins numpy/opencv versions the project cannot take); install it with
``pip install --no-deps label-studio-sdk==2.1.2 jsf==0.11.2`` plus ``lxml jsonschema xmljson==0.2.1
faker rstr pyjwt appdirs ujson ijson``. Without it this module is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from formats_helpers import GOLD_SAMPLE, edge_document

from parkner.documents import Span, read_documents
from parkner.formats import write_format
from parkner.formats.labelstudio import LABEL_CONFIG

interface_module = pytest.importorskip("label_studio_sdk.label_interface")
objects = pytest.importorskip("label_studio_sdk.label_interface.objects")


def _problems(tasks: list[dict[str, Any]]) -> list[str]:
    interface = interface_module.LabelInterface(LABEL_CONFIG)
    problems = []
    for index, task in enumerate(tasks):
        for obj in interface.objects:
            if obj.value_is_variable and not isinstance(task["data"].get(obj.value_name), str):
                problems.append(f"task {index}: data.{obj.value_name} missing")
        for item in task.get("predictions", []) + task.get("annotations", []):
            problems += [f"task {index}: {error}" for error in interface.validate_prediction(item, return_errors=True)]
        if "predictions" in task:
            objects.TaskValue.model_validate(task)
    return problems


def test_prediction_tasks_validate(tmp_path: Path) -> None:
    documents = [*read_documents(GOLD_SAMPLE), edge_document()]
    documents[0].spans = [Span(s.start, s.end, s.label, 0.75) for s in documents[0].spans]
    write_format(
        documents, tmp_path / "tasks.json", "labelstudio", options={"predictions": True, "model_version": "m@1"}
    )
    tasks = json.loads((tmp_path / "tasks.json").read_text("utf-8"))
    assert _problems(tasks) == []
    assert tasks[0]["predictions"][0]["score"] == 0.75 and tasks[0]["predictions"][0]["model_version"] == "m@1"


def test_annotation_tasks_validate(tmp_path: Path) -> None:
    write_format(read_documents(GOLD_SAMPLE), tmp_path / "gold.json", "labelstudio")
    assert _problems(json.loads((tmp_path / "gold.json").read_text("utf-8"))) == []


def test_validation_catches_a_label_outside_the_config(tmp_path: Path) -> None:
    write_format(read_documents(GOLD_SAMPLE)[:1], tmp_path / "gold.json", "labelstudio")
    tasks = json.loads((tmp_path / "gold.json").read_text("utf-8"))
    tasks[0]["annotations"][0]["result"][0]["value"]["labels"] = ["LOCATION"]
    assert len(_problems(tasks)) == 1
