"""The parameter registry: every value that differs by sector, matter, province or date is declared
here once — its kind, which direction is stricter, and who may change it either way (DESIGN §6).

Profile files (``data/*.toml``) give dated, cited values for these parameters; rules read them through
``ctx.param(name, on=...)``. A layer may only make a value stricter, unless the parameter is delegated
to that layer by a cited text (SAMR-H 5②, MEE-P 89②, PSB-P 123② for provincial hearing thresholds;
"法律另有规定" clauses for laws that set their own figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from enforcement_rules.law.citations import Citation, Rank, cite

__all__ = [
    "PARAMETERS",
    "Delegation",
    "Direction",
    "LayerKind",
    "ParamKind",
    "Parameter",
    "parameter",
]


class ParamKind(StrEnum):
    """What kind of value a parameter holds."""

    AMOUNT = "amount"  # yuan (Decimal)
    PERIOD = "period"  # "N unit", see calendar.Period
    COUNT = "count"  # a whole number (seconds, persons…)
    FLAG = "flag"  # true / false
    CHOICE = "choice"  # one of a declared list of words
    SET = "set"  # a set of words, each with its own citation; layers add to it
    LIMIT = "limit"  # an amount with its bound: "≤ 5000" (含本数) or "< 5000" (不含本数)


class Direction(StrEnum):
    """Which way a value is stricter: more findings, more duties for the agency."""

    LOWER = "lower"  # a lower amount or shorter period is stricter (deadlines, hearing thresholds)
    HIGHER = "higher"  # a higher value or longer period is stricter (the party's windows)
    TRUE = "true"  # a flag is stricter when on
    ORDERED = "ordered"  # for CHOICE: later in `choices` is stricter
    SUPERSET = "superset"  # for SET: more members is stricter (required elements)
    SUBSET = "subset"  # for SET: fewer members is stricter (exclusions, allowed kinds)
    NONE = "none"  # no order: any change needs a delegation


class LayerKind(StrEnum):
    """The layers of a profile, from the bottom (DESIGN §6)."""

    NATIONAL = "national"
    SECTOR = "sector"
    PROVINCE = "province"
    PROVINCE_SECTOR = "province_sector"
    USER = "user"


@dataclass(frozen=True, slots=True)
class Delegation:
    """A text that lets ``layers`` set the parameter either way — provided the value cites an
    instrument of at least ``min_rank`` when one is given ("法律另有规定的，从其规定" needs a law)."""

    layers: tuple[LayerKind, ...]
    cite: Citation
    min_rank: Rank | None = None


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter, declared once."""

    name: str
    kind: ParamKind
    stricter: Direction
    title: str
    title_en: str
    delegated_to: tuple[Delegation, ...] = ()
    choices: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # for SET: the words allowed (empty: any)


def _p(
    name: str,
    kind: ParamKind,
    stricter: Direction,
    title: str,
    title_en: str,
    *delegated_to: Delegation,
    choices: tuple[str, ...] = (),
    members: tuple[str, ...] = (),
) -> Parameter:
    return Parameter(name, kind, stricter, title, title_en, delegated_to, choices, members)


_PROVINCE = (LayerKind.PROVINCE, LayerKind.PROVINCE_SECTOR)
_SECTOR = (LayerKind.SECTOR,)
_LAW, _RULE = Rank.LAW, Rank.DEPARTMENT_RULE
_A, _P, _S, _F, _C = ParamKind.AMOUNT, ParamKind.PERIOD, ParamKind.SET, ParamKind.FLAG, ParamKind.CHOICE
_LO, _HI = Direction.LOWER, Direction.HIGHER

# Provincial hearing figures: SAMR-H 5②, MEE-P 89②, PSB-P 123②. CPL 63 sets no figure for "较大数额"
# and lets laws, regulations and rules add hearing cases (CPL 63(六)): a sector rule may set its own.
_HEARING_FIGURES = (
    Delegation(_PROVINCE, cite("SAMR-H 5②")),
    Delegation(_PROVINCE, cite("MEE-P 89②")),
    Delegation(_PROVINCE, cite("PSB-P 123②")),
    Delegation(_SECTOR, cite("CPL 63(6)"), _RULE),
)
_DECISION_ELEMENTS = (
    "party_name", "party_address", "facts", "evidence", "penalty_kind", "penalty_basis", "performance",
    "remedies", "agency_name", "decision_date", "seal", "statement_adoption", "party_id_number",
    "hearing_details", "discretion_reasons", "party_sex", "party_age", "party_id_document", "violation",
    "fine_amount", "time", "place", "officer_signature", "preprinted_numbered_form", "department_seal",
)
_NOTICE_ELEMENTS = (
    "proposed_penalty", "facts", "reasons", "legal_basis", "statement_right", "defence_right",
    "hearing_right", "refund_amount", "guardian_told",
)
_PENALTY_KINDS = (
    "warning", "public_criticism", "fine", "confiscate_illegal_gains", "confiscate_illegal_property",
    "suspend_permit", "lower_qualification", "revoke_permit", "revoke_business_licence",
    "ban_permit_application", "restrict_business", "order_rectification", "order_suspension",
    "order_suspension_rectification", "order_closure", "restrict_employment", "ban_employment", "detention",
    "other",
)
_REVIEW_POINTS = (
    "jurisdiction", "party_information", "facts_evidence", "characterisation", "legal_basis", "procedure",
    "handling", "acting_subject", "officer_qualification", "documents", "crime_transfer",
)
#: Acts the GB118 audio-visual lists may name (recording.gb118_full / recording.gb118_situational).
_AV_ACTS = (
    "seal", "seize", "restrict_liberty", "demolition", "facility", "inspection", "questioning", "sampling",
    "evidence_preservation", "hearing", "left_at_residence", "public_notice",
)
_ANY_LAYER = (LayerKind.SECTOR, LayerKind.PROVINCE, LayerKind.PROVINCE_SECTOR, LayerKind.USER)
_PUBLISHED_FIELDS = (
    "summary", "number", "party_name", "credit_code", "legal_representative", "penalties", "basis",
    "agency_name", "decision_date",
)
_EXCLUDED_INTERVALS = (
    "suspension", "hearing", "public_notice", "testing", "right_holder_identification", "refund_order",
    "monitoring", "assessment", "appraisal", "determination", "service", "crime_transfer", "other",
)
_CPL60 = Delegation(_SECTOR, cite("CPL 60"), _RULE)  # "法律、法规、规章另有规定的，从其规定"

_ALL = (
    # -- notice and hearing (NOTICE, HEAR) --------------------------------------------------------
    _p("notice.elements", _S, Direction.SUPERSET, "事先告知书应当载明的内容", "Contents of the pre-decision notice",
       members=_NOTICE_ELEMENTS),
    _p("statement.window", _P, _HI, "陈述、申辩期限（作出决定前）", "Statement and defence window before deciding"),
    _p("hearing.request_window", _P, _HI, "要求听证的期限", "Hearing request window"),
    _p("hearing.notice_lead", _P, _HI, "听证通知提前期", "Hearing notice lead time"),
    _p("hearing.fine_threshold.natural_person", _A, _LO, "听证：较大数额罚款（自然人）",
       "Hearing: large fine, natural person (≥)", *_HEARING_FIGURES),
    _p("hearing.fine_threshold.organization", _A, _LO, "听证：较大数额罚款（法人或者其他组织）",
       "Hearing: large fine, legal person or other organisation (≥)", *_HEARING_FIGURES),
    _p("hearing.fine_threshold.border_individual", _A, _LO, "听证：违反边防出境入境管理的个人罚款",
       "Hearing: fine on an individual under border or exit-entry law (≥)", *_HEARING_FIGURES),
    _p("hearing.confiscation_threshold.natural_person", _A, _LO, "听证：没收较大数额（自然人）",
       "Hearing: large confiscation, natural person (≥)", *_HEARING_FIGURES),
    _p("hearing.confiscation_threshold.organization", _A, _LO, "听证：没收较大数额（法人或者其他组织）",
       "Hearing: large confiscation, legal person or other organisation (≥)", *_HEARING_FIGURES),
    _p("hearing.confiscation_basis", _C, Direction.ORDERED, "没收数额的计算：违法所得与非法财物分别或合计",
       "Confiscation compared for gains and property each separately, or as their total (stricter)",
       *_HEARING_FIGURES, choices=("each", "total")),
    _p("hearing.always_eligible", _S, Direction.SUPERSET, "应当告知听证权利的处罚种类",
       "Penalty kinds always eligible for a hearing", members=_PENALTY_KINDS),
    _p("hearing.minor_detention", _F, Direction.TRUE, "可能执行行政拘留的未成年人有权要求听证",
       "A minor who may be detained may ask for a hearing (notice to the minor and the guardian)"),
    _p("hearing.other_heavier", _F, Direction.TRUE, "其他较重的行政处罚应当告知听证权利（告知书标明时）",
       "Another heavier penalty (when the notice flags it so) is hearing-eligible"),
    _p("hearing.notice_lead_from", _C, Direction.ORDERED, "听证通知提前期的起算：通知之日或者送达之日",
       "Hearing notice lead time counted from the notification, or from service (stricter)",
       choices=("notice", "service")),
    _p("hearing.notice_elements", _S, Direction.SUPERSET, "听证通知应当载明的内容", "Contents of the hearing notice",
       members=("time", "place", "host", "members", "recorder", "interpreter", "recusal_right")),
    _p("hearing.public_notice_lead", _P, _HI, "公开听证的公告提前期",
       "Public announcement of a public hearing, before it"),
    _p("hearing.minor_private", _F, Direction.TRUE, "未成年人案件的听证不公开举行",
       "Hearings in minors' cases are not public"),
    _p("hearing.not_investigators", _S, Direction.SUPERSET, "不得由本案调查人员担任的听证人员",
       "Hearing roles an investigator of the case may not hold", members=("host", "members", "recorder")),
    _p("hearing.max_agents", ParamKind.COUNT, _LO, "当事人可以委托的听证代理人数", "Agents a party may appoint"),
    _p("hearing.agent_written_authority", _F, Direction.TRUE, "听证代理人须提交授权委托书",
       "A hearing agent submits a written power of attorney"),
    _p("hearing.report_within", _P, _LO, "听证报告的撰写期限（听证结束后）",
       "Hearing report within (after the hearing)"),
    _p("evidence.rights_first_told", _S, Direction.SUPERSET, "首次取证时应当告知的权利",
       "Rights told the first time evidence is taken from the party",
       members=("statement", "defence", "recusal")),
    _p("notice.minor_elements", _S, Direction.SUPERSET, "当事人未成年时告知书另须载明的内容",
       "What a notice must also state when the party is a minor", members=_NOTICE_ELEMENTS),
    # -- the decision and its service (NOTICE-006, NOTICE-008) ---------------------------------------
    _p("decision.elements", _S, Direction.SUPERSET, "行政处罚决定书应当载明的事项",
       "Elements of a decision document", members=_DECISION_ELEMENTS),
    _p("decision.summary_elements", _S, Direction.SUPERSET, "当场处罚决定书应当载明的事项",
       "Elements of a summary decision document", members=_DECISION_ELEMENTS),
    _p("decision.service_within", _P, _LO, "当事人不在场时送达决定书的期限", "Service of the decision when absent",
       Delegation(_SECTOR, cite("CPL 61①"), _LAW)),
    # -- summary procedure (PROC-001, PROC-002) ------------------------------------------------------
    _p("summary.max_fine.natural_person", _A, _LO, "简易程序：对公民罚款上限", "Summary procedure: fine cap, citizen",
       Delegation(_SECTOR, cite("CPL 51"), _LAW)),
    _p("summary.max_fine.organization", _A, _LO, "简易程序：对法人或者其他组织罚款上限",
       "Summary procedure: fine cap, organisation", Delegation(_SECTOR, cite("CPL 51"), _LAW)),
    _p("summary.kinds", _S, Direction.SUBSET, "简易程序可以给予的处罚种类",
       "Penalty kinds allowed in summary procedure",
       Delegation(_SECTOR, cite("CPL 51"), _LAW), members=_PENALTY_KINDS),
    _p("summary.filing_within", _P, _LO, "当场处罚决定报所属机关备案的期限", "Filing of a summary decision"),
    # -- time limits (TIME) -------------------------------------------------------------------------
    _p("case.decide_within", _P, _LO, "办案期限（自立案之日起）", "Case period from filing",
       Delegation(_SECTOR, cite("CPL 60"), _RULE)),
    _p("case.excluded_intervals", _S, Direction.SUBSET, "不计入办案期限的期间",
       "Intervals excluded from the case period",
       Delegation(_SECTOR, cite("CPL 60"), _RULE), members=_EXCLUDED_INTERVALS),
    _p("limitation.period", _P, _LO, "追责时效", "Limitation period",
       Delegation(_SECTOR, cite("CPL 36①"), _LAW)),
    _p("limitation.period_harm", _P, _LO, "追责时效（涉及生命健康安全、金融安全且有危害后果）",
       "Limitation period where life, health or financial safety was harmed",
       Delegation(_SECTOR, cite("CPL 36①"), _LAW)),
    _p("case.period_start", _C, Direction.NONE, "办案期限的起算", "The case period runs from filing or acceptance",
       _CPL60, choices=("filing", "acceptance")),
    _p("case.extension", _P, _LO, "延长办案期限（每次）", "Extension of the case period, each", _CPL60),
    _p("case.extension_approval", _C, Direction.ORDERED, "延长办案期限的批准", "Who approves an extension",
       _CPL60, choices=("head", "next_level")),
    _p("case.extension_count", ParamKind.COUNT, _LO, "经批准延长办案期限的次数上限",
       "How many approved extensions", _CPL60),
    _p("case.further_extension", _C, Direction.NONE, "延期后继续延期的方式", "Further extension after that",
       _CPL60, choices=("collective_discussion",)),
    _p("case.further_extension_max", _P, _LO, "继续延长的期限上限", "Cap on a further extension", _CPL60),
    _p("period.roll_last_rest_day", _F, Direction.NONE, "期间最后一日为节假日的顺延至节假日后第一日",
       "A period whose last day is a rest day ends on the next working day", _CPL60),
    _p("filing.decide_within", _P, _LO, "核查线索、决定是否立案的期限", "Decide whether to file, within"),
    _p("filing.extension", _P, _LO, "决定是否立案的延长期限", "Extension of the filing period"),
    _p("filing.excluded_intervals", _S, Direction.SUBSET, "不计入立案期限的期间",
       "Intervals excluded from the filing period", members=_EXCLUDED_INTERVALS),
    _p("evidence.preservation_handle_within", _P, _LO, "先行登记保存后作出处理决定的期限",
       "Handle preserved evidence within"),
    _p("evidence.preservation_emergency_report", _P, _LO, "情况紧急当场先行登记保存的补办批准期限",
       "Emergency evidence preservation: approval completed within"),
    # -- fines: collection and surcharges (PROC-006, PROC-007) ----------------------------------------
    _p("payment.within", _P, _HI, "当事人缴纳罚款的期限（自收到决定书之日起）", "The party pays the fine within"),
    _p("collection.on_the_spot_max", _A, _LO, "当场收缴的小额罚款上限", "On-the-spot collection of a small fine, up to",
       Delegation(_SECTOR, cite("PSAPL 4"), _LAW)),
    _p("collection.hand_in_within", _P, _LO, "当场收缴的罚款交至行政机关的期限",
       "Fines collected on the spot handed in within"),
    _p("surcharge.daily_percent", ParamKind.COUNT, _LO, "加处罚款的每日比例（%）",
       "Daily surcharge, percent of the fine"),
    _p("surcharge.enforce_after_days", ParamKind.COUNT, _HI, "加处罚款超过该日数经催告仍不履行的，方可强制执行",
       "Enforcement only after the surcharge has run more than this many days and a demand"),
    # -- minors (PROC-004) ---------------------------------------------------------------------------
    _p("minor.no_penalty_under", ParamKind.COUNT, _HI, "不予处罚的年龄（不满）", "No penalty under this age"),
    _p("minor.lighter_under", ParamKind.COUNT, _HI, "应当从轻或者减轻处罚的年龄（不满）",
       "A lighter or reduced penalty under this age"),
    # -- publication (PUBLISH) ------------------------------------------------------------------------
    _p("publication.scope", _C, Direction.ORDERED, "应当公开的行政处罚决定范围", "Which decisions must be published",
       Delegation(_SECTOR, cite("CPL 48①"), _LAW),
       choices=("never", "social_impact", "ordinary_except_warning", "every_decision")),
    _p("publication.deadline", _P, _LO, "公开期限", "Publish within"),
    # A guiding opinion's period yields to a binding sector rule that sets its own (SAMR-G 9, MEE-P 65):
    # a sector layer may drop it when it cites a department rule or higher (derived).
    _p("publication.deadline_guidance", _P, _LO, "公开期限（指导意见）", "Publish within (guiding opinion)",
       Delegation(_SECTOR, cite("GB118 2(3)"), _RULE)),
    _p("publication.cross_province_push", _P, _LO, "跨省推送期限", "Cross-province push within"),
    _p("publication.withdraw_within", _P, _LO, "撤回公开信息的期限", "Withdraw within"),
    _p("publication.required_fields", _S, Direction.SUPERSET, "公开的行政处罚信息应当包括的内容",
       "What a published decision must contain", members=_PUBLISHED_FIELDS),
    _p("publication.duration.short", _P, _LO, "公示期（仅通报批评或者较低数额罚款）",
       "Publication period: public criticism or a lower fine only"),
    _p("publication.duration.long", _P, _LO, "公示期（其他行政处罚）", "Publication period: other penalties"),
    _p("publication.low_fine.natural_person", ParamKind.LIMIT, _LO, "较低数额罚款（自然人，公示三个月）",
       "Lower fine, natural person (published 3 months)", Delegation(_PROVINCE, cite("SAMR-G 13②"))),
    _p("publication.low_fine.organization", ParamKind.LIMIT, _LO, "较低数额罚款（法人或者其他组织，公示三个月）",
       "Lower fine, organisation (published 3 months)", Delegation(_PROVINCE, cite("SAMR-G 13②"))),
    # -- provincial caps on fines that provincial government rules may set (CPL 14②) --------------------
    _p("local_rule.fine_cap.non_business", _A, _LO, "政府规章设定罚款限额（非经营活动）",
       "Cap on fines set by provincial government rules: non-business conduct",
       Delegation(_PROVINCE, cite("CPL 14②"))),
    _p("local_rule.fine_cap.business_gains_multiple", ParamKind.COUNT, _LO,
       "政府规章设定罚款限额（经营活动，违法所得的倍数）",
       "Cap for business conduct with illegal gains: multiple of the gains", Delegation(_PROVINCE, cite("CPL 14②"))),
    _p("local_rule.fine_cap.business_with_gains", _A, _LO, "政府规章设定罚款限额（经营活动，有违法所得，最高额）",
       "Cap for business conduct with illegal gains: highest amount", Delegation(_PROVINCE, cite("CPL 14②"))),
    _p("local_rule.fine_cap.business_without_gains", _A, _LO, "政府规章设定罚款限额（经营活动，无违法所得）",
       "Cap for business conduct without illegal gains", Delegation(_PROVINCE, cite("CPL 14②"))),
    # -- recording and review -----------------------------------------------------------------------
    _p("recording.gap_tolerance_seconds", ParamKind.COUNT, _LO, "全程同步录音录像允许的中断（秒）",
       "Gap tolerated in synchronous audio-video (seconds)"),
    _p("recording.gb118_lists", _F, Direction.TRUE, "适用118号文音像记录清单（未核实，默认关闭）",
       "Apply the GB118 audio-visual lists (unverified, off by default)"),
    # -- officers, legal review and collective discussion (AUTH, REVIEW) -----------------------------
    _p("officers.minimum", ParamKind.COUNT, _HI, "执法人员最少人数", "Fewest enforcement officers on an act"),
    _p("officers.single_officer_cases", _S, Direction.SUBSET, "可以由一名执法人员进行的情形（须全程同步录音录像）",
       "Acts one officer may do alone (with full synchronous audio-video)",
       Delegation(_SECTOR, cite("CPL 42①"), _LAW),
       members=("facility_questioning", "facility_seizure", "summary_no_objection")),
    _p("legal_review.triggers", _S, Direction.SUPERSET, "应当进行法制审核的情形", "Cases that need a legal review",
       members=("major_public_interest", "major_rights_after_hearing", "complex", "listed")),
    _p("legal_review.points", _S, Direction.SUPERSET, "法制审核的内容", "Points a legal review covers",
       members=_REVIEW_POINTS),
    _p("case_review.points", _S, Direction.SUPERSET, "案件审核的内容", "Points a case review covers",
       members=_REVIEW_POINTS),
    _p("collective_discussion.triggers", _S, Direction.SUPERSET, "应当由负责人集体讨论决定的情形",
       "Cases the heads must decide collectively", members=("complex", "major", "legal_review_case")),
    _p("collective_discussion.amount", _A, _LO, "集体讨论：拟罚款、没收数额（以上）",
       "Collective discussion: proposed fine or confiscation of at least this amount",
       Delegation(_PROVINCE, cite("MEE-P 52④"), Rank.LOCAL_RULE)),
    _p("collective_discussion.kinds", _S, Direction.SUPERSET, "集体讨论：拟给予的处罚种类",
       "Collective discussion: penalty kinds that always need it", members=_PENALTY_KINDS),
    _p("recording.gb118_full", _S, Direction.SUPERSET, "118号文：推行全程音像记录的执法活动",
       "GB118: acts to be recorded on audio-video throughout (when the lists are on)", members=_AV_ACTS),
    _p("recording.gb118_situational", _S, Direction.SUPERSET, "118号文：根据实际情况进行音像记录的执法活动",
       "GB118: acts to be recorded on audio-video as circumstances require (when the lists are on)",
       members=_AV_ACTS),
    _p("closing.within", _P, _LO, "结案审批期限（自结案情形出现之日起）", "Closing approval within"),
    # -- coercive measures (COERCE) -------------------------------------------------------------------
    _p("coercion.emergency_report_within", _P, _LO, "当场实施行政强制措施后向负责人报告的期限",
       "Report to the agency head after an emergency measure, within"),
    _p("coercion.seal_seize_within", _P, _LO, "查封、扣押的期限", "Sealing or seizure, at most",
       Delegation(_SECTOR, cite("ACL 25①"), Rank.ADMINISTRATIVE_REGULATION)),
    _p("coercion.seal_seize_extension", _P, _LO, "查封、扣押延长期限（合计）",
       "Extension of sealing or seizure, in total",
       Delegation(_SECTOR, cite("ACL 25①"), Rank.ADMINISTRATIVE_REGULATION)),
    _p("coercion.freeze_within", _P, _LO, "冻结后作出处理决定或者解除冻结决定的期限", "Freezing: decide within",
       Delegation(_SECTOR, cite("ACL 32①"), _LAW)),
    _p("coercion.freeze_extension", _P, _LO, "冻结延长期限（合计）", "Extension of freezing, in total",
       Delegation(_SECTOR, cite("ACL 32①"), _LAW)),
    _p("coercion.freeze_decision_within", _P, _LO, "向当事人交付冻结决定书的期限",
       "Freezing decision handed to the party within"),
    _p("coercion.period_end_rest_day", _C, Direction.ORDERED, "查封、扣押、冻结期限最后一日为休息日的处理",
       "When a sealing, seizure or freezing period ends on a rest day",
       Delegation(_ANY_LAYER, cite("CC 203")), choices=("roll_forward", "no_roll")),
)

#: Every parameter, by name.
PARAMETERS: dict[str, Parameter] = {p.name: p for p in _ALL}


def parameter(name: str) -> Parameter:
    """The declared parameter; LookupError with a suggestion otherwise."""
    try:
        return PARAMETERS[name]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name, PARAMETERS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        msg = f"unknown parameter {name!r}{hint}"
        raise LookupError(msg) from None
