"""Start-up: the command line as a process, beside recollq, on the BBC corpus.

    python -m benchmarks.startup [--runs 15] [--bbc PATH] [--work DIR] [--before SRC]

Copies the BBC corpus into a scratch folder, indexes it once (ours and, when installed,
recollindex), then times each command as a new process, interpreter start included, the
way a script, shell completion or an fzf preview runs it: `--help`, `search WORD`,
`show ID`, `stats`, and the no-op re-index, beside a bare interpreter (`python -c pass`)
and recoll (`recollq`, the no-op `recollindex`). The commands run in turn, round after
round, so a burst of load from elsewhere touches all of them alike; the figure is the
median over the rounds, with the spread, and the median CPU time of the process (user +
system), which other load on the machine moves less than the wall time. Prints a Markdown table.

`--before SRC` times an earlier tuiarchive in the same rounds: SRC is a folder holding its
`tuiarchive/` package (`git archive COMMIT tuiarchive | tar -x -C SRC`), put first on
PYTHONPATH for the same script, so before and after are measured under the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .run import DEFAULT_BBC, Recoll

WORD = "people"  # the BBC corpus's most common content word (as in the query rows)
TARGETS_MS = {"search": 100.0, "--help": 80.0}  # issue 12


def tuiarchive_command() -> list[str]:
    """The installed `tuiarchive` script beside this interpreter (what a user runs), else -m."""
    script = Path(sys.executable).with_name("tuiarchive")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tuiarchive"]


OURS_NAMES = ("--help", "search", "show", "stats", "index (nothing changed)")


@dataclass(frozen=True)
class Timing:
    wall_ms: float  # start to exit, what a person waits
    cpu_ms: float  # user + system time of the process and its children: less moved by other load


def timed(cmd: list[str], env: dict[str, str]) -> Timing:
    """One run; the command must succeed (a failure is not a figure)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # the child's own rusage (its children's included once reaped)
        elapsed = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            said = err.read().decode(errors="replace")[-500:]
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {said}")
    return Timing(elapsed, (usage.ru_utime + usage.ru_stime) * 1000)


def prepare(work: Path, bbc: Path, recoll: Recoll | None) -> tuple[Path, Path, Path | None]:
    """A private copy of the corpus, indexed by us (and by recoll)."""
    corpus, index_dir, conf = work / "bbc", work / "bbc-index", work / "bbc-recoll"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(bbc, corpus)  # the shared copy is read-only and not ours
    shutil.rmtree(index_dir, ignore_errors=True)
    cmd = [*tuiarchive_command(), "index", "--index", str(index_dir), "--rebuild", "--quiet", str(corpus)]
    # built as a user builds (bytecode and the parser's pattern cache written: patterncache), so
    # that `show` finds the patterns a user's `show` would
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, capture_output=True, check=False, env=env)  # exit 1: README.TXT is not an article
    if not (index_dir / "catalog.sqlite").exists():
        raise RuntimeError(f"the BBC index was not built: {' '.join(cmd)}")
    if recoll is None:
        return corpus, index_dir, None
    Recoll.configure(conf, corpus)
    recoll.index(conf)
    return corpus, index_dir, conf


Command = tuple[list[str], dict[str, str]]  # argv and environment


def commands(
    index_dir: Path, conf: Path | None, recoll: Recoll | None, before: Path | None, word: str
) -> dict[str, Command]:
    ours = tuiarchive_command()
    # a user's interpreter keeps compiled modules: an environment that forbids writing them
    # (PYTHONDONTWRITEBYTECODE) would compile tuiarchive from source at every run
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["TUIARCHIVE_INDEX"] = str(index_dir)
    found = subprocess.run([*ours, "search", word, "--json", "-n", "1"], capture_output=True, env=env, check=True)
    article_id = json.loads(found.stdout)["hits"][0]["id"]
    argv = {
        "--help": ["--help"],
        "search": ["search", word],
        "show": ["show", article_id],
        "stats": ["stats"],
        "index (nothing changed)": ["index", "--quiet"],
    }
    cmds: dict[str, Command] = {"python -c pass": ([sys.executable, "-c", "pass"], env)}
    for name, args in argv.items():
        if before is not None:
            path = os.pathsep.join(p for p in (str(before.absolute()), env.get("PYTHONPATH", "")) if p)
            cmds[f"{name} (before)"] = ([*ours, *args], {**env, "PYTHONPATH": path})
        cmds[name] = ([*ours, *args], env)
    if recoll is not None and conf is not None:
        cmds["recollq"] = ([recoll.query_bin, "-c", str(conf), "-n", "20", word], env)  # type: ignore[list-item]
        cmds["recollindex (nothing changed)"] = ([recoll.index_bin, "-c", str(conf)], env)  # type: ignore[list-item]
    return cmds


def measure(cmds: dict[str, Command], runs: int) -> dict[str, list[Timing]]:
    for cmd, env in cmds.values():  # warm the page cache and any compiled bytecode
        timed(cmd, env)
    samples: dict[str, list[Timing]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, (cmd, env) in cmds.items():
            samples[name].append(timed(cmd, env))
    return samples


def table(samples: dict[str, list[Timing]]) -> str:
    def median(name: str, cpu: bool = False) -> float:
        return statistics.median(t.cpu_ms if cpu else t.wall_ms for t in samples[name])

    bare = median("python -c pass")
    recollq = median("recollq") if "recollq" in samples else None
    lines = [
        "| command (process) | wall, median | min–max | CPU, median | − bare interpreter | / recollq | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, runs in samples.items():
        wall = median(name)
        walls = [t.wall_ms for t in runs]
        ratio = f"{wall / recollq:.1f}" if recollq and name not in ("recollq", "python -c pass") else ""
        target = TARGETS_MS.get(name)
        verdict = f"≤ {target:.0f} ms {'pass' if wall <= target else 'FAIL'}" if target else ""
        label = f"`tuiarchive {name}`" if name.startswith(OURS_NAMES) else f"`{name}`"
        lines.append(
            f"| {label} | {wall:.1f} ms | {min(walls):.1f}–{max(walls):.1f} ms | {median(name, cpu=True):.1f} ms "
            f"| {wall - bare:+.1f} ms | {ratio} | {verdict} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds over all the commands (default 15)")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help=f"the BBC corpus (default {DEFAULT_BBC})")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one, removed)")
    parser.add_argument("--skip-recoll", action="store_true", help="do not run recoll beside")
    parser.add_argument("--word", default=WORD, help=f"the word searched for (default {WORD})")
    parser.add_argument("--before", type=Path, default=None, help="an earlier tuiarchive source tree, timed beside")
    args = parser.parse_args(argv)
    if not args.bbc.is_dir():
        parser.error(f"{args.bbc}: no such folder (give --bbc PATH)")
    if args.before is not None and not (args.before / "tuiarchive" / "__main__.py").is_file():
        parser.error(f"{args.before}: no tuiarchive/ package in it")
    recoll = Recoll()
    use_recoll = recoll if recoll.available and not args.skip_recoll else None
    work = args.work or Path(tempfile.mkdtemp(prefix="tuiarchive-startup-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        _, index_dir, conf = prepare(work.absolute(), args.bbc, use_recoll)
        samples = measure(commands(index_dir, conf, use_recoll, args.before, args.word), args.runs)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())  # other work on the machine skews every figure
    print(f"{when}; load average at the end {load}; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}; ", end="")
    print(f"recoll: {recoll.version if use_recoll else 'not run'}; {args.runs} rounds")
    print(table(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
