"""The personal-information detector (enforcement_rules.privacy) and the output boundary it guards (DESIGN §10)."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import enforcement_rules as er
from enforcement_rules.cli import main
from enforcement_rules.personal_facts import address_forms
from enforcement_rules.privacy import (
    Kind,
    Known,
    find_identifiers,
    find_personal_data,
    luhn,
    mask,
    mask_identifiers,
    redact,
    valid_credit_code,
    valid_id15,
    valid_id18,
)
from tests.helpers import ROOT, example

CORPUS = json.loads((ROOT / "tests" / "data" / "privacy_labelled.json").read_text("utf-8"))
AS_OF = date(2025, 12, 1)


def _known(name: str | None) -> Known | None:
    if name is None:
        return None
    spec = CORPUS["cases"][name]
    return Known.of_case(er.load_case(spec["case"]), spec["party_ids"], on=date.fromisoformat(spec["on"]))


def test_the_documented_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/privacy.md's Python example runs as written, from the project root."""
    import re

    monkeypatch.chdir(ROOT)
    page = (ROOT / "docs" / "privacy.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/privacy.md", "exec"), {})  # our own documentation


# -- the labelled set ----------------------------------------------------------------------------------------


def test_precision_and_recall_on_the_labelled_set() -> None:
    """On 233 realistic decision texts (106 without personal data; allowed fields, decision numbers, credit codes,
    amounts and dates among the hard negatives) every labelled span is found with its kind, and nothing else."""
    knowns = {name: _known(name) for name in CORPUS["cases"]}
    counts: Counter[tuple[str, str]] = Counter()
    for it in CORPUS["items"]:
        found = {(s.start, s.end, s.kind.value) for s in find_personal_data(it["text"], knowns.get(it["facts"]))}
        expected = {tuple(s) for s in it["spans"]}
        for _, _, kind in found & expected:
            counts["tp", kind] += 1
        for _, _, kind in found - expected:
            counts["fp", kind] += 1
        for _, _, kind in expected - found:
            counts["fn", kind] += 1
    kinds = sorted({k for _, k in counts})
    tp, fp, fn = (sum(v for (what, _), v in counts.items() if what == w) for w in ("tp", "fp", "fn"))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    lines = [f"labelled set: {len(CORPUS['items'])} texts, {tp + fn} labelled spans"]
    lines += [f"  {k:<14} tp {counts['tp', k]:>3}  fp {counts['fp', k]:>3}  fn {counts['fn', k]:>3}" for k in kinds]
    lines.append(f"  precision {precision:.3f}  recall {recall:.3f}")
    print("\n" + "\n".join(lines))  # noqa: T201 — the figures are the point of this test (pytest -s shows them)
    assert len(CORPUS["items"]) >= 200
    assert (precision, recall) == (1.0, 1.0)


# -- patterns -----------------------------------------------------------------------------------------------


def test_id_number_check_digit_decides() -> None:
    """An 18-digit number is an ID number only with a real date and a valid ISO 7064 MOD 11-2 check digit."""
    assert valid_id18("110101199003077571") and valid_id18("11010519491231002X")
    assert not valid_id18("110101199003077572")  # check digit off by one
    assert not valid_id18("110101199002307571")  # 30 February
    assert not valid_id18("990101199003077571")  # no such province
    assert find_personal_data("档案编号110101199003077572") == []
    assert [s.kind for s in find_personal_data("身份证110101199003077571")] == [Kind.ID_NUMBER]


def test_a_decision_number_with_a_bad_check_digit_is_not_an_id_number() -> None:
    """An 18-digit decision number shaped like an ID number but with a wrong check digit is neither an ID nor a
    bank card, even when it passes the Luhn check."""
    number = "420102198506123016"
    assert luhn(number) and not valid_id18(number)
    assert find_personal_data(f"行政处罚决定书编号{number}。") == []


def test_fifteen_digit_id_numbers() -> None:
    """A first-generation ID number has 15 digits and a real 19YY date."""
    assert valid_id15("420102850612301") and not valid_id15("420102851312301")
    assert [s.kind for s in find_personal_data("旧证号420102850612301")] == [Kind.ID_NUMBER]


@pytest.mark.parametrize(("text", "kind"), [
    ("电话13800138000。", Kind.MOBILE), ("电话138-0013-8000", Kind.MOBILE), ("+86 139 0716 1234", Kind.MOBILE),
    ("027-87654321", Kind.LANDLINE), ("（0716）8123456", Kind.LANDLINE), ("联系电话：87654321", Kind.LANDLINE),
    ("卡号6222 0212 3456 7890 128", Kind.BANK_CARD), ("卡号4111111111111112", None),
    ("邮箱 zhang.san@example.com", Kind.EMAIL), ("1990年3月7日出生", Kind.BIRTH_DATE),
    ("家住青山县城关镇解放路12号", Kind.ADDRESS), ("<img src='face.png'>", Kind.PORTRAIT),
])
def test_patterns(text: str, kind: Kind | None) -> None:
    """Phones, cards (Luhn-valid only), e-mail, labelled births and addresses and embedded portraits are found."""
    found = [s.kind for s in find_personal_data(text)]
    assert found == ([kind] if kind else [])


@pytest.mark.parametrize("text", [
    "罚款150000元", "罚款人民币1,260,000.00元", "2025年3月7日作出决定", "生产日期2025年1月3日生产",
    "统一社会信用代码91421321MA4F8K2X7Q", "统一社会信用代码913100007178869931", "举报电话12315",
    "（2025）鄂0102行初123号", "鄂执42130101", "4213**********3010", "138****8000", "住址：湖北省青山县****",
    "决定书载明当事人的住址或者住所地", "当事人擅自使用他人肖像", "执法人员拍照取证",
])
def test_hard_negatives(text: str) -> None:
    """Amounts, decision dates, credit codes, service numbers, case and certificate numbers and masked values are
    not personal information."""
    assert find_personal_data(text) == []


def test_credit_codes_and_cards() -> None:
    """A valid unified social credit code is never a bank card, even when it passes the Luhn check."""
    assert valid_credit_code("91421321MA4F8K2X7Q") and not valid_credit_code("91421321MA4F8K2X7R")
    assert luhn("4111111111111111") and not luhn("4111111111111112")


# -- facts -------------------------------------------------------------------------------------------------------


def test_what_must_be_published_is_never_flagged() -> None:
    """MEE-P 62(二): the punished organisation's name, credit code and legal representative are published."""
    case = er.load_case(example("mee-ordinary-compliant"))
    known = Known.of_case(case, ("party-1",), on=date(2025, 5, 23))
    text = "当事人：江城市恒远化工有限公司，统一社会信用代码：91421300MA4C7N5P2K，法定代表人：郑国华。"
    assert find_personal_data(text, known) == []
    assert set(known.allowed) == {"江城市恒远化工有限公司", "91421300MA4C7N5P2K", "郑国华"}


def test_the_punished_citizen_is_named_but_a_punished_minor_is_not() -> None:
    """MEE-P 62(二) publishes the punished citizen's name; MEE-P 64(四) hides a minor's, even a punished one."""
    person = {"id": "p", "kind": "natural_person", "name": "刘小敏", "birth_date": "2008-05-01"}
    data: dict[str, Any] = {"schema_version": 1, "id": "c", "sector": "samr", "parties": [person]}
    case = er.load_case(data)
    assert find_personal_data("当事人刘小敏", Known.of_case(case, on=date(2026, 5, 1))) == []
    spans = find_personal_data("当事人刘小敏", Known.of_case(case, on=date(2026, 4, 30)))
    assert [(s.kind, s.masked) for s in spans] == [(Kind.MINOR, "刘**")]


def test_names_inside_allowed_names_are_left_alone() -> None:
    """A witness called 张三 is not found inside the punished 张三丰; 张三 alone is."""
    known = Known(secrets=(("张三", Kind.PERSON_NAME),), allowed=("张三丰",))
    assert find_personal_data("当事人张三丰", known) == []
    assert [s.text for s in find_personal_data("证人张三", known)] == ["张三"]


def test_address_forms_drop_leading_divisions() -> None:
    """A home address is also found by its street-level part."""
    assert address_forms("湖北省青山县城关镇幸福路12号3栋201室") == (
        "湖北省青山县城关镇幸福路12号3栋201室", "青山县城关镇幸福路12号3栋201室", "城关镇幸福路12号3栋201室",
        "幸福路12号3栋201室")


def test_mask_and_redact() -> None:
    """Masking keeps the first character and the separators."""
    text = "手机138 0013 8000，身份证110101199003077571"
    assert redact(text) == "手机1** **** ****，身份证1*****************"
    assert mask(text, []) == text
    assert repr(find_personal_data(text)[0]).count("138") == 0  # the raw text stays out of repr


# -- the output boundary ---------------------------------------------------------------------------------------

REGIONS = ("110101", "420102", "310115", "440305", "650102", "510107", "350203")


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(date(1920, 1, 1), date(2024, 12, 31)))
    body = f"{draw(st.sampled_from(REGIONS))}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["62", "4", "5", "9558"]))
    length = draw(st.sampled_from([16, 19]))
    body = prefix + "".join(str(draw(st.integers(0, 9))) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn(body + check):
            break
    number = body + check
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if draw(st.booleans()) else number


mobiles = st.builds(lambda a, b: f"1{a}{b:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1))
landlines = st.builds(lambda a, b: f"{a}-{b}", st.sampled_from(["010", "027", "0716", "0755"]),
                      (st.integers(2_000_000, 9_999_999) | st.integers(20_000_000, 99_999_999)).map(str))
identifiers = id_numbers() | mobiles | landlines | cards()
affix = st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=8)
id_safe = st.text(st.characters(blacklist_categories=("Nd", "Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters="\x85"),
                  max_size=6)


def clean(output: str, value: str) -> bool:
    """No identifier is left in ``output``, and not ``value`` either."""
    return value not in output and find_identifiers(output) == []


@given(affix, identifiers, affix)
def test_any_identifier_in_any_text_is_masked(before: str, value: str, after: str) -> None:
    """Whatever surrounds it (no digits), an ID, phone or card number is masked at the output boundary."""
    assert clean(mask_identifiers(before + value + after), value)


def _rename(case: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    text = json.dumps(case, ensure_ascii=False).replace(json.dumps(old), json.dumps(new, ensure_ascii=False))
    renamed: dict[str, Any] = json.loads(text)
    return renamed


@given(id_safe, identifiers, id_safe, st.sampled_from(["decision-1", "notice-1", "publication-1", "service"]),
       st.sampled_from(["zh", "en"]))
def test_no_report_shows_an_identifier_whatever_the_input(before: str, value: str, after: str, where: str,
                                                          lang: str) -> None:
    """An identifier put in the case id, an act id, a source reference or the published text never reaches a
    report (JSON or text) unmasked; input that cannot be read gives an error that does not show it either."""
    tag = before + value + after
    case = example("samr-hearing-compliant")
    case["id"] = tag
    if where == "service":
        case["acts"][0]["source_ref"] = tag
    else:
        case = _rename(case, where, tag)
    for a in case["acts"]:
        if a["type"] == "publication":
            a["text"] += f"联系电话{value}。"
    try:
        report = er.check(case, as_of=AS_OF, lang=lang)
    except er.InvalidCaseError as exc:
        problems = str(exc) + json.dumps(exc.errors(), ensure_ascii=False)
        report = None
    if report is None:
        assert clean(problems, value)
        return
    assert clean(report.to_json().decode() + report.to_text() + report.to_text(show=list(er.Outcome)), value)
    assert report.by_code("PUBLISH-003")[0].outcome is er.Outcome.VIOLATED


@given(identifiers, st.sampled_from(["key", "type", "value", "nested"]))
def test_no_error_shows_an_identifier(value: str, how: str) -> None:
    """Invalid input naming an identifier as a key, a type or a value gives an error that does not show it."""
    case = example("samr-hearing-compliant")
    if how == "key":
        case[value] = 1
    elif how == "type":
        case["acts"][0]["type"] = value
    elif how == "value":
        case["acts"][0]["on"] = value
    else:
        case["parties"][0][value] = {"x": value}
    with pytest.raises(er.InvalidCaseError) as info:
        er.check(case, as_of=AS_OF)
    assert clean(str(info.value) + json.dumps(info.value.errors(), ensure_ascii=False), value)
    with pytest.raises(er.UnknownRuleError) as unknown:
        er.check(example("samr-hearing-compliant"), as_of=AS_OF, select=[value])
    assert clean(str(unknown.value) + unknown.value.name, value)


def _cli(*argv: str) -> tuple[int, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out.flush()
    return code, out.buffer.getvalue().decode("utf-8") + err.getvalue()


@given(identifiers, st.sampled_from(["text", "json"]))
def test_no_cli_line_shows_an_identifier(value: str, fmt: str) -> None:
    """Whatever a user passes (file names, case contents, codes, dates, profiles), no line the command line writes
    shows an ID, phone or card number."""
    with tempfile.TemporaryDirectory() as tmp:
        case = _rename(example("samr-hearing-compliant"), "decision-1", value.replace(" ", "_"))
        good = Path(tmp) / f"{value}.json"
        good.write_text(json.dumps(case, ensure_ascii=False), "utf-8")
        bad = Path(tmp) / f"bad-{value}.json"
        bad.write_text(json.dumps({**case, value: value}, ensure_ascii=False), "utf-8")
        runs = [
            _cli("check", str(good), "--as-of", "2025-12-01", "--format", fmt, "--all"),
            _cli("check", str(bad), str(Path(tmp) / f"{value}-missing.json"), "--as-of", "2025-12-01"),
            _cli("check", str(good), "--as-of", value),
            _cli("check", str(good), "--as-of", "2025-12-01", "--select", value),
            _cli("check", str(good), "--as-of", "2025-12-01", "--profile", value),
            _cli("explain", value),
        ]
    assert [code for code, _ in runs] == [0, 2, 2, 2, 2, 2]
    for _, output in runs:
        assert clean(output, value)
