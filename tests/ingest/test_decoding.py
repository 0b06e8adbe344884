"""Bytes → text: encodings are detected, and what is not text is refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from parkner.errors import InputError
from parkner.ingest.decoding import decode

SIMPLIFIED = (
    "昆明高新区2023年实现规模以上工业总产值985亿元，同比增长18.3%。园区企业达2785户，从业人员41万余人。\n"
    "云南锗业、贵研铂业等企业加快发展，全力推进项目建设。"
)
TRADITIONAL = (
    "昆明高新區2023年實現規模以上工業總產值985億元，同比增長18.3%。園區企業達2785戶，從業人員41萬余人。\n"
    "雲南鍺業、貴研鉑業等企業加快發展，全力推進項目建設。"
)


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
    ],
)
def test_legacy_chinese_encodings_decode_to_the_right_text(text: str, encoding: str, detected: str) -> None:
    decoded, name = decode(text.encode(encoding), "news.txt")
    assert decoded == text
    assert name == detected


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED.encode("utf-16"), "utf-16"),
        (TRADITIONAL.encode("utf-32"), "utf-32"),
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
    ],
)
def test_utf_with_and_without_byte_order_marks(data: bytes, encoding: str) -> None:
    decoded, name = decode(data, "news.txt")
    assert decoded.lstrip("\ufeff") in (SIMPLIFIED, TRADITIONAL)
    assert not decoded.startswith("\ufeff")
    assert name == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file"),
        (b"plain ascii\x00with a NUL", "binary file"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "invalid utf-8-sig after its byte-order mark"),
    ],
)
def test_non_text_is_refused_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        decode(data, "bad/input.bin")
    assert caught.value.path == "bad/input.bin"
    assert str(caught.value).startswith("bad/input.bin: ")


def test_random_bytes_are_undecodable() -> None:
    noise = bytes((i * 167 + 91) % 256 for i in range(4096)).replace(b"\x00", b"\x01")
    with pytest.raises(InputError, match="undecodable: not UTF-8"):
        decode(b"\x81" + noise, "noise.dat")
