"""Maintenance tool: build the labelled set of decision texts the personal-information detector is measured on
(tests/data/privacy_labelled.json; tests/test_privacy.py reports precision and recall on it).

    python tools/build_privacy_corpus.py

Each text is assembled from pieces, each piece labelled by what it is when it is written (never by asking the
detector), so the labels are independent of the detector. The values are fictional: ID numbers, card numbers
and credit codes are generated with valid (or, for the hard negatives, deliberately invalid) check digits.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "privacy_labelled.json"
RNG = random.Random(20251127)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
REGIONS = ("420102", "421321", "110105", "310115", "440305", "510107", "350203", "520102", "610113", "650102")


def id18(born: date, region: str | None = None, good: bool = True) -> str:
    body = f"{region or RNG.choice(REGIONS)}{born:%Y%m%d}{RNG.randint(0, 999):03d}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS, strict=True)) % 11]
    if not good:
        check = RNG.choice([c for c in "0123456789X" if c != check])
    return body + check


def id15(born: date) -> str:
    return f"{RNG.choice(REGIONS)}{born:%y%m%d}{RNG.randint(0, 999):03d}"


def luhn_complete(prefix: str, length: int, good: bool = True) -> str:
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    check = (10 - total % 10) % 10
    if not good:
        check = (check + RNG.randint(1, 9)) % 10
    return body + str(check)


def credit_code(region: str = "421321", digits_only: bool = False) -> str:
    if digits_only:
        body = f"91{region}" + "".join(str(RNG.randint(0, 9)) for _ in range(9))
    else:
        body = f"91{region}MA" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    check = _USCC[(31 - sum(_USCC.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True)) % 31) % 31]
    return body + check


def mobile() -> str:
    return "1" + RNG.choice("356789") + "".join(str(RNG.randint(0, 9)) for _ in range(9))


def born() -> date:
    return date(RNG.randint(1950, 2000), RNG.randint(1, 12), RNG.randint(1, 28))


# -- the people of four fictional files ------------------------------------------------------------------

CASES: dict[str, dict[str, Any]] = {
    "citizen": {
        "case": {
            "schema_version": 1, "id": "青市监处罚〔2025〕41号", "sector": "samr",
            "parties": [{"id": "p1", "kind": "natural_person", "name": "刘建国", "id_number": "421321198506123010",
                         "address": "湖北省青山县城关镇幸福路12号3栋201室", "birth_date": "1985-06-12",
                         "bank_accounts": ["6217002870012345678"]}],
            "staff": [{"id": "s1", "name": "张明"}, {"id": "s2", "name": "李静"}],
            "others": [{"role": "witness", "name": "王秀英"}, {"role": "complainant", "name": "赵丽华"},
                       {"role": "other", "kind": "legal_person", "name": "青山县鑫源贸易有限公司",
                        "credit_code": "91421321MA4G7L3K2N", "legal_representative": "钱多多"}],
        },
        "party_ids": ["p1"], "on": "2025-03-01",
    },
    "company": {
        "case": {
            "schema_version": 1, "id": "江环罚〔2025〕52号", "sector": "mee",
            "parties": [{"id": "p1", "kind": "legal_person", "name": "江城市恒远化工有限公司",
                         "credit_code": "91421300MA4C7N5P2K", "legal_representative": "郑国华",
                         "address": "江城市经济开发区化工园路6号", "bank_accounts": ["420501123456000001234"],
                         "trade_secrets": ["HY-7型催化剂配方", "每吨出厂价4860元"]},
                        {"id": "p2", "kind": "natural_person", "name": "马小军", "address": "江城市东湖区青年路5号"}],
            "staff": [{"id": "s1", "name": "黄磊"}, {"id": "s2", "name": "徐芳"}],
            "others": [{"role": "other", "kind": "legal_person", "name": "江城市顺达物流有限公司",
                        "credit_code": "91421300MA4D2P6Q8R", "legal_representative": "吴天明"},
                       {"role": "witness", "name": "孙丽"}],
        },
        "party_ids": ["p1"], "on": "2025-04-01",
    },
    "minor": {
        "case": {
            "schema_version": 1, "id": "青公（城）行罚决字〔2025〕0031号", "sector": "police", "matter": "other",
            "parties": [{"id": "p1", "kind": "natural_person", "name": "周小雨", "birth_date": "2009-04-02",
                         "address": "青山县城关镇东门村五组18号"}],
            "staff": [{"id": "s1", "name": "陈刚"}],
            "others": [{"role": "guardian", "name": "周大伟", "address": "青山县城关镇东门村五组18号"},
                       {"role": "victim", "name": "林晓晓", "birth_date": "2010-01-15"}],
        },
        "party_ids": ["p1"], "on": "2025-06-01",
    },
}


def item(pieces: list[tuple[str, str | None]], facts: str | None = None, note: str = "") -> dict[str, Any]:
    text, spans = "", []
    for piece, kind in pieces:
        if kind is not None:
            spans.append([len(text), len(text) + len(piece), kind])
        text += piece
    return {"text": text, "facts": facts, "spans": spans, "note": note}


def T(s: str) -> tuple[str, None]:
    return (s, None)


def pattern_items() -> list[dict[str, Any]]:
    out = []
    for _ in range(12):
        b = born()
        n = id18(b)
        out.append(item([T(RNG.choice(["当事人张某，男，汉族，公民身份号码：", "经营者：李某某，身份证号码", "负责人王某（居民身份证号码 ",
                                         "当事人：陈某，身份证号"])), (n, "id_number"),
                          T(RNG.choice(["），住所地略。", "。", "，系该店实际经营者。", "；经查，当事人于2025年3月起经营。"]))],
                        note="18-digit ID"))
    for _ in range(3):
        n = id18(born())
        spaced = f"{n[:6]} {n[6:14]} {n[14:]}"
        out.append(item([T("身份证号码 "), (spaced, "id_number"), T(" 的当事人已签收送达回证。")], note="spaced ID"))
    for _ in range(3):
        b = born()
        n = id18(b)
        while n[-1] != "X":
            n = id18(b)
        out.append(item([T("当事人身份证号："), (n, "id_number"), T("，现住所不明。")], note="ID ending in X"))
    for _ in range(4):
        out.append(item([T("旧身份证号码为"), (id15(date(RNG.randint(1940, 1980), RNG.randint(1, 12),
                                                           RNG.randint(1, 28))), "id_number"), T("，已换领新证。")],
                        note="15-digit ID"))
    for _ in range(10):
        m = mobile()
        form = RNG.choice([m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}"])
        out.append(item([T(RNG.choice(["联系电话：", "当事人手机号码", "联系方式 ", "经营者电话"])), (form, "mobile"),
                         T(RNG.choice(["。", "，可通过短信送达。", "（本人使用）。"]))], note="mobile"))
    out.append(item([T("其手机号码为+"), ("86 13907161234", "mobile"), T("。")], note="mobile after +86"))
    for area, local in (("027", "87654321"), ("0716", "8123456"), ("010", "62345678"), ("0755", "26781234")):
        sep = RNG.choice(["-", ""])
        out.append(item([T("家庭固定电话："), (f"{area}{sep}{local}", "landline"), T("。")], note="landline"))
    out.append(item([T("联系电话（027）"), ("87651234", None)], note="placeholder"))  # replaced below
    out[-1] = item([T("联系电话"), ("（027）87651234", "landline"), T("，工作日可联系。")], note="landline, brackets")
    out.append(item([T("当事人联系电话："), ("8612345", "landline"), T("（本地号码）。")], note="labelled local number"))
    for _ in range(6):
        card = luhn_complete(RNG.choice(["62170", "62220", "62284", "4367", "5187"]), RNG.choice([16, 19]))
        form = card if RNG.random() < 0.5 else " ".join(card[i:i + 4] for i in range(0, len(card), 4))
        out.append(item([T(RNG.choice(["当事人通过其个人银行卡", "违法所得存入卡号为", "收款银行卡号："])), (form, "bank_card"),
                         T(RNG.choice(["收取货款。", "的账户。", "，开户人为当事人本人。"]))], note="bank card"))
    for addr in ("zhangsan1985@163.com", "li.ming@qq.com", "wu_xm@example.com.cn"):
        out.append(item([T("当事人电子邮箱："), (addr, "email"), T("，同意电子送达。")], note="e-mail"))
    for form in ("1985年6月12日", "1990-03-07", "一九七八年十月二日", "1966年2月"):
        out.append(item([T("当事人李某某，男，"), (form, "birth_date"), T("出生，汉族。")], note="birth, date first"))
    for form in ("1992年11月3日", "1988.04.21"):
        out.append(item([T("出生日期："), (form, "birth_date"), T("；文化程度：高中。")], note="birth, labelled"))
    out.append(item([T("王某，女，"), ("1975年8月9日", "birth_date"), T("生，住所地略。")], note="日生"))
    for a in ("青山县城关镇解放路12号附3号", "江城市东湖区青年路5号2单元402室", "湖北省青山县石桥乡石桥村三组28号"):
        out.append(item([T(RNG.choice(["家庭住址：", "住址：", "现住"])), (a, "address"), T("。")], note="labelled address"))
    out.append(item([T("当事人家住"), ("青山县城南新区翠湖小区7栋1单元", "address"), T("，在其楼下经营。")], note="家住"))
    out.append(item([T("附："), ("当事人照片", "portrait"), T("一张。")], note="photo attached"))
    out.append(item([T("现场照片如下 "), ('<img src="party-face.jpg">', "portrait"), T("。")], note="embedded image"))
    return out


def negative_items() -> list[dict[str, Any]]:
    out = []
    for _ in range(8):  # 18-digit IDs with a wrong check digit: numbers, not IDs
        n = id18(born(), good=False)
        out.append(item([T(RNG.choice(["档案编号", "决定书编号", "案件流水号"])), T(n), T("，已归档。")], note="bad ID check"))
    for _ in range(4):  # 18-digit decision serials
        serial = f"2025{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}" + "".join(str(RNG.randint(0, 9)) for _ in range(10))
        out.append(item([T("行政处罚决定书文号：青市监罚字"), T(serial), T("号。")], note="18-digit serial"))
    for _ in range(4):  # invalid dates inside an ID-shaped number
        body = f"{RNG.choice(REGIONS)}1990023{RNG.randint(0, 9)}{RNG.randint(100, 999)}"
        out.append(item([T("登记号码"), T(body + str(RNG.randint(0, 9))), T("。")], note="ID-shaped, no such date"))
    for _ in range(6):
        out.append(item([T("当事人：某某商贸有限公司，统一社会信用代码："), T(credit_code(RNG.choice(REGIONS))), T("。")],
                        note="credit code"))
    for _ in range(4):
        out.append(item([T("统一社会信用代码"), T(credit_code(RNG.choice(REGIONS), digits_only=True)), T("的企业已注销。")],
                        note="credit code, digits only"))
    for text in (
        "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项，罚款150000元。",
        "没收违法所得人民币1,260,000.00元，并处罚款2500000元。",
        "罚款人民币壹拾伍万元整（¥150,000.00）。",
        "本局于2025年3月7日作出行政处罚决定，2025年3月10日送达。",
        "涉案食品生产日期为2025年1月3日生产，保质期180天。",
        "本决定自2025年5月9日生效。",
        "消费者投诉举报电话12315，政务服务热线12345。",
        "邮政编码436000，传真号码同上。",
        "行政诉讼案号：（2025）鄂0102行初123号。",
        "执法证号：鄂执42130101、鄂执42130102。",
        "食品经营许可证编号JY14213210012345，有效期至2027年。",
        "发票号码No.04412345，金额3150元。",
        "当事人身份证号码：4213**********3010（已隐去）。",
        "联系电话：138****8000。",
        "住址：湖北省青山县****。",
        "住址：某某县某某镇某某村。",
        "决定书应当载明当事人的住址或者住所地。",
        "当事人住所：青山县城关镇解放路88号。",
        "经营场所：江城市东湖区青年路5号门面。",
        "检验报告编号：QS2025031200123，样品批号20250103。",
        "罚没款缴入国库，缴款码为20250509000123456。",
        "货值金额合计3150元，违法所得12600元。",
        "第21000000000号合同的履行期为2025年3月1日至2025年12月31日。",
        "当事人于2024年12月30日至2025年1月5日期间销售涉案产品。",
        "本案经2025年4月24日听证，于2025年5月6日法制审核。",
        "执法人员出示执法证件，当事人在现场笔录上签名。",
        "现场检查时执法人员对货架进行拍照取证。",
        "当事人擅自使用他人肖像发布广告。",
        "编号 1234 5678 9012 3456 的卡片为测试用卡。",
        "产品条码6901234567892，规格500克。",
        "仓库温度记录20250301 0800至20250301 1800。",
        "行政处罚决定书文号：青市监处罚〔2025〕17号。",
        "当事人统一社会信用代码91421321MA4F8K2X7Q，法定代表人周立新。",
        "处罚金额在10000元以上100000元以下。",
        "根据国办发〔2018〕118号文件，20个工作日内公开。",
    ):
        out.append(item([T(text)], note="hard negative"))
    for _ in range(6):  # Luhn-invalid or non-card-issuer long numbers
        bad = luhn_complete(RNG.choice(["62170", "4367"]), 16, good=False)
        out.append(item([T("登记编码"), T(bad), T("，与银行卡无关。")], note="Luhn-invalid"))
    for _ in range(4):
        out.append(item([T("合同编号"), T("2" + "".join(str(RNG.randint(0, 9)) for _ in range(15))), T("。")],
                        note="16-digit number not a card"))
    for _ in range(4):  # 11 digits that are not mobile numbers
        n = "1" + RNG.choice("012") + "".join(str(RNG.randint(0, 9)) for _ in range(9))
        out.append(item([T("统计编号"), T(n), T("。")], note="11 digits, not mobile"))
    return out


def fact_items() -> list[dict[str, Any]]:
    c = "citizen"
    out = [
        item([T("当事人刘建国，男，身份证号码"), ("421321198506123010", "id_number"), T("，住址："),
              ("湖北省青山县城关镇幸福路12号3栋201室", "address"), T("。")], c, "punished citizen: name allowed"),
        item([T("当事人刘建国于2025年2月起在青山县城关镇经营蔬菜零售。")], c, "punished citizen named"),
        item([T("证人"), ("王秀英", "person_name"), T("证实当事人在其门店销售过期食品。")], c, "witness"),
        item([T("举报人"), ("赵丽华", "person_name"), T("于2025年3月3日投诉。")], c, "complainant"),
        item([T("执法人员"), ("张明", "person_name"), T("、"), ("李静", "person_name"), T("出示了执法证件。")], c, "staff"),
        item([T("当事人从"), ("青山县鑫源贸易有限公司", "org_name"), T("购进涉案食品。")], c, "other organisation"),
        item([T("供货商统一社会信用代码："), ("91421321MA4G7L3K2N", "credit_code"), T("。")], c, "other org's code"),
        item([T("供货商法定代表人"), ("钱多多", "person_name"), T("未到场。")], c, "other org's representative"),
        item([T("当事人出生于"), ("1985年6月12日", "birth_date"), T("。")], c, "birth date, labelled"),
        item([T("当事人生日为"), ("1985-06-12", "birth_date"), T("。")], c, "birth date, known"),
        item([T("当事人（"), ("一九八五年六月十二日", "birth_date"), T("）系个体经营者。")], c, "birth date in Chinese numerals"),
        item([T("当事人户籍地为"), ("湖北省青山县城关镇幸福路12号3栋201室", "address"), T("。")], c, "full address"),
        item([T("涉案门面位于"), ("幸福路12号3栋201室", "address"), T("楼下。")], c, "street-level tail of the address"),
        item([T("违法所得转入当事人账户"), ("6217002870012345678", "bank_account"), T("。")], c, "known account"),
        item([T("当事人刘建国违反了《食品安全法》第三十四条，本局决定罚款8000元。")], c, "allowed only"),
        item([T("王某证实当事人在其门店销售过期食品（证人姓名已隐去）。")], c, "redacted witness"),
        item([T("身份证号码4213**********3010。")], c, "masked ID"),
        item([T("当事人住址：湖北省青山县（详细地址已隐去）。")], c, "redacted address"),
    ]
    c = "company"
    out += [
        item([T("当事人：江城市恒远化工有限公司，统一社会信用代码：91421300MA4C7N5P2K，法定代表人：郑国华。")], c,
             "punished organisation: all allowed"),
        item([T("当事人江城市恒远化工有限公司住所：江城市经济开发区化工园路6号。")], c, "organisation's seat"),
        item([T("当事人委托"), ("江城市顺达物流有限公司", "org_name"), T("运输危险废物。")], c, "other organisation"),
        item([T("承运单位代码"), ("91421300MA4D2P6Q8R", "credit_code"), T("，负责人"), ("吴天明", "person_name"), T("。")], c,
             "other org's code and representative"),
        item([T("当事人车间主任"), ("马小军", "person_name"), T("另案处理。")], c, "another party's name"),
        item([("马小军", "person_name"), T("住"), ("江城市东湖区青年路5号", "address"), T("。")], c,
             "another party's address"),
        item([T("罚款缴纳前，当事人账号"), ("420501123456000001234", "bank_account"), T("被冻结。")], c, "org bank account"),
        item([T("当事人采用"), ("HY-7型催化剂配方", "trade_secret"), T("生产。")], c, "trade secret"),
        item([T("产品"), ("每吨出厂价4860元", "trade_secret"), T("。")], c, "trade secret: price"),
        item([T("执法人员"), ("黄磊", "person_name"), T("、"), ("徐芳", "person_name"), T("于2025年4月2日现场检查。")], c,
             "staff names"),
        item([T("现场见证人"), ("孙丽", "person_name"), T("在笔录上签字。")], c, "witness"),
        item([T("依据《中华人民共和国大气污染防治法》第九十九条第（二）项，对江城市恒远化工有限公司罚款150000元。")], c,
             "allowed only"),
        item([T("当事人法定代表人郑国华到场接受询问。")], c, "legal representative allowed"),
    ]
    c = "minor"
    out += [
        item([T("违法行为人"), ("周小雨", "minor"), T("，女，"), ("2009年4月2日", "birth_date"), T("出生。")], c,
             "punished minor"),
        item([T("监护人"), ("周大伟", "person_name"), T("到场。")], c, "guardian"),
        item([T("被侵害人"), ("林晓晓", "minor"), T("（未成年人）轻微伤。")], c, "minor victim"),
        item([T("违法行为人住"), ("青山县城关镇东门村五组18号", "address"), T("。")], c, "minor's address"),
        item([T("违法行为人周某（未成年人，姓名已隐去）殴打他人。")], c, "redacted minor"),
        item([T("依据《治安管理处罚法》第四十三条第一款，决定给予警告。")], c, "no one named"),
    ]
    for _ in range(40):  # mixed paragraphs: the citizen's file, several kinds at once
        b = born()
        n = id18(b)
        m = mobile()
        pieces: list[tuple[str, str | None]] = [T("当事人刘建国，身份证号码"), (n, "id_number"), T("，联系电话"),
                                                (m, "mobile"), T("。")]
        if RNG.random() < 0.5:
            pieces += [T("证人"), ("王秀英", "person_name"), T("、举报人"), ("赵丽华", "person_name"), T("证实上述事实。")]
        if RNG.random() < 0.5:
            pieces += [T("本局于2025年3月7日立案，罚款"), T(str(RNG.randint(1, 99) * 100)), T("元。")]
        out.append(item(pieces, "citizen", "mixed paragraph"))
    for _ in range(20):  # clean paragraphs of the company's file
        fine = RNG.randint(2, 50) * 10000
        out.append(item([T("江城市生态环境局行政处罚决定书 江环罚〔2025〕52号 当事人：江城市恒远化工有限公司（统一社会信用代码："
                           "91421300MA4C7N5P2K，法定代表人：郑国华）。2025年4月2日，本局执法人员现场检查发现当事人超标排放颗粒物。"
                           f"依据《中华人民共和国大气污染防治法》第九十九条第（二）项，决定罚款{fine}元。江城市生态环境局 2025年5月23日")],
                        "company", "clean published decision"))
    return out


def main() -> None:
    items = pattern_items() + negative_items() + fact_items()
    for i, it in enumerate(items):
        it["id"] = f"t{i:03d}"
    data = {"note": "Built by tools/build_privacy_corpus.py; fictional data. Spans are [start, end, kind].",
            "cases": CASES, "items": items}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(items)} texts, {sum(len(i['spans']) for i in items)} labelled spans)")


if __name__ == "__main__":
    main()
