"""Shared test set-up: a bounded, derandomised hypothesis profile, and the example cases."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# DESIGN §11: hypothesis runs in CI with a bounded, derandomised profile; locally too, so that a failure
# seen once is seen again. HYPOTHESIS_PROFILE=thorough runs more examples.
settings.register_profile(
    "ci", derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
