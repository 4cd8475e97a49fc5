"""Injectors for the REVIEW family (rules/review.py, reviewers.py, discussion.py): legal review where
required, a passed review, a qualified and independent reviewer, the points reviewed, collective
discussion, the samr case review.

None of these changes breaks another rule: a discussion with no legal review at all is not "before the
review" (REVIEW-006), and the samr case review is only due outside SAMR-P 50① (REVIEW-007).
"""

from __future__ import annotations

import random
from typing import Any

from enforcement_rules.training.built import BuiltCase
from enforcement_rules.training.defects import Description, Injector
from enforcement_rules.training.edits import CaseEdit
from enforcement_rules.training.injectors.common import acts, first, variant

__all__ = ["INJECTORS"]

_REVIEWS = ("legal_review", "case_review")


def _review(edit: CaseEdit, *types: str) -> dict[str, Any]:
    r = edit.first(*(types or _REVIEWS))
    assert r is not None
    return r


def _reviewed(*types: str) -> Any:
    return lambda b: bool(acts(b, *(types or _REVIEWS))) and bool(acts(b, "decision"))


def _reviewer(edit: CaseEdit) -> dict[str, Any]:
    return next(s for s in edit.data["staff"] if s["id"] == "reviewer-1")


# -- REVIEW-001 legal review where required ---------------------------------------------------------------------


def _required(b: BuiltCase) -> bool:
    v = b.data["violation"]
    return bool(acts(b, "legal_review")) and bool(v.get("complex") or v.get("directly_affects_major_rights"))


def _no_review(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop(*(a["id"] for a in edit.of("legal_review")))
    complex_case = bool(edit.data["violation"].get("complex"))
    why = "案情复杂" if complex_case else "直接关系当事人重大权益并经过听证"
    why_en = "complex" if complex_case else "directly affecting major rights, after a hearing"
    return (f"本案{why}，作出决定前未经法制审核", f"The case ({why_en}) was decided without a legal review")


REVIEW_001 = Injector("REVIEW-001", (
    variant("no_legal_review", 1, _required, _no_review, "review.legal"),
), requires={"legal_review": (True,), "procedure": ("ordinary",)})


# -- REVIEW-002 the review passed --------------------------------------------------------------------------------


def _failed(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    r = _review(edit, "legal_review")
    r["conclusion"] = "problems"
    return (f"法制审核（{r['on']}）提出了问题、未予通过，机关未作处理、未重新审核即作出决定",
            f"The legal review of {r['on']} raised problems; the decision followed without handling or a new review")


REVIEW_002 = Injector("REVIEW-002", (
    variant("review_not_passed", 2, _reviewed("legal_review"), _failed, "review.conclusion"),
), requires={"legal_review": (True,), "procedure": ("ordinary",)})


# -- REVIEW-003 a qualified reviewer -------------------------------------------------------------------------------


def _unqualified(edit: CaseEdit, rng: random.Random) -> Description:
    year = rng.randint(2022, 2023)
    reviewer = _reviewer(edit)
    reviewer.update(legal_qualification=False, first_review_on=f"{year}-03-01")
    return (f"法制审核人员{reviewer['name']}于 {year} 年初次从事法制审核，未取得法律职业资格",
            f"The reviewer first reviewed penalty decisions in {year} and holds no legal qualification")


REVIEW_003 = Injector("REVIEW-003", (
    variant("no_legal_qualification", 2, _reviewed("legal_review"), _unqualified, "review.reviewer"),
), requires={"legal_review": (True,), "procedure": ("ordinary",)})


# -- REVIEW-004 independent reviewers -------------------------------------------------------------------------------


def _investigator_reviews(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    r = _review(edit)
    officer = next(s for s in edit.data["staff"] if s["id"] == "officer-2")
    officer.update(legal_qualification=True, first_review_on=_reviewer(edit)["first_review_on"])
    r["reviewer_ids"] = ["officer-2"]
    kind = "法制审核" if r["type"] == "legal_review" else "案件审核"
    return (f"本案办案人员{officer['name']}同时担任了{kind}人员",
            f"An investigator of the case also did its {r['type']}")


REVIEW_004 = Injector("REVIEW-004", (
    variant("investigator_reviews", 1, _reviewed(), _investigator_reviews, "review.reviewer"),
), requires={"procedure": ("ordinary",), "sector": ("samr",)})


# -- REVIEW-005 the points reviewed ---------------------------------------------------------------------------------

_POINT_ZH = {"jurisdiction": "管辖权", "party_information": "当事人基本情况", "facts_evidence": "事实和证据",
             "characterisation": "定性", "legal_basis": "适用依据和裁量基准", "procedure": "程序",
             "handling": "处理是否适当", "acting_subject": "执法主体", "officer_qualification": "执法人员资格",
             "documents": "执法文书", "crime_transfer": "是否涉嫌犯罪需移送"}


def _with_points(b: BuiltCase) -> bool:
    r = first(b, *_REVIEWS)
    return r is not None and bool(r.get("points")) and b.knobs.sector in ("samr", "mee")


def _point_missed(edit: CaseEdit, rng: random.Random) -> Description:
    r = _review(edit)
    point = rng.choice([p for p in r["points"] if p in ("procedure", "jurisdiction", "crime_transfer", "handling",
                                                          "officer_qualification")] or r["points"])
    r["points"] = [p for p in r["points"] if p != point]
    return (f"审核意见没有对“{_POINT_ZH.get(point, point)}”作出审核", f"The review did not cover: {point}")


REVIEW_005 = Injector("REVIEW-005", (
    variant("point_not_reviewed", 3, _with_points, _point_missed, "review.points"),
), requires={"sector": ("samr", "mee"), "procedure": ("ordinary",), "legal_review": (True, False)})


# -- REVIEW-006 collective discussion --------------------------------------------------------------------------------


def _discussed(b: BuiltCase) -> bool:
    """A collective discussion the profile requires here (REVIEW-006 judged it, and found it in order)."""
    if not (acts(b, "collective_discussion") and acts(b, "legal_review")):
        return False
    return any(f.code == "REVIEW-006" and f.outcome.value == "satisfied" and f.subject == "decision-1"
               for f in b.check(select=["REVIEW-006"]).findings)


def _no_discussion(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop(*(a["id"] for a in edit.of("collective_discussion")))
    return ("案情复杂（经法制审核）的案件，未经负责人集体讨论即作出决定",
            "A complex case was decided without a collective discussion by the heads")


def _one_head(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    c = edit.first("collective_discussion")
    assert c is not None
    c["head_ids"] = c["head_ids"][:1]
    return ("所谓“集体讨论”只有一名负责人参加", "The 'collective discussion' was attended by a single head")


REVIEW_006 = Injector("REVIEW-006", (
    variant("no_discussion", 1, _discussed, _no_discussion, "review.discussion"),
    variant("single_head", 2, _discussed, _one_head, "review.discussion"),
), requires={"legal_review": (True,), "procedure": ("ordinary",)})


# -- REVIEW-007 samr case review -------------------------------------------------------------------------------------


def _no_case_review(edit: CaseEdit, rng: random.Random) -> Description:
    del rng
    edit.drop(*(a["id"] for a in edit.of("case_review")))
    return ("普通程序案件在作出决定前没有经过案件审核",
            "The ordinary-procedure case was not reviewed before the decision")


REVIEW_007 = Injector("REVIEW-007", (
    variant("no_case_review", 1, _reviewed("case_review"), _no_case_review, "review.case"),
), requires={"sector": ("samr",), "procedure": ("ordinary",), "legal_review": (False,)})

INJECTORS: tuple[Injector, ...] = (REVIEW_001, REVIEW_002, REVIEW_003, REVIEW_004, REVIEW_005, REVIEW_006,
                                   REVIEW_007)
