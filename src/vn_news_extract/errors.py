"""One error base class; the CLI turns any of these into a one-line message and a non-zero exit."""

from __future__ import annotations


class VnNewsError(Exception):
    """Base class of every error a user can cause; ``str(err)`` is the one-line message."""

    exit_code = 2
    stage = "input"


class InputError(VnNewsError):
    """A missing, unreadable, empty or unsupported input."""


class DecodeError(VnNewsError):
    """Bytes that cannot be turned into honest text."""

    stage = "decode"


class ExtractionError(VnNewsError):
    """The pipeline failed on a document."""

    exit_code = 3
    stage = "extract"


class SchemaError(VnNewsError):
    """A record that does not validate against the JSON Schema (a bug, reported clearly)."""

    exit_code = 4
    stage = "record"


class GoldError(VnNewsError):
    """A gold annotation file that cannot be read."""
