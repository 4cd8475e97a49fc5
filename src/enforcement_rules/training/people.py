"""Fictional people, places and identifiers for training cases: plausible, never real.

Names are drawn from common Chinese surnames and given-name characters; counties and townships are
invented combinations (a sheet says so); resident ID numbers and unified social credit codes have the
right shape and valid check characters (GB 11643, GB 32100) but belong to nobody. Everything is drawn
from a ``random.Random`` so the same seed gives the same people.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "Place",
    "credit_code",
    "person_name",
    "pick_place",
    "resident_id",
]

#: Common surnames (百家姓 among the most frequent today).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN_ONE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华文斌辉鹏琳玲燕红梅英兵波宇浩凯健峰婷雪莉琴云飞亮"
_GIVEN_TWO = (
    "建华", "志强", "秀英", "桂英", "玉兰", "海燕", "晓明", "文杰", "春梅", "国庆", "红霞", "小红", "建国", "德明",
    "永红", "立新", "卫东", "丽娟", "晓燕", "俊杰", "子涵", "欣怡", "浩然", "雨桐", "思远", "家豪", "明轩", "梓萱",
    "长青", "金山", "新民", "学军", "美玲", "凤英", "建平", "志刚", "海涛", "丽华", "淑珍", "光明",
)


def person_name(rng: random.Random, taken: set[str] | None = None) -> str:
    """A plausible fictional full name, distinct from those in ``taken`` (which it extends)."""
    for _ in range(200):
        given = rng.choice(_GIVEN_TWO) if rng.random() < 0.6 else rng.choice(_GIVEN_ONE)
        name = rng.choice(SURNAMES) + given
        if taken is None or name not in taken:
            if taken is not None:
                taken.add(name)
            return name
    msg = "could not draw a fresh name"  # 200 draws from ~10,000 names: only with a huge cast
    raise RuntimeError(msg)


@dataclass(frozen=True, slots=True)
class Place:
    """A fictional county in a real province (the township's own, Hubei, by default)."""

    province: str  # GB/T 2260 province code, e.g. "420000"
    province_name: str
    city: str  # 设区的市
    county: str  # 县
    townships: tuple[str, ...]
    region: str  # six digits used in fictional ID numbers and credit codes
    cert_prefix: str  # the province's abbreviation on enforcement certificates

    @property
    def abbr(self) -> str:
        """The county's one-character abbreviation used in document numbers (云市监处罚〔2025〕3号)."""
        return self.county[0]


# Invented counties of an invented city; the province is real because profiles are provincial.
_PLACES = (
    Place("420000", "湖北省", "江陵市", "云溪县", ("梧桐镇", "白石镇", "柳塘乡", "青岗镇"), "429931", "鄂"),
    Place("420000", "湖北省", "江陵市", "桐湾县", ("双河镇", "凤栖镇", "石桥乡", "杏林镇"), "429932", "鄂"),
    Place("420000", "湖北省", "楚安市", "澄川县", ("麦田镇", "清溪镇", "罗家湾乡", "望江镇"), "429933", "鄂"),
    Place("420000", "湖北省", "楚安市", "柏岭县", ("松坪镇", "丰乐镇", "长冲乡", "桃源镇"), "429934", "鄂"),
    Place("310000", "上海市", "上海市", "滨江新区", ("临港街道", "沙洲镇", "新桥镇", "泖塘镇"), "319931", "沪"),
    Place("350000", "福建省", "闽泉市", "榕溪县", ("溪口镇", "龙潭镇", "白沙乡", "象山镇"), "359931", "闽"),
    Place("520000", "贵州省", "黔川市", "云岭县", ("乌江镇", "石阡乡", "龙场镇", "平坝镇"), "529931", "黔"),
)


def pick_place(rng: random.Random, province: str) -> Place:
    """A fictional county in ``province`` (falls back to the Hubei ones, with the code kept)."""
    found = [p for p in _PLACES if p.province == province]
    if found:
        return rng.choice(found)
    base = rng.choice([p for p in _PLACES if p.province == "420000"])
    return Place(province, "", base.city, base.county, base.townships, province[:2] + base.region[2:], "")


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id(rng: random.Random, region: str, born: date) -> str:
    """An 18-digit resident ID number of the right shape with a valid check digit (GB 11643)."""
    body = f"{region}{born:%Y%m%d}{rng.randint(0, 999):03d}"
    total = sum(int(ch) * w for ch, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(rng: random.Random, region: str, *, kind: str = "91") -> str:
    """An 18-character unified social credit code with a valid check character (GB 32100)."""
    org = "".join(rng.choice(_CC_CHARS[:10] if i < 2 else _CC_CHARS) for i in range(9))
    body = f"{kind}{region}{org}"
    total = sum(_CC_CHARS.index(ch) * w for ch, w in zip(body, _CC_WEIGHTS, strict=True))
    return body + _CC_CHARS[(31 - total % 31) % 31]


def birth_date(rng: random.Random, on: date, *, youngest: int = 22, oldest: int = 66) -> date:
    """A birth date giving an adult of ``youngest``–``oldest`` years on ``on``."""
    days = rng.randint(youngest * 366, oldest * 365)
    return on - timedelta(days=days)


_SHOPS = ("鑫源", "惠民", "金穗", "福满", "顺达", "恒昌", "佳美", "新华", "康乐", "聚鲜", "宏发", "益丰", "万家",
          "和顺", "泰和", "永兴", "瑞丰", "百味", "家和", "兴旺")
_STREETS = ("解放路", "人民路", "建设路", "中山路", "朝阳街", "新华街", "南门街", "胜利路", "滨河路", "工业大道")
_VILLAGES = ("柳树湾村", "黄土岗村", "石板桥村", "杨家冲村", "大塘村", "新屋湾村", "白果树村", "河口村")


def shop_name(rng: random.Random) -> str:
    return rng.choice(_SHOPS)


def street_address(rng: random.Random, place: Place, township: str) -> str:
    """A street address in a township of ``place`` (县 + 镇 + 街 + 号)."""
    return f"{place.county}{township}{rng.choice(_STREETS)}{rng.randint(1, 199)}号"


def village_address(rng: random.Random, place: Place, township: str) -> str:
    """A rural address (县 + 乡镇 + 村 + 组)."""
    return f"{place.county}{township}{rng.choice(_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 60)}号"
