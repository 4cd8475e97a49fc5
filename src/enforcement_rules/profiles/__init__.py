"""Profiles: the parameter registry and the layered, dated, cited values of SPEC §3."""

from enforcement_rules.profiles.parameters import (
    PARAMETERS,
    Delegation,
    Direction,
    LayerKind,
    Parameter,
    ParamKind,
    parameter,
)
from enforcement_rules.profiles.profile import (
    SHIPPED_PROFILES,
    Entry,
    Layer,
    Limit,
    ParamValue,
    Profile,
    default_profile_name,
    load_layer,
    load_profile,
)

__all__ = [
    "PARAMETERS",
    "SHIPPED_PROFILES",
    "Delegation",
    "Direction",
    "Entry",
    "Layer",
    "LayerKind",
    "Limit",
    "ParamKind",
    "ParamValue",
    "Parameter",
    "Profile",
    "default_profile_name",
    "load_layer",
    "load_profile",
    "parameter",
]
