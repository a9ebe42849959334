"""The few exception types chronologist raises.  Each message says what went wrong and what to do."""
from __future__ import annotations


class ChronologistError(Exception):
    """Base class: anything the CLI reports as one clear line instead of a traceback."""


class InputError(ChronologistError):
    """One input file (or record) cannot be read; the rest of the work goes on."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        # Worker processes send errors back pickled; the default would call __init__ with one argument.
        return (type(self), (self.path, self.reason))


class StoreError(ChronologistError):
    """The store cannot be opened or written (wrong file, newer schema, read-only, ...)."""


class SetupError(ChronologistError):
    """The installation is incomplete (a model or optional package is missing)."""


class UsageError(ChronologistError):
    """The user asked for something that does not make sense (bad date, unknown format, ...)."""
