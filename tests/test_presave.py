"""Pre-save semantics (DESIGN §4): introduced, resolved and kept findings, their causes, and blocking."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL
from enforcement_rules.models.actions import Decision, Inspection
from enforcement_rules.presave import Scope
from enforcement_rules.report import Finding
from enforcement_rules.rule import RuleContext, rule
from tests.helpers import AS_OF, act, drop, example


def compliant() -> dict[str, Any]:
    return example("samr-hearing-compliant")


def edited(case: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(case)


def test_changed_decision_introduces_a_blocking_finding_caused_by_a_changed_act() -> None:
    """Raising the fine above the notice's (CPL 45②) is introduced by the change and blocks the save."""
    before = compliant()
    after = edited(before)
    act(after, "decision-1")["penalties"][0]["amount"] = "180000"
    report = er.check_change(before, after, as_of=AS_OF)
    # The published text no longer matches the decision either (PUBLISH-004, a warning): also introduced.
    assert [(i.finding.key, i.cause) for i in report.introduced] == [
        ("NOTICE-005:decision-1", er.Cause.CHANGED_ACT),
        ("PUBLISH-004:publication-1:amount:fine", er.Cause.CHANGED_ACT)]
    assert report.introduced[0].acts == ("decision-1",)
    assert report.changed == ("decision-1",) and not report.added and not report.removed
    assert not report.ok and [f.key for f in report.blocking] == ["NOTICE-005:decision-1"]


def test_ensure_compliant_raises_listing_blocking_findings_in_chinese_then_english_on_request() -> None:
    """The refusal names the rule, the act, the cause and the article, in Chinese unless asked otherwise."""
    before = compliant()
    after = edited(before)
    act(after, "decision-1")["penalties"][0]["amount"] = "180000"
    with pytest.raises(er.ComplianceError) as info:
        er.ensure_compliant(after, before=before, as_of=AS_OF)
    err = info.value
    text = str(err)
    assert text.startswith("保存被阻止") and "NOTICE-005 [decision-1]" in text
    assert "修改环节所致" in text and "《行政处罚法》第四十五条第二款" in text
    assert isinstance(err.report, er.ChangeReport) and [f.code for f in err.blocking] == ["NOTICE-005"]
    english = err.message("en")
    assert english.startswith("Save refused") and "caused by a changed act" in english
    with pytest.raises(er.ComplianceError, match=r"^Save refused"):
        er.ensure_compliant(after, before=before, as_of=AS_OF, lang="en")


def test_refusal_never_quotes_personal_data() -> None:
    """The refusal names parties by id or role, never by name or credit code (DESIGN §10)."""
    before = compliant()
    after = edited(before)
    act(after, "decision-1")["elements"] = ["facts"]
    with pytest.raises(er.ComplianceError) as info:
        er.ensure_compliant(after, before=before, as_of=AS_OF)
    party = before["parties"][0]
    for text in (str(info.value), info.value.message("en")):
        assert party["name"] not in text and party["credit_code"] not in text


def test_removed_service_is_a_removed_act_cause() -> None:
    """Deleting the service of the notice leaves the decision without a served notice (CPL 44, 62): removed_act."""
    before = compliant()
    after = drop(edited(before), "serve-notice-1")
    report = er.check_change(before, after, as_of=AS_OF)
    assert [(i.finding.key, i.cause, i.acts) for i in report.introduced] == [
        ("NOTICE-001:decision-1:not_served", er.Cause.REMOVED_ACT, ("serve-notice-1",))]
    assert report.removed == ("serve-notice-1",) and not report.ok


def test_new_decision_is_a_new_act_cause_and_old_breaches_are_kept() -> None:
    """Saving a defective decision introduces its breaches as new_act; the notice's breach stays kept."""
    after = example("samr-notice-defects")
    before = drop(edited(after), "decision-1", "serve-decision-1", "payment-1", "publication-1")
    report = er.check_change(before, after, as_of=AS_OF)
    causes = {i.finding.key: i.cause for i in report.introduced}
    assert set(causes.values()) == {er.Cause.NEW_ACT}
    assert set(causes) == {"NOTICE-005:decision-1", "NOTICE-006:decision-1:remedies", "NOTICE-006:decision-1:seal"}
    assert [f.key for f in report.kept] == ["NOTICE-002:notice-1"]
    assert "decision-1" in report.added and not report.ok


def test_kept_breaches_do_not_block_by_default_but_do_with_scope_all() -> None:
    """An unrelated edit to a case with earlier breaches passes; scope="all" blocks on every blocking finding."""
    before = example("samr-notice-defects")
    after = edited(before)
    act(after, "archive-1")["note"] = "卷宗已整理"
    report = er.ensure_compliant(after, before=before, as_of=AS_OF)
    assert report.ok and not report.introduced and len(report.kept) == 4 and report.changed == ("archive-1",)
    with pytest.raises(er.ComplianceError) as info:
        er.ensure_compliant(after, before=before, as_of=AS_OF, scope="all")
    refused = info.value.report
    assert len(info.value.blocking) == 4 and isinstance(refused, er.ChangeReport) and refused.scope is Scope.ALL


def test_fixing_a_decision_resolves_its_findings() -> None:
    """Adding the missing elements to the decision resolves the NOTICE-006 breaches and introduces nothing."""
    before = example("samr-notice-defects")
    after = edited(before)
    act(after, "decision-1")["elements"] = act(compliant(), "decision-1")["elements"]
    report = er.check_change(before, after, as_of=AS_OF)
    assert [f.key for f in report.resolved] == ["NOTICE-006:decision-1:remedies", "NOTICE-006:decision-1:seal"]
    assert not report.introduced and report.ok


def test_header_fact_change_reveals_earlier_breaches_without_blocking() -> None:
    """Recording that a case ran under the ordinary procedure reveals breaches (new_fact): reported, not blocking."""
    before = example("samr-summary-compliant")
    after = edited(before)
    after["procedure"] = "ordinary"
    report = er.ensure_compliant(after, before=before, as_of=AS_OF)
    assert report.ok and report.facts_changed and report.introduced
    assert {i.cause for i in report.introduced} == {er.Cause.NEW_FACT}
    assert report.revealed == report.introduced
    assert "不阻止保存" in report.to_text()
    with pytest.raises(er.ComplianceError, match="NOTICE-001"):
        er.ensure_compliant(after, before=before, as_of=AS_OF, scope="all")


@rule("TEST-001", family="test", title="测试：检查后十日内作出决定", title_en="Test: decide soon after inspecting",
      cites=[CPL.art(60)], severity=er.Severity.ERROR, example=("测试用规则", "a test rule"))
def decide_soon(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A test rule about the decision alone: it must follow the earliest inspection within ten days."""
    inspections = view.of(Inspection)
    for d in view.of(Decision):
        if inspections and (d.on - inspections[0].on).days > 10:
            yield ctx.violated(("决定 {subject} 过晚", "Decision {subject} is late"), act=d)
        else:
            yield ctx.satisfied(("及时", "in time"), act=d)


def test_truthful_late_entry_is_a_new_fact() -> None:
    """An earlier inspection entered late shows an unchanged decision was late: new_fact, and it does not block."""
    before = example("samr-summary-compliant")
    after = edited(before)
    after["acts"].append({"type": "inspection", "id": "inspect-0", "on": "2025-05-20"})
    report = er.check_change(before, after, as_of=AS_OF, rules=[decide_soon])
    assert [(i.finding.key, i.cause, i.acts) for i in report.introduced] == [
        ("TEST-001:decision-1", er.Cause.NEW_FACT, ())]
    assert report.added == ("inspect-0",) and report.ok


def test_new_case_introduces_every_breach_as_new_act() -> None:
    """With no saved version (before=None) every violated finding is introduced by a new act."""
    report = er.check_change(None, example("samr-notice-defects"), as_of=AS_OF)
    assert len(report.introduced) == 4 and {i.cause for i in report.introduced} == {er.Cause.NEW_ACT}
    assert report.before is None and not report.ok
    with pytest.raises(er.ComplianceError):
        er.ensure_compliant(example("samr-notice-defects"), as_of=AS_OF)
    assert er.ensure_compliant(compliant(), as_of=AS_OF).ok


@rule("TEST-002", family="test", title="测试：出错的规则", title_en="Test: a crashing rule", cites=[CPL.art(44)],
      severity=er.Severity.ERROR, example=("测试用规则", "a test rule"))
def crashing(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A rule that crashes, to show that a crash refuses a save."""
    yield ctx.satisfied(("部分结果", "partial"))
    msg = "boom"
    raise RuntimeError(msg)


def test_a_crashed_rule_refuses_the_save() -> None:
    """A crash is never a pass: a crashed rule in the new version blocks even though nothing is violated."""
    case = compliant()
    report = er.check_change(case, edited(case), as_of=AS_OF, rules=[crashing])
    assert not report.introduced and not report.ok and report.blocking[0].code == "TEST-002"


def test_invalid_saved_version_is_located_under_before() -> None:
    """Bad data in the saved version is an InvalidCaseError whose locations start with "before"."""
    before = compliant()
    act(before, "decision-1")["on"] = "2025-02-30"
    with pytest.raises(er.InvalidCaseError) as info:
        er.check_change(before, compliant(), as_of=AS_OF)
    assert info.value.problems[0].loc[0] == "before"
    bad = compliant()
    bad["acts"][0]["type"] = "nonsense"
    with pytest.raises(er.InvalidCaseError) as info:
        er.ensure_compliant(bad, before=compliant(), as_of=AS_OF)
    assert info.value.problems[0].loc[0] == "acts"


def test_change_report_json_is_deterministic_and_carries_causes() -> None:
    """The change report's JSON lists causes and blocking keys, and is byte-identical across runs."""
    before = compliant()
    after = drop(edited(before), "serve-notice-1")
    first = er.check_change(before, after, as_of=AS_OF).to_json()
    assert er.check_change(before, after, as_of=AS_OF).to_json() == first
    data = json.loads(first)
    assert data["ok"] is False and data["blocking"] == ["NOTICE-001:decision-1:not_served"]
    assert data["introduced"][0]["cause"] == "removed_act"
    assert data["changes"]["removed"] == ["serve-notice-1"]


def test_inputs_are_not_mutated() -> None:
    """check_change leaves both versions as it found them (DESIGN §10)."""
    before = compliant()
    after = drop(edited(before), "serve-notice-1")
    snapshot = (copy.deepcopy(before), copy.deepcopy(after))
    er.check_change(before, after, as_of=AS_OF)
    assert (before, after) == snapshot


@given(st.sets(st.sampled_from([a["id"] for a in example("samr-hearing-compliant")["acts"]]), max_size=6))
def test_deleting_acts_never_blames_a_new_act(removed: set[str]) -> None:
    """Deleting any acts gives a ChangeReport or InvalidCaseError, and no introduced finding is caused by a new act."""
    before = compliant()
    try:
        report = er.check_change(before, drop(edited(before), *removed), as_of=AS_OF)
    except er.InvalidCaseError:
        return
    assert removed <= set(report.removed)  # and the records left documenting nothing
    assert all(i.cause is not er.Cause.NEW_ACT for i in report.introduced)
    assert report.ok == (not any(f.blocking for f in (i.finding for i in report.introduced
                                                     if i.cause is not er.Cause.NEW_FACT)))
