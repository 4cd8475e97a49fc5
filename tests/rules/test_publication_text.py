"""PUBLISH-003 and PUBLISH-004 (SPEC §4): what the published text may not contain, and what it must say."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import enforcement_rules as er
from enforcement_rules.privacy import Kind
from enforcement_rules.rules.publication_text import amounts_in
from tests.helpers import act, example, notice_case, only, outcomes, run

REDACTED = "samr-publication-redacted"
DEFECTS = "samr-publication-defects"


def index(case: dict[str, Any], act_id: str) -> int:
    return next(i for i, a in enumerate(case["acts"]) if a["id"] == act_id)


# -- PUBLISH-003 ---------------------------------------------------------------------------------------------


def test_publish_003_correctly_redacted() -> None:
    """The punished citizen is named; the ID number is masked and the witness is 王某: nothing to report."""
    assert outcomes(run(example(REDACTED), "PUBLISH-003"), "PUBLISH-003") == ["satisfied"]
    assert outcomes(run(example("mee-ordinary-compliant"), "PUBLISH-003"), "PUBLISH-003") == ["satisfied"]


def test_publish_003_id_number_and_witness_left_in() -> None:
    """MEE-P 64(一)(二), CPL 50: the ID number and the witness's name are personal information; the finding points
    at each span, masked, and never shows them."""
    case = example(DEFECTS)
    f = only(run(case, "PUBLISH-003"), "PUBLISH-003")
    assert (f.outcome, f.subject, f.key) == (er.Outcome.VIOLATED, "publication-1", "PUBLISH-003:publication-1:text")
    assert f.loc == ("acts", index(case, "publication-1"), "text")
    assert [(s["kind"].value, s["masked"]) for s in f.facts["spans"]] == [("id_number", "4*****************"),
                                                                         ("person_name", "王**")]
    text = act(case, "publication-1")["text"]
    assert [text[s["start"]:s["end"]] for s in f.facts["spans"]] == ["421321198506123010", "王秀英"]
    shown = f.message + f.render("en") + run(case).to_json().decode() + run(case).to_text()
    assert "421321198506123010" not in shown and "王秀英" not in shown
    assert f.message == "公开的文书含有个人信息：居民身份证号码、其他自然人的姓名"


def test_publish_003_summary_is_checked_on_its_own() -> None:
    """The summary (SAMR-G 4) is published too: a finding of its own, at its own place."""
    case = example(REDACTED)
    act(case, "publication-1")["summary"] += "联系电话13907161234。"
    f = only(run(case, "PUBLISH-003"), "PUBLISH-003")
    assert (f.key, f.loc[-1], f.facts["kinds"]) == ("PUBLISH-003:publication-1:summary", "summary", [Kind.MOBILE])


def test_publish_003_a_punished_minor_is_not_named() -> None:
    """MEE-P 64(四): nothing identifying a minor, even a punished one."""
    case = example(REDACTED)
    case["parties"][0]["birth_date"] = "2008-09-01"
    case["parties"][0].pop("id_number")
    text, summary = run(case, "PUBLISH-003").by_code("PUBLISH-003")
    assert [s["kind"] for s in text.facts["spans"]] == [Kind.MINOR] == [s["kind"] for s in summary.facts["spans"]]
    assert text.facts["spans"][0]["masked"] == "刘**"


def test_publish_003_other_organisations_and_staff() -> None:
    """MEE-P 64(二): no other organisation's name or credit code, and no other person's name (officers too)."""
    case = example(REDACTED)
    case["others"].append({"role": "other", "kind": "legal_person", "name": "青山县鑫源贸易有限公司",
                           "credit_code": "91421321MA4G7L3K2N"})
    act(case, "publication-1")["text"] += "供货商：青山县鑫源贸易有限公司。执法人员：张明。"
    f = only(run(case, "PUBLISH-003"), "PUBLISH-003")
    assert [s["kind"].value for s in f.facts["spans"]] == ["org_name", "person_name"]


def test_publish_003_trade_secrets() -> None:
    """MEE-P 64(五): what the file marks as the party's trade secret is not published."""
    case = example("mee-ordinary-compliant")
    case["parties"][0]["trade_secrets"] = ["颗粒物排放浓度"]
    f = only(run(case, "PUBLISH-003"), "PUBLISH-003")
    assert [s["kind"].value for s in f.facts["spans"]] == ["trade_secret"]


def test_publish_003_text_not_recorded() -> None:
    """Without the published text the rule cannot judge; without a publication it has nothing to judge."""
    f = only(run(example("four-profiles"), "PUBLISH-003"), "PUBLISH-003")
    assert f.outcome is er.Outcome.NOT_APPLICABLE
    case = example(REDACTED)
    publication = act(case, "publication-1")
    publication.pop("text")
    publication.pop("summary")
    f = only(run(case, "PUBLISH-003"), "PUBLISH-003")
    assert (f.outcome, f.missing, f.loc[-1]) == (er.Outcome.INDETERMINATE, ("text",), "text")


# -- PUBLISH-004 ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["samr-hearing-compliant", "mee-ordinary-compliant", REDACTED, DEFECTS])
def test_publish_004_examples_match(name: str) -> None:
    """The bundled publications carry the served decision's number, penalties and amounts and the required fields."""
    assert outcomes(run(example(name), "PUBLISH-004"), "PUBLISH-004") == ["satisfied"]


def test_publish_004_wrong_number() -> None:
    """SAMR-G 7: the published decision is the one served — same number."""
    case = example(REDACTED)
    publication = act(case, "publication-1")
    for field in ("text", "summary"):
        publication[field] = publication[field].replace("〔2025〕63号", "〔2025〕36号")
    f = only(run(case, "PUBLISH-004"), "PUBLISH-004")
    assert (f.outcome, f.severity, f.key, f.related) == (er.Outcome.VIOLATED, er.Severity.WARNING,
                                                         "PUBLISH-004:publication-1:number", ("decision-1",))
    assert [str(c) for c in f.citations] == ["SAMR-G 7"]


def test_publish_004_brackets_and_spaces_do_not_matter() -> None:
    """The number written with [] and spaces is still the same number."""
    case = example(REDACTED)
    publication = act(case, "publication-1")
    for field in ("text", "summary"):
        publication[field] = publication[field].replace("青市监处罚〔2025〕63号", "青市监处罚 [2025] 63 号")
    assert outcomes(run(case, "PUBLISH-004"), "PUBLISH-004") == ["satisfied"]


def test_publish_004_wrong_amount_and_missing_penalty() -> None:
    """Same penalties and amounts as the decision."""
    case = example(REDACTED)
    publication = act(case, "publication-1")
    for field in ("text", "summary"):
        publication[field] = publication[field].replace("罚款8000元", "罚款6000元").replace("没收违法所得1260元", "")
    keys = [f.key for f in run(case, "PUBLISH-004").violations]
    assert keys == ["PUBLISH-004:publication-1:amount:fine",
                    "PUBLISH-004:publication-1:penalty:confiscate_illegal_gains"]


@pytest.mark.parametrize(("text", "amounts"), [
    ("罚款150000元", {Decimal(150000)}), ("罚款150,000.00元", {Decimal("150000.00")}),
    ("罚款15万元", {Decimal(150000)}), ("罚款人民币壹拾伍万元整", {Decimal(150000)}),
    ("没收一万二千六百元", {Decimal(12600)}), ("罚款1.26万元", {Decimal(12600)}),
])
def test_publish_004_amounts_are_read_in_every_usual_form(text: str, amounts: set[Decimal]) -> None:
    """Figures, thousands separators, 万元 and Chinese capital amounts are all read."""
    assert amounts_in(text) == amounts


def test_publish_004_samr_summary_required() -> None:
    """SAMR-G 4②: a summary goes with the decision; when none is recorded the rule cannot judge it."""
    case = example(REDACTED)
    act(case, "publication-1").pop("summary")
    f = only(run(case, "PUBLISH-004"), "PUBLISH-004")
    assert (f.outcome, f.missing, [str(c) for c in f.citations]) == (er.Outcome.INDETERMINATE, ("summary",),
                                                                     ["SAMR-G 4②"])


def test_publish_004_mee_required_fields() -> None:
    """MEE-P 62(二): the organisation's credit code and legal representative are published."""
    case = example("mee-ordinary-compliant")
    publication = act(case, "publication-1")
    publication["text"] = publication["text"].replace("91421300MA4C7N5P2K", "").replace("郑国华", "")
    found = run(case, "PUBLISH-004").violations
    assert [(f.key, [str(c) for c in f.citations]) for f in found] == [
        ("PUBLISH-004:publication-1:field:credit_code", ["MEE-P 62(2)"]),
        ("PUBLISH-004:publication-1:field:legal_representative", ["MEE-P 62(2)"])]


def test_publish_004_decision_date_and_basis() -> None:
    """MEE-P 62(四)(五): the basis and the decision date appear; the date may be written in any usual form."""
    case = example("mee-ordinary-compliant")
    publication = act(case, "publication-1")
    publication["text"] = publication["text"].replace("2025年5月23日", "2025-05-23")
    assert outcomes(run(case, "PUBLISH-004"), "PUBLISH-004") == ["satisfied"]
    publication["text"] = publication["text"].replace("2025-05-23", "").replace("第九十九条", "")
    keys = [f.key for f in run(case, "PUBLISH-004").violations]
    assert keys == ["PUBLISH-004:publication-1:field:basis", "PUBLISH-004:publication-1:field:decision_date"]


def test_publish_004_national_compares_without_a_field_list() -> None:
    """Under the national profile the decision is compared (CPL 48①, derived) but no field list applies."""
    case = notice_case(sector="other", decided="2025-09-26", penalties=[{"kind": "fine", "amount": "3000"}])
    case["acts"].append({"type": "publication", "id": "publication-1", "on": "2025-09-30", "decision_id": "decision-1",
                         "text": "某县某局对当事人罚款3000元。"})
    f = only(run(case, "PUBLISH-004"), "PUBLISH-004")
    assert (f.outcome, f.missing, [str(c) for c in f.citations]) == (er.Outcome.INDETERMINATE, ("number",),
                                                                     ["CPL 48①"])
    act(case, "decision-1")["number"] = "某罚〔2025〕1号"
    act(case, "publication-1")["text"] += "某罚〔2025〕1号"
    assert outcomes(run(case, "PUBLISH-004"), "PUBLISH-004") == ["satisfied"]


def test_publish_004_a_minor_party_is_not_required_by_name() -> None:
    """MEE-P 64(四) wins over 62(二): a minor party's name is not required."""
    case = notice_case(sector="mee", decided="2025-09-26", penalties=[{"kind": "fine", "amount": "3000"}],
                       party={"id": "party-1", "kind": "natural_person", "name": "周小雨", "birth_date": "2009-04-02"})
    case["agency"]["name"] = "某县生态环境局"
    act(case, "decision-1")["number"] = "某环罚〔2025〕1号"
    act(case, "decision-1")["penalties"][0]["basis"] = "《中华人民共和国噪声污染防治法》第八十七条"
    case["acts"].append({"type": "publication", "id": "publication-1", "on": "2025-09-30", "decision_id": "decision-1",
                         "text": "某环罚〔2025〕1号 当事人周某（未成年人）。依据《噪声污染防治法》第八十七条，"
                                 "罚款3000元。某县生态环境局 2025年9月26日"})
    assert outcomes(run(case, "PUBLISH-004"), "PUBLISH-004") == ["satisfied"]


def test_publish_004_text_not_recorded() -> None:
    """Without the published text the rule cannot judge."""
    case = example(REDACTED)
    act(case, "publication-1").pop("text")
    act(case, "publication-1").pop("summary")
    f = only(run(case, "PUBLISH-004"), "PUBLISH-004")
    assert (f.outcome, f.missing) == (er.Outcome.INDETERMINATE, ("text",))
    assert outcomes(run(notice_case(), "PUBLISH-004"), "PUBLISH-004") == ["not_applicable"]
