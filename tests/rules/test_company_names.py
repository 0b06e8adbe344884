"""What a company name looks like: specific short names, legal forms, whole Latin names."""

from __future__ import annotations

import pytest

from parkner.rules.company_names import acceptable_name, is_company_name, is_short_name, whole_latin


@pytest.mark.parametrize(
    ("name", "expected"),
    [("云南锗业", True), ("好医生医药集团", True), ("贝泰妮", True), ("学习运用", False), ("中科", False), ("该公司", False)],
)
def test_is_company_name(name: str, expected: bool) -> None:
    assert is_company_name(name) is expected


@pytest.mark.parametrize(
    "core", ["云南省首家国有专业招商", "该", "重点", "昆明日报", "昆明高新区管委会", "医学生物研究所"]
)
def test_acceptable_name_rejects_descriptions_bodies_and_media(core: str) -> None:
    assert not acceptable_name(core)


def test_acceptable_name_accepts_short_names() -> None:
    assert acceptable_name("云南锗业") and acceptable_name("贝泰妮")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("苹果", True), ("海尔", True), ("中粮集团", True), ("云南锗业", True), ("上海", False), ("酒店", False),
     ("上市公司", False), ("跨国公司", False), ("子公司", False), ("合资公司", False), ("啤酒", False), ("一些钢厂", False)],
)
def test_is_short_name(name: str, expected: bool) -> None:
    assert is_short_name(name) is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [("VariSystems Corp.", 12, 17, False), ("VariSystems Corp.", 0, 17, True), ("Top Glory Australia副总", 10, 19, False),
     ("收购AMD公司", 2, 5, True), ("AMDX", 0, 3, False)],
)
def test_whole_latin(text: str, start: int, end: int, expected: bool) -> None:
    assert whole_latin(text, start, end) is expected
