"""Training pools: paragraphs of labelled documents as spaCy DocBins, with duplicates and gold held out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.model_selection import train_test_split
from spacy.language import Language
from spacy.tokens import DocBin

from ..documents import Document, Span, paragraph_ranges, read_documents
from ..standoff import is_standoff, standoff_excerpts


@dataclass(frozen=True)
class HeldOut:
    """Gold text that never enters a training pool: whole documents by id, and stand-off excerpts by range."""

    ids: frozenset[str] = frozenset()
    excerpts: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> HeldOut:
        """The documents of gold files and the excerpts of stand-off gold files (no corpus needed)."""
        ids: set[str] = set()
        excerpts: dict[str, list[tuple[int, int]]] = {}
        for path in paths:
            if is_standoff(path):
                for document_id, ranges in standoff_excerpts(path).items():
                    excerpts.setdefault(document_id, []).extend(ranges)
            else:
                ids |= {document.id for document in read_documents(path)}
        return cls(frozenset(ids), excerpts)

    def covers(self, document_id: str, start: int, end: int) -> bool:
        """Whether the paragraph ``[start, end)`` of a document overlaps a held-out excerpt."""
        return any(start < stop and begin < end for begin, stop in self.excerpts.get(document_id, ()))


@dataclass
class CorpusStats:
    """What went into the training pool, and what was held out or could not be aligned."""

    documents: int = 0
    held_out_documents: list[str] = field(default_factory=list)
    held_out_paragraphs: int = 0
    duplicate_documents: int = 0
    paragraphs: int = 0
    repeated_paragraphs: int = 0
    entities: int = 0
    misaligned_entities: int = 0
    train_paragraphs: int = 0
    dev_paragraphs: int = 0
    hashes: dict[str, str] = field(default_factory=dict)


def training_examples(
    documents: Iterable[Document], held_out: HeldOut, stats: CorpusStats
) -> list[tuple[str, list[Span]]]:
    """Paragraph-level ``(text, spans)`` examples; held-out gold, duplicate documents and repeated paragraphs are left out."""
    seen: set[str] = set()
    examples: list[tuple[str, list[Span]]] = []
    for document in documents:
        stats.documents += 1
        if document.id in held_out.ids:
            stats.held_out_documents.append(document.id)
            continue
        if "duplicate_of" in document.meta:
            stats.duplicate_documents += 1
            continue
        inside = 0
        for start, end in paragraph_ranges(document.text):
            paragraph = document.text[start:end]
            spans = [Span(s.start - start, s.end - start, s.label) for s in document.spans if start <= s.start and s.end <= end]
            inside += len(spans)
            if held_out.covers(document.id, start, end):
                stats.held_out_paragraphs += 1
                continue
            key = hashlib.blake2b(paragraph.encode(), digest_size=16).hexdigest()
            if key in seen:
                stats.repeated_paragraphs += 1
                continue
            seen.add(key)
            examples.append((paragraph, spans))
        stats.misaligned_entities += len(document.spans) - inside  # spans across a line break
    stats.paragraphs = len(examples)
    return examples


def to_docbin(nlp: Language, examples: Sequence[tuple[str, list[Span]]], stats: CorpusStats) -> DocBin:
    """Tokenise with the pipeline's tokenizer and set entities; misaligned spans are counted, not hidden."""
    docbin = DocBin(store_user_data=False)
    for text, spans in examples:
        doc = nlp.make_doc(text)
        entities = []
        for span in spans:
            entity = doc.char_span(span.start, span.end, label=span.label)
            if entity is None:
                stats.misaligned_entities += 1
            else:
                entities.append(entity)
        doc.ents = entities
        stats.entities += len(entities)
        docbin.add(doc)
    return docbin


def build_corpora(
    nlp: Language,
    documents: Iterable[Document],
    output_dir: Path,
    *,
    held_out: HeldOut,
    dev_fraction: float = 0.1,
    seed: int = 0,
) -> tuple[Path, Path, CorpusStats]:
    """Write ``train.spacy`` and a weak-label ``dev.spacy`` (for early stopping) under ``output_dir``."""
    stats = CorpusStats()
    examples = training_examples(documents, held_out, stats)
    if len(examples) < 2:
        raise ValueError("the training pool holds fewer than two paragraphs; label a larger corpus")
    train_examples, dev_examples = train_test_split(examples, test_size=dev_fraction, random_state=seed)
    stats.train_paragraphs, stats.dev_paragraphs = len(train_examples), len(dev_examples)
    output_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, subset in (("train", train_examples), ("dev", dev_examples)):
        path = output_dir / f"{name}.spacy"
        to_docbin(nlp, subset, stats).to_disk(path)
        stats.hashes[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        paths.append(path)
    return paths[0], paths[1], stats
