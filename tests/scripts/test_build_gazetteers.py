"""scripts/build_gazetteers.py on tiny lexicons: short forms, common words, regions, cities and generic zones."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteers", ROOT / "scripts" / "build_gazetteers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def lexicons(tmp_path: Path) -> Path:
    files = {
        "admin_provinces.csv": "code,name\n45,广西壮族自治区\n53,云南省\n",
        "admin_cities.csv": "code,name,provinceCode\n5301,昆明市,53\n",
        "admin_areas.csv": (
            "code,name,cityCode,provinceCode\n530126,石林彝族自治县,5301,53\n530129,寻甸回族彝族自治县,5301,53\n"
            "530171,昆明高新技术产业开发区,5301,53\n530172,特色产业园区,5301,53\n"
        ),
        "admin_streets.csv": (
            "code,name,areaCode,provinceCode,cityCode\n530114001,七甸街道,530114,53,5301\n"
            "530114002,化工街道,530114,53,5301\n"
        ),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_autonomous_areas_give_their_short_names(script: ModuleType, lexicons: Path) -> None:
    regions = script.region_names(lexicons)
    assert {"广西", "石林", "寻甸", "昆明", "云南"} <= regions
    assert "七甸" not in regions  # towns are places, not regions


def test_places_add_towns_but_not_common_words(script: ModuleType, lexicons: Path) -> None:
    places = script.place_names(lexicons)
    assert "七甸" in places
    assert "化工" not in places  # 化工街道: as a prefix it would make 向化工园区 a name


def test_cities_are_provinces_and_prefectures(script: ModuleType, lexicons: Path) -> None:
    assert script.region_names(lexicons, script.REGION_FILES[:2]) == {"广西壮族自治区", "广西", "云南省", "云南", "昆明市", "昆明"}


def test_generic_zones_are_left_out_of_the_park_gazetteer(script: ModuleType, lexicons: Path) -> None:
    assert script.park_names(lexicons) == {"昆明高新技术产业开发区", "昆明高新区"}
