"""JSON Schemas of the two contracts: the case (input) and the report (output).

The report's schema is generated from the TypedDicts below, and a test validates real reports against
them, so the published schema and the code cannot drift apart.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict

from enforcement_rules.models.case import Case

__all__ = ["ReportJSON", "case_schema", "report_adapter", "report_schema"]

_STRICT = ConfigDict(extra="forbid")


@with_config(_STRICT)
class CitationJSON(TypedDict):
    instrument: str
    article: int
    paragraph: int | None
    item: int | None
    label: str


@with_config(_STRICT)
class ParamCitationJSON(TypedDict):
    instrument: str
    article: int
    paragraph: int | None
    item: int | None


@with_config(_STRICT)
class ParamJSON(TypedDict):
    name: str
    status: Literal["value", "none_in_law", "unconfigured"]
    value: Any
    unit: str
    layer: str
    citation: list[ParamCitationJSON]


@with_config(_STRICT)
class FindingJSON(TypedDict):
    code: str
    outcome: Literal["violated", "satisfied", "pending", "not_applicable", "indeterminate"]
    severity: Literal["error", "warning", "info"]
    blocking: bool
    message: str
    citations: list[CitationJSON]
    loc: list[str | int]
    subject: str | None
    related: list[str]
    key: str
    due_on: date | None
    not_before: date | None
    facts: dict[str, Any]
    params: list[ParamJSON]
    missing: list[str]
    source_ref: str | None


@with_config(_STRICT)
class ProfileJSON(TypedDict):
    name: str
    layers: list[str]


@with_config(_STRICT)
class CalendarJSON(TypedDict):
    years: list[int]
    source: str


@with_config(_STRICT)
class CountsJSON(TypedDict):
    by_outcome: dict[str, int]
    violated_by_severity: dict[str, int]
    blocking: int


@with_config(_STRICT)
class DataWarningJSON(TypedDict):
    kind: str
    subject: str | None
    loc: list[str | int]
    message: str


@with_config(_STRICT)
class ReportJSON(TypedDict):
    """One report (``check --format json`` writes one per line)."""

    report_version: Literal[1]
    library_version: str
    case_id: str
    as_of: date
    profile: ProfileJSON
    calendar: CalendarJSON
    lang: Literal["zh", "en"]
    block_on: Literal["error", "warning", "info"]
    complete: bool
    ok: bool
    counts: CountsJSON
    findings: list[FindingJSON]
    skipped_rules: list[str]
    data_warnings: list[DataWarningJSON]


def report_adapter() -> TypeAdapter[ReportJSON]:
    return TypeAdapter(ReportJSON)


def case_schema() -> dict[str, Any]:
    """The JSON Schema of a case record, with the field descriptions of the model source."""
    from enforcement_rules import models
    from enforcement_rules.docgen import describe_schema

    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    from enforcement_rules.models.base import Model

    classes: dict[str, type[Model]] = {name: obj for name, obj in vars(models).items()
                                       if isinstance(obj, type) and issubclass(obj, Model)}
    return describe_schema(schema, classes)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of a report."""
    schema = report_adapter().json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
