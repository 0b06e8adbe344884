"""Raw files → clean documents with exact offset maps (see :func:`ingest_paths`)."""

from .pipeline import IngestReport, Skipped, ingest_paths, ingest_text

__all__ = ["IngestReport", "Skipped", "ingest_paths", "ingest_text"]
