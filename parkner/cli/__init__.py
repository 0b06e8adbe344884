"""``parkner`` command line: a thin typer layer over the importable functions.

Each sub-module registers its commands on :data:`app`; :func:`main` turns every
:class:`~parkner.errors.ParknerError` into one clear line on stderr and exit 1.
"""

from __future__ import annotations

import sys

from ..errors import ParknerError
from . import assemble, convert, evaluate, gold, ingest, label, predict, rules, tasks, train  # noqa: F401  (register commands)
from ._app import app, echo_error

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except ParknerError as error:
        echo_error(str(error))
        sys.exit(1)
