"""The exceptions casemask raises.

They live in Python rather than in the compiled module so that ``ConfigError`` can inherit from
both ``CasemaskError`` and ``ValueError``. Messages never contain the text being redacted or the
configured values (names of known people, hash keys).
"""

from __future__ import annotations

from typing import Any, Optional, Tuple

__all__ = ["CasemaskError", "ConfigError", "InputError"]


class CasemaskError(Exception):
    """Base class of every error casemask raises."""

    __module__ = "casemask"


class ConfigError(CasemaskError, ValueError):
    """A configuration that is invalid.

    ``key`` names the configuration key at fault, as a path such as ``"min_score"``,
    ``"operators.PERSON.key"`` or ``"case_number_patterns[2]"``; it is ``None`` when the JSON
    itself does not parse.
    """

    __module__ = "casemask"

    def __init__(self, message: str, key: Optional[str] = None) -> None:
        super().__init__(message)
        self.key = key

    def __reduce__(self) -> Tuple[Any, ...]:
        return (type(self), (str(self.args[0]), self.key))


class InputError(CasemaskError, ValueError):
    """Input that cannot be read: malformed CSV or JSON, invalid UTF-8, a missing column.

    ``line`` and ``column`` (both from 1, ``column`` in characters) say where, when known. The
    message never contains the input itself.
    """

    __module__ = "casemask"

    def __init__(self, reason: str, line: Optional[int] = None, column: Optional[int] = None) -> None:
        super().__init__(reason, line, column)
        self.reason = reason
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.line is None:
            return self.reason
        if self.column is None:
            return f"line {self.line}: {self.reason}"
        return f"line {self.line}, column {self.column}: {self.reason}"
