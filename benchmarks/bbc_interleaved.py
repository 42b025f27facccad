"""The BBC full build of two trees and recollindex, interleaved in one run (issue 12's measure).

    python -m benchmarks.bbc_interleaved --before /tmp/before --after /work/main [--rounds 5]
                                         [--bbc /work/shared/corpora/bbc-fulltext] [--workers 2]

Each round builds a private copy of the corpus with each tree in turn (`python -m tuiarchive
index COPY --index DIR --rebuild --workers N --quiet`, run from the tree's folder, so its own
code; a new index folder each time), then runs recollindex on a new configuration folder. Load
from elsewhere so touches the three alike. Prints each run's wall and CPU time (user + system
of the process and its children) and the medians, with the load average: on a shared machine
the walls are noise, the CPU times less so. The trees need only their `tuiarchive/` package
(`git worktree add --detach /tmp/before COMMIT`, or `git archive`); their bytecode is compiled
first, as an installed tuiarchive's is.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .recoll import Recoll
from .run import DEFAULT_BBC


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one command, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="a tree holding the earlier tuiarchive/")
    parser.add_argument("--after", type=Path, required=True, help="a tree holding the later tuiarchive/")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-warm-up", dest="warm_up", action="store_false", help="count the first round too")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help=f"the BBC corpus (default {DEFAULT_BBC})")
    args = parser.parse_args(argv)
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    for name, tree in trees.items():
        if not (tree / "tuiarchive" / "__init__.py").is_file():
            parser.error(f"--{name} {tree}: no tuiarchive/ package there")
    if not args.bbc.is_dir():
        parser.error(f"{args.bbc}: no such folder")
    recoll = Recoll()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for tree in trees.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", "tuiarchive"], cwd=tree, env=env,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    work = Path(tempfile.mkdtemp(prefix="bbc-interleaved-"))
    try:
        corpus = work / "bbc"
        shutil.copytree(args.bbc, corpus)  # a private copy: the shared one has no write bits
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in [*trees, "recollindex"]}
        # an untimed round first: each side as a user's second build finds it (the corpus in the
        # page cache; a tree's bytecode and its parser's pattern cache written: patterncache)
        for round_no in range(0 if args.warm_up else 1, args.rounds + 1):
            load = os.getloadavg()[0]
            for name, tree in trees.items():
                index = work / f"index-{name}"
                shutil.rmtree(index, ignore_errors=True)
                cmd = [sys.executable, "-m", "tuiarchive", "index", str(corpus), "--index", str(index),
                       "--rebuild", "--workers", str(args.workers), "--quiet"]  # fmt: skip
                runs[name].append(timed(cmd, tree, env))
            if recoll.available:
                conf = work / "recoll"
                Recoll.configure(conf, corpus)
                runs["recollindex"].append(timed([recoll.index_bin, "-c", str(conf)], work, env))  # type: ignore[list-item]
            if round_no == 0:
                runs = {name: [] for name in runs}
                print("warm-up round done (not counted)", flush=True)
                continue
            print(f"round {round_no} (load {load:.1f} -> {os.getloadavg()[0]:.1f}): "
                  + "  ".join(f"{k} {v[-1][0]:.2f} s (CPU {v[-1][1]:.2f})" for k, v in runs.items() if v),
                  flush=True)  # fmt: skip
        for name, values in runs.items():
            if values:
                walls, cpus = [w for w, _ in values], [c for _, c in values]
                print(f"{name}: wall median {statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f}), "
                      f"CPU median {statistics.median(cpus):.2f} s ({min(cpus):.2f}-{max(cpus):.2f})")  # fmt: skip
        if runs["recollindex"]:
            theirs = statistics.median(w for w, _ in runs["recollindex"])
            for name in trees:
                ours = statistics.median(w for w, _ in runs[name])
                print(f"{name} / recollindex (wall medians): {ours / theirs:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
