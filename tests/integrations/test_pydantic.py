"""The pydantic integration: an annotated case type that refuses, as a validation error, a case whose
save would break an obligation."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, ValidationError

import enforcement_rules as er
from enforcement_rules.integrations.pydantic import Compliant, CompliantCase
from tests.helpers import AS_OF, act, example


class SaveRequest(BaseModel):
    case: CompliantCase


class SaveSamr(BaseModel):
    case: Annotated[er.Case, Compliant(as_of=lambda: AS_OF, profile="samr", lang="en")]


def heavier() -> dict[str, Any]:
    case = example("samr-hearing-compliant")
    act(case, "decision-1")["penalties"][0]["amount"] = "180000"
    return case


def test_compliant_case_validates_to_a_case() -> None:
    """A compliant case passes and comes out as a Case."""
    request = SaveRequest.model_validate({"case": example("samr-hearing-compliant")}, context={"as_of": AS_OF})
    assert isinstance(request.case, er.Case) and request.case.id == "青市监处罚〔2025〕17号"


def test_refusal_is_a_validation_error_with_the_blocking_findings() -> None:
    """A heavier fine than notified (CPL 45②) is an `enforcement_compliance` error listing the finding in JSON."""
    with pytest.raises(ValidationError) as info:
        SaveRequest.model_validate({"case": heavier()}, context={"as_of": AS_OF})
    [error] = info.value.errors()
    assert error["type"] == "enforcement_compliance" and error["loc"] == ("case",)
    assert error["msg"].startswith("保存被阻止") and "NOTICE-005" in error["msg"]
    ctx = error.get("ctx") or {}
    assert [f["key"] for f in ctx["blocking"]] == ["NOTICE-005:decision-1"]
    assert json.loads(info.value.json())[0]["ctx"]["blocking"][0]["code"] == "NOTICE-005"


def test_before_from_context_lets_kept_breaches_through_and_collects_reports() -> None:
    """With the saved version in the context, an unchanged old breach is kept, not introduced: it passes,
    and the change report is appended to context["reports"]."""
    saved = example("samr-notice-defects")
    reports: list[er.ChangeReport] = []
    SaveRequest.model_validate({"case": saved}, context={"as_of": AS_OF, "before": saved, "reports": reports})
    assert len(reports) == 1 and reports[0].ok and len(reports[0].kept) == 4
    with pytest.raises(ValidationError):
        SaveRequest.model_validate({"case": saved}, context={"as_of": AS_OF})


def test_settings_in_the_annotation() -> None:
    """as_of (here a function), profile and language come from Compliant(...) when the context has none."""
    with pytest.raises(ValidationError) as info:
        SaveSamr.model_validate({"case": heavier()})
    assert info.value.errors()[0]["msg"].startswith("Save refused")
    assert SaveSamr.model_validate({"case": example("samr-hearing-compliant")}).case.sector == "samr"


def test_unresolved_reference_is_an_invalid_case_error() -> None:
    """A reference to a missing act is an `enforcement_case_invalid` error listing the problem, not a refusal."""
    case = example("samr-hearing-compliant")
    act(case, "serve-notice-1")["document_id"] = "no-such-act"
    with pytest.raises(ValidationError) as info:
        SaveRequest.model_validate({"case": case}, context={"as_of": AS_OF})
    [error] = info.value.errors()
    assert error["type"] == "enforcement_case_invalid"
    assert (error.get("ctx") or {})["problems"][0]["type"] == "reference_missing"


def test_missing_as_of_is_a_programming_error() -> None:
    """Without as_of anywhere the validator raises TypeError: the library never reads the clock."""
    with pytest.raises(TypeError, match="as_of"):
        SaveRequest.model_validate({"case": example("samr-hearing-compliant")})


def test_field_errors_come_first_as_usual() -> None:
    """A malformed case fails pydantic's own validation before any check runs."""
    case = example("samr-hearing-compliant")
    act(case, "decision-1")["on"] = "2025-02-30"
    with pytest.raises(ValidationError) as info:
        SaveRequest.model_validate({"case": case}, context={"as_of": date(2025, 12, 1)})
    assert all(e["type"] != "enforcement_compliance" for e in info.value.errors())
