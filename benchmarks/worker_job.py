"""What an indexing worker does for each article, in process: `build_job` (read, parse, add
to a segment, write it) over every STEP-th BBC file, after one file read to load the parser.

    python -m benchmarks.worker_job [--step 15] [--bbc PATH] [--without-job]

Prints the CPU time a file. For instructions (the machine is shared: CPU time moves with
other load), run it under callgrind twice, with and without the job, and divide the
difference by the files (the second run is the same process less the job):

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.worker_job
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.worker_job --without-job

A tree's own code is measured: run it from that tree's folder (PYTHONHASHSEED=0 makes the
two runs' set orders alike). No file has a time budget here (see main).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .run import DEFAULT_BBC


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--step", type=int, default=15, help="every STEP-th BBC file, in path order (default 15)")
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC, help=f"the BBC corpus (default {DEFAULT_BBC})")
    parser.add_argument("--without-job", action="store_true", help="everything but the job (callgrind's baseline)")
    args = parser.parse_args(argv)
    if not args.bbc.is_dir():
        parser.error(f"{args.bbc}: no such folder")

    from tuiarchive import engine as eng
    from tuiarchive.indexer.reading import ReadTask, read_one
    from tuiarchive.indexer.workers import build_job

    files = sorted(str(p) for p in args.bbc.rglob("*.txt") if p.name != "README.TXT")[:: args.step]
    tasks = [ReadTask(f, os.path.getsize(f), os.stat(f).st_mtime_ns) for f in files]
    # No time budget (0): under callgrind on a busy machine the first file (the parser's modules
    # and models loaded) can take over the 30 s budget of wall time; its alarm then cut that read
    # short in one run and not in the other, and the no-job baseline moved by ~13% between runs.
    first = read_one(tasks[0], 0)  # the parser's modules loaded, as a worker's first file does
    if first.kind != "article":
        parser.error(f"{first.path}: {first.reason}")
    folder = Path(tempfile.mkdtemp(prefix="worker-job-"))
    try:
        eng.Engine.create(folder)
        started = time.process_time()
        if not args.without_job:
            results = build_job(str(folder), tasks, 0).results
        spent = time.process_time() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if not args.without_job:
        read = sum(result.kind == "article" for result in results)
        print(f"{len(tasks)} files ({read} read as articles): {1000 * spent / len(tasks):.3f} ms CPU a file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
