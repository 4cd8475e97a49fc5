"""Batch benchmark (DESIGN §9): memory of `check --jobs` on large JSON Lines files, the speed-up of two
worker processes over one, and the per-case latency of `check --stream` against a process per case.

    python benchmarks/batch.py                    # 10,000 and 100,000 cases; a few minutes on 2 cores
    python benchmarks/batch.py --sizes 2000 --latency-cases 50     # a quick run

Cases are the bundled examples with their ids made unique and every date shifted by up to a year, so no
two lines are the same. Peak memory is measured twice: the largest single process (ru_maxrss of the
process tree, through a wrapper process) and the largest total RSS of the tree (main process and
workers, sampled from /proc every 20 ms, Linux only). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent / "examples" / "cases"
NAMES = ("samr-hearing-compliant", "samr-notice-defects", "samr-summary-compliant")
AS_OF = "2026-06-30"
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
CLI = [sys.executable, "-m", "enforcement_rules", "check", "--as-of", AS_OF]


def _shift(value: Any, days: int) -> Any:
    if isinstance(value, dict):
        return {k: _shift(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, days) for v in value]
    if isinstance(value, str):
        m = _DATE.match(value)
        if m:
            shifted = date.fromisoformat(m.group(1)) - timedelta(days=days)
            return shifted.isoformat() + value[10:]
    return value


def cases(n: int) -> Iterator[bytes]:
    """n distinct cases as JSON lines."""
    templates = [json.loads((EXAMPLES / f"{name}.json").read_text("utf-8")) for name in NAMES]
    for i in range(n):
        case = _shift(templates[i % 3], (i // 3) % 365)
        case["id"] = f"{case['id']}-{i:06d}"
        yield json.dumps(case, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def write_jsonl(path: Path, n: int) -> None:
    with path.open("wb") as fh:
        fh.writelines(cases(n))


def _tree_rss_kib(pid: int) -> int:
    """Total RSS of a process and its descendants (KiB), from /proc."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
            for task in Path(f"/proc/{p}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, AttributeError):
            continue
    return total


_WRAPPER = (
    "import resource, subprocess, sys; "
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(rc, u.ru_maxrss, u.ru_utime + u.ru_stime)"
)


def run_batch(path: Path, jobs: int) -> dict[str, float]:
    """Wall time, exit code, peak single-process RSS and peak tree RSS of one `check --jobs` run."""
    cmd = [sys.executable, "-c", _WRAPPER, *CLI, str(path), "--format", "json", "--jobs", str(jobs)]
    peak = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    rc, maxrss, cpu = out.split()
    return {"wall": wall, "cpu": float(cpu), "rc": int(rc), "max_process_mib": int(maxrss) / 1024,
            "max_tree_mib": peak / 1024, "load": os.getloadavg()[0]}


def latency(n: int) -> tuple[float, float, float]:
    """(stream start-up ms, stream ms per case, one process per case ms per case), n cases each."""
    lines = list(cases(n))
    start = time.perf_counter()
    proc = subprocess.Popen([*CLI, "--stream"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None
    assert proc.stdout is not None
    proc.stdin.write(lines[0])
    proc.stdin.flush()
    proc.stdout.readline()
    startup = time.perf_counter() - start
    per_case = []
    for line in lines[1:]:
        t = time.perf_counter()
        proc.stdin.write(line)
        proc.stdin.flush()
        proc.stdout.readline()
        per_case.append(time.perf_counter() - t)
    proc.stdin.close()
    proc.wait()
    proc.stdout.close()
    separate = []
    for line in lines:
        t = time.perf_counter()
        subprocess.run([*CLI, "-", "--format", "json"], input=line, capture_output=True, check=False)
        separate.append(time.perf_counter() - t)
    return startup * 1000, statistics.mean(per_case) * 1000, statistics.mean(separate) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--latency-cases", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1, help="runs per size and --jobs, alternating; best wall time")
    args = parser.parse_args()
    env_note = (f"Python {sys.version.split()[0]} · {os.cpu_count()} cores · as of {AS_OF} · "
                f"load average {os.getloadavg()[0]:.1f} (other work on the machine skews wall times)")
    print(f"enforcement_rules batch benchmark · {env_note}")
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for n in args.sizes:
            path = Path(tmp) / f"cases-{n}.jsonl"
            write_jsonl(path, n)
            size = path.stat().st_size / 2**20
            for _ in range(args.repeat):
                for jobs in (1, 2):
                    r = run_batch(path, jobs)
                    rows.append((n, jobs, r))
                    print(f"{n:>8,} cases ({size:5.1f} MiB) --jobs {jobs}: {r['wall']:6.1f} s wall, "
                          f"{r['cpu']:6.1f} s CPU, {n / r['wall']:5.0f} cases/s, exit {r['rc']}, peak RSS: largest "
                          f"process {r['max_process_mib']:5.1f} MiB, whole tree {r['max_tree_mib']:5.1f} MiB "
                          f"(load {r['load']:.1f})", flush=True)
        for n in args.sizes:
            one = min(r["wall"] for m, j, r in rows if m == n and j == 1)
            two = min(r["wall"] for m, j, r in rows if m == n and j == 2)
            print(f"{n:>8,} cases: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s (best of {args.repeat}): "
                  f"speed-up {one / two:.2f}x")
    startup, stream_ms, separate_ms = latency(args.latency_cases)
    print(f"--stream, {args.latency_cases} cases: start-up and first case {startup:.0f} ms, then {stream_ms:.2f} ms "
          f"per case (write a line, read the report)")
    print(f"one process per case, {args.latency_cases} cases: {separate_ms:.0f} ms per case "
          f"({separate_ms / stream_ms:.0f}x the stream's per-case latency)")


if __name__ == "__main__":
    main()
