"""The compiled core of casemask. Import from ``casemask``, not from here."""

from collections.abc import Iterable
from os import PathLike
from typing import Any, Literal, Union, final

__all__ = ["LABELS", "RedactedItem", "Redaction", "Redactor", "Span", "__version__", "_stream", "_test_panic"]

__version__: str
"""The version of the Rust crate inside the wheel."""

LABELS: tuple[str, ...]
"""Every label name, such as ``"PERSON"`` or ``"NHS_NUMBER"``, in a stable order."""

_Strings = Union[list[str], tuple[str, ...]]
_Operator = Union[str, dict[str, str]]
"""``"tag"`` or ``{"type": "mask", "char": "#"}``; types: tag, numbered, mask, hash, remove,
keep, year_only."""
_KnownPerson = Union[str, dict[str, Any]]
"""``"Jade Morris"`` or ``{"name": "Jade Morris", "aliases": ["Jaydee"]}``."""
_Labelled = dict[str, str]
"""``{"label": "DATE", "value": "2010-02-01"}``."""

@final
class Span:
    """One identifier found in a text.

    ``start`` and ``end`` are ``str`` indices (code points), so ``text[span.start:span.end]``
    is the identifier, also for non-ASCII text. ``repr()`` leaves out the matched text.
    """

    def __new__(cls, start: int, end: int, label: str, score: float, text: str, detector: str) -> Span: ...
    @property
    def start(self) -> int:
        """Index of the first character of the identifier."""
    @property
    def end(self) -> int:
        """Index just past the identifier."""
    @property
    def label(self) -> str:
        """What it is: one of ``casemask.LABELS``, such as ``"PERSON"``."""
    @property
    def score(self) -> float:
        """Confidence from 0.0 to 1.0; spans below ``min_score`` are never returned."""
    @property
    def text(self) -> str:
        """The identifier as it appears in the text."""
    @property
    def detector(self) -> str:
        """Which detector found it, such as ``"nhs_number"``: for audit and debugging."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RedactedItem:
    """A record of one masked span: enough for an audit log that does not keep the original."""

    def __new__(
        cls,
        label: str,
        input: tuple[int, int],
        output: tuple[int, int],
        replacement: str,
        score: float,
        detector: str,
    ) -> RedactedItem: ...
    @property
    def label(self) -> str:
        """What kind of identifier was masked."""
    @property
    def input(self) -> tuple[int, int]:
        """``(start, end)`` ``str`` indices of the identifier in the input text."""
    @property
    def output(self) -> tuple[int, int]:
        """``(start, end)`` ``str`` indices of the replacement in the redacted text."""
    @property
    def replacement(self) -> str:
        """The text that replaced the identifier (empty for ``remove``)."""
    @property
    def score(self) -> float:
        """The span's score."""
    @property
    def detector(self) -> str:
        """The detector that found it."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Redaction:
    """The result of :meth:`Redactor.redact_detailed`."""

    def __new__(cls, text: str, items: list[RedactedItem]) -> Redaction: ...
    @property
    def text(self) -> str:
        """The redacted text."""
    @property
    def items(self) -> list[RedactedItem]:
        """One item per masked span, in text order (a new list on each access)."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Redactor:
    """A compiled redaction pipeline.

    Build it once: building compiles patterns and loads word lists. It is immutable and
    thread-safe, its methods release the GIL, and it pickles as its configuration (so it can be
    sent to multiprocessing workers; the pickle holds any hash key, so treat it as a secret).

    The keyword arguments are the configuration keys, one to one, with the same meaning as in
    the JSON configuration; ``None`` means the default. An unknown keyword or a bad value raises
    :class:`casemask.ConfigError` naming the key.

    >>> r = Redactor(known_people=["Jade Morris"], operators={"PERSON": {"type": "numbered"}})
    >>> r.redact("Jade Morris met Mr Smith. Jade left.")
    '[PERSON-1] met [PERSON-2]. [PERSON-1] left.'
    """

    def __new__(
        cls,
        *,
        entities: _Strings | None = None,
        known_people: list[_KnownPerson] | tuple[_KnownPerson, ...] | None = None,
        known_values: list[_Labelled] | tuple[_Labelled, ...] | None = None,
        case_number_patterns: _Strings | None = None,
        allow: _Strings | None = None,
        deny: list[str | _Labelled] | tuple[str | _Labelled, ...] | None = None,
        operators: dict[str, _Operator] | None = None,
        date_order: Literal["dmy", "mdy"] | None = None,
        min_score: float | None = None,
    ) -> Redactor: ...
    @classmethod
    def from_json(cls, json: str) -> Redactor:
        """Builds a redactor from the JSON configuration shared with Rust and C (``""`` means
        the defaults). Raises :class:`casemask.ConfigError`."""
    def to_json(self) -> str:
        """The configuration as JSON that :meth:`from_json` reads back unchanged. It includes
        known people and hash keys: treat it as a secret."""
    def find(self, text: str) -> list[Span]:
        """Finds identifiers: spans sorted by start, not overlapping, with ``str`` offsets."""
    def redact(self, text: str) -> str:
        """Masks every identifier found with the configured operators."""
    def redact_detailed(self, text: str) -> Redaction:
        """Masks every identifier and reports, for each, its label, input and output ranges and
        replacement."""
    def find_batch(self, texts: Iterable[str]) -> list[list[Span]]:
        """:meth:`find` on many texts in parallel (GIL released); results in input order."""
    def redact_batch(self, texts: Iterable[str]) -> list[str]:
        """:meth:`redact` on many texts in parallel (GIL released); results in input order."""
    def redact_detailed_batch(self, texts: Iterable[str]) -> list[Redaction]:
        """:meth:`redact_detailed` on many texts in parallel; results in input order."""
    def __copy__(self) -> Redactor:
        """The redactor itself: it is immutable."""
    def __deepcopy__(self, memo: Any, /) -> Redactor:
        """The redactor itself: it is immutable."""
    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickles as ``(Redactor.from_json, (config_json,))``."""

def _stream(
    redactor: Redactor,
    input: str | PathLike[str] | None,
    output: str | PathLike[str] | None,
    format: str,
    find: bool = False,
    json: bool = False,
    columns: list[str] | None = None,
    progress: bool = False,
    chunk_bytes: int | None = None,
) -> dict[str, Any]:
    """The engine of the command line: streams a file (or stdin, for ``None``) to a file (or
    stdout), redacting in parallel in Rust. Returns ``{"records", "lines", "bytes", "counts"}``.
    Raises :class:`casemask.InputError` with a line and column for malformed input.
    ``chunk_bytes`` overrides the read size (4 MiB), for tests of chunk boundaries."""


def _test_panic(message: str) -> None:
    """For casemask's own tests: panics inside the extension with ``message``, which must not
    reach Python; raises :class:`casemask.CasemaskError` with a generic message instead."""
