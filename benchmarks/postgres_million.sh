#!/bin/bash
# Issue 11's run by hand: 1,000,000 generated articles on PostgreSQL: the build's time, the archive's size and
# the searches' p95 (for the README). Resumable: run it again after a stop and it goes on where it was.
#
#   URL=postgresql://USER@HOST:PORT/DB WORK=/big/disk/W bash benchmarks/postgres_million.sh
#
# Steps, each skipped when its result is there (WORK/million.log says what each step did and when):
#   1. the corpus (benchmarks.generate through benchmarks.corpus, as benchmarks.postgres makes it): ~7 GB in
#      WORK/corpus, ~7 minutes (the 100k one took 42 s); cut off, it is made again from the start.
#   2. the build: `tuiarchive index -j WORKERS` into the empty database URL, each attempt's wall time and CPU
#      (the indexer and its workers; the server's own CPU is not seen from here: pidstat on the server, or
#      benchmarks.postgres's --server-folder for a cluster of tests/pg_server.py) appended to the log. A run
#      cut off is resumed by the next (its first load goes on without the search indexes and makes them at
#      its end: engine/postgres/building.py); the build's time is the sum of the attempts. About 70 minutes
#      at the 100k build's rate on 2 idle cores (409.9 s, 6 Dec 2026; the parse is ~70% of its CPU), more if
#      the partitions' index builds grow faster than the rows (n log n).
#   3. the searches, as benchmarks.postgres measures them at 100k (query mix, more like this, opening an
#      article, the index size; the app's keystrokes; 8 clients beside an indexer that re-reads 1% of the
#      files: 10,000 re-parsed, several minutes): into WORK/out/postgres-1000000.md, ~15 minutes.
# URL must be an empty database for a new SIZE (or a WORK of another SIZE: the corpus is made again).
# Needs: ~20 GB free for the database (the 100k archive took 2 GB), a quiet machine (every row is wall time),
# this tree's venv active (or PYTHON=...). Stop with Ctrl-C at any time.
set -euo pipefail
: "${URL:?URL=postgresql://... of an empty database (or one this script began)}"
: "${WORK:?WORK=a folder with ~10 GB free for the corpus}"
SIZE=${SIZE:-1000000}
WORKERS=${WORKERS:-2}
FROM=${FROM:-/work/shared/corpora/bbc-fulltext}
PYTHON=${PYTHON:-python}
REPO=$(cd "$(dirname "$0")/.." && pwd)
LOG="$WORK/million.log"
mkdir -p "$WORK"
cd "$REPO"
say() { echo "$(date -u +%FT%TZ) $*" | tee -a "$LOG"; }

if [ ! -f "$WORK/corpus.json" ] || ! grep -q "\"size\": $SIZE," "$WORK/corpus.json"; then
  rm -f "$WORK/built-$SIZE"  # (a new corpus: a new build, into an empty URL)
  say "corpus: generating $SIZE articles into $WORK/corpus"
  $PYTHON -c "import sys; from pathlib import Path; from benchmarks.corpus import prepare_corpus; \
_, info, s = prepare_corpus(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], 0); print(f'{s:.0f} s')" \
    "$WORK" "$SIZE" "$FROM" | while read -r line; do say "corpus: made in $line"; done
fi

if [ ! -f "$WORK/built-$SIZE" ]; then
  say "build $SIZE: attempt (load $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s)
  trap 'say "build $SIZE: attempt stopped after $(( $(date +%s) - start )) s: run again to resume"; exit 130' INT TERM
  TUIARCHIVE_MACHINE=bench /usr/bin/time -f "%e s wall, %U s user, %S s system (the indexer and its workers)" \
    -o "$WORK/attempt.time" $PYTHON -m tuiarchive index --index "$URL" -j "$WORKERS" -q "$WORK/corpus" \
    | tee -a "$LOG" || { say "build $SIZE: attempt failed after $(( $(date +%s) - start )) s: run again to resume"; exit 1; }
  trap - INT TERM
  say "build $SIZE: attempt ended after $(( $(date +%s) - start )) s: $(tail -1 "$WORK/attempt.time")"
  touch "$WORK/built-$SIZE"
  say "build $SIZE: $(grep -hoE "build $SIZE: attempt (ended|stopped|failed) after [0-9]+ s" "$LOG" | awk '{s += $6} END {print s}') s over the attempts"
fi

say "searches (load $(cut -d' ' -f1-3 /proc/loadavg))"
$PYTHON -m benchmarks.postgres --size "$SIZE" --engines postgresql --url "$URL" --work "$WORK" \
  --phases queries,app,busy --from "$FROM" --out "$WORK/out" | tee -a "$LOG"
say "done: $WORK/out/postgres-$SIZE.md"
