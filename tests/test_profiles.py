"""Profiles and the parameter registry (DESIGN §6, SPEC §3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import enforcement_rules as er
from enforcement_rules.calendar import Period, PeriodUnit
from enforcement_rules.profiles import PARAMETERS, SHIPPED_PROFILES, Profile, load_layer, load_profile
from enforcement_rules.rules import RULES

DAY = date(2025, 6, 1)


def user_file(tmp_path: Path, body: str, *, extends: str = "samr", layer: str = "user") -> Path:
    path = tmp_path / "mine.toml"
    path.write_text(f'[profile]\nname = "mine"\nlayer = "{layer}"\nextends = "{extends}"\n\n{body}', "utf-8")
    return path


@pytest.mark.parametrize("name", sorted(SHIPPED_PROFILES))
def test_every_shipped_profile_loads_through_the_tighten_only_check(name: str) -> None:
    """The shipped layers pass the same validation and tighten-only check as user files."""
    profile = load_profile(name)
    assert [layer.name for layer in profile.layers] == list(SHIPPED_PROFILES[name])
    for layer in profile.layers:
        for entry in layer.entries:
            assert entry.param in PARAMETERS
            assert entry.cites or entry.status == "unconfigured"


def test_samr_values_with_layer_and_citation() -> None:
    """A value carries its layer and citation (SAMR-H 5(三): 自然人一万元以上)."""
    v = load_profile("samr").value("hearing.fine_threshold.natural_person", DAY)
    assert (v.status, v.value, v.layer) == ("value", Decimal(10000), "samr")
    assert [str(c) for c in v.cites] == ["SAMR-H 5(3)", "SAMR-H 31"]
    assert v.as_dict()["citation"][0] == {"instrument": "SAMR-H", "article": 5, "paragraph": None, "item": 3}


def test_national_statuses() -> None:
    """National: hearing thresholds unconfigured (CPL 63 leaves them open); no statement window in law."""
    national = load_profile("national")
    assert national.value("hearing.fine_threshold.organization", DAY).status == "unconfigured"
    window = national.value("statement.window", DAY)
    assert window.status == "none_in_law"
    assert national.value("hearing.request_window", DAY).value == Period(5, PeriodUnit.WORKING_DAYS)


def test_set_parameters_add_up_across_layers_with_each_members_citation() -> None:
    """Sector additions join the national elements; each element keeps the articles behind it."""
    v = load_profile("samr").value("decision.elements", DAY)
    assert "statement_adoption" in v.value and "seal" in v.value
    assert [str(c) for c in v.member_cites["remedies"]] == ["CPL 59(5)", "SAMR-P 62(6)"]
    assert "statement_adoption" not in load_profile("national").value("decision.elements", DAY).value


def test_values_are_picked_by_date(tmp_path: Path) -> None:
    """A dated value applies from its `from` day, inclusive, until its `until` day, inclusive."""
    path = user_file(tmp_path, """
[[value]]
param = "publication.deadline"
value = "10 working_days"
from = 2026-01-01
cite = "SAMR-G 9"
""")
    profile = load_profile(path)
    assert profile.value("publication.deadline", date(2025, 12, 31)).value == Period(20, PeriodUnit.WORKING_DAYS)
    assert profile.value("publication.deadline", date(2026, 1, 1)).value == Period(10, PeriodUnit.WORKING_DAYS)
    assert profile.value("publication.deadline", date(2026, 1, 1)).layer == "mine"
    assert profile.name == "samr+mine"


def test_loosening_without_delegation_is_refused(tmp_path: Path) -> None:
    """A user layer may only tighten: a longer publication deadline is refused with a clear error."""
    path = user_file(tmp_path, """
[[value]]
param = "publication.deadline"
value = "30 working_days"
cite = "SAMR-G 9"
""")
    with pytest.raises(er.ProfileError, match="only tighten") as info:
        load_profile(path)
    assert "publication.deadline" in str(info.value)


@pytest.mark.parametrize(("amount", "accepted"), [("5000", True), ("20000", True)])
def test_delegated_provincial_hearing_threshold_either_way(tmp_path: Path, amount: str, accepted: bool) -> None:
    """SAMR-H 5② lets a province set its own hearing figure, lower (stricter) or higher (looser)."""
    path = tmp_path / "province.toml"
    path.write_text(f"""[profile]
name = "hubei-test"
layer = "province"

[[instrument]]
key = "TEST-PROV"
title = "某省行政处罚听证规定（测试用，虚构）"
rank = "local_rule"

[[value]]
param = "hearing.fine_threshold.natural_person"
value = {amount}
cite = "TEST-PROV 3"
""", "utf-8")
    layer = load_layer(path)
    samr = load_profile("samr")
    profile = Profile("samr+province", [*samr.layers, layer])
    assert profile.value("hearing.fine_threshold.natural_person", DAY).value == Decimal(amount)
    assert accepted


def test_undelegated_loosening_by_a_province_is_refused(tmp_path: Path) -> None:
    """Only delegated parameters may be loosened: a province may not lengthen the SAMR statement window's
    opposite — it may not shorten the party's window."""
    path = tmp_path / "province.toml"
    path.write_text("""[profile]
name = "p"
layer = "province"

[[value]]
param = "statement.window"
value = "3 working_days"
cite = "SAMR-P 57②"
""", "utf-8")
    with pytest.raises(er.ProfileError, match=r"statement\.window"):
        Profile("x", [*load_profile("samr").layers, load_layer(path)])


def test_a_law_may_set_its_own_figure_where_cpl_defers_to_law(tmp_path: Path) -> None:
    """CPL 51 "法律另有规定的，从其规定": a sector layer citing a law may raise the summary cap; one citing a
    department rule may not."""
    body = """[profile]
name = "police-test"
layer = "sector"

[[value]]
param = "summary.max_fine.natural_person"
value = 500
cite = "{cite}"
"""
    law = tmp_path / "law.toml"
    law.write_text(body.format(cite="PSAPL 119"), "utf-8")
    rule = tmp_path / "rule.toml"
    rule.write_text(body.format(cite="PSB-P 37"), "utf-8")
    national = load_profile("national").layers
    assert Profile("ok", [*national, load_layer(law)]).value("summary.max_fine.natural_person", DAY).value == 500
    with pytest.raises(er.ProfileError, match="only tighten"):
        Profile("bad", [*national, load_layer(rule)])


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[value]]\nparam = "hearing.fine_treshold.natural_person"\nvalue = 1\ncite = "CPL 63"\n',
         "did you mean hearing.fine_threshold.natural_person"),
        ('[[value]]\nparam = "publication.deadline"\nvalue = "5 workdays"\ncite = "CPL 48"\n', "working_days"),
        ('[[value]]\nparam = "publication.deadline"\nvalue = "5 working_days"\n', "citation"),
        ('[[value]]\nparam = "publication.deadline"\nvalue = "5 working_days"\ncite = "CPL"\n', "INSTRUMENT"),
        ('[[value]]\nparam = "publication.deadline"\nvalue = "5 working_days"\ncite = "XYZ 1"\n', "unknown instrument"),
        ('[[value]]\nparam = "publication.deadline"\nvalue = "5 working_days"\ncite = "CPL 48"\ncolour = 1\n',
         "unknown keys"),
        ('[[value]]\nparam = "decision.elements"\nvalue = { sael = "CPL 59" }\ncite = "CPL 59"\n', "'seal'"),
        ('[[value]]\nparam = "summary.max_fine.organization"\nvalue = 1.5\ncite = "CPL 51"\n', "amount"),
        ("[[value]]\nparam = \n", "TOML"),
    ],
    ids=["unknown-param", "bad-period", "no-cite", "bad-cite", "unknown-instrument", "unknown-key",
         "unknown-member", "float-amount", "bad-toml"],
)
def test_bad_profile_files_are_refused_clearly(tmp_path: Path, body: str, message: str) -> None:
    """Profile files are validated on load; the error names the file, the value and what is expected."""
    with pytest.raises(er.ProfileError, match=message) as info:
        load_profile(user_file(tmp_path, body))
    assert "mine.toml" in str(info.value)


def test_overlapping_values_are_refused(tmp_path: Path) -> None:
    """Two values of one parameter may not be in force on the same day."""
    body = """
[[value]]
param = "publication.deadline"
value = "10 working_days"
cite = "SAMR-G 9"

[[value]]
param = "publication.deadline"
value = "5 working_days"
from = 2026-01-01
cite = "SAMR-G 9"
"""
    with pytest.raises(er.ProfileError, match="overlap"):
        load_profile(user_file(tmp_path, body))


def test_unknown_profile_name_suggests() -> None:
    """An unknown profile name is refused with a suggestion."""
    with pytest.raises(er.ProfileError, match="did you mean samr"):
        load_profile("smar")


def test_profile_is_chosen_from_the_case_sector_and_province() -> None:
    """Without a profile argument the case's sector picks it, and its province adds the shipped province
    layers (this case is in Hubei, 420000: the fine-cap layer `42`)."""
    report = er.check("examples/cases/samr-hearing-compliant.json", as_of=DAY)
    assert report.profile == {"name": "samr+42", "layers": ["national", "samr", "42"]}
    named = er.check("examples/cases/samr-hearing-compliant.json", as_of=DAY, profile="mee")
    assert named.profile == {"name": "mee+42", "layers": ["national", "mee", "42"]}


def test_every_parameter_a_rule_reads_is_declared_and_set_nationally() -> None:
    """Rules read only declared parameters; each has a national value, none_in_law or an explicit
    unconfigured entry, so nothing is unconfigured by accident."""
    national = load_profile("national")
    for name in PARAMETERS:
        entry_found = any(e.param == name for layer in national.layers for e in layer.entries)
        if name in {"hearing.confiscation_basis", "hearing.fine_threshold.border_individual",
                    "publication.cross_province_push"}:
            continue  # sector-only parameters (SPEC §3: only samr/police/mee set them)
        assert entry_found, name
    assert RULES  # the rules import the registry names they use; see test_meta for their citations


@pytest.mark.parametrize(("sector", "province"), [("samr", "31"), ("samr", "35"), ("samr", "52"), ("samr", "42"),
                                                   ("mee", "42"), ("police", "42")])
def test_every_shipped_province_layer_loads_through_the_check(sector: str, province: str) -> None:
    """Province layers pass the tighten-only check on top of their sector."""
    profile = load_profile(sector, province=province)
    assert profile.layers[-1].name in (province, f"{province}-{sector}")


@pytest.mark.parametrize(
    ("province", "amount", "low"),
    [("31", "5000", True), ("31", "5000.01", False), ("35", "5000", False), ("35", "4999.99", True),
     ("52", "5000", False), ("52", "4999", True)],
    ids=["shanghai-5000-included", "shanghai-above", "fujian-5000-excluded", "fujian-below",
         "guizhou-5000-excluded", "guizhou-below"],
)
def test_lower_fines_honour_inclusive_and_exclusive_wording(province: str, amount: str, low: bool) -> None:
    """SAMR-G 13②: Shanghai's 五千元及以下 includes 5,000; Fujian and Guizhou say 不含本数."""
    v = load_profile("samr", province=province).value("publication.low_fine.natural_person", date(2025, 6, 1))
    assert v.value.admits(Decimal(amount)) is low


def test_lower_fine_dates() -> None:
    """Shanghai's figure is in force 2022-07-01 … 2027-06-30; before and after it is unconfigured."""
    profile = load_profile("samr", province="31")
    name = "publication.low_fine.organization"
    assert profile.value(name, date(2022, 6, 30)).status == "unconfigured"
    assert str(profile.value(name, date(2027, 6, 30)).value) == "≤ 50000"
    assert profile.value(name, date(2027, 7, 1)).status == "unconfigured"


def test_hubei_has_a_fine_cap_but_no_hearing_threshold() -> None:
    """Hubei: the cap on fines set by government rules is data; no Hubei hearing figure is invented."""
    profile = load_profile("samr", province="42")
    cap = profile.value("local_rule.fine_cap.business_with_gains", date(2025, 6, 1))
    assert (cap.value, cap.layer, str(cap.cites[0])) == (Decimal(150000), "42", "HB-CAP 2")
    assert profile.value("hearing.fine_threshold.natural_person", date(2025, 6, 1)).layer == "samr"


@pytest.mark.parametrize(
    ("matter", "day", "fine", "summary_cap", "publish"),
    [("public_security", date(2025, 6, 1), 2000, 200, "social_impact"),
     ("public_security", date(2026, 1, 1), 4000, 500, "never"),
     ("other", date(2026, 1, 1), 10000, 1000, "social_impact")],
)
def test_police_values_by_matter_and_date(matter: str, day: date, fine: int, summary_cap: int,
                                          publish: str) -> None:
    """Police: 治安 by PSAPL-2012 before 2026-01-01 and PSAPL from then; other matters by PSB-P."""
    police = load_profile("police")
    assert police.value("hearing.fine_threshold.organization", day, matter).value == fine
    assert police.value("summary.max_fine.organization", day, matter).value == summary_cap
    assert police.value("publication.scope", day, matter).value == publish


def test_mee_differs_from_samr_where_the_law_differs() -> None:
    """MEE-P 89: 5,000 / 200,000 and each confiscation on its own; SAMR-H 5: 10,000 / 100,000 and a total."""
    mee, samr = load_profile("mee"), load_profile("samr")
    assert mee.value("hearing.fine_threshold.organization", DAY).value == 200000
    assert samr.value("hearing.fine_threshold.organization", DAY).value == 100000
    assert (mee.value("hearing.confiscation_basis", DAY).value,
            samr.value("hearing.confiscation_basis", DAY).value) == ("each", "total")
    assert mee.value("publication.deadline", DAY).value == Period(7, PeriodUnit.WORKING_DAYS)
