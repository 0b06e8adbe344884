"""Strict error analysis: context, grouping by label and frequency, overlapping counterparts."""

from __future__ import annotations

from parkner.documents import Document, Span
from parkner.evaluation.errors import error_report

TEXT = "今年" + "昆明高新区和云南锗业签约" * 3 + "。这是一段很长很长的结尾文字，超过二十个字符的上下文不会出现。"


def _doc(doc_id: str, spans: list[Span]) -> Document:
    return Document(doc_id, TEXT, spans)


def test_false_negatives_and_positives_grouped_most_frequent_first() -> None:
    park = [Span(2 + 12 * k, 7 + 12 * k, "PARK") for k in range(3)]
    company = [Span(8 + 12 * k, 12 + 12 * k, "COMPANY") for k in range(3)]
    gold = [_doc("a", [*park, *company])]
    # Misses all parks; two companies cut short (FP + FN each), one right; one spurious METRIC.
    pred = [_doc("a", [Span(8, 11, "COMPANY"), Span(20, 23, "COMPANY"), company[2], Span(0, 2, "METRIC")])]
    report = error_report(gold, pred)

    (park_group,) = report.false_negatives["PARK"]
    assert (park_group.text, park_group.count) == ("昆明高新区", 3)
    (company_missed,) = report.false_negatives["COMPANY"]
    assert (company_missed.text, company_missed.count) == ("云南锗业", 2)
    assert [g.text for g in report.false_positives["COMPANY"]] == ["云南锗"]
    assert report.false_positives["COMPANY"][0].count == 2
    assert [g.text for g in report.false_positives["METRIC"]] == ["今年"]
    assert report.false_negatives["METRIC"] == [] and report.false_positives["PARK"] == []

    first = company_missed.occurrences[0]
    assert (first.doc_id, first.span.start, first.left, first.right) == ("a", 8, "今年昆明高新区和", "签约昆明高新区和云南锗业签约昆明高新区和")
    assert len(first.right) == 20
    assert [(span.start, span.end, span.label, text) for span, text in first.overlapping] == [(8, 11, "COMPANY", "云南锗")]
    assert park_group.occurrences[0].overlapping == ()


def test_groups_sort_by_count_then_text_across_documents() -> None:
    gold = [_doc("a", [Span(2, 7, "PARK")]), _doc("b", [Span(14, 19, "PARK"), Span(2, 4, "PARK")])]
    pred = [_doc("a", []), _doc("b", [])]
    groups = error_report(gold, pred).false_negatives["PARK"]
    assert [(g.text, g.count) for g in groups] == [("昆明高新区", 2), ("昆明", 1)]
    assert [o.doc_id for o in groups[0].occurrences] == ["a", "b"]
