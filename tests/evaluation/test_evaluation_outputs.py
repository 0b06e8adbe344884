"""evaluate(): input checks, and the JSON, table and HTML renderings of its result."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from parkner.documents import LABELS, Document, Span
from parkner.errors import InputError
from parkner.evaluation import CATEGORIES, SCHEMES, evaluate
from parkner.evaluation.html import LABEL_COLOURS

TEXT = "昆明高新区引进云南锗业<script>alert(1)</script>，投资10亿元。"
GOLD = [Document("a", TEXT, [Span(0, 5, "PARK"), Span(7, 11, "COMPANY"), Span(35, 39, "METRIC")])]
PRED = [Document("a", TEXT, [Span(0, 5, "PARK"), Span(7, 11, "PROJECT"), Span(35, 37, "METRIC"), Span(40, 41, "DATE")])]


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return evaluate(GOLD, {"model-a": PRED, "rules": GOLD}, n_bootstrap=50, seed=0)


def test_missing_prediction_names_the_document() -> None:
    with pytest.raises(InputError, match="no prediction for gold document 'b'"):
        evaluate([*GOLD, Document("b", "华为", [])], {"s": PRED})


def test_prediction_on_another_text_is_rejected() -> None:
    with pytest.raises(InputError, match="text of document 'a' differs"):
        evaluate(GOLD, {"s": [Document("a", TEXT + "。", [])]})


def test_duplicate_gold_ids_and_empty_inputs_are_rejected() -> None:
    with pytest.raises(InputError, match="duplicate gold document id 'a'"):
        evaluate([*GOLD, *GOLD], {"s": PRED})
    with pytest.raises(InputError, match="no gold documents"):
        evaluate([], {"s": PRED})
    with pytest.raises(InputError, match="no system"):
        evaluate(GOLD, {})


def test_extra_predicted_documents_and_unknown_labels_are_left_out(result) -> None:
    system = evaluate(GOLD, {"s": [*PRED, Document("z", "华为", [Span(0, 2, "COMPANY")])]}, n_bootstrap=0).systems["s"]
    assert system.ignored_spans == 1
    assert system["strict"].micro.actual == 3
    assert result.systems["model-a"].ignored_spans == 1


def test_to_dict_schema(result) -> None:
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["n_documents"] == 1 and data["n_gold_spans"] == 3
    assert data["labels"] == list(LABELS) and data["schemes"] == list(SCHEMES)
    assert data["bootstrap"] == {"n": 50, "seed": 0, "confidence": 0.95}
    model = data["systems"]["model-a"]
    assert set(SCHEMES) <= set(model)
    micro = model["strict"]["micro"]
    assert micro["f"] == pytest.approx(1 / 3, abs=1e-4)
    assert {"p", "r", "f", *CATEGORIES, "possible", "actual", "ci"} <= set(micro)
    assert set(micro["ci"]) == {"p", "r", "f"} and len(micro["ci"]["f"]) == 2
    assert model["strict"]["per_label"]["PARK"]["f"] == 1.0
    assert model["strict"]["per_label"]["COMPANY"]["missing"] == 1
    assert set(model["strict"]["per_label"]) == set(LABELS)
    assert model["strict"]["macro"]["labels"] == ["PARK", "COMPANY", "PROJECT", "METRIC"]
    assert model["partial"]["micro"]["partial"] == 1
    missed = model["errors"]["false_negatives"]["COMPANY"][0]
    assert (missed["text"], missed["count"]) == ("云南锗业", 1)
    assert missed["occurrences"][0]["overlapping"] == [{"start": 7, "end": 11, "label": "PROJECT", "text": "云南锗业"}]
    (test,) = data["comparisons"]
    assert (test["a"], test["b"], test["better"], test["metric"]) == ("model-a", "rules", "rules", "strict.micro.f")
    assert 0 <= test["p_value"] <= 1 and test["delta"] == pytest.approx(1 / 3 - 1, abs=1e-4)


def test_table_lists_every_label_for_each_system(result) -> None:
    table = result.table()
    lines = table.splitlines()
    for group in (*LABELS, "micro", "macro"):
        rows = [line for line in lines if line.startswith(group + " ")]
        assert [row.split()[1] for row in rows] == ["model-a", "rules"], group
    micro = next(line for line in lines if line.startswith("micro") and "model-a" in line)
    assert re.search(r"0\.333 \[\d\.\d{3}, \d\.\d{3}\]", micro)
    assert "paired bootstrap" in table and "model-a − rules" in table
    assert "1 predicted spans with other labels" in table


def test_html_is_self_contained_with_charts_highlights_and_errors(result) -> None:
    html = result.to_html()
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?https?:""", html)
    assert html.count("<svg") == 2
    # gold + 2 systems, displaCy marks with the label colours
    assert html.count('<mark class="entity"') == 3 + 3 + 3
    for label in ("PARK", "COMPANY", "PROJECT", "METRIC"):
        assert f"background: {LABEL_COLOURS[label]}" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "False negatives" in html and "云南锗业" in html


def test_f1_chart_is_well_formed_svg_with_one_bar_per_label(result) -> None:
    svg = re.search(r"<svg.*?</svg>", result.to_html(), re.S).group(0)
    root = ET.fromstring(svg)
    bars = root.findall("{http://www.w3.org/2000/svg}rect")
    assert [bar.get("fill") for bar in bars] == [*LABEL_COLOURS.values(), "#c8c8c8"]
    widths = [float(bar.get("width")) for bar in bars]
    assert widths[0] == 240.0 and widths[1] == 0.0  # PARK F1 = 1, COMPANY F1 = 0
