"""JSON bodies decoded with orjson when it is installed, else with the standard library.

``pip install "jcapiv2[fast]"`` (or the root ``jcapi[fast]``) adds orjson, which decodes
JumpCloud's list answers ~2-3x faster than ``json`` (docs/benchmarks.md: it was a third of a
100-user call's own time). Nothing else changes: a body orjson refuses (UTF-16, ``NaN``, anything else the standard
library reads) is decoded again by ``json``,
so both decoders accept what ``json`` accepts, and a body neither can read raises the standard
library's ``ValueError``. One difference is left: orjson reads an integer beyond 64 bits as a float
(``json`` keeps it exact); no JumpCloud answer carries one (counts, sizes and Unix ids are far
smaller, ids are strings). Hand-written because it is two lines of policy around two
libraries, not a feature any library offers.

Example::

    from jcapiv2 import decoding

    decoding.loads(b'{"results": []}')   # {'results': []}
    decoding.decoder()                   # 'orjson' or 'json'
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["decoder", "json_body", "loads"]

try:
    import orjson as _orjson
except ImportError:  # the optional [fast] extra is not installed
    _orjson = None  # type: ignore[assignment]

_fast: Any = _orjson.loads if _orjson is not None else None
_fast_error: type[Exception] = _orjson.JSONDecodeError if _orjson is not None else ValueError


def decoder() -> str:
    """Which decoder reads bodies: ``"orjson"`` or ``"json"``."""
    return "json" if _fast is None else "orjson"


def loads(data: bytes | str) -> Any:
    """Decode one JSON document as ``json.loads`` would, with orjson's speed when it can."""
    if _fast is not None:
        try:
            return _fast(data)
        except _fast_error:
            pass  # the standard library reads a few things orjson refuses, and words the error
    return json.loads(data)


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of ``response`` (what generated operations parse their models from)."""
    return loads(response.content)
