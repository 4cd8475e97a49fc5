"""PUBLISH-003, 004 — what the published text may not contain, and what it must say.

SPEC §4 (the PUBLISH family); the verbatim articles are in docs/rules.md and docs/publication.md. The
personal-information detector is :mod:`enforcement_rules.privacy`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, MEE_P, SAMR_G, Citation
from enforcement_rules.models.actions import Decision, Publication
from enforcement_rules.models.penalties import PenaltyKind
from enforcement_rules.personal_facts import date_forms, is_minor
from enforcement_rules.privacy import Known, find_personal_data
from enforcement_rules.report import Finding, Message, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.publication import NO_PUBLICATION

__all__ = ["amounts_in", "personal_data_removed", "published_text_matches"]

NO_TEXT = ("未记录公开的文本", "The published text is not recorded")
_REDACTION_CITES = {
    "samr": (CPL.art(50), SAMR_G.art(6)),
    "mee": (CPL.art(50), MEE_P.art(62, item=2), MEE_P.art(64)),
}


def _texts(p: Publication) -> list[tuple[str, str]]:
    return [(name, text) for name, text in (("text", p.text), ("summary", p.summary)) if text]


# -- PUBLISH-003 -----------------------------------------------------------------------------------------


@rule(
    "PUBLISH-003",
    family="publication",
    title="公开的决定隐去个人信息",
    title_en="Personal information removed",
    cites=[CPL.art(50), SAMR_G.art(6), MEE_P.art(62, item=2), MEE_P.art(64)],
    example=("公开的决定书中保留了当事人的身份证号码，还写出了证人李某的全名。",
             "The published decision still shows the party's ID number and a witness's full name."),
    derived=("以当事人、案卷所列其他人员和执法人员的记录为据，另按格式识别身份证号码、电话、银行卡号、电子邮箱、"
             "标明出生的日期和标明住址的详细地址；未成年人以违法行为开始之日（未记录时以决定之日）的年龄判断。",
             "Uses the file's parties, other persons and staff, plus patterns for ID, phone and card numbers, e-mail, "
             "labelled birth dates and labelled detailed addresses; a minor is under 18 when the violation began "
             "(else on the decision day)."),
    severity=Severity.ERROR,
    review_items=("H1",),
)
def personal_data_removed(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The published text names no one but the punished citizen or organisation (with its credit code and
    legal representative) and shows no ID number, contact detail, home address, birth date, bank account,
    portrait, minor's name or trade secret (CPL 50; MEE-P 62(二), 64; SAMR-G 6)."""
    pubs = view.of(Publication)
    if not pubs:
        yield ctx.not_applicable(NO_PUBLICATION)
        return
    for p in pubs:
        texts = _texts(p)
        if not texts:
            yield ctx.indeterminate(NO_TEXT, act=p, field="text", missing=("text",))
            continue
        d: Decision = view.get(p.decision_id)
        known = Known.of_case(view.case, d.party_ids, on=view.case.violation.start_on or d.on)
        # CPL 50 everywhere; the sector's own redaction rule where it has one (SAMR-G 6; MEE-P 62(二), 64).
        cites = _REDACTION_CITES.get(ctx.sector, (CPL.art(50),))
        clean = True
        for name, text in texts:
            spans = find_personal_data(text, known)
            if not spans:
                continue
            clean = False
            yield ctx.violated(
                ("公开的{field}含有个人信息：{kinds}", "The published {field} contains personal information: {kinds}"),
                act=p, field=name, discriminator=name, citations=cites,
                facts={"field": ("文书" if name == "text" else "摘要") if ctx.lang == "zh" else name,
                       "kinds": list(dict.fromkeys(s.kind for s in spans)),
                       "spans": [{"start": s.start, "end": s.end, "kind": s.kind, "masked": s.masked} for s in spans]})
        if clean:
            yield ctx.satisfied(("公开的文本未发现个人信息", "No personal information found in the published text"),
                                act=p, citations=cites)


# -- PUBLISH-004 -----------------------------------------------------------------------------------------

_BRACKETS = str.maketrans("〔［[【（〕］]】）", "((((()))))")
_ARABIC = re.compile(r"(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?\s*(万)?\s*元")
_CN = re.compile(r"[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]"
                 r"[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]*(?=元)")
_CN_DIGITS = dict(zip("零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖",
                      (0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9), strict=True))
_CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_SECTIONS = {"万": 10**4, "亿": 10**8}
_ARTICLE = re.compile(r"第[零〇一二三四五六七八九十百千\d]+条")
_TITLE = re.compile(r"《(?:中华人民共和国)?([^》]+)》")
_WORD = {PenaltyKind.CONFISCATE_ILLEGAL_PROPERTY: "没收", PenaltyKind.OTHER: ""}


def _norm(text: str) -> str:
    """Whitespace dropped, brackets unified, full-width digits and letters made ASCII, upper case."""
    out = "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text if not c.isspace())
    return out.translate(_BRACKETS).upper()


def _cn_amount(s: str) -> int:
    total = section = digit = 0
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[ch]
            digit = 0
        else:
            total += (section + digit) * _CN_SECTIONS[ch]
            section = digit = 0
    return total + section + digit


def amounts_in(text: str) -> set[Decimal]:
    """Every amount of yuan written in ``text``: 150000元, 150,000.00元, 15万元, 壹拾伍万元 …"""
    found = set()
    for m in _ARABIC.finditer(text):
        value = Decimal(m[1].replace(",", "").replace("，", "") + (f".{m[2]}" if m[2] else ""))
        found.add(value * 10000 if m[3] else value)
    found.update(Decimal(_cn_amount(m[0])) for m in _CN.finditer(text))
    return found


@rule(
    "PUBLISH-004",
    family="publication",
    title="公开的决定与送达的决定书一致，并载明应当公开的内容",
    title_en="Published text matches the decision",
    cites=[CPL.art(48, 1), SAMR_G.art(4), SAMR_G.art(7), MEE_P.art(62)],
    example=("公示的决定书文号与送达的决定书不一致，罚款数额也写错了。",
             "The published decision has another number than the one served, and the wrong fine."),
    derived=("文号、处罚种类和数额按文字核对（统一括号、空格与全角数字，识别阿拉伯数字、“万元”和大写金额）；"
             "违法事实和违法行为类型无法按文字核对；未成年当事人的姓名不要求公开。"
             "全国配置下与决定书的核对读自 CPL 48①。",
             "Number, penalty kinds and amounts are compared as text (brackets, spaces and full-width digits "
             "unified; figures, 万元 and Chinese capital amounts read). Facts and the violation type cannot be "
             "checked from the text; a minor party's name is not required. Under the national profile the "
             "comparison is read from CPL 48①."),
    severity=Severity.WARNING,
    review_items=("H1",),
)
def published_text_matches(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """The published text carries the served decision's number, penalties and amounts (SAMR-G 7) and the
    fields the sector requires (SAMR-G 4: the summary; MEE-P 62)."""
    pubs = view.of(Publication)
    if not pubs:
        yield ctx.not_applicable(NO_PUBLICATION)
        return
    for p in pubs:
        texts = _texts(p)
        if not texts:
            yield ctx.indeterminate(NO_TEXT, act=p, field="text", missing=("text",))
            continue
        d: Decision = view.get(p.decision_id)
        body = _norm("\n".join(t for _, t in texts))
        problems = list(_compared(ctx, p, d, body)) + list(_required(view, ctx, p, d, body))
        for key, text, cites, missing in problems:
            where = {"act": p, "related": (d.id,), "discriminator": key, "citations": cites}
            if missing:
                yield ctx.indeterminate(text, missing=missing, **where)
            else:
                yield ctx.violated(text, facts={"item": key}, **where)
        if not problems:
            yield ctx.satisfied(("公开的文本与决定书一致", "The published text matches the decision"), act=p,
                                related=(d.id,))


Problem = tuple[str, Message, tuple[Citation, ...], tuple[str, ...]]


def _compared(ctx: RuleContext, p: Publication, d: Decision, body: str) -> Iterator[Problem]:
    cites = {"samr": (SAMR_G.art(7),), "mee": (MEE_P.art(62),)}.get(ctx.sector, (CPL.art(48, 1),))
    if d.number is None:
        yield "number", ("决定书未记录文号，无法核对", "The decision's number is not recorded"), cites, ("number",)
    elif _norm(d.number) not in body:
        yield "number", ("公开的文本没有决定书的文号", "The decision's number is missing or different"), cites, ()
    amounts = amounts_in(body)
    for pen in d.penalties:
        word = _WORD.get(pen.kind, pen.kind.zh)
        if word and word not in body:
            yield f"penalty:{pen.kind}", ("公开的文本缺少处罚种类：" + pen.kind.zh,
                                          f"The published text omits the penalty {pen.kind.value}"), cites, ()
        elif pen.amount is not None and pen.amount not in amounts:
            yield f"amount:{pen.kind}", (f"公开的{pen.kind.zh}数额与决定书不一致",
                                         f"The published {pen.kind.value} amount differs from the decision"), cites, ()


def _required(view: CaseView, ctx: RuleContext, p: Publication, d: Decision, body: str) -> Iterator[Problem]:
    fields = ctx.param("publication.required_fields", on=d.on)
    if not fields.configured:
        return
    wanted = set(fields.value)
    for member, groups in _expected(view, p, d).items():
        if member not in wanted:
            continue
        cites = fields.member_cites.get(member, fields.cites)
        if groups is None:
            yield f"field:{member}", ("未记录核对所需的信息：" + _FIELD_ZH[member], "Not recorded: " + member), \
                cites, (member,)
        elif not all(any(v in body for v in group) for group in groups):
            yield f"field:{member}", ("公开的内容缺少：" + _FIELD_ZH[member], "The publication lacks: " + member), \
                cites, ()


_FIELD_ZH = {"summary": "行政处罚信息摘要", "party_name": "当事人姓名或者名称", "credit_code": "统一社会信用代码",
             "legal_representative": "法定代表人（负责人）姓名", "basis": "处罚依据",
             "agency_name": "作出决定的机关名称", "decision_date": "作出决定的日期"}


def _expected(view: CaseView, p: Publication, d: Decision) -> dict[str, list[list[str]] | None]:
    """For each checkable field, groups of normalised strings: one of each group must appear (None: the
    file does not record what to look for)."""
    on = view.case.violation.start_on or d.on
    parties = view.parties_of(d)
    # MEE-P 64(四): a minor's name is not published, so it is not required either.
    adults = [x for x in parties if x.kind.is_organization or not is_minor(x.birth_date, x.id_number, on)]
    orgs = [x for x in parties if x.kind.is_organization]
    agency = view.case.agency.name if view.case.agency is not None else None

    def each(values: list[str | None]) -> list[list[str]] | None:
        return None if any(v is None for v in values) else [[_norm(v)] for v in values if v]

    refs = [r for pen in d.penalties if pen.basis for r in (*_TITLE.findall(pen.basis), *_ARTICLE.findall(pen.basis))]
    return {
        "summary": None if p.summary is None else [],
        "party_name": each([x.name for x in adults]),
        "credit_code": each([x.credit_code for x in orgs]),
        "legal_representative": each([x.legal_representative for x in orgs]),
        "basis": [[_norm(r)] for r in refs] if refs else None,
        "agency_name": each([agency]),
        "decision_date": [[_norm(f) for f in date_forms(d.on)]],
    }
