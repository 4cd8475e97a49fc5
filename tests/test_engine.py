"""The engine and the report contract (DESIGN §4, §5, §8, §9, §10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest

import enforcement_rules as er
from enforcement_rules.engine import CaseView
from enforcement_rules.law import CPL
from enforcement_rules.report import Finding
from enforcement_rules.rule import RuleContext, rule
from enforcement_rules.rules import RULES
from enforcement_rules.schema import report_adapter
from tests.helpers import AS_OF, EXAMPLES, ROOT, act, example

DEFECTS = EXAMPLES / "samr-notice-defects.json"


@rule("TEST-001", family="test", title="测试", title_en="Test", cites=[CPL.art(44)], severity=er.Severity.ERROR,
      example=("测试用规则", "a test rule"))
def crashing(view: CaseView, ctx: RuleContext) -> Iterator[Finding]:
    """A rule that crashes, to test crash isolation."""
    yield ctx.satisfied(("部分结果", "partial"))
    msg = "boom 110101199003071234"
    raise RuntimeError(msg)


def test_report_has_every_contract_field_and_validates_against_its_schema() -> None:
    """The JSON report matches the published report schema, field for field (DESIGN §4)."""
    report = er.check(DEFECTS, as_of=AS_OF)
    report_adapter().validate_json(report.to_json(), strict=True)
    data = json.loads(report.to_json())
    assert data["case_id"] == "青市监处罚〔2025〕18号"
    assert data["ok"] is False and data["complete"] is True
    assert data["counts"]["by_outcome"]["violated"] == 4
    assert data["counts"]["blocking"] == 4
    finding = data["findings"][1]
    assert set(finding) == {"code", "outcome", "severity", "blocking", "message", "citations", "loc", "subject",
                            "related", "key", "due_on", "not_before", "facts", "params", "missing",
                            "source_ref"}


def test_findings_are_ordered_by_code_then_yield_order() -> None:
    """Findings come by rule code, and within a rule in the order it yields them."""
    codes = [f.code for f in er.check(DEFECTS, as_of=AS_OF).findings]
    assert codes == sorted(codes)


def test_same_input_gives_byte_identical_json() -> None:
    """No run timestamps, stable order: identical input, identical bytes."""
    first = er.check(DEFECTS, as_of=AS_OF).to_json()
    assert er.check(json.loads(DEFECTS.read_text("utf-8")), as_of=AS_OF).to_json() == first


def test_identical_output_under_different_hash_seeds() -> None:
    """Set iteration order must not leak into the output (checked under two PYTHONHASHSEED values)."""
    code = ("import sys, datetime, enforcement_rules as er; "
            f"sys.stdout.buffer.write(er.check({str(DEFECTS)!r}, as_of=datetime.date(2025, 12, 1)).to_json())")
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "4242")
    }
    assert len(outputs) == 1


def test_crashing_rule_is_a_blocking_indeterminate_and_an_incomplete_report() -> None:
    """A crash is never a pass: indeterminate, error, blocking, report incomplete (DESIGN §8)."""
    report = er.check(DEFECTS, as_of=AS_OF, rules=[*RULES, crashing])
    crash = report.by_code("TEST-001")
    assert len(crash) == 1
    assert (crash[0].outcome, crash[0].severity, crash[0].blocking) == (er.Outcome.INDETERMINATE,
                                                                        er.Severity.ERROR, True)
    assert crash[0].facts == {"error": "RuntimeError"}
    assert "110101199003071234" not in report.to_json().decode()
    assert report.complete is False and report.ok is False


def test_strict_mode_reraises() -> None:
    """strict=True re-raises a crash as RuleEvaluationError, for tests."""
    with pytest.raises(er.RuleEvaluationError) as info:
        er.check(DEFECTS, as_of=AS_OF, rules=[crashing], strict=True)
    assert info.value.code == "TEST-001"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_select_and_ignore_by_code_or_family() -> None:
    """select/ignore take codes or families; the rest are listed as skipped."""
    report = er.check(DEFECTS, as_of=AS_OF, select=["notice"], ignore=["NOTICE-006"])
    assert {f.code for f in report.findings} == {r.code for r in RULES if r.family == "notice"} - {"NOTICE-006"}
    assert "NOTICE-006" in report.skipped_rules
    skipped = er.check(DEFECTS, as_of=AS_OF, select=["notice-002,NOTICE-005"]).skipped_rules
    assert skipped == tuple(r.code for r in RULES if r.code not in {"NOTICE-002", "NOTICE-005"})


def test_unknown_rule_name_suggests() -> None:
    """An unknown code or family is refused with a suggestion."""
    with pytest.raises(er.UnknownRuleError, match="NOTICE-002"):
        er.check(DEFECTS, as_of=AS_OF, select=["NOTICE-02"])


def test_block_on_warning_and_indeterminate_blocking() -> None:
    """block_on sets the lowest blocking severity; indeterminate blocks only when asked (DESIGN §4)."""
    case = example("samr-hearing-compliant")
    act(case, "notice-1").pop("states")
    assert er.check(case, as_of=AS_OF).ok
    report = er.check(case, as_of=AS_OF, block_indeterminate=True)
    assert not report.ok
    assert [f.code for f in report.blocking] == ["HEAR-001", "NOTICE-002"]  # both read the notice's contents
    assert er.check(case, as_of=AS_OF, block_on="warning").block_on is er.Severity.WARNING


def test_not_applicable_findings_are_shared_constants() -> None:
    """A not_applicable finding without a subject is one shared object (DESIGN §9)."""
    case = example("samr-hearing-compliant")
    for a in case["acts"]:
        if a["type"] == "decision":
            a["on"] = "2025-05-09"
    cut = {"decision-1", "serve-decision-1", "payment-1", "publication-1"}
    case["acts"] = [a for a in case["acts"] if a["id"] not in cut]
    for r in case["records"]:
        r["act_ids"] = [i for i in r["act_ids"] if i not in cut]
    case["records"] = [r for r in case["records"] if r["act_ids"]]
    one = er.check(case, as_of=AS_OF).by_code("NOTICE-001")[0]
    two = er.check(case, as_of=AS_OF).by_code("NOTICE-001")[0]
    assert one is two and one.outcome is er.Outcome.NOT_APPLICABLE


def test_acts_after_as_of_are_evaluated_with_a_data_warning() -> None:
    """An act dated after as_of is still evaluated, and reported as a data-quality warning."""
    report = er.check(DEFECTS, as_of=date(2025, 5, 15))
    warned = {w.subject for w in report.data_warnings}
    assert warned == {"payment-1", "publication-1", "closing-1", "archive-1"}
    assert len(report.violations) == 4


def test_messages_in_both_languages() -> None:
    """Messages are Chinese by default, English on request, rendered only when asked for."""
    zh = er.check(DEFECTS, as_of=AS_OF).violations[0]
    en = er.check(DEFECTS, as_of=AS_OF, lang="en").violations[0]
    assert "告知" in zh.message
    assert en.message.startswith("Notice notice-1 does not state")
    assert zh.render("en") == en.message


def test_bad_arguments_are_refused() -> None:
    """as_of is a date, never a datetime; lang is zh or en."""
    from datetime import datetime

    with pytest.raises(TypeError):
        er.check(DEFECTS, as_of=datetime(2025, 12, 1))  # noqa: DTZ001
    with pytest.raises(ValueError, match="lang"):
        er.check(DEFECTS, as_of=AS_OF, lang="fr")


def test_view_indexes_each_act_once() -> None:
    """The view answers by type and by id, and orders acts by time, not by list order."""
    case = er.load_case(DEFECTS)
    view = CaseView(case)
    assert [a.id for a in view.acts][:3] == ["verify-1", "filing-1", "inspect-1"]
    assert view.get("decision-1") is view.of(type(view.get("decision-1")))[0]
    assert [s.id for s in view.services_of("decision-1")] == ["serve-decision-1"]
    assert view.loc("party-1") == ("parties", 0)
    assert [r.id for r in view.records_for("inspect-1")] == ["rec-inspect-1", "rec-inspect-1-video"]
