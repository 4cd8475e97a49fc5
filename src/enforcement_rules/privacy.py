"""Personal information in text (个人信息): find it, say what it is, mask it (DESIGN §10; SPEC §4 PUBLISH-003).

Usable on any text, with or without a case's own facts::

    from enforcement_rules.privacy import Kind, Known, find_personal_data, mask
    known = Known(secrets=(("李四", Kind.PERSON_NAME),), allowed=("张三",))
    spans = find_personal_data(text, known)      # [Span(start, end, kind)], in text order
    safe = mask(text, spans)                     # "李*": the first character stays, the rest become *

**Patterns** (no facts needed): resident ID numbers — 18 digits with a real birth date, a known province
code and a valid ISO 7064 MOD 11-2 check digit, or 15 digits with a real birth date; mobile numbers;
landlines with their area code, or a 7–8 digit number labelled 电话; Luhn-valid bank card numbers (16–19
digits, issuer digit 3, 4, 5, 6 or 9, not a valid unified social credit code); e-mail addresses; dates
labelled as a birth (出生); detailed addresses labelled as a home (住址、家住 …); embedded portraits. Digits
may be split by single spaces or hyphens; a number with decimals, or a longer run of digits, is not an
identifier.

**Facts** (:class:`Known`): strings that must not be published, each with its kind, and strings that must
be — the punished citizen's name, the punished organisation's name, credit code and legal representative
(MEE-P 62(二)). Nothing inside an allowed string is reported. :meth:`Known.of_case` builds both from a case.

:func:`mask_identifiers` is the library's output boundary: every finding message, report field, error and
CLI line goes through it. It masks the patterned identifiers (ID numbers, phones, bank cards, e-mail) and
costs a set lookup for text it has seen clean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from enforcement_rules.models.case import Case

__all__ = [
    "DETAIL",
    "IDENTIFIERS",
    "Kind",
    "Known",
    "Span",
    "find_identifiers",
    "find_personal_data",
    "luhn",
    "mask",
    "mask_identifiers",
    "mask_text",
    "redact",
    "valid_credit_code",
    "valid_id15",
    "valid_id18",
]


class Kind(StrEnum):
    """What a piece of personal information is (MEE-P 64; CPL 50; SAMR-G 6)."""

    ID_NUMBER = "id_number"  # 居民身份证号码
    MOBILE = "mobile"  # 手机号码
    LANDLINE = "landline"  # 固定电话
    BANK_CARD = "bank_card"  # 银行卡号
    EMAIL = "email"  # 电子邮箱
    BIRTH_DATE = "birth_date"  # 出生日期
    ADDRESS = "address"  # 家庭住址
    PORTRAIT = "portrait"  # 肖像
    PERSON_NAME = "person_name"  # 被处罚公民以外的自然人姓名
    ORG_NAME = "org_name"  # 被处罚单位以外的法人或者其他组织名称
    CREDIT_CODE = "credit_code"  # 被处罚单位以外的组织的统一社会信用代码
    BANK_ACCOUNT = "bank_account"  # 银行账号（案卷所载）
    MINOR = "minor"  # 未成年人的姓名
    TRADE_SECRET = "trade_secret"  # 商业秘密（案卷所标注）

    @property
    def zh(self) -> str:
        return _ZH[self]


_ZH = {
    Kind.ID_NUMBER: "居民身份证号码", Kind.MOBILE: "手机号码", Kind.LANDLINE: "固定电话", Kind.BANK_CARD: "银行卡号",
    Kind.EMAIL: "电子邮箱", Kind.BIRTH_DATE: "出生日期", Kind.ADDRESS: "家庭住址", Kind.PORTRAIT: "肖像",
    Kind.PERSON_NAME: "其他自然人的姓名", Kind.ORG_NAME: "其他组织的名称",
    Kind.CREDIT_CODE: "其他组织的统一社会信用代码", Kind.BANK_ACCOUNT: "银行账号", Kind.MINOR: "未成年人的姓名",
    Kind.TRADE_SECRET: "商业秘密",
}

#: The kinds found by pattern alone and masked at every output boundary.
IDENTIFIERS = frozenset({Kind.ID_NUMBER, Kind.MOBILE, Kind.LANDLINE, Kind.BANK_CARD, Kind.EMAIL})


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` is personal information of ``kind``. The raw text is kept out of ``repr``."""

    start: int
    end: int
    kind: Kind
    text: str = field(repr=False, compare=False)

    @property
    def masked(self) -> str:
        return mask_text(self.text)


# -- masking -----------------------------------------------------------------------------------------------

_KEEP = frozenset(" -\u3000\t\n")


def mask_text(s: str) -> str:
    """``s`` with every character but the first replaced by ``*`` (spaces and hyphens kept)."""
    return s[:1] + "".join(c if c in _KEEP else "*" for c in s[1:])


def mask(text: str, spans: Iterable[Span]) -> str:
    """``text`` with each span masked (:func:`mask_text`); overlapping spans are fine."""
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = mask_text(text[s.start:s.end])
    return "".join(chars)


def redact(text: str, known: Known | None = None) -> str:
    """``text`` with all the personal information :func:`find_personal_data` finds masked."""
    return mask(text, find_personal_data(text, known))


_PREFILTER = re.compile(r"[\d)）][\d \-\u3000]{6}\d")
_CLEAN: set[str] = set()
_CLEAN_MAX = 20_000
_CLEAN_LEN = 300


def mask_identifiers(text: str) -> str:
    """``text`` with ID numbers, phone and bank card numbers and e-mail addresses masked: the output
    boundary of the library (DESIGN §10). Unlike :func:`find_personal_data` it also masks a card or
    15-digit number that touches letters. Costs a set lookup for text it has seen clean."""
    if len(text) < 6 or text in _CLEAN:
        return text
    spans = find_identifiers(text, touching_letters=True)
    if spans:
        return mask(text, spans)
    if len(text) <= _CLEAN_LEN:  # short strings (ids, messages) repeat; long ones are not kept
        if len(_CLEAN) >= _CLEAN_MAX:
            _CLEAN.clear()
        _CLEAN.add(text)
    return text


# -- identifiers by pattern ----------------------------------------------------------------------------------

_GROUP = re.compile(r"\d(?:[ \-\u3000]?\d)*[Xx]?")
_DIGITS = re.compile(r"\d+")
_PAREN_LANDLINE = re.compile(r"[(（]\s?0\d{2,3}\s?[)）]\s?[2-9]\d{6,7}(?!\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
#: GB/T 2260 province codes that begin a resident ID number (81–83: Hong Kong, Macao and Taiwan residents).
_PROVINCES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
    "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
})
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _real_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def valid_id18(s: str) -> bool:
    """An 18-character resident ID number: province code, real birth date, ISO 7064 MOD 11-2 check digit."""
    if len(s) != 18 or not s[:17].isdigit() or s[:2] not in _PROVINCES:
        return False
    if not (1800 <= int(s[6:10]) <= 2100 and _real_date(int(s[6:10]), int(s[10:12]), int(s[12:14]))):
        return False
    total = sum(int(c) * w for c, w in zip(s[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == s[17].upper()


def valid_id15(s: str) -> bool:
    """A 15-digit (first-generation) resident ID number: province code and a real 19YY birth date."""
    return len(s) == 15 and s.isdigit() and s[:2] in _PROVINCES and _real_date(
        1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


def luhn(s: str) -> bool:
    """The Luhn check of a card number."""
    total = 0
    for i, c in enumerate(reversed(s)):
        n = int(c)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def valid_credit_code(s: str) -> bool:
    """A unified social credit code (统一社会信用代码) with its GB 32100 check character."""
    s = s.upper()
    if len(s) != 18 or any(c not in _USCC for c in s):
        return False
    total = sum(_USCC.index(c) * w for c, w in zip(s[:17], _USCC_WEIGHTS, strict=True))
    return _USCC[(31 - total % 31) % 31] == s[17]


def _classify(s: str, letter_next_to: bool) -> Kind | None:
    """What a string of digits (maybe ending in X) is, if it is an identifier."""
    n = len(s)
    if n == 18 and valid_id18(s):
        return Kind.ID_NUMBER
    if not s.isdigit():
        return None
    if n == 11 and s[0] == "1" and s[1] in "3456789":
        return Kind.MOBILE
    if n == 13 and s.startswith("861") and s[3] in "3456789":
        return Kind.MOBILE
    if 10 <= n <= 12 and s[0] == "0" and _landline(s):
        return Kind.LANDLINE
    if letter_next_to:
        return None  # part of a code of letters and digits: only ID and mobile numbers are that sure
    if n == 15 and valid_id15(s):
        return Kind.ID_NUMBER
    if n == 18 and s[:2] in _PROVINCES and s[6:8] in ("18", "19", "20"):
        return None  # shaped like an ID number with a wrong check digit: a misprint or a serial, not a card
    if 16 <= n <= 19 and s[0] in "34569" and luhn(s) and not valid_credit_code(s):
        return Kind.BANK_CARD
    return None


def _landline(s: str) -> bool:
    # 0 + area code (010 and 02x: two digits; others three) + a 7–8 digit local number starting 2–9.
    area = 2 if s[1] in "12" else 3
    if s[1] == "1" and s[2] != "0":
        return False
    local = s[1 + area:]
    return len(local) in (7, 8) and local[0] in "23456789"


def _ascii_digits(s: str) -> str:
    return s if s.isascii() else "".join(c if c in "Xx" else str(int(c)) for c in s)


def _is_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def find_identifiers(text: str, *, touching_letters: bool = False) -> list[Span]:
    """ID numbers, phone and bank card numbers and e-mail addresses in ``text``, by pattern alone. A card or
    15-digit number touching letters is part of a code and left alone unless ``touching_letters``."""
    spans: list[Span] = []
    if _PREFILTER.search(text) is not None:
        spans.extend(_number_spans(text, touching_letters))
        if ")" in text or "）" in text:
            spans.extend(Span(m.start(), m.end(), Kind.LANDLINE, m.group()) for m in _PAREN_LANDLINE.finditer(text))
    if "@" in text or "＠" in text:
        spans.extend(Span(m.start(), m.end(), Kind.EMAIL, m.group()) for m in _EMAIL.finditer(text))
    return _resolve(spans, ())


def _number_spans(text: str, touching_letters: bool = False) -> Iterator[Span]:
    for m in _GROUP.finditer(text):
        start, end = m.span()
        group = m.group()
        if end - start < 10 or len(group) - group.count("-") - group.count(" ") - group.count("\u3000") < 10:
            continue  # fewer than ten digits: no identifier (a landline has at least ten)
        x = group[-1] in "Xx"
        chunks = [(c.start() + start, c.end() + start) for c in _DIGITS.finditer(group)]
        if touching_letters:
            before = after = False
        else:
            before = start > 0 and _is_letter(text[start - 1])
            after = x or (end < len(text) and _is_letter(text[end]))
        yield from _chunk_spans(text, chunks, x, before, after)


def _chunk_spans(text: str, chunks: list[tuple[int, int]], x: bool, letter_before: bool,
                 letter_after: bool) -> Iterator[Span]:
    """The longest runs of consecutive chunks (digits split by single separators) that are identifiers."""
    k = len(chunks)
    i = 0
    while i < k:
        for j in range(k - 1, i - 1, -1):
            size = chunks[j][1] - chunks[i][0] - (j - i)
            if size < 10 or size > 19:
                continue  # identifiers have 10 (a landline) to 19 (a card) digits
            digits = _ascii_digits("".join(text[a:b] for a, b in chunks[i:j + 1]))
            end = chunks[j][1]
            letters = (letter_before and i == 0) or (letter_after and j == k - 1)
            kind = _classify(digits + "X", False) if x and j == k - 1 else None
            if kind is not None:
                end += 1
            else:
                kind = _classify(digits, letters)
            if kind is not None:
                yield Span(chunks[i][0], end, kind, text[chunks[i][0]:end])
                i = j + 1
                break
        else:
            i += 1


# -- labelled and contextual information -----------------------------------------------------------------------

_DATE = (r"(?:\d{4}\s*[年\-./]\s*\d{1,2}(?:\s*[月\-./]\s*\d{1,2}\s*日?|\s*月)"
         r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}日)?)")
_BIRTH = re.compile(
    rf"(?:出生日期|出生年月日?|出生于|生于|生日)[：:\s]*(?P<a>{_DATE})|(?P<b>{_DATE})\s*(?:出生|生(?![产效成活意鲜]))")
_ADDRESS = re.compile(
    r"(?:家庭住址|家庭地址|现住址|现住|户籍地址|户籍所在地|户籍地|居住地址?|住址|家住|住在)[：:\s]*(?:为|是|在)?\s*"
    r"(?P<a>[^，,。；;：:\n\r（）()、]{2,60})")
_REDACTED = frozenset("*＊×某")
#: What makes an address detailed (a number, a road, a village, a room…) rather than a county.
DETAIL = re.compile(r"[\d０-９]|[路街巷道村组号室弄栋楼幢]|单元")
_PHONE_LABEL = re.compile(
    r"(?:联系电话|电话号码|手机号码|联系方式|电话|手机|座机|Tel\.?|TEL|tel)[：:\s]*(?P<a>[2-9]\d{6,7})(?!\d)")
_PORTRAIT = re.compile(
    r"<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)|data:image/[A-Za-z]+;base64,[A-Za-z0-9+/=]+|免冠照片|证件照片?"
    r"|(?:当事人|本人)(?:照片|头像|肖像)|附[：:]?\s*(?:其)?(?:照片|头像)")


def _context_spans(text: str) -> Iterator[Span]:
    for m in _BIRTH.finditer(text):
        g = "a" if m.group("a") else "b"
        yield Span(m.start(g), m.end(g), Kind.BIRTH_DATE, m.group(g))
    for m in _ADDRESS.finditer(text):
        value = m.group("a").rstrip()
        # a detailed address (a number, a street, a village…) not already masked (某、*)
        if len(value) >= 4 and DETAIL.search(value) and not _REDACTED.intersection(value):
            yield Span(m.start("a"), m.start("a") + len(value), Kind.ADDRESS, value)
    for m in _PHONE_LABEL.finditer(text):
        yield Span(m.start("a"), m.end("a"), Kind.LANDLINE, m.group("a"))
    for m in _PORTRAIT.finditer(text):
        yield Span(m.start(), m.end(), Kind.PORTRAIT, m.group())


# -- the case's own facts ------------------------------------------------------------------------------------

_JOIN = r"[ \t\u3000\-]?"


@dataclass(frozen=True, slots=True)
class Known:
    """A case's own facts: ``secrets`` must not be published (each with its kind); ``allowed`` must be, and
    nothing inside an allowed string is reported."""

    secrets: tuple[tuple[str, Kind], ...] = ()
    allowed: tuple[str, ...] = ()

    @classmethod
    def of_case(cls, case: Case, party_ids: Iterable[str] = (), *, on: date | None = None) -> Known:
        """The facts of ``case`` for a publication about ``party_ids`` (every party when empty), with
        minors judged on ``on`` (see :func:`enforcement_rules.personal_facts.case_facts`)."""
        from enforcement_rules.personal_facts import case_facts

        return case_facts(case, tuple(party_ids), on)


def _fact_pattern(s: str) -> str:
    body = _JOIN.join(re.escape(c) for c in s if not c.isspace())
    if s[:1].isdigit():
        body = r"(?<!\d)" + body
    elif _is_letter(s[:1]):
        body = r"(?<![A-Za-z])" + body
    if s[-1:].isdigit():
        body += r"(?!\d)"
    elif _is_letter(s[-1:]):
        body += r"(?![A-Za-z])"
    return body


@lru_cache(maxsize=64)
def _compiled(strings: tuple[str, ...]) -> re.Pattern[str] | None:
    usable = sorted({s.strip() for s in strings if len(s.strip()) >= 2}, key=len, reverse=True)
    if not usable:
        return None
    return re.compile("|".join(f"(?:{_fact_pattern(s)})" for s in usable), re.IGNORECASE)


def _fact_spans(text: str, known: Known) -> Iterator[Span]:
    kinds: dict[str, Kind] = {}
    for s, kind in known.secrets:
        key = _squash(s)
        if kinds.get(key) is not Kind.MINOR:
            kinds[key] = kind
    pattern = _compiled(tuple(s for s, _ in known.secrets))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        found = kinds.get(_squash(m.group()))
        if found is not None:
            yield Span(m.start(), m.end(), found, m.group())


def _squash(s: str) -> str:
    return "".join(c for c in s if not c.isspace() and c not in "-\u3000").upper()


def _allowed_spans(text: str, known: Known | None) -> list[tuple[int, int]]:
    if known is None or not known.allowed:
        return []
    pattern = _compiled(known.allowed)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


# -- all together --------------------------------------------------------------------------------------------


def find_personal_data(text: str, known: Known | None = None) -> list[Span]:
    """Every piece of personal information in ``text``, in text order, without overlaps: patterns, labels
    and (with ``known``) the case's own facts; nothing inside an allowed string."""
    spans = find_identifiers(text)
    spans.extend(_context_spans(text))
    if known is not None:
        spans.extend(_fact_spans(text, known))
    return _resolve(spans, _allowed_spans(text, known))


def _resolve(spans: list[Span], allowed: Sequence[tuple[int, int]]) -> list[Span]:
    """Drop spans inside an allowed string; of overlapping spans keep the earlier, then the longer."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        if any(a <= s.start and s.end <= b for a, b in allowed):
            continue
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out
