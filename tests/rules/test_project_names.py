"""What a project name looks like: a place, a company or an owner's name besides its type words."""

from __future__ import annotations

import pytest

from parkner.rules.project_names import acceptable_project, has_own_name


@pytest.mark.parametrize(
    ("core", "expected"),
    [
        ("天津房地产", True),  # a place
        ("闻泰智能制造一期", True),  # an owner's name, a kind and a phase
        ("沃森全球疫苗研发中心和总部", True),
        ("贝泰妮新中央工厂", True),  # a listed company
        ("可喜安集团科技大厦", True),  # a legal form
        ("东航飞机维修基地", True),  # two characters of name, then a long type
        ("能源", False),
        ("钾肥", False),  # a type word on its own
        ("房地产开发", False),
        ("零碳工厂", False),  # two characters before a bare head
        ("旧城改造", False),  # 旧城 is a town's short name but here the type word
        ("鲁迈拉", False),  # a name that says no kind of project
    ],
)
def test_has_own_name(core: str, expected: bool) -> None:
    assert has_own_name(core) is expected


@pytest.mark.parametrize(
    ("name", "listed", "expected"),
    [
        ("美洋", True, True),
        ("美洋", False, False),
        ("62个", True, False),
        ("生物医药产业", True, False),
        ("示范基地", False, False),
        ("天津房地产项目", False, True),
        ("钾肥项目", False, False),
        ("城中村改造", True, False),  # a listed type of work
        ("宝鸡峡灌区改造", True, True),  # the same work at a named place
        ("深圳大运会", True, False),  # an event
        ("重大项目代办制", True, False),  # a rule
        ("第一个海外钾矿", False, False),  # a description
    ],
)
def test_acceptable_project(name: str, listed: bool, expected: bool) -> None:
    assert acceptable_project(name, listed=listed) is expected
