"""The matters (案由) training cases are built around, by sector, each with the statutory penalty range the
amounts are drawn from — so that a built case never carries an unplanted error in its amounts.

Every ``basis`` names the provision that sets the penalty; the ranges are that provision's words:

- 价格法 42: "责令改正，没收违法所得，可以并处五千元以下的罚款";
- 食品安全法 124①(五): 货值金额不足一万元的，并处五万元以上十万元以下罚款；一万元以上的，并处货值金额十倍以上
  二十倍以下罚款; 125②: 标签瑕疵 "拒不改正的，处二千元以下罚款";
- 大气污染防治法 99(二): "并处十万元以上一百万元以下的罚款"; 118①: "处五千元以上五万元以下的罚款";
  119①: "并可以处五百元以上二千元以下的罚款";
- 治安管理处罚法 (2025) 26(二), 68①, 88 and 65③, quoted from the library's reference text.

A new sector or matter is a new :class:`Matter` here; the builder picks among those that fit its knobs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["MATTERS", "Matter"]

NATURAL, LEGAL, OTHER_ORG = "natural_person", "legal_person", "other_organization"
ANY_PARTY = (NATURAL, LEGAL, OTHER_ORG)
ORGS = (LEGAL, OTHER_ORG)


@dataclass(frozen=True, slots=True)
class Matter:
    """A kind of violation and how it is punished."""

    key: str
    sector: str  # the profile sector: samr, mee, police, national
    title: str  # 案由, e.g. 销售超过保质期的食品
    basis: str  # 处罚依据 as written in the documents
    parties: tuple[str, ...]  # party kinds this matter fits
    facts: str  # the story; placeholders {party} {place} {address} {detail}
    lead: str  # how the agency learnt of it
    fine: tuple[int, int] | None = None  # statutory fine range, yuan (None: no fine)
    fine_per_goods: tuple[int, int] | None = None  # fine as a multiple of the goods' value
    goods: tuple[int, int] | None = None  # value of illegal property confiscated (货值)
    gains: tuple[int, int] | None = None  # illegal gains confiscated
    warning: bool = False  # a warning alone is a lawful penalty
    revoke: bool = False  # the penalty is revocation of a permit (吊销许可证件)
    summary: bool = False  # may be decided on the spot (amounts permitting)
    place: str = "shop"  # shop, restaurant, factory, field, public, rental, hotel
    levels: tuple[str, ...] = ("county_department",)
    valid_from: date = date(2021, 7, 15)
    detail: str = ""  # an extra clause for the story; placeholders {goods} {gains} {days}
    sampling: bool = False  # testing or monitoring belongs to the evidence


_POLICE_2026 = date(2026, 1, 1)
_MEE_P = date(2023, 7, 1)

MATTERS: tuple[Matter, ...] = (
    # -- market regulation ----------------------------------------------------------------------------
    Matter("price_tag", "samr", "未按规定明码标价", "《中华人民共和国价格法》第四十二条", ANY_PARTY,
           "{party}在其{place}销售商品，{detail}", "日常监督检查", fine=(200, 5000), gains=(100, 2000),
           summary=True, detail="部分商品未标明价格、计价单位，价签与实际收费不一致"),
    Matter("expired_food", "samr", "销售超过保质期的食品",
           "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", ANY_PARTY,
           "{party}在其{place}销售超过保质期的预包装食品，{detail}", "消费者投诉举报",
           fine=(50_000, 100_000), goods=(600, 9_000), gains=(200, 3_000), sampling=True,
           detail="涉案食品货值金额{goods}元，违法所得{gains}元"),
    Matter("expired_food_large", "samr", "销售超过保质期的食品",
           "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", ORGS,
           "{party}在其仓库及{place}批发、销售超过保质期的预包装食品，{detail}", "消费者投诉举报",
           fine_per_goods=(10, 20), goods=(10_000, 28_000), gains=(1_000, 8_000), sampling=True,
           detail="涉案食品货值金额{goods}元，违法所得{gains}元"),
    Matter("food_label", "samr", "食品标签存在瑕疵经责令改正拒不改正",
           "《中华人民共和国食品安全法》第一百二十五条第二款", ANY_PARTY,
           "{party}在其{place}销售的散装食品未按规定标明品名、生产日期和保质期，{detail}", "日常监督检查",
           fine=(100, 2000), summary=True, detail="经责令改正后仍未改正"),
    # -- ecology and environment --------------------------------------------------------------------------
    Matter("over_emission", "mee", "超过大气污染物排放标准排放大气污染物",
           "《中华人民共和国大气污染防治法》第九十九条第（二）项", ORGS,
           "{party}位于{place}的锅炉排放口{detail}", "在线监控数据异常", fine=(100_000, 1_000_000),
           place="factory", valid_from=_MEE_P, sampling=True,
           detail="颗粒物排放浓度超过国家排放标准，经监测超标{days}倍"),
    Matter("cooking_fumes", "mee", "餐饮服务业经营者未安装油烟净化设施超标排放油烟",
           "《中华人民共和国大气污染防治法》第一百一十八条第一款", ANY_PARTY,
           "{party}经营的{place}{detail}", "群众投诉举报", fine=(5_000, 50_000), place="restaurant",
           valid_from=_MEE_P, sampling=True, detail="未安装油烟净化设施，油烟经监测超过排放标准排放"),
    Matter("straw_burning_mee", "mee", "露天焚烧秸秆", "《中华人民共和国大气污染防治法》第一百一十九条第一款",
           (NATURAL,), "{party}在{place}{detail}", "秸秆禁烧巡查", fine=(500, 2_000), place="field",
           valid_from=_MEE_P, detail="露天焚烧水稻秸秆，产生烟尘污染"),
    # -- police (治安, under the 2025 revision in force from 2026-01-01) --------------------------------------
    Matter("public_order", "police", "扰乱公共场所秩序", "《中华人民共和国治安管理处罚法》第二十六条第（二）项",
           (NATURAL,), "{party}在{place}{detail}", "群众报警", fine=(100, 500), warning=True, summary=True,
           place="public", valid_from=_POLICE_2026, detail="因琐事大声吵闹、拒不听从工作人员劝阻，致使候车秩序混乱"),
    Matter("rental_registration", "police", "房屋出租人不按规定登记承租人身份信息",
           "《中华人民共和国治安管理处罚法》第六十八条第一款", (NATURAL,),
           "{party}将其{place}出租，{detail}", "出租房屋检查", fine=(500, 1_000), place="rental",
           valid_from=_POLICE_2026, detail="未按规定登记承租人姓名、有效身份证件种类和号码等信息"),
    Matter("living_noise", "police", "产生社会生活噪声干扰他人正常生活",
           "《中华人民共和国治安管理处罚法》第八十八条", (NATURAL,),
           "{party}在其住所（{address}）{detail}", "邻居报警", fine=(200, 1_000), summary=True, place="rental",
           valid_from=_POLICE_2026, detail="夜间持续大声播放音乐，经社区劝阻、调解未能制止，继续干扰他人正常生活"),
    Matter("licensed_hotel", "police", "取得公安机关许可的旅馆业经营者违反国家有关管理规定情节严重",
           "《中华人民共和国治安管理处罚法》第六十五条第三款", ANY_PARTY,
           "{party}经营的{place}{detail}", "治安检查", revoke=True, place="hotel", valid_from=_POLICE_2026,
           detail="多次不按规定登记住宿人员信息，经责令改正后仍不改正，情节严重"),
    # -- township and county departments under the national profile ------------------------------------
    Matter("straw_burning", "national", "露天焚烧秸秆", "《中华人民共和国大气污染防治法》第一百一十九条第一款",
           (NATURAL,), "{party}在{place}{detail}", "秸秆禁烧网格巡查", fine=(500, 2_000), place="field",
           levels=("township",), detail="露天焚烧油菜秸秆，产生烟尘污染"),
    Matter("cooking_fumes_local", "national", "餐饮服务业经营者未安装油烟净化设施超标排放油烟",
           "《中华人民共和国大气污染防治法》第一百一十八条第一款", ANY_PARTY,
           "{party}经营的{place}{detail}", "群众投诉举报", fine=(5_000, 50_000), place="restaurant",
           levels=("township", "county_department"), detail="未安装油烟净化设施，油烟超过排放标准排放"),
)
