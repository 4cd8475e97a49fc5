"""The case model and load_case() (DESIGN §3, §8, §10)."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import enforcement_rules as er
from enforcement_rules.models import CHINA_TZ, Decision, Service
from tests.helpers import EXAMPLES, act, example

COMPLIANT = "samr-hearing-compliant"


def problems(data: Any) -> list[dict[str, Any]]:
    with pytest.raises(er.InvalidCaseError) as info:
        er.load_case(data)
    return info.value.errors()


@pytest.mark.parametrize("form", ["dict", "str", "bytes", "path", "pathstr", "case"])
def test_load_case_accepts_every_documented_form(form: str) -> None:
    """load_case takes a dict, JSON text or bytes, a path, or a Case, and gives the same Case."""
    path = EXAMPLES / f"{COMPLIANT}.json"
    text = path.read_text(encoding="utf-8")
    data: Any = {
        "dict": json.loads(text), "str": text, "bytes": text.encode(), "path": path, "pathstr": str(path),
        "case": er.load_case(path),
    }[form]
    case = er.load_case(data)
    assert case == er.load_case(path)
    assert case.id == "青市监处罚〔2025〕17号"


def test_timestamps_are_normalised_to_china_time() -> None:
    """Every timestamp is converted to +08:00; a naive one is China time (DESIGN §3)."""
    data = example(COMPLIANT)
    act(data, "hearing-1")["start_at"] = "2025-04-24T01:00:00Z"
    act(data, "hearing-1")["end_at"] = "2025-04-24T11:30:00"
    case = er.load_case(data)
    hearing = next(a for a in case.acts if a.id == "hearing-1")
    assert hearing.start_at == datetime(2025, 4, 24, 9, 0, tzinfo=CHINA_TZ)
    assert hearing.start_at is not None and hearing.start_at.utcoffset() == timedelta(hours=8)
    assert hearing.end_at == datetime(2025, 4, 24, 11, 30, tzinfo=timezone(timedelta(hours=8)))


def test_time_on_another_day_is_refused() -> None:
    """`at` must fall on `on` in China time: 2025-05-08T20:00Z is 2025-05-09 04:00 in China."""
    data = example(COMPLIANT)
    act(data, "decision-1")["at"] = "2025-05-09T20:00:00Z"
    errs = problems(data)
    assert errs[0]["loc"] == ["acts", 16, "at"]
    assert "同一天" in errs[0]["msg"]
    act(data, "decision-1")["at"] = "2025-05-08T20:00:00Z"
    assert er.load_case(data).acts[16].at == datetime(2025, 5, 9, 4, 0, tzinfo=CHINA_TZ)


def test_money_is_decimal_yuan_serialised_as_string() -> None:
    """Amounts are exact Decimal yuan, and go out as strings."""
    case = er.load_case(EXAMPLES / f"{COMPLIANT}.json")
    decision = next(a for a in case.acts if isinstance(a, Decision))
    assert decision.penalties[0].amount == Decimal("150000")
    assert json.loads(decision.model_dump_json())["penalties"][0]["amount"] == "150000"


def test_every_problem_is_listed_with_its_location_in_both_languages() -> None:
    """InvalidCaseError lists all problems at once, each with loc, Chinese and English."""
    data = example(COMPLIANT)
    act(data, "decision-1")["on"] = "2025-13-40"
    act(data, "decision-1")["colour"] = "red"
    data["parties"][0]["kind"] = "company"
    errs = problems(data)
    locs = {tuple(e["loc"]) for e in errs}
    assert ("acts", 16, "decision", "on") in locs
    assert ("acts", 16, "decision", "colour") in locs
    assert ("parties", 0, "kind") in locs
    assert all(e["msg"] and e["msg_en"] for e in errs)


def test_errors_never_echo_input_values() -> None:
    """A problem names the place, not the value: personal data in bad input is not repeated."""
    data = example(COMPLIANT)
    data["parties"][0]["kind"] = "张三 13812345678"
    data["parties"][0]["birth_date"] = "110101199003071234"
    data["acts"].append({"type": "张三的身份证号110101199003071234", "id": "x", "on": "2025-01-01"})
    with pytest.raises(er.InvalidCaseError) as info:
        er.load_case(data)
    text = str(info.value) + json.dumps(info.value.errors(), ensure_ascii=False)
    assert "13812345678" not in text
    assert "110101199003071234" not in text
    assert "张三" not in text


def test_unknown_fields_and_schema_versions_are_refused() -> None:
    """extra="forbid" and schema_version 1 only (DESIGN §3)."""
    data = example(COMPLIANT)
    data["schema_version"] = 2
    data["extra"] = True
    kinds = {e["type"] for e in problems(data)}
    assert kinds == {"literal_error", "extra_forbidden"}


def test_numbers_are_not_dates() -> None:
    """A JSON number is never read as a date (pydantic would read it as seconds since 1970)."""
    data = example(COMPLIANT)
    act(data, "filing-1")["on"] = 20250304
    assert problems(data)[0]["loc"] == ["acts", 1, "filing", "on"]


def test_references_are_checked() -> None:
    """Every id a field refers to exists and is of the right kind; ids are unique."""
    data = example(COMPLIANT)
    act(data, "serve-notice-1")["document_id"] = "filing-1"
    act(data, "filing-1")["approved_by"] = "nobody"
    data["staff"].append({"id": "decision-1"})
    errs = problems(data)
    by_loc = {tuple(e["loc"]): e["type"] for e in errs}
    assert by_loc[("acts", 6, "document_id")] == "reference_wrong_type"
    assert by_loc[("acts", 1, "approved_by")] == "reference_missing"
    assert by_loc[("acts", 16, "id")] == "duplicate_id"


def test_records_refer_to_acts_and_staff() -> None:
    """A record's act_ids name acts, its signing officers name staff."""
    data = example(COMPLIANT)
    data["records"][0]["act_ids"] = ["party-1"]
    data["records"][2]["signatures"]["officer_ids"] = ["ghost"]
    by_loc = {tuple(e["loc"]): e["type"] for e in problems(data)}
    assert by_loc == {
        ("records", 0, "act_ids", 0): "reference_wrong_type",
        ("records", 2, "signatures", "officer_ids", 0): "reference_missing",
    }


def test_police_cases_need_a_matter() -> None:
    """A police case says whether it is a 治安 case (PSAPL) or another case (PSB-P)."""
    data = example(COMPLIANT)
    data["sector"] = "police"
    assert "matter" in problems(data)[0]["msg"]
    data["matter"] = "public_security"
    assert er.load_case(data).matter is not None
    data["sector"] = "mee"
    assert problems(data)[0]["type"] == "value_error"


def test_malformed_json_and_unreadable_files(tmp_path: Path) -> None:
    """Bad JSON and missing files are InvalidCaseError too, never another exception."""
    assert problems(b'{"schema_version": 1,')[0]["type"] == "json_invalid"
    assert problems(tmp_path / "missing.json")[0]["type"] == "file_unreadable"
    assert problems("[1, 2]")[0]["type"] == "model_type"


def test_input_is_not_mutated() -> None:
    """Loading and checking leave the caller's data exactly as it was (DESIGN §10)."""
    data = example(COMPLIANT)
    before = copy.deepcopy(data)
    er.check(data, as_of=er.load_case(data).acts[0].on)
    assert data == before


def test_limits_are_enforced() -> None:
    """Oversized text and too many acts are refused with a clear error (DESIGN §10 limits)."""
    data = example(COMPLIANT)
    act(data, "filing-1")["note"] = "长" * 20_001
    assert problems(data)[0]["type"] == "string_too_long"
    data = example(COMPLIANT)
    data["acts"] = [{"type": "archive", "id": f"a{i}", "on": "2025-01-01"} for i in range(5_001)]
    assert problems(data)[0]["type"] == "too_long"


def test_services_name_their_document() -> None:
    """Service is its own act referring to the document it serves."""
    case = er.load_case(EXAMPLES / f"{COMPLIANT}.json")
    services = [a for a in case.acts if isinstance(a, Service)]
    assert {s.document_id for s in services} == {"notice-1", "hearing-notice-1", "decision-1"}
