"""Chinese numerals as used in article numbering (第六十四条、第二款、（三）)."""

from __future__ import annotations

__all__ = ["CIRCLED", "cn_to_int", "int_to_cn"]

_DIGITS = "零一二三四五六七八九"
_VALUES = {ch: i for i, ch in enumerate(_DIGITS)} | {"两": 2, "〇": 0}
_UNITS = {"十": 10, "百": 100, "千": 1000}

#: ①…⑳, the paragraph marks of SPEC.md ("CPL 48②" is Art. 48, paragraph 2).
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def int_to_cn(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 64 → 六十四, 105 → 一百零五, 143 → 一百四十三."""
    if not 0 < n < 10000:
        msg = f"article numbers are 1..9999, got {n}"
        raise ValueError(msg)
    parts: list[str] = []
    zero = False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10)):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                parts.append("零")
                zero = False
            parts.append(("" if unit == "十" and digit == 1 and not parts else _DIGITS[digit]) + unit)
        elif parts:
            zero = True
    if n:
        if zero:
            parts.append("零")
        parts.append(_DIGITS[n])
    return "".join(parts)


def cn_to_int(text: str) -> int:
    """六十四 → 64, 十 → 10, 一百零五 → 105; plain digits are accepted too. ValueError otherwise."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _VALUES and ch not in _UNITS for ch in text):
        msg = f"not a Chinese numeral: {text!r}"
        raise ValueError(msg)
    total = 0
    current = 0
    for ch in text:
        if ch in _VALUES:
            current = _VALUES[ch]
        else:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current
