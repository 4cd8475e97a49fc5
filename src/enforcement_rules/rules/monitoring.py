"""PUBLISH-007 — evidence from electronic monitoring devices (电子技术监控设备).

SPEC §4 (the PUBLISH family: CPL 41 is where the law asks for the devices' locations to be published);
the verbatim article is in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL, Citation
from enforcement_rules.models.actions import Decision, MonitoringEvidence
from enforcement_rules.report import Finding, Message, Severity
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules.common import NO_DECISION, penalty_decisions

__all__ = ["electronic_monitoring"]

Problem = tuple[str, Message, Citation, str | None]

_CHECKS: tuple[tuple[str, Message, Citation], ...] = (
    ("reviewed", ("电子技术监控设备未经法制和技术审核", "The device did not pass the legal and technical review"),
     CPL.art(41, 1)),
    ("location_published", ("电子技术监控设备的设置地点未向社会公布", "The device's location was not made public"),
     CPL.art(41, 1)),
    ("record_reviewed", ("监控记录未经审核即作为处罚证据", "The record was used as evidence without review"),
     CPL.art(41, 2)),
)


@rule(
    "PUBLISH-007",
    family="publication",
    title="电子技术监控设备取得的证据经审核、设置地点公布并及时告知当事人",
    title_en="Electronic monitoring",
    cites=[CPL.art(41, 1), CPL.art(41, 2), CPL.art(41, 3)],
    example=("依据电子监控抓拍作出罚款决定，但该设备的设置地点从未向社会公布，记录也未经审核。",
             "A fine rests on an automatic camera whose location was never published and whose record was "
             "never reviewed."),
    derived=("“及时告知”读作最迟在作出决定之前告知当事人违法事实。",
             "'Promptly' is read as: the party is told of the violation before the decision at the latest."),
    severity=Severity.ERROR,
    review_items=("B2",),
)
def electronic_monitoring(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """Evidence from an electronic monitoring device founds a penalty only if the device passed the legal
    and technical review, its location was published, the record was reviewed before use, and the party
    was told of the violation promptly (CPL 41①②③)."""
    seen = False
    for d in penalty_decisions(view, ctx):
        if isinstance(d, Finding):
            yield d
            continue
        for i, ev in enumerate(d.monitoring_evidence):
            seen = True
            yield from _evidence(view, ctx, d, i, ev)
    if not seen:
        yield ctx.not_applicable(("决定未使用电子技术监控设备取得的证据", "No evidence from monitoring devices")
                                 if view.of(Decision) else NO_DECISION)


def _evidence(view: CaseView, ctx: RuleContext, d: Decision, i: int, ev: MonitoringEvidence) -> Iterator[Finding]:
    loc = (*view.loc(d.id), "monitoring_evidence", i)
    problems: list[Problem] = [(name, text, cite, None if getattr(ev, name) is None else "violated")
                               for name, text, cite in _CHECKS if getattr(ev, name) is not True]
    told = ev.party_told_on
    if told is None or told > d.on:  # CPL 41③ "及时告知当事人违法事实" — before the decision (derived)
        problems.append(("party_told_on", ("未在作出决定前告知当事人违法事实", "The party was not told of the "
                         "violation before the decision"), CPL.art(41, 3), None if told is None else "violated"))
    for name, text, cite, outcome in problems:
        where = {"subject": d.id, "loc": loc, "discriminator": f"{i}:{name}", "citations": (cite,)}
        if outcome is None:
            yield ctx.indeterminate(("未记录：" + text[0], "Not recorded whether: " + text[1]),
                                    missing=(f"monitoring_evidence.{name}",), **where)
        else:
            yield ctx.violated(text, **where)
    if not problems:
        yield ctx.satisfied(("电子技术监控证据符合要求", "The monitoring evidence meets CPL 41"), subject=d.id, loc=loc,
                            discriminator=str(i))
