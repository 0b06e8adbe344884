"""Self-contained HTML report: summary, per-label F1 charts (inline SVG), errors, highlighted documents."""

from __future__ import annotations

from html import escape

from jinja2 import Environment, PackageLoader
from markupsafe import Markup
from spacy import displacy

from ..documents import LABELS, Document
from .result import EvaluationResult, SystemResult

#: One colour per label, shared by the highlighted documents, the charts and the error lists.
LABEL_COLOURS: dict[str, str] = {"PARK": "#8ee6a4", "COMPANY": "#9cc9ff", "PROJECT": "#ffc46b", "METRIC": "#e3a8f0"}
_MICRO_COLOUR = "#c8c8c8"
_CHART = {"label_width": 80, "bar_width": 240, "row_height": 24, "bar_height": 16, "value_width": 48}


def render_html(result: EvaluationResult) -> str:
    """The whole report as one HTML page with no external resources."""
    environment = Environment(
        loader=PackageLoader("parkner", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    template = environment.get_template("evaluation.html.j2")
    return template.render(
        result=result,
        labels=LABELS,
        groups=(*LABELS, "micro", "macro"),
        colours=LABEL_COLOURS,
        charts={name: Markup(f1_chart(system)) for name, system in result.systems.items()},
        documents=[
            {
                "id": truth.id,
                "renders": [("gold", Markup(highlight(truth)))]
                + [(name, Markup(highlight(documents[index]))) for name, documents in result.predictions.items()],
            }
            for index, truth in enumerate(result.gold)
        ],
    )


def highlight(document: Document) -> str:
    """The document text with its entities marked by spaCy's displaCy (manual mode)."""
    entities = [{"start": s.start, "end": s.end, "label": s.label} for s in sorted(document.spans)]
    return str(
        displacy.render(
            {"text": document.text, "ents": entities, "title": None},
            style="ent",
            manual=True,
            page=False,
            jupyter=False,
            options={"ents": list(LABELS), "colors": LABEL_COLOURS},
        )
    )


def f1_chart(system: SystemResult) -> str:
    """Horizontal bars of strict F1 per label (and micro), with confidence-interval whiskers."""
    strict = system["strict"]
    rows = [(label, strict.per_label[label], LABEL_COLOURS[label]) for label in LABELS]
    rows.append(("micro", strict.micro, _MICRO_COLOUR))
    x0, scale, step, bar = _CHART["label_width"], _CHART["bar_width"], _CHART["row_height"], _CHART["bar_height"]
    width = x0 + scale + _CHART["value_width"]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{step * len(rows) + 4}" role="img" '
        f'aria-label="strict F1 per label: {escape(system.name)}" font-family="sans-serif" font-size="12">'
    ]
    for index, (label, score, colour) in enumerate(rows):
        top = index * step + 4
        middle = top + bar / 2
        parts.append(f'<text x="0" y="{middle + 4}">{label}</text>')
        parts.append(f'<rect x="{x0}" y="{top}" width="{score.f * scale:.1f}" height="{bar}" fill="{colour}"/>')
        end = score.f
        if score.ci is not None and score.ci["f"].defined:
            low, high = score.ci["f"].low, score.ci["f"].high
            parts.append(
                f'<line x1="{x0 + low * scale:.1f}" x2="{x0 + high * scale:.1f}" y1="{middle}" y2="{middle}" '
                'stroke="#333" stroke-width="1.5"/>'
            )
            end = max(end, high)
        parts.append(f'<text x="{x0 + end * scale + 4:.1f}" y="{middle + 4}">{score.f:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)
