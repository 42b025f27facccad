"""The results as Markdown, and the machine they were measured on."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

from .figures import FULL_SIZE, Row


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s" if value < 10 else (f"{value:.1f} s" if value < 100 else f"{value:.0f} s")
    if unit == "MB":
        return f"{value:.1f} MB" if value < 100 else f"{value:.0f} MB"
    return f"{value:g} {unit}"


def _figure(stats: dict[str, Any], row: Row) -> str:
    if row.stat == "p95" or (row.unit == "ms" and stats["n"] > 5):
        return f"p50 {_fmt(stats['p50'], row.unit)} · p95 {_fmt(stats['p95'], row.unit)}"
    if row.stat == "max":
        return f"max {_fmt(stats['max'], row.unit)}"
    text = _fmt(stats["median"], row.unit)
    return text


def markdown(rows: list[Row], meta: dict[str, Any]) -> str:
    lines = [
        f"## Results: {meta['size']:,} generated articles ({meta['date']})",
        "",
        f"- machine: `{meta['uname']}`; CPU: {meta['cpu']} ({meta['cpus']} cores), {meta['memory_gb']:.0f} GB",
        f"- Python {meta['python']}, tuiarchive {meta['tuiarchive']} "
        f"(source hash {meta.get('tuiarchive_source', 'not recorded')}); recoll: {meta['recoll'] or 'not installed'}",
        f"- corpus: {meta['size']:,} files generated from {meta['source']} (seed {meta['seed']}); "
        f"repeat {meta['repeat']}, workers {meta['workers']}; command `{meta['command']}`",
        f"- memory: {meta['memory_method']}",
        *(
            [f"- rows of phases not run this time: measured earlier in --work ({meta['earlier_rows_from']})"]
            if meta.get("earlier_rows_from")
            else []
        ),
        "- Ours / recoll is the ratio of medians (p50 for latencies)."
        + (
            " Result in parentheses: the target is stated for 100,000 articles, so at this size it is only indicative."
            if meta["size"] < FULL_SIZE
            else ""
        ),
        "",
        "| Measure | Ours | Spread (min–max) | n | recoll | Ours / recoll | Target | Result | Notes |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for error in meta.get("errors", []):
        lines.insert(len(lines) - 3, f"- **error** in phase {error}")
    for row in rows:
        if row.ours is None:
            lines.append(f"| {row.label} | skipped | | | | | {row.target_text} | n/a | {row.skipped} |")
            continue
        ours = _figure(row.ours, row)
        if row.per_second:
            ours += f" ({row.per_second:,.0f} articles/s)"
        spread = f"{_fmt(row.ours['min'], row.unit)} – {_fmt(row.ours['max'], row.unit)}"
        recoll = _figure(row.recoll, row) if row.recoll else (row.recoll_note or "")
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        passed = row.passed
        result = "" if passed is None else ("pass" if passed else "FAIL")
        if result and row.indicative:
            result = f"({result})"
        lines.append(
            f"| {row.label} | {ours} | {spread} | {row.ours['n']} | {recoll} | {ratio} | {row.target_text} "
            f"| {result} | {row.note} |"
        )
    return "\n".join(lines) + "\n"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    import hashlib

    import tuiarchive

    # the core changes often: name the exact source that was measured
    digest = hashlib.blake2b(digest_size=6)
    for path in sorted(Path(tuiarchive.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return {
        "tuiarchive_source": digest.hexdigest(),
        "uname": " ".join(part for part in platform.uname() if part),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory_gb": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3,
        "python": platform.python_version(),
        "tuiarchive": tuiarchive.__version__,
    }
