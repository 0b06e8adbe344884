"""Build parkner's gazetteers from the public lexicons in ../shared/data/lexicons.

Names are facts: this script derives them (with short forms) and writes one
name per line under parkner/data/gazetteers/, each file headed by its
provenance. Run it again when the lexicons change; review the diff.

    python scripts/build_gazetteers.py [--lexicons ../shared/data/lexicons]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

PACKAGE_DATA = Path(__file__).resolve().parents[1] / "parkner" / "data" / "gazetteers"
PARK_HEAD = re.compile(
    r"(高新技术产业开发区|经济技术开发区|经济开发区|技术开发区|产业开发区|开发区|综合保税区|保税区|保税港区"
    r"|自由贸易试验区|经济合作区|合作区|产业园区|工业园区|工业园|产业园|物流园区|科技园区|软件园|新区|高新区|经开区|工业区)$"
)
SHORT_FORMS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"), ("综合保税区", "综保区"))
#: The 55 minority nationalities (and 各族) as written in autonomous-area names (石林彝族自治县 → 石林, 广西壮族自治区 → 广西).
ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇"
    "|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京"
    "|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
ADMIN_SUFFIX = re.compile(
    rf"((?:(?:{ETHNIC})族)+自治[州县旗区]|特别行政区|自治区|自治州|自治县|地区|林区|盟|省|市|县|区|旗)$"
)
TOWN_SUFFIX = re.compile(r"(街道办事处|街道|镇|乡)$")
MIN_PLACE_LENGTH = 2
#: Short forms that are words of park names or common nouns, not places.
NOT_PLACES = {"高新", "经开", "开发", "新区", "工业", "产业", "经济", "技术", "科技", "城区", "郊区", "矿区", "市中", "城关",
              "中心", "新城", "开发区", "园区", "工业园", "农场", "林场", "牧场", "社区", "管理", "示范", "保税", "港区"}
#: Town short forms (化工 from 化工街道, 建设 from 建设镇) that are common words of economic news: as place
#: prefixes they turn phrases into names (向化工园区, 新建淤地坝, 旧城改造项目).
COMMON_WORDS = {"化工", "向化", "发展", "建设", "工程", "新建", "旧城", "城中", "铁矿", "新立", "创新", "大陆", "合作", "计划",
                "民生", "口岸", "学院", "广场", "机场", "码头", "火车站", "铁路", "招商", "联合", "联盟", "航空", "重工", "纺织",
                "电力", "青年", "龙头", "新厂", "陆港", "工业区", "工业园区", "交通", "先进", "前进", "安全", "市场", "文化",
                "新兴", "振兴", "繁荣", "健康", "科技园", "煤矿", "电厂", "车站", "港口", "团结", "幸福", "和谐", "新村", "新街",
                "通道", "资源"}
#: Zone names whose words before the head are an industry or a description, not a place or proper name
#: (特色产业园区, 新材料产业园, 高新技术开发区): generic, as the annotation guidelines say of bare heads.
GENERIC_ZONE_WORDS = re.compile(
    r"(?:特色|现代|新型|高新技术|高新|新技术|高端|生物|医药|中药|科技|农业|农机|化学|新材料|新能源|功能材料|再生资源|环保"
    r"|电子信息|汽车|装备制造|轴承|轻工|食品|铝业|核电|石材|城市|东部|西部|南部|北部|郊区|高铁|开发区|沿海)+"
)


def read_names(path: Path, column: str = "name") -> list[str]:
    with path.open(encoding="utf-8-sig") as handle:
        return [row[column].strip() for row in csv.DictReader(handle)]


REGION_FILES = ("admin_provinces.csv", "admin_cities.csv", "admin_areas.csv")


def region_names(lexicons: Path, files: tuple[str, ...] = REGION_FILES) -> set[str]:
    """Administrative regions in ``files`` (provinces, prefecture-level cities, counties), full and short forms."""
    names: set[str] = set()
    for file in files:
        for name in read_names(lexicons / file):
            if PARK_HEAD.search(name) or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            names.add(name)
            short = ADMIN_SUFFIX.sub("", name)
            if len(short) >= MIN_PLACE_LENGTH:
                names.add(short)
    return names - NOT_PLACES - COMMON_WORDS


def place_names(lexicons: Path) -> set[str]:
    """Regions (:func:`region_names`) and towns (short forms: 七甸 from 七甸街道)."""
    names = region_names(lexicons)
    with (lexicons / "admin_streets.csv").open(encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle):
            short = TOWN_SUFFIX.sub("", row["name"].strip())
            if short != row["name"].strip() and len(short) >= MIN_PLACE_LENGTH:
                names.add(short)
    return names - NOT_PLACES - COMMON_WORDS


def park_names(lexicons: Path) -> set[str]:
    """Development zones listed as county-level (codes xx71–xx99) or township-level (4xx) units."""
    names: set[str] = set()
    county_zone = re.compile(r"^\d{4}(7[1-9]|[89]\d)$")
    township_zone = re.compile(r"^\d{6}4\d\d$")
    for file, pattern in (("admin_areas.csv", county_zone), ("admin_streets.csv", township_zone)):
        with (lexicons / file).open(encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                name = row["name"].strip()
                prefix = PARK_HEAD.sub("", name)
                generic = GENERIC_ZONE_WORDS.fullmatch(prefix)
                if pattern.match(row["code"]) and PARK_HEAD.search(name) and len(prefix) >= 2 and not generic:
                    names.add(name)
                    for long, short in SHORT_FORMS:
                        if name.endswith(long):
                            names.add(name[: -len(long)] + short)
    return names


def company_names(lexicons: Path) -> set[str]:
    """A-share short names (简称) without ST markers and share-class letters."""
    names: set[str] = set()
    for name in read_names(lexicons / "a-share-companies.csv"):
        cleaned = re.sub(r"^\*?ST|^S\*?ST|^N|[AB]$|-[A-Z]+$|^XD|^XR|^DR", "", name).strip()
        if len(cleaned) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", cleaned):
            names.add(cleaned)
    return names


def write(name: str, values: set[str], provenance: str) -> None:
    PACKAGE_DATA.mkdir(parents=True, exist_ok=True)
    lines = [f"# {provenance}", "# Generated by scripts/build_gazetteers.py; one name per line."]
    (PACKAGE_DATA / name).write_text("\n".join(lines + sorted(values)) + "\n", encoding="utf-8")
    print(f"{name}: {len(values)} names")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "lexicons")
    lexicons = parser.parse_args().lexicons
    write("places.txt", place_names(lexicons),
          "Source: NBS 2023 statistical divisions via modood/Administrative-divisions-of-China @ 57a0aa9 (WTFPL)")
    write("regions.txt", region_names(lexicons),
          "Source: NBS 2023 provinces, cities and counties via modood/Administrative-divisions-of-China @ 57a0aa9 (WTFPL)")
    write("cities.txt", region_names(lexicons, REGION_FILES[:2]),
          "Source: NBS 2023 provinces and prefecture-level cities via modood/Administrative-divisions-of-China @ 57a0aa9 (WTFPL)")
    write("parks.txt", park_names(lexicons),
          "Source: development zones among NBS 2023 divisions, modood/Administrative-divisions-of-China @ 57a0aa9 (WTFPL)")
    write("companies.txt", company_names(lexicons),
          "Source: A-share short names, henrylin99/stock_web_app @ c5fa6c2 (MIT)")


if __name__ == "__main__":
    main()
