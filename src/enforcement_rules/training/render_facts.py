"""What the sheet shows of the facts every rule family reads: the officers and their certificates, the
acting body's authority, hearings, reviews, coercive measures, publications, payments and recordings.

Like :mod:`~enforcement_rules.training.render`, everything is rendered from the record itself, so a planted
defect shows as the changed record says (a lapsed certificate by its date, a private hearing by its
reason, a gap in a recording by the times of its segments).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from enforcement_rules.models.actions import MeasureElement
from enforcement_rules.models.actions.coercion import ToldItem
from enforcement_rules.models.actions.hearing import HearingNoticeElement
from enforcement_rules.models.actions.review import ReviewPoint
from enforcement_rules.training.wording import money, penalties_zh

__all__ = ["HANDLERS", "authority_text", "context_lines", "segments_text", "staff_lines"]

Act = Mapping[str, Any]
Names = Mapping[str, str]

_ROLES = {"officer": "执法人员", "head": "负责人", "main_head": "主要负责人", "reviewer": "法制审核人员",
          "hearing_host": "听证主持人", "hearing_member": "听证员", "recorder": "记录员", "interpreter": "翻译人员",
          "other": "工作人员"}
_DECIDERS = {"head": "负责人", "main_head": "主要负责人", "heads_collectively": "负责人集体讨论",
             "hearing_host": "听证主持人", "higher_agency": "上一级机关", "other": "其他人员"}
_CHANGES = {"changed": "变更", "revoked": "撤销", "confirmed_illegal": "确认违法", "confirmed_void": "确认无效"}
_GROUNDS = {"small_fine": "小额罚款", "hard_to_enforce": "不当场收缴事后难以执行",
            "remote_area": "边远、水上、交通不便地区"}
_NOT_PUBLIC = {"state_secret": "涉及国家秘密", "trade_secret": "涉及商业秘密", "privacy": "涉及个人隐私",
               "minor": "未成年人案件"}


def _yes_no(value: object, yes: str, no: str) -> str:
    return yes if value is True else no if value is False else ""


def _join(*parts: str) -> str:
    return "；".join(p for p in parts if p)


def _name(names: Names, sid: str | None) -> str:
    return names.get(sid or "", sid or "")


# -- the case header -------------------------------------------------------------------------------------------


def staff_lines(data: Mapping[str, Any]) -> list[str]:
    """One line per member of staff: roles, certificates with their validity, qualification, conflicts."""
    out = []
    for s in data.get("staff", []):
        roles = "、".join(_ROLES.get(r, r) for r in s.get("roles", ()))
        parts = [f"{s.get('name') or s['id']}（{roles}）"]
        certs = s.get("certificates")
        if certs is not None:
            parts.append("；".join(f"执法证件 {c.get('number', '')}，有效期 {c.get('valid_from', '？')} 至 "
                                   f"{c.get('valid_until', '？')}" for c in certs) or "未取得执法证件")
        if s.get("legal_qualification") is not None:
            parts.append(_yes_no(s["legal_qualification"], "具有法律职业资格", "未取得法律职业资格"))
        if s.get("first_review_on"):
            parts.append(f"{s['first_review_on'][:4]}年起从事法制审核")
        if s.get("conflict"):
            parts.append("与当事人系近亲属")
        for r in s.get("recusals", ()):
            decided = (f"{r['decided_on']} 由{_DECIDERS.get(r.get('decided_by') or '', '（未记载）')}决定"
                       f"{_yes_no(r.get('granted'), '回避', '不予回避')}") if r.get("decided_on") else "未作决定"
            parts.append(f"当事人于 {r['applied_on']} 申请其回避，{decided}")
        out.append("  - " + "，".join(p for p in parts if p))
    return out


def authority_text(agency: Mapping[str, Any]) -> str:
    """The acting body's authority as the file records it."""
    a = agency.get("authority") or {}
    if a.get("basis") == "handed_down":
        scope = "、".join(a.get("matters") or ())
        return _join(f"依据《{a.get('instrument', '')}》行使县级部门下放的行政处罚权",
                     _yes_no(a.get("provincial"), "由省人民政府决定", "并非省级决定"),
                     _yes_no(a.get("published"), "该决定已向社会公布", "该决定未向社会公布"),
                     f"{a['valid_from']} 起施行" if a.get("valid_from") else "",
                     f"下放事项：{scope}" if scope else "", f"本案事项：{a['exercised']}" if a.get("exercised") else "")
    if a.get("basis") == "entrusted":
        return _join(f"受委托实施行政处罚（《{a.get('instrument', '')}》）",
                     _yes_no(a.get("published"), "委托书已公布", "委托书未公布"),
                     f"委托期限 {a.get('valid_from', '？')} 至 {a.get('valid_until', '？')}")
    return ""


def context_lines(data: Mapping[str, Any]) -> list[str]:
    """The violation's dates, the lead, and decisions on the same act outside this file."""
    v = data.get("violation") or {}
    out = []
    if v.get("start_on"):
        span = v["start_on"] if v.get("end_on") in (None, v["start_on"]) else f"{v['start_on']} 至 {v['end_on']}"
        out.append(f"- **违法行为时间**：{span}" + ("（持续状态）" if v.get("continuing") else ""))
    lead = (data.get("time_limits") or {}).get("lead_on")
    if lead:
        out.append(f"- **线索**：{lead} 收到举报材料")
    out += [f"- **相关决定**：{r.get('agency', '其他机关')}于 {r.get('decided_on', '（日期不详）')} "
            f"就同一违法行为作出{penalties_zh(r.get('penalties') or ())}的决定"
            for r in data.get("related_decisions", ())]
    return out


def segments_text(record: Mapping[str, Any]) -> str:
    """A recording's segments by their times (a gap shows as two segments)."""
    segs = record.get("segments") or ()
    if len(segs) <= 1:
        return "连续录制" if segs else ""
    return "分段录制 " + "、".join(f"{s['start_at'][11:16]}–{s['end_at'][11:16]}" for s in segs)


# -- acts ----------------------------------------------------------------------------------------------------------


def _measure(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    what = {"seize": "扣押财物", "seal": "查封场所、设施或者财物", "freeze": "冻结存款、汇款",
            "restrict_liberty": "限制人身自由"}.get(a.get("measure", ""), "行政强制措施")
    if a.get("approved_by"):
        when = f"（{a['approved_at'][11:16] if a.get('approved_at') else a.get('approved_on', '')}）" \
            if a.get("approved_on") != a["on"] or a.get("approved_at") else ""
        approved = f"经{_name(names, a['approved_by'])}批准{when}"
        if a.get("approved_on") and a["approved_on"] != a["on"]:
            approved = f"{a['approved_on']} 经{_name(names, a['approved_by'])}批准"
    else:
        approved = "未报负责人批准"
    told = "、".join(ToldItem(t).zh for t in a.get("told") or ())
    states = "、".join(MeasureElement(e).zh for e in a.get("states") or ())
    return "行政强制措施", _join(
        f"实施{what}", approved, "情况紧急，当场实施" if a.get("emergency") else "",
        _yes_no(a.get("certificate_shown"), "出示执法证件", "未出示执法证件"),
        _yes_no(a.get("party_notified"), "通知当事人到场", "未通知当事人到场"),
        f"当场告知{told}" if told else "", _yes_no(a.get("statement_heard"), "听取了当事人的陈述和申辩",
                                               "未听取陈述和申辩"),
        _yes_no(a.get("list_delivered"), "当场交付决定书和清单", "未交付清单"),
        f"决定书载明：{states}" if states else "", f"期限{a['duration_days']}日" if a.get("duration_days") else "")


def _hearing_notice(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    states = "、".join(HearingNoticeElement(e).zh for e in a.get("states") or ())
    return "听证通知书", _join(f"定于 {a['hearing_on']} 举行听证" if a.get("hearing_on") else "告知听证的时间、地点",
                           f"通知书载明：{states}" if states else "")


def _hearing(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    if a.get("public") is False:
        public = "不公开举行" + (f"（理由：{_NOT_PUBLIC.get(a.get('not_public_reason') or '', '未记载')}）")
    else:
        public = _yes_no(a.get("public"), "公开举行", "")
    agents = a.get("agents") or ()
    no_poa = sum(1 for x in agents if x.get("written_authority") is False)
    return "听证", _join(
        "举行听证会", public, f"{a['public_notice_on']} 发布听证公告" if a.get("public_notice_on") else "",
        f"主持人：{_name(names, a.get('host_id'))}" if a.get("host_id") else "",
        (f"当事人委托代理人{len(agents)}名" + (f"（其中{no_poa}名未提交授权委托书）" if no_poa else "")) if agents
        else "",
        {"attended": "当事人出席", "absent_without_reason": "当事人无正当理由未出席",
         "left_without_leave": "当事人中途退出"}.get(a.get("attendance") or "", ""),
        f"向当事人收取听证费用{money(a['costs_charged'])}" if a.get("costs_charged") not in (None, "0") else "")


def _review(title: str) -> Any:
    def show(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
        verdict = {"agreed": "同意", "problems": "存在问题，建议补正"}.get(a.get("conclusion") or "", "未记载")
        points = "、".join(ReviewPoint(p).zh for p in a.get("points") or ())
        return title, _join(f"审核意见：{verdict}", f"审核内容：{points}" if points else "")
    return show


def _publication(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "公示", _join(f"在{a.get('platform', '（未记载）')}公开行政处罚信息",
                       f"摘要：“{a['summary']}”" if a.get("summary") else "",
                       f"公开内容：“{a['text']}”" if a.get("text") else "",
                       f"{a['ended_on']} 停止公示" if a.get("ended_on") else "")


def _payment(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    channel = {"bank": "通过指定银行", "e_payment": "通过电子支付系统", "on_the_spot": "由执法人员当场收缴"}.get(
        a.get("channel") or "", "")
    ground = f"（理由：{_GROUNDS[a['ground']]}）" if a.get("ground") else ""
    return "缴纳罚没款", _join(f"当事人{channel}缴纳{money(a['amount']) if a.get('amount') else ''}{ground}",
                          "出具罚没款收据" if a.get("receipt") else "")


def _surcharge(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "加处罚款", _join(f"加处罚款{money(a['amount'])}" if a.get("amount") else "",
                         f"自 {a['accrual_start_on']} 起" if a.get("accrual_start_on") else "",
                         f"按每日{a['daily_percent']}%" if a.get("daily_percent") else "")


def _change(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "决定被变更（撤销）", _join(f"原处罚决定被{_CHANGES.get(a.get('change', ''), '变更')}", a.get("note", ""))


def _withdrawal(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "撤回公示", _join("撤回已公开的行政处罚信息", _yes_no(a.get("reason_published"), "并公开说明理由",
                                                 "未说明理由"))


def _preservation(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    approved = (f"{a['approved_on']} 经{_name(names, a.get('approved_by'))}批准" if a.get("approved_on")
                else "未记载批准")
    return "先行登记保存", _join("对涉案物品先行登记保存", approved,
                             _yes_no(a.get("certificate_shown"), "出示执法证件", "未出示执法证件"),
                             f"{a['handled_on']} 作出处理决定" if a.get("handled_on") else "")


def _lifting(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "解除强制措施", {"confiscated": "依法没收", "destroyed": "依法销毁"}.get(a.get("disposal") or "",
                                                                      "解除查封（扣押）")


def _report(a: Act, data: Mapping[str, Any], names: Names) -> tuple[str, str]:
    return "听证报告", "听证主持人提交听证报告"


HANDLERS: dict[str, Any] = {
    "coercive_measure": _measure, "hearing_notice": _hearing_notice, "hearing": _hearing,
    "legal_review": _review("法制审核"), "case_review": _review("案件审核"), "publication": _publication,
    "payment": _payment, "surcharge": _surcharge, "decision_change": _change,
    "publication_withdrawal": _withdrawal, "evidence_preservation": _preservation,
    "coercive_measure_lifting": _lifting, "hearing_report": _report,
}
