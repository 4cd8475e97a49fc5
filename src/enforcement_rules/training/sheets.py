"""An exercise set as files a trainer hands out and keeps: the sheet and the key, in Markdown and JSON.

Every text here is a pure function of the :class:`ExerciseSet`: the same set gives the same bytes.
The key's JSON form is what ``enforcement-rules grade`` reads.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from enforcement_rules._version import __version__
from enforcement_rules.training.exercises import Exercise, ExerciseSet
from enforcement_rules.training.render import holidays_between, summary_lines, timeline_lines

__all__ = ["KEY_FORMAT", "SHEET_FORMAT", "key_json", "key_markdown", "sheet_json", "sheet_markdown", "write"]

SHEET_FORMAT = "enforcement-rules/exercise-sheet"
KEY_FORMAT = "enforcement-rules/exercise-key"
_DIFFICULTY = {1: "基础", 2: "中等", 3: "较难"}
#: The rule families, as a reviewer names the areas of a case file (in the order a file is read).
FAMILY_ZH = {"authority": "执法主体与执法人员", "time": "时效与办案期限", "recording": "执法全过程记录",
             "coercion": "行政强制措施", "notice": "告知、陈述申辩与决定送达", "hearing": "听证",
             "review": "法制审核与集体讨论", "procedure": "简易程序、办案顺序与罚没款收缴",
             "publication": "处罚信息公开"}
_PROFILES = {"samr": "市场监督管理", "mee": "生态环境", "police": "公安（治安管理）", "national": "通用（行政处罚法）"}

ANSWER_HELP = [
    "答题文件为纯文本，每题一行，以题号开头，后写答案；多个答案用“；”或“、”分开。例如：",
    "",
    "```",
    "姓名：张三",
    "1. 《行政处罚法》第六十二条；B",
    "2. 无",
    "3. 行政处罚法第61条第1款、D",
    "```",
    "",
    "答案可以写法律条文（如“《行政处罚法》第六十四条第二项”“行政处罚法第44条”），也可以写选项字母；"
    "认为没有问题的写“无”或选 Z。",
]


def _title(s: ExerciseSet) -> str:
    area = _PROFILES.get(s.profile, s.profile)
    return f"{area}领域 · {_DIFFICULTY.get(s.difficulty, s.difficulty)}难度 · 种子 {s.seed}"


def sheet_markdown(s: ExerciseSet) -> str:
    """The sheet trainees receive: instructions, and for each case its summary, file table and questions."""
    out = [
        "# 行政执法案卷评查练习",
        "",
        f"**{_title(s)}** · 共 {s.count} 题",
        "",
        "> 本练习中的案例由程序生成，人名、单位、地名、证件号码均为虚构，仅供培训使用。",
        "",
        "## 答题说明",
        "",
        "1. 每题给出一份行政处罚案卷的案情摘要和案卷材料（按时间排列）。请以案卷评查人员的身份审查程序是否合法，"
        "找出其中违反法定程序的问题。",
        "2. 每找出一个问题，写明违反的法律条文（法律、行政法规或者部门规章的条、款、项），也可以在选择题中选出。",
        "3. 期限计算：期间开始的当日不计算在内；“工作日”不含周六、周日和法定节假日，含调休上班的周末。"
        "各题附有案卷期间的节假日安排。",
        "4. 有的案卷没有问题，请如实回答“无”。实体问题（定性、处罚幅度）不在本练习范围内。",
        "",
    ]
    for e in s.exercises:
        out += _exercise_sheet(e)
    out += ["## 答题卡", "", "| 题号 | 发现的问题（法律条文或选项） |", "|---|---|"]
    out += [f"| {e.number} |  |" for e in s.exercises]
    out += ["", *ANSWER_HELP, ""]
    return "\n".join(out)


def _exercise_sheet(e: Exercise) -> list[str]:
    from enforcement_rules.rules import RULES

    titles = {r.code: r.title for r in RULES}
    acts = e.built.data["acts"]
    first = min(date.fromisoformat(a["on"]) for a in acts)
    last = max(date.fromisoformat(a["on"]) for a in acts)
    holidays = holidays_between(first - timedelta(days=7), last + timedelta(days=14))
    out = [f"## 第{e.number}题　{e.built.story.matter}案", "", "### 案情摘要", "", *summary_lines(e.built), "",
           "### 案卷材料", "", *timeline_lines(e.built), ""]
    if holidays:
        out += ["案卷期间的节假日安排：" + "；".join(holidays) + "。", ""]
    family = {r.code: r.family for r in RULES}
    areas = "；".join(dict.fromkeys(FAMILY_ZH[f] for f in sorted({family[c] for c in e.options.values()},
                                                                   key=list(FAMILY_ZH).index)))
    out += ["### 问题", "",
            "（一）本案卷存在哪些程序问题？请逐项写明问题所在（可引用表中序号）和违反的法律条文；"
            f"没有问题的写“无”。本案涉及的审查方面：{areas}。", "",
            "（二）下列法定要求中，本案没有做到的是（可多选）：", ""]
    out += [f"- {letter}. {titles[code]}" for letter, code in e.options.items()]
    out += ["- Z. 以上要求本案均已做到", ""]
    return out


def key_markdown(s: ExerciseSet) -> str:
    """The trainer's key: for each case the problems, their articles, the explanation, what was planted."""
    out = ["# 参考答案与讲解", "", f"**{_title(s)}** · 共 {s.count} 题", "",
           "答案由 enforcement-rules 对每份案卷的检查结果生成；“设置的问题”说明出题时对合规案卷所作的改动。", ""]
    for e in s.exercises:
        out += [f"## 第{e.number}题　{e.built.story.matter}案（{e.built.data['id']}）", ""]
        if not e.defects:
            out += ["**本案未发现程序问题**（正确选项：Z）。", ""]
        else:
            letters = "、".join(sorted(d.option for d in e.defects if d.option))
            out += [f"**正确选项**：{letters}", "", "| 问题 | 法律依据 | 说明 |", "|---|---|---|"]
            for d in e.defects:
                articles = "；".join(c.zh for c in d.articles)
                why = d.explanation + (f"（设置的问题：{d.planted.zh}）" if d.planted else "")
                out.append(f"| {d.code} {d.title} | {articles} | {why} |")
            out.append("")
        if e.indeterminate:
            out += ["无法判断的事项（须补充事实或配置）：" + "；".join(e.indeterminate), ""]
    out += ["## 评分办法", "",
            "每题满分相同。每找出一个问题得该题分数的相应比例（写出法律条文、规则代码或选对选项均可）；"
            "每个错误答案扣该题分数的一半的相应比例，每题最低 0 分；无问题的案卷答“无”得满分。"
            "用 `enforcement-rules grade 答题文件 --key key.json` 评分。", ""]
    return "\n".join(out)


def sheet_json(s: ExerciseSet) -> str:
    """The sheet as data: each case record (loadable with ``load_case``), its summary and the options."""
    from enforcement_rules.rules import RULES

    titles = {r.code: r.title for r in RULES}
    data = {
        "format": SHEET_FORMAT, "version": 1, "library_version": __version__, "seed": s.seed, "count": s.count,
        "difficulty": s.difficulty, "profile": s.profile,
        "exercises": [{
            "number": e.number, "as_of": e.built.as_of.isoformat(), "case": e.built.data,
            "summary": "\n".join(summary_lines(e.built)),
            "options": {letter: titles[code] for letter, code in e.options.items()},
        } for e in s.exercises],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def key_json(s: ExerciseSet) -> str:
    """The key as data (what ``grade`` reads)."""
    data: dict[str, Any] = {
        "format": KEY_FORMAT, "version": 1, "library_version": __version__, "seed": s.seed, "count": s.count,
        "difficulty": s.difficulty, "profile": s.profile,
        "exercises": [{
            "number": e.number, "case_id": e.built.data["id"], "sector": e.built.knobs.sector,
            "as_of": e.built.as_of.isoformat(), "knobs": e.built.knobs.as_dict(),
            "defects": [d.as_dict() for d in e.defects], "options": e.options, "notes": e.notes,
            "indeterminate": list(e.indeterminate),
        } for e in s.exercises],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(s: ExerciseSet, out: Path) -> list[Path]:
    """Write sheet.md, sheet.json, key.md and key.json into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    files = {"sheet.md": sheet_markdown(s), "sheet.json": sheet_json(s), "key.md": key_markdown(s),
             "key.json": key_json(s)}
    written = []
    for name, text in files.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
