"""A case record as a trainee reads it: 案情摘要 and a timeline table of the case file, in Chinese.

Everything shown is rendered from the record itself (never from the builder's intentions), so a planted
defect shows exactly as the changed record says — a missing 回避 right is simply absent from the row,
a late service carries its late date. Acts are referred to by their row (第 N 项), never by id.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from enforcement_rules.calendar import WorkingCalendar, default_calendar
from enforcement_rules.models.actions import DecisionElement, NoticeElement, RightTold
from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.edits import day_of, in_time_order
from enforcement_rules.training.render_facts import HANDLERS, authority_text, context_lines, segments_text, staff_lines
from enforcement_rules.training.wording import DOCUMENT_TITLES, SERVICE_ZH, penalties_zh

__all__ = ["holidays_between", "row_labels", "summary_lines", "timeline_lines"]

_WEEKDAYS = "一二三四五六日"
_LEVELS = {"county_department": "县级人民政府工作部门", "city_department": "设区的市级人民政府工作部门",
           "township": "乡镇人民政府", "county_dispatched": "县级部门派出机构"}
_HOLIDAYS = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
             "Dragon Boat Festival": "端午节", "Mid-autumn Festival": "中秋节", "National Day": "国庆节",
             "Anti-Fascist 70th Day": "抗战胜利70周年纪念日"}


def day_text(d: date) -> str:
    return f"{d.isoformat()}（周{_WEEKDAYS[d.weekday()]}）"


def row_labels(built: BuiltCase) -> dict[str, str]:
    """Each act's row on the sheet: ``{"decision-1": "第18项"}``; a record takes the row of the act it
    documents first, and a member of staff is named."""
    rows = {a["id"]: f"第{i}项" for i, a in enumerate(in_time_order(built.data["acts"]), start=1)}
    records = {r["id"]: rows[r["act_ids"][0]] for r in built.data.get("records", []) if r["act_ids"][0] in rows}
    staff = {s["id"]: s.get("name") or s["id"] for s in built.data.get("staff", [])}
    return {**staff, **records, **rows}


def summary_lines(built: BuiltCase) -> list[str]:
    """The 案情摘要: agency, party, matter, procedure and the facts as the file tells them."""
    data, story = built.data, built.story
    agency = data.get("agency") or {}
    level = _LEVELS.get(agency.get("level", ""), "")
    basis = authority_text(agency)
    basis = f"；{basis}" if basis else ""
    procedure = "简易程序（当场作出行政处罚决定）" if data.get("procedure") == "summary" else "普通程序"
    found = date.fromisoformat(data["violation"]["discovered_on"])
    return [
        f"- **执法机关**：{story.agency}（{level}{basis}）",
        f"- **当事人**：{story.party_desc}",
        f"- **案由**：{story.matter}",
        f"- **程序**：{procedure}",
        f"- **案情**：{found.isoformat()}，{story.agency}经{story.lead}发现：{story.facts}"
        f"处罚依据为{story.basis}。",
        *context_lines(data),
        "- **办案人员**：",
        *staff_lines(data),
    ]


def timeline_lines(built: BuiltCase) -> list[str]:
    """The case file as a table, one row per act in time order."""
    names = {s["id"]: s.get("name") or s["id"] for s in built.data.get("staff", [])}
    records: dict[str, list[dict[str, Any]]] = {}
    for r in built.data.get("records", []):
        for i in r["act_ids"]:
            records.setdefault(i, []).append(r)
    lines = ["| 序号 | 日期 | 环节 | 内容摘要 | 人员 | 记录 |", "|---|---|---|---|---|---|"]
    for i, a in enumerate(in_time_order(built.data["acts"]), start=1):
        when = day_text(day_of(a))
        stamp = a.get("at") or a.get("start_at")
        if stamp:
            when += f" {stamp[11:16]}"
            if a.get("end_at"):
                when += f"–{a['end_at'][11:16]}"
        title, text = _describe(a, built.data, names)
        who = "、".join(dict.fromkeys(names.get(s, s) for s in _people(a)))
        kept = _records(records.get(a["id"], []), names)
        lines.append(f"| {i} | {when} | {title} | {_cell(text)} | {who} | {kept} |")
    return lines


def holidays_between(first: date, last: date, calendar: WorkingCalendar | None = None) -> list[str]:
    """The official holidays (each block of days off, with the weekends it joins) and the weekend working
    days (调休上班) between two dates, as the State Council notices set them."""
    cal = calendar or default_calendar()
    blocks: list[tuple[date, date, list[str]]] = []
    work: list[date] = []
    d = first
    while d <= last:
        if not cal.covers(d):
            d += timedelta(days=1)
            continue
        reason = cal.skip_reason(d)
        if d.weekday() >= 5 and reason is None:
            work.append(d)
        elif reason is not None and reason.reason == "day_off" and not (blocks and blocks[-1][0] <= d <= blocks[-1][1]):
            start, end = d, d
            while cal.covers(start - timedelta(days=1)) and not cal.is_working_day(start - timedelta(days=1)):
                start -= timedelta(days=1)
            while cal.covers(end + timedelta(days=1)) and not cal.is_working_day(end + timedelta(days=1)):
                end += timedelta(days=1)
            names: list[str] = []
            for k in range((end - start).days + 1):
                found = cal.skip_reason(start + timedelta(days=k))
                if found is not None and found.reason == "day_off":
                    names.append(_HOLIDAYS.get(found.name, found.name))
            blocks.append((start, end, list(dict.fromkeys(names))))
        d += timedelta(days=1)
    out = [f"{'、'.join(names)}：{start.isoformat()} 至 {end.isoformat()} 放假" for start, end, names in blocks]
    if work:
        out.append("调休上班的周末：" + "、".join(day_text(w) for w in work))
    return out


def _yes_no(value: object, yes: str, no: str) -> str:
    """The words for a recorded True / False; nothing when not recorded."""
    return yes if value is True else no if value is False else ""


def _cell(text: str) -> str:
    return text.replace("|", "｜").replace("\n", " ")


def _people(a: Mapping[str, Any]) -> list[str]:
    ids = list(a.get("staff_ids", ()))
    for key in ("reviewer_ids", "head_ids"):
        ids += a.get(key, [])
    for key in ("approved_by", "host_id"):
        if a.get(key):
            ids.append(a[key])
    return ids


def _records(found: Iterable[Mapping[str, Any]], names: Mapping[str, str]) -> str:
    out = []
    for r in found:
        kind = {"written": "书面记录", "video": "录像", "audio": "录音", "photo": "照片"}[r["kind"]]
        sig = r.get("signatures") or {}
        party = {"signed": "当事人签名",
                 "refused": "当事人拒绝签名" + _noted(sig.get("refusal_noted")),
                 "absent": "当事人不在场" + _noted(sig.get("absence_noted"))}.get(sig.get("party") or "", "")
        extra = [party] if party else []
        if sig.get("officer_ids"):
            extra.append(f"执法人员{'、'.join(names.get(i, i) for i in sig['officer_ids'])}签名")
        if sig.get("witness_signed"):
            extra.append("见证人签名")
        if r["kind"] in ("video", "audio") and r.get("segments"):
            extra.append(segments_text(r))
        out.append(kind + (f"（{'，'.join(extra)}）" if extra else ""))
    return "；".join(out) or "—"


def _noted(noted: bool | None) -> str:
    """Whether the record notes the refusal or absence — shown both ways, so that a missing note is visible."""
    if noted is None:
        return ""
    return "，笔录已注明" if noted else "，笔录未注明"


def _told(rights: Iterable[str] | None) -> str:
    found = [RightTold(r).zh for r in rights or ()]
    return f"告知当事人享有{'、'.join(found)}" if found else ""


def _describe(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    kind = a["type"]
    handler = _HANDLERS.get(kind)
    if handler is None:
        return kind, str(a.get("note", ""))
    title, text = handler(a, data, names)
    return str(title), str(text)


def _join(*parts: str) -> str:
    return "；".join(p for p in parts if p)


def _evidence(title: str) -> Any:
    def show(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
        shown = _yes_no(a.get("certificate_shown"), "出示执法证件", "笔录未记载出示执法证件")
        place = f"地点：{a['place']}" if a.get("place") else ""
        if a.get("in_facility"):
            place = _join(place, "在执法办案场所进行")
        extra = ""
        if a["type"] == "sampling" and a.get("results_on"):
            told = _yes_no(a.get("results_told"), "检测结果告知书已送达当事人", "案卷中没有将检测结果告知当事人的记录")
            extra = _join(f"检测结果于 {a['results_on']} 出具", told)
        return title, _join(place, shown, _told(a.get("rights_told")), extra, a.get("note", ""))

    return show


def _notice(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    listed = a.get("states")
    states = "、".join(NoticeElement(e).zh for e in listed or ())
    proposed = penalties_zh(a.get("proposed_penalties") or ())
    if listed is not None and "proposed_penalty" not in listed:
        proposed = "（未载明）"  # the document does not state it, so the sheet does not show it
    if a.get("manner") == "oral":
        return "当场告知", _join(f"口头告知拟作出的处罚：{proposed}", f"告知内容：{states}" if states else "")
    return "行政处罚事先告知书", _join(f"拟作出的处罚：{proposed}", f"告知书载明：{states}" if states else "")


def _decision(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    elements = a.get("elements")
    stated = "、".join(DecisionElement(e).zh for e in elements) if elements is not None else ""
    parts = [f"文号：{a['number']}" if a.get("number") else "", f"处罚：{penalties_zh(a.get('penalties') or ())}",
             f"决定书载明：{stated}" if stated else ""]
    r = a.get("remedies")
    if r and (elements is None or "remedies" in elements):
        text = f"救济告知：不服本决定的，可以在收到本决定书之日起{r.get('review_days', '？')}日内向" \
               f"{r.get('review_body', '？')}申请行政复议"
        if r.get("litigation_offered"):
            text += f"，也可以在{r.get('litigation_months', '？')}个月内依法向人民法院提起行政诉讼"
        if r.get("review_first_stated"):
            text += "（应当先申请行政复议）"
        parts.append(text)
    if a.get("announced"):
        parts.append("当场宣告")
    parts += _decision_facts(a)
    return ("当场处罚决定书" if data.get("procedure") == "summary" else "行政处罚决定书"), _join(*parts)


def _decision_facts(a: Mapping[str, Any]) -> list[str]:
    """What else the decision records: on-the-spot formalities, the name it was made in, a minor's
    mitigation, evidence from monitoring devices."""
    parts = [_yes_no(a.get("certificate_shown"), "出示执法证件", "未出示执法证件")]
    if a.get("filed_on"):
        when = a["filed_at"][11:16] if a.get("filed_at") else ""
        parts.append(f"{a['filed_on']} {when}报所属机关备案".replace("  ", " "))
    parts.append(_yes_no(a.get("in_own_name"), "以本机关名义作出", "以委托机关名义作出"))
    parts.append(_yes_no(a.get("lighter_or_reduced"), "对未成年人从轻、减轻处罚", ""))
    parts += [_join(f"证据包括{ev.get('device', '电子技术监控设备')}的记录",
                    _yes_no(ev.get("reviewed"), "设备经法制和技术审核", "设备未经法制和技术审核"),
                    _yes_no(ev.get("location_published"), "设置地点已公布", "设置地点未公布"),
                    f"{ev['party_told_on']} 告知当事人" if ev.get("party_told_on") else "")
              for ev in a.get("monitoring_evidence") or ()]
    return [p for p in parts if p]


def _service(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    doc = next((d for d in data["acts"] if d["id"] == a["document_id"]), {"type": ""})
    title = DOCUMENT_TITLES.get(doc["type"], "文书")
    how = SERVICE_ZH.get(a.get("method") or "", "送达")
    parts = [f"送达《{title}》，方式：{how}"]
    if a.get("posted_on"):
        parts.append(f"交邮日期 {a['posted_on']}，当事人 {a['on']} 签收")
    if a.get("method") in ("electronic", "fax"):
        parts.append(_yes_no(a.get("consent_signed"), "当事人已签署送达地址确认书，同意电子送达",
                             "当事人未签署电子送达确认书"))
    if a.get("refused"):
        parts.append("当事人拒绝签收")
        parts.append(_yes_no(a.get("witness_present"), "邀请见证人到场", "未邀请见证人"))
    if a.get("av_recorded"):
        parts.append("全程拍照、录像")
    if a.get("publication_notice") is True:
        parts.append("同时书面告知当事人处罚信息将依法公示")
    return "送达", _join(*parts)


class _Fill(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "（未记载）"


def _simple(title: str, text: str = "") -> Any:
    def show(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
        fill = _Fill({k: names.get(v, v) if isinstance(v, str) else v for k, v in a.items()})
        shown = text.format_map(fill) if text else ""
        return title, _join(shown, a.get("note", "") if "{note}" not in text else "")

    return show


def _statement_review(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    adopted = _yes_no(a.get("adopted"), "予以采纳", "不予采纳")
    return "复核", _join("对当事人提出的事实、理由和证据进行复核", adopted)


def _party_act(title: str, text: str) -> Any:
    def show(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
        manner = "口头" if a.get("manner") == "oral" else "书面"
        words = {"statement": "陈述", "defence": "申辩", "hearing": "要求听证"}
        rights = "、".join(words[r] for r in a.get("rights", ()))
        return title, text.format(manner=manner, rights=rights)

    return show


def _discussion(a: Mapping[str, Any], data: Mapping[str, Any], names: Mapping[str, str]) -> tuple[str, str]:
    minutes = _yes_no(a.get("minutes"), "制作了讨论记录", "没有讨论记录")
    return "集体讨论", _join("行政机关负责人集体讨论决定", minutes)


_HANDLERS: dict[str, Any] = {
    "verification": _simple("核查", "{note}"),
    "filing": _simple("立案", "经{approved_by}批准立案"),
    "inspection": _evidence("现场检查"),
    "questioning": _evidence("询问"),
    "sampling": _evidence("抽样取证"),
    "coercive_measure_extension": _simple("延长强制措施期限", "延长{days}日"),
    "penalty_notice": _notice,
    "statement": _party_act("陈述申辩", "当事人{manner}提出陈述、申辩意见"),
    "waiver": _party_act("放弃权利", "当事人{manner}明确表示放弃{rights}的权利"),
    "statement_review": _statement_review,
    "hearing_request": _party_act("听证申请", "当事人{manner}要求举行听证"),
    "collective_discussion": _discussion,
    "decision": _decision,
    "service": _service,
    "demand": _simple("催告"),
    "enforcement_decision": _simple("强制执行决定"),
    "enforcement": _simple("强制执行"),
    "closing": _simple("结案", "经{approved_by}批准结案"),
    "archive": _simple("归档", "立卷归档"),
}
_HANDLERS.update(HANDLERS)
