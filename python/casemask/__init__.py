"""casemask: find and mask the identifiers of service users in UK social-care case records.

>>> import casemask
>>> casemask.redact("Jade Morris (DOB 01/02/2010) rang 07700 900123.")
'[PERSON] (DOB [DATE]) rang [PHONE].'

Build a :class:`Redactor` once and reuse it: it is immutable, thread-safe and picklable, and its
methods release the GIL. Offsets are ``str`` indices. The command line is ``casemask --help``.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any

from ._errors import CasemaskError, ConfigError, InputError
from ._casemask import LABELS, RedactedItem, Redaction, Redactor, Span, __version__

__all__ = [
    "LABELS",
    "CasemaskError",
    "ConfigError",
    "InputError",
    "RedactedItem",
    "Redaction",
    "Redactor",
    "Span",
    "__version__",
    "redact",
]


_CACHE: "OrderedDict[str, Redactor]" = OrderedDict()
_CACHE_SIZE = 8
_CACHE_LOCK = threading.Lock()


def redact(text: str, **config: Any) -> str:
    """Redacts one text with a redactor built from ``config`` (the same keywords as
    :class:`Redactor`).

    The last few configurations are cached, so calling this in a loop does not rebuild the
    redactor each time; for heavy use, build a :class:`Redactor` and call its batch methods.
    """
    try:
        key = json.dumps(config, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        # Not plain JSON data: no cache, and Redactor reports the problem.
        return Redactor(**config).redact(text)
    with _CACHE_LOCK:
        redactor = _CACHE.get(key)
        if redactor is not None:
            _CACHE.move_to_end(key)
    if redactor is None:
        redactor = Redactor(**config)
        with _CACHE_LOCK:
            _CACHE[key] = redactor
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return redactor.redact(text)
