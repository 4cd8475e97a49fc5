"""Benchmark (DESIGN §9): parse vs check, per-rule cost, end-to-end throughput, import time.

    python benchmarks/run.py            # about 20 seconds on the project machine

Prints figures and their ratios against the budgets; asserts nothing (timings never go in tests).
The committed case is benchmarks/case.json: an ordinary SAMR case with a hearing (22 acts, 12 records).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASE = HERE / "case.json"
AS_OF = date(2025, 12, 1)


def per_call_us(fn: Callable[[], object], *, repeat: int = 7, min_time: float = 1.0) -> float:
    """Median over `repeat` rounds of the mean time per call, in microseconds."""
    fn()
    n = 1
    while True:
        t = time.perf_counter()
        for _ in range(n):
            fn()
        if time.perf_counter() - t >= min_time / 4:
            break
        n *= 2
    rounds = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        rounds.append((time.perf_counter() - t) / n * 1e6)
    return statistics.median(rounds)


def import_ms(runs: int = 10) -> tuple[float, float, float, float, float]:
    """(warm import, cold import, bare interpreter, pydantic import, import-and-first-report), in ms,
    medians from fresh processes, the first, second, fourth and fifth minus the bare interpreter.

    Warm: bytecode cached (as after `pip install`, which compiles); cold: no bytecode cache at all. The
    caches go to a temporary PYTHONPYCACHEPREFIX, whatever PYTHONDONTWRITEBYTECODE says here.
    """
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def timed(args: list[str], env: dict[str, str]) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, *args], check=True, env=env)
        return (time.perf_counter() - t) * 1000

    first = ("import datetime, enforcement_rules as er; "
             f"er.check({str(CASE)!r}, as_of=datetime.date(2025, 12, 1)).to_json()")
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as empty:
        warm_env = {**base, "PYTHONPYCACHEPREFIX": cache}
        cold = timed(["-c", "import enforcement_rules"], {**base, "PYTHONPYCACHEPREFIX": empty})
        timed(["-c", first], warm_env)  # fills the cache
        bare = statistics.median(timed(["-c", "pass"], warm_env) for _ in range(runs))
        warm = statistics.median(timed(["-c", "import enforcement_rules"], warm_env) for _ in range(runs))
        pyd = statistics.median(timed(["-c", "from pydantic import BaseModel"], warm_env) for _ in range(runs))
        first_report = statistics.median(timed(["-c", first], warm_env) for _ in range(runs))
    return warm - bare, cold - bare, bare, pyd - bare, first_report - bare


def main() -> None:
    import enforcement_rules as er
    from enforcement_rules.models import Case

    raw = CASE.read_bytes()
    case = er.load_case(raw)
    n_rules = len(er.RULES)
    er.check(case, as_of=AS_OF)  # warm the caches: profile, calendar, schemas

    parse = per_call_us(lambda: er.load_case(raw))
    validate_only = per_call_us(lambda: Case.model_validate_json(raw))
    check = per_call_us(lambda: er.check(case, as_of=AS_OF))
    render = per_call_us(lambda: er.check(case, as_of=AS_OF).to_json())
    end_to_end = per_call_us(lambda: er.check(raw, as_of=AS_OF).to_json())
    warm, cold, bare, pyd, first = import_ms()

    rows = [
        ("case", f"{CASE.name}: {len(case.acts)} acts, {len(case.records)} records, {len(raw)} bytes", ""),
        ("parse: load_case(bytes)", f"{parse:8.1f} µs", "Case.model_validate_json + reference check"),
        ("  of which model_validate_json", f"{validate_only:8.1f} µs", ""),
        ("check(case) (no parse)", f"{check:8.1f} µs", f"{n_rules} rules"),
        ("ratio check / parse", f"{check / parse:8.2f}", "budget ≤ 1.0"),
        ("µs per rule", f"{check / n_rules:8.2f} µs", "budget ≤ 1 µs (check time / rules run)"),
        ("check + to_json", f"{render:8.1f} µs", ""),
        ("end to end: bytes → JSON report", f"{end_to_end:8.1f} µs", ""),
        ("cases per second, one core", f"{1e6 / end_to_end:8.0f}", "budget ≥ 5,000"),
        ("import enforcement_rules (warm)", f"{warm:8.1f} ms",
         f"budget ≤ 150 ms; median of 10, minus bare {bare:.1f} ms"),
        ("import enforcement_rules (cold)", f"{cold:8.1f} ms", "no bytecode cache"),
        ("import + first report, new process", f"{first:8.1f} ms", "models, rules, profile, calendar loaded"),
        ("  for scale: from pydantic import BaseModel", f"{pyd:8.1f} ms", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"enforcement_rules {er.__version__} · Python {sys.version.split()[0]} · {sys.platform}")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>14}  {note}")


if __name__ == "__main__":
    main()
