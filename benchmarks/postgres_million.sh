#!/bin/bash
# Issue 11's run by hand: 1,000,000 generated articles on PostgreSQL: the build's time, the archive's size and
# the searches' p95 (for the README). Resumable: run it again after a stop and it goes on where it was.
#
#   URL=postgresql://USER@HOST:PORT/DB WORK=/big/disk/W bash benchmarks/postgres_million.sh
#
# Steps, each skipped when its result is there (WORK/million.log says what each step did and when):
#   1. the corpus (benchmarks.generate through benchmarks.corpus, as benchmarks.postgres makes it): ~7 GB in
#      WORK/corpus, ~7 minutes (the 100k one took 42 s); cut off, it is made again from the start.
#   2. the build: `tuiarchive index -j WORKERS` into the empty database URL. Each attempt appends to the log
#      (and to WORK/attempts-SIZE.tsv) its wall time, the CPU of the indexer and its workers, the CPU of the
#      server's processes (benchmarks/postgres_server.py: the postmaster's children, alive and reaped, when
#      the server runs on this machine; run it on a server nobody else uses) and the database's size, and
#      the log the server's version and settings. A run cut off (Ctrl-C) is resumed by the next: the files
#      committed are not read again, and its first load goes on without the search indexes and makes them
#      at its end (engine/postgres/building.py); the last attempt sums them up. About 60-75 minutes at the
#      100k build's rate on 2 idle cores (333 s, 6 Dec 2026; the parse ~60% of its CPU), more if the
#      partitions' index builds grow faster than the rows (n log n).
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
  rm -f "$WORK/built-$SIZE" "$WORK/attempts-$SIZE.tsv"  # (a new corpus: a new build, into an empty URL)
  say "corpus: generating $SIZE articles into $WORK/corpus"
  $PYTHON -c "import sys; from pathlib import Path; from benchmarks.corpus import prepare_corpus; \
_, info, s = prepare_corpus(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], 0); print(f'{s:.0f} s')" \
    "$WORK" "$SIZE" "$FROM" | while read -r line; do say "corpus: made in $line"; done
fi

server() { $PYTHON -m benchmarks.postgres_server "$URL" || true; }  # "<server CPU s> <database bytes>" ("-": unknown)
settings() { $PYTHON -m benchmarks.postgres_server --settings "$URL" || true; }  # its version and settings, one line
ATTEMPTS="$WORK/attempts-$SIZE.tsv"  # one line per attempt: status, wall s, indexer+workers user s, system s, server s

if [ ! -f "$WORK/built-$SIZE" ]; then
  say "build $SIZE: attempt (load $(cut -d' ' -f1-3 /proc/loadavg)); $(settings)"
  read -r server_before _ <<< "$(server)"
  start=$(date +%s)
  rm -f "$WORK/attempt.time"
  stopped=
  trap 'stopped=1' INT TERM  # (the indexer, in the same process group, is stopped by the same Ctrl-C)
  set +e
  TUIARCHIVE_MACHINE=bench /usr/bin/time -f "%e %U %S" -o "$WORK/attempt.time" \
    $PYTHON -m tuiarchive index --index "$URL" -j "$WORKERS" -q "$WORK/corpus" > "$WORK/attempt.out" 2>&1
  rc=$?  # (its output into a file, not a pipe: a Ctrl-C stops a tee too, and the indexer's last words fail)
  took=$(( $(date +%s) - start ))
  set -e
  trap - INT TERM
  tee -a "$LOG" < "$WORK/attempt.out"
  read -r server_after bytes _ <<< "$(server)"
  read -r wall user system _ <<< "$(tail -1 "$WORK/attempt.time" 2>/dev/null || echo "? ? ?")"
  server_cpu=$(awk -v a="$server_before" -v b="$server_after" 'BEGIN {
    if (a == "-" || b == "-") print "-"; else printf "%.1f", b - a }')
  if [ -n "$stopped" ] || [ "$rc" -ge 128 ]; then status=stopped
  elif [ "$rc" -le 1 ] && grep -qE '^[0-9]+ added, [0-9]+ updated, ' "$WORK/attempt.out"; then
    status=ended  # (rc 1 with the summary: some files could not be read, the log says which; without: the run failed)
  else status=failed; fi
  echo -e "$status\t$took\t$user\t$system\t$server_cpu" >> "$ATTEMPTS"
  say "build $SIZE: attempt $status after $took s (rc $rc): $wall s wall, $user s user +" \
    "$system s system (the indexer and its workers), $server_cpu s (the server's processes); database $bytes bytes"
  if [ "$status" != ended ]; then
    say "build $SIZE: run again to resume"
    exit $([ "$status" = stopped ] && echo 130 || echo 1)
  fi
  touch "$WORK/built-$SIZE"
  total=$(awk -F'\t' '{w += $2; c += $3 + $4; if ($5 == "-") u = 1; else s += $5} END {
    printf "%d s wall, %.0f s CPU of the indexer and its workers, %s s CPU of the server", w, c, u ? "?" : int(s + 0.5)
  }' "$ATTEMPTS")
  say "build $SIZE: over $(wc -l < "$ATTEMPTS") attempt(s): $total; database $bytes bytes" \
    "($(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e9}') GB)"
fi

say "searches (load $(cut -d' ' -f1-3 /proc/loadavg)); $(settings)"
$PYTHON -m benchmarks.postgres --size "$SIZE" --engines postgresql --url "$URL" --work "$WORK" \
  --phases queries,app,busy --from "$FROM" --out "$WORK/out" 2>&1 | tee -a "$LOG"
say "done: $WORK/out/postgres-$SIZE.md"
