"""The generated corpus: made once per settings in --work, and its 1% changed + 1% deleted."""

from __future__ import annotations

import json
import os
import random
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import generate as gen
from .processes import log


def prepare_corpus(work: Path, size: int, source_path: str | None, seed: int) -> tuple[Path, dict, float]:
    """Generate (or reuse, when --work holds one made with the same settings) the corpus."""
    corpus = work / "corpus"
    manifest = work / "corpus.json"
    wanted = {"size": size, "seed": seed, "from": _source_key(source_path), "version": 1}
    if manifest.exists() and corpus.is_dir():
        stored = json.loads(manifest.read_text())
        settings = dict(stored.get("settings") or {})
        settings["from"] = _source_key(settings.get("from"))  # a manifest written with a relative path
        if settings == wanted:
            log(f"reusing the corpus in {corpus}")
            return corpus, stored, float(stored["seconds"])
    shutil.rmtree(corpus, ignore_errors=True)
    started = time.perf_counter()
    source = gen.pick_source(source_path, seed)
    gen.generate(source, size, corpus, seed)
    seconds = time.perf_counter() - started
    info = {
        "settings": wanted,
        "source": source.name,
        "source_notes": source.notes,
        "queries": gen.query_words(source),
        "seconds": seconds,
    }
    manifest.write_text(json.dumps(info, indent=1))
    return corpus, info, seconds


def _source_key(source_path: str | None) -> str:
    """The corpus a --from names, as one absolute path: the same corpus named from another
    folder ("../shared/...", a copy of this tree) is reused, not generated again over the old one."""
    if source_path == "builtin":
        return source_path
    return str(Path(source_path).resolve() if source_path else gen.DEFAULT_SOURCE.resolve())


@contextmanager
def changed_files(corpus: Path, stash: Path, seed: int, rep: int) -> Iterator[tuple[int, int]]:
    """1% of the files get a sentence added to their body and another 1% are deleted;
    everything is put back afterwards so that repeats measure the same work."""
    files = sorted(corpus.rglob("*.txt"))
    k = max(1, round(len(files) * 0.01))
    picked = random.Random(f"change-{seed}-{rep}").sample(files, 2 * k)
    changed, deleted = picked[:k], picked[k:]
    originals = {p: p.read_bytes() for p in changed}
    for path, data in originals.items():
        lines = data.decode("utf-8").split("\n")
        lines[6] += " The article was updated after publication."  # the first body paragraph
        path.write_text("\n".join(lines), encoding="utf-8")
    stash.mkdir(parents=True, exist_ok=True)
    moved = {path: stash / f"{n}.txt" for n, path in enumerate(deleted)}
    for path, kept in moved.items():
        os.replace(path, kept)
    try:
        yield k, k
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
        for path, kept in moved.items():
            os.replace(kept, path)
