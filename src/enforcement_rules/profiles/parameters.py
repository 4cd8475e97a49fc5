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
_PUBLISHED_FIELDS = (
    "summary", "number", "party_name", "credit_code", "legal_representative", "penalties", "basis",
    "agency_name", "decision_date",
)
_EXCLUDED_INTERVALS = (
    "suspension", "hearing", "public_notice", "testing", "right_holder_identification", "refund_order",
    "monitoring", "assessment", "appraisal", "determination", "service", "crime_transfer",
)

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
