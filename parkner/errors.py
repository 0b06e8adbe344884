"""Exceptions that name the file and line a user has to fix.

Library code raises these; only the CLI turns them into messages and exit codes.
"""

from __future__ import annotations

from pathlib import Path


class ParknerError(Exception):
    """Base class of every error parkner raises on purpose."""


class InputError(ParknerError):
    """Bad user input, located by file and (1-based) line when known."""

    def __init__(self, reason: str, path: str | Path | None = None, line: int | None = None):
        self.reason = reason
        self.path = str(path) if path is not None else None
        self.line = line
        if self.path is None:
            super().__init__(reason)
            return
        location = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{location}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str | None, int | None]]:
        """Pickle by arguments, so an error raised in a worker process arrives intact."""
        return type(self), (self.reason, self.path, self.line)


class ModelNotFoundError(ParknerError):
    """A model path that does not hold a saved spaCy pipeline."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        super().__init__(
            f"{path}: no trained pipeline here (expected a directory with config.cfg and "
            "meta.json); train one with `parkner train` or `make run`"
        )

    def __reduce__(self) -> tuple[type, tuple[str]]:
        return type(self), (self.path,)
