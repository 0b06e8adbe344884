"""``labelstudio``: a Label Studio JSON task list (import format; the "JSON" export reads back).

Each task: ``data`` = ``{"text", "id", <meta fields>, "offsets"?}``; spans are ``labels`` results
``{"id", "from_name": "label", "to_name": "text", "type": "labels", "value": {"start", "end",
"text", "labels": [L]}, "score"?}`` inside ``annotations[]`` (gold) or ``predictions[]``
(pre-annotations, with ``model_version``). Offsets are Unicode code points, as Label Studio
stores them; ``value.text`` is checked against them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from statistics import fmean
from typing import Any, Literal

from ..documents import Document, Span
from ..errors import InputError
from .base import RawSpan, ReadReport, build_document, flatten_meta, offsets_field, split_meta

Source = Literal["annotations", "predictions"]
RESERVED = ("text", "id", "offsets")
FROM_NAME, TO_NAME = "label", "text"

#: The labelling configuration these tasks are written for (paste into the project settings).
LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="PARK"/>
    <Label value="COMPANY"/>
    <Label value="PROJECT"/>
    <Label value="METRIC"/>
  </Labels>
  <Text name="text" value="$text" granularity="symbol"/>
</View>"""


def read_labelstudio(
    path: str | Path, *, report: ReadReport | None = None, source: Source = "annotations"
) -> list[Document]:
    """Documents from the most recent non-cancelled annotation of each task (or its latest prediction)."""
    if source not in ("annotations", "predictions"):
        raise InputError(f"unknown source {source!r} (expected annotations or predictions)")
    tasks = _load(path)
    documents = []
    for index, task in enumerate(tasks, start=1):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(f"task {index}: expected an object with 'data.text'", path, index)
        doc_id = str(data.get("id", task.get("id", f"task-{index}")))
        chosen = _latest(task.get(source) or [], source, path, index)
        if chosen is None:
            if report is not None:
                report.skip(f"task {index} [{doc_id}]: no {_noun(source)}, skipped", path, index)
            continue
        spans = _result_spans(chosen, doc_id, index, path, report)
        meta = split_meta(data, RESERVED)
        documents.append(build_document(doc_id, data["text"], spans, meta, path, index, data.get("offsets")))
    return documents


def _load(path: str | Path) -> list[Any]:
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise InputError(f"cannot open: {error.strerror}", path) from error
    except json.JSONDecodeError as error:
        raise InputError(f"malformed JSON ({error.msg} at line {error.lineno} column {error.colno})", path) from error
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise InputError("expected a JSON list of tasks", path)
    return tasks


def _noun(source: Source) -> str:
    return "completed annotation" if source == "annotations" else "prediction"


def _latest(items: list[Any], source: Source, path: str | Path, index: int) -> dict[str, Any] | None:
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise InputError(f"task {index}: '{source}' must be a list of objects", path, index)
    usable = [(position, item) for position, item in enumerate(items) if not item.get("was_cancelled")]
    if not usable:
        return None
    # ISO timestamps sort chronologically; list position breaks ties and covers their absence.
    return max(usable, key=lambda pair: (str(pair[1].get("updated_at") or pair[1].get("created_at") or ""), pair[0]))[1]


def _result_spans(
    chosen: dict[str, Any], doc_id: str, index: int, path: str | Path, report: ReadReport | None
) -> list[RawSpan]:
    result = chosen.get("result") or []
    if not isinstance(result, list):
        raise InputError(f"task {index} [{doc_id}]: 'result' must be a list", path, index)
    spans = []
    for region in result:
        if not isinstance(region, dict) or region.get("type") != "labels":
            if report is not None:
                kind = region.get("type") if isinstance(region, dict) else type(region).__name__
                report.skip(f"task {index} [{doc_id}]: result of type {kind!r} is not a span, ignored", path, index)
            continue
        value = region.get("value")
        if not isinstance(value, dict) or not isinstance(value.get("labels"), list) or len(value["labels"]) != 1:
            raise InputError(
                f"task {index} [{doc_id}]: region {region.get('id')!r} needs exactly one label", path, index
            )
        score = region.get("score")
        spans.append(
            RawSpan(
                value.get("start"),
                value.get("end"),
                value["labels"][0],
                value.get("text"),
                float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
            )
        )
    return spans


def write_labelstudio(
    documents: Iterable[Document], path: str | Path, *, predictions: bool = False, model_version: str | None = None
) -> int:
    """Write a task list: spans as ``annotations`` (gold), or as ``predictions`` for pre-annotation."""
    tasks = [_task(document, predictions, model_version) for document in documents]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(tasks)


def _task(document: Document, predictions: bool, model_version: str | None) -> dict[str, Any]:
    data = {"text": document.text, "id": document.id, **flatten_meta(document, RESERVED)}
    if document.offsets is not None:
        data["offsets"] = offsets_field(document)
    spans = sorted(document.spans)
    result = [_region(number, span, document.text) for number, span in enumerate(spans, start=1)]
    if not predictions:
        return {"data": data, "annotations": [{"result": result}]}
    prediction: dict[str, Any] = {"model_version": model_version or "parkner", "result": result}
    scores = [span.score for span in spans if span.score is not None]
    if scores:
        prediction["score"] = round(fmean(scores), 4)
    return {"data": data, "predictions": [prediction]}


def _region(number: int, span: Span, text: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "id": f"s{number}",
        "from_name": FROM_NAME,
        "to_name": TO_NAME,
        "type": "labels",
        "value": {"start": span.start, "end": span.end, "text": text[span.start : span.end], "labels": [span.label]},
    }
    if span.score is not None:
        region["score"] = round(span.score, 4)
    return region
