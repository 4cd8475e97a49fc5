"""Reading a case: parse, check references, and explain every problem in Chinese and English."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from enforcement_rules.errors import InputProblem, InvalidCaseError
from enforcement_rules.models.actions import ACT_TYPES
from enforcement_rules.models.base import Model
from enforcement_rules.models.case import Case, nested_model_fields, reference_fields

__all__ = ["MAX_INPUT_BYTES", "check_references", "load_case"]

#: The largest case document read (bytes); larger input is refused with a clear error.
MAX_INPUT_BYTES = 20 * 1024 * 1024

CaseInput = Case | Mapping[str, Any] | str | bytes | os.PathLike[str]


def load_case(data: CaseInput) -> Case:
    """Read a case from a dict, JSON text or bytes, a path (``str`` not starting with ``{`` or a
    ``PathLike``), or an existing :class:`Case`.

    Raises :class:`InvalidCaseError` listing every problem with its location, in Chinese and English,
    without echoing input values. The input is never modified.
    """
    if isinstance(data, Case):
        case = data
    else:
        case = _parse(data)
    private = case.__pydantic_private__  # read directly: pydantic's __getattr__ is slow on a hot path
    if not (private and private.get("_references_checked")):
        problems = check_references(case)
        if problems:
            raise InvalidCaseError(problems)
        case._references_checked = True
    return case


def _parse(data: Mapping[str, Any] | str | bytes | os.PathLike[str]) -> Case:
    try:
        if isinstance(data, Mapping):
            return Case.model_validate(data)
        if isinstance(data, str) and not data.lstrip().startswith(("{", "[")):
            data = Path(data)
        if isinstance(data, os.PathLike):
            data = _read(Path(data))
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogatepass")
        if isinstance(data, bytes | bytearray):
            if len(data) > MAX_INPUT_BYTES:
                raise InvalidCaseError([_problem((), "input_too_large")])
            return Case.model_validate_json(data)
    except ValidationError as exc:
        raise InvalidCaseError(list(_translate(exc.errors()))) from None
    except (UnicodeError, RecursionError):
        raise InvalidCaseError([_problem((), "json_invalid")]) from None
    raise InvalidCaseError([_problem((), "model_type")])


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise InvalidCaseError([_problem((), "input_too_large")])
        return path.read_bytes()
    except OSError:
        raise InvalidCaseError([_problem((), "file_unreadable")]) from None


def check_references(case: Case) -> list[InputProblem]:
    """Every duplicate id and every reference that names nothing, or the wrong kind of thing."""
    problems: list[InputProblem] = []
    kinds: dict[str, str] = {}
    where: dict[str, tuple[str | int, ...]] = {}
    groups: tuple[tuple[str, tuple[Any, ...], str | None], ...] = (
        ("parties", case.parties, "party"), ("staff", case.staff, "staff"), ("acts", case.acts, None),
        ("records", case.records, "record"),
    )
    for group, items, kind in groups:
        for i, item in enumerate(items):
            if item.id in kinds:
                problems.append(_problem((group, i, "id"), "duplicate_id", other=_path(where[item.id])))
                continue
            kinds[item.id] = kind or item.type
            where[item.id] = (group, i)
    for group, items, _ in groups[1:]:
        for i, item in enumerate(items):
            _check_refs(item, kinds, (group, i), problems)
    _check_refs(case.time_limits, kinds, ("time_limits",), problems)
    for i, related in enumerate(case.related_decisions):
        _check_refs(related, kinds, ("related_decisions", i), problems)
    _check_times(case, problems)
    return problems


def _check_times(case: Case, problems: list[InputProblem]) -> None:
    # Times agree with dates; nothing ends before it starts. Checked here, in one Python pass, rather
    # than by a validator per model, which costs a Python call per act during parsing (DESIGN §9).
    for i, act in enumerate(case.acts):
        at = act.at or act.start_at
        if at is not None and at.date() != act.on:
            problems.append(_problem(("acts", i, "at" if act.at else "start_at"), "time_other_day"))
        if act.start_at is not None and act.end_at is not None and act.end_at < act.start_at:
            problems.append(_problem(("acts", i, "end_at"), "end_before_start"))
    for i, record in enumerate(case.records):
        if record.start_at is not None and record.end_at is not None and record.end_at < record.start_at:
            problems.append(_problem(("records", i, "end_at"), "end_before_start"))
        for j, seg in enumerate(record.segments):
            if seg.end_at < seg.start_at:
                problems.append(_problem(("records", i, "segments", j, "end_at"), "end_before_start"))


def _check_refs(
    item: Model, kinds: Mapping[str, str], loc: tuple[str | int, ...], problems: list[InputProblem]
) -> None:
    for name, ref in reference_fields(type(item)):
        value = getattr(item, name)
        if not value:
            continue
        single = isinstance(value, str)
        for j, ref_id in enumerate((value,) if single else value):
            kind = kinds.get(ref_id)
            if kind is None or not _accepts(ref.targets, kind):
                here = (*loc, name) if single else (*loc, name, j)
                if kind is None:
                    problems.append(_problem(here, "reference_missing"))
                else:
                    problems.append(_problem(here, "reference_wrong_type", expected=", ".join(ref.targets),
                                             found=kind))
    for name in nested_model_fields(type(item)):
        sub = getattr(item, name)
        if isinstance(sub, tuple):  # a list of sub-models (recusals, extensions …), each checked in place
            for k, one in enumerate(sub):
                _check_refs(one, kinds, (*loc, name, k), problems)
        elif sub is not None:
            _check_refs(sub, kinds, (*loc, name), problems)


def _accepts(targets: tuple[str, ...], kind: str) -> bool:
    return kind in targets or ("act" in targets and kind in ACT_TYPES)


# -- messages ------------------------------------------------------------------------------------

_ZH: dict[str, str] = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不认识的字段（不允许未定义的字段）",
    "union_tag_invalid": "未知的类型（type）",
    "union_tag_not_found": "缺少 type 字段",
    "literal_error": "取值须为 {expected}",
    "enum": "取值须为 {expected}",
    "string_type": "应为文字",
    "string_too_long": "文字过长（最多 {max_length} 字）",
    "string_pattern_mismatch": "格式不符合要求",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为一个案件对象（JSON 对象）",
    "model_attributes_type": "应为对象",
    "too_long": "条目过多（最多 {max_length} 项）",
    "too_short": "条目过少（至少 {min_length} 项）",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_inexact": "日期不应含时间",
    "datetime_type": "时间格式应为 ISO 8601（如 2025-03-01T09:30:00+08:00）",
    "datetime_parsing": "时间格式应为 ISO 8601（如 2025-03-01T09:30:00+08:00）",
    "datetime_from_date_parsing": "时间格式应为 ISO 8601（如 2025-03-01T09:30:00+08:00）",
    "decimal_type": "金额应为数字或数字字符串（元）",
    "decimal_parsing": "金额应为数字或数字字符串（元）",
    "decimal_max_digits": "金额位数过多",
    "decimal_max_places": "金额最多两位小数（精确到分）",
    "decimal_whole_digits": "金额位数过多",
    "finite_number": "数值须为有限数",
    "greater_than_equal": "不得小于 {ge}",
    "less_than_equal": "不得大于 {le}",
    "json_invalid": "JSON 格式错误",
    "json_type": "应为 JSON 文本",
    "recursion_loop": "嵌套过深",
    "value_error": "{zh}",
    "input_too_large": f"输入过大（最多 {MAX_INPUT_BYTES // (1024 * 1024)} MiB）",
    "file_unreadable": "无法读取该文件",
    "duplicate_id": "编号重复（已在 {other} 使用）",
    "time_other_day": "时间与日期 on 不是同一天（按北京时间）",
    "end_before_start": "结束时间早于开始时间",
    "reference_missing": "引用的编号在本案中不存在",
    "reference_wrong_type": "引用对象的类型不符：应为 {expected}，实为 {found}",
}
_EN: dict[str, str] = {
    "union_tag_invalid": "unknown type; see `enforcement-rules schema` for the act types",
    "input_too_large": f"the input is too large (at most {MAX_INPUT_BYTES // (1024 * 1024)} MiB)",
    "file_unreadable": "the file cannot be read",
    "duplicate_id": "this id is already used at {other}",
    "time_other_day": "the time falls on another day than `on` (China time)",
    "end_before_start": "it ends before it starts",
    "reference_missing": "no act, party, staff member or record of this case has this id",
    "reference_wrong_type": "the id names a {found}, but a {expected} is expected here",
    "model_type": "expected a case (a JSON object)",
    "json_invalid": "invalid JSON",
}

#: Chinese for the messages of the model's own validators, keyed by their English text.
_VALUE_ERRORS_ZH: dict[str, str] = {
    "a date is written YYYY-MM-DD": "日期格式应为 YYYY-MM-DD（不接受数字）",
    "a police case needs `matter` (public_security or other)": "公安案件须注明 matter（public_security 或 other）",
    "`matter` is only for police cases": "matter 仅适用于公安案件",
}


def _problem(loc: tuple[str | int, ...], kind: str, **ctx: str) -> InputProblem:
    zh = _ZH.get(kind, "取值无效").format(**ctx)
    en = _EN.get(kind, kind.replace("_", " ")).format(**ctx)
    return InputProblem(loc, kind, zh, en)


def _translate(errors: list[ErrorDetails]) -> Iterator[InputProblem]:
    for e in errors:
        kind = e["type"]
        ctx = {k: _expected(v) for k, v in (e.get("ctx") or {}).items()}
        en = e["msg"]
        if kind == "value_error":
            en = en.removeprefix("Value error, ")
            ctx["zh"] = _VALUE_ERRORS_ZH.get(en, "取值无效")
        elif kind in _EN:
            en = _EN[kind]
        en = _scrub(en, e.get("input"))
        zh = _ZH.get(kind, "取值无效")
        try:
            zh = zh.format(**ctx)
        except (KeyError, IndexError):
            zh = "取值无效"
        yield InputProblem(tuple(e["loc"]), kind, zh, en)


def _expected(value: Any) -> str:
    return str(value)


def _scrub(msg: str, value: Any) -> str:
    # Pydantic's own messages name what was expected, not what was given; this is a second guard.
    if isinstance(value, str) and len(value) >= 3 and value in msg:
        return msg.replace(value, "…")
    return msg


def _path(loc: tuple[str | int, ...]) -> str:
    return InputProblem(loc, "", "", "").path()
