"""Bytes → text: encodings are detected (BOM, strict UTF-8, then charset detection), never assumed."""

from __future__ import annotations

import codecs

import charset_normalizer

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings real Chinese news arrives in besides UTF-8; GB18030 is a superset of GBK and GB2312.
_CHINESE_ENCODINGS = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32"]
#: File signatures of formats that are certainly not text.
_BINARY_SIGNATURES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`InputError` for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError("empty file", path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(f"undecodable: invalid {encoding} after its byte-order mark", path) from error
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data[:8192]:
        raise InputError("binary file, not text", path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    if guess is None or guess.chaos > 0.3:
        raise InputError("undecodable: not UTF-8, GB18030/GBK or Big5 text", path)
    return str(guess), guess.encoding
