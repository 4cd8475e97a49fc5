"""Pre-save checks in a pydantic API layer: an annotated case type.

::

    from typing import Annotated
    from pydantic import BaseModel
    from enforcement_rules import Case
    from enforcement_rules.integrations.pydantic import Compliant

    class SaveCase(BaseModel):
        case: Annotated[Case, Compliant(profile="samr")]

    SaveCase.model_validate(body, context={"as_of": today, "before": saved_case})

The case is parsed as usual, then checked with :func:`enforcement_rules.ensure_compliant`. A refusal is
a pydantic validation error of type ``enforcement_compliance`` whose ``ctx`` holds the message and the
blocking findings as JSON-ready dicts, so an API returns it like any other validation error; a case
whose references do not resolve is an ``enforcement_case_invalid`` error listing every problem.

``as_of`` comes from ``Compliant(as_of=...)`` (a date, or a function returning one: the library never
reads the clock) or from the validation context's ``"as_of"``, which wins. The context may also give
``"before"`` (the case as saved; absent for a new case) and ``"reports"``, a list to which each
:class:`~enforcement_rules.presave.ChangeReport` is appended — the way to show the user earlier breaches
that a new fact revealed without blocking the save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import GetCoreSchemaHandler, ValidationInfo
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from enforcement_rules.errors import ComplianceError, InvalidCaseError
from enforcement_rules.models.case import Case
from enforcement_rules.presave import Scope, ensure_compliant
from enforcement_rules.report import Severity

if TYPE_CHECKING:
    from enforcement_rules.profiles.profile import Profile

__all__ = ["Compliant", "CompliantCase"]

_REFUSED = "enforcement_compliance"
_INVALID = "enforcement_case_invalid"


@dataclass(frozen=True, slots=True)
class Compliant:
    """Annotation metadata: validate the annotated case, then refuse it if saving it would break an
    obligation (:func:`~enforcement_rules.ensure_compliant` with these settings)."""

    as_of: date | Callable[[], date] | None = None
    profile: str | Path | Profile | None = None
    block_on: Severity | str = Severity.ERROR
    scope: Scope | str = Scope.INTRODUCED
    lang: str = "zh"

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.with_info_after_validator_function(self._validate, handler(source))

    def _validate(self, value: Any, info: ValidationInfo) -> Any:
        context: dict[str, Any] = info.context if isinstance(info.context, dict) else {}
        as_of = context.get("as_of", self.as_of)
        if callable(as_of):
            as_of = as_of()
        if not isinstance(as_of, date):
            # A programming error, not bad input: pydantic lets a TypeError through.
            msg = "Compliant needs as_of: Compliant(as_of=...) or model_validate(..., context={'as_of': date})"
            raise TypeError(msg)
        try:
            report = ensure_compliant(value, as_of=as_of, before=context.get("before"), profile=self.profile,
                                      block_on=self.block_on, scope=self.scope, lang=self.lang)
        except ComplianceError as exc:
            blocking = [f.as_dict(self.lang) for f in exc.blocking]
            raise PydanticCustomError(_REFUSED, "{message}", {"message": str(exc), "blocking": blocking}) from None
        except InvalidCaseError as exc:
            raise PydanticCustomError(_INVALID, "{message}", {"message": str(exc), "problems": exc.errors()}) from None
        reports = context.get("reports")
        if isinstance(reports, list):
            reports.append(report)
        return value


CompliantCase = Annotated[Case, Compliant()]
"""A case checked before it is saved, with ``as_of`` (and ``before``) from the validation context."""
