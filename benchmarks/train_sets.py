"""The made-up sets the learned models train on besides the real labelled pages: one group per generator (each
benchmark was written by a different engineer, in its own words and layouts), every one written with a fixed
training seed that is not the benchmark's own dev seed (its printed figure stays one on pages no model saw).

    python -m benchmarks.train_sets OUT [--only NAME ...]    (writes OUT/NAME/labels.json and the pages)

Only generators whose labels carry the body's edges (body_first, body_last) are here, and only their page copies
(text): the boundary model learns from the lines the reader reads, and a saved HTML page's are the formats'
reading of it, not the file's lines. A group's pages are told from the real ones by its name ("madeup:NAME").
"""

from __future__ import annotations

import argparse
import random
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from tuiarchive.parser.evaluate import LabelledSet

from . import (
    body_end_shapes,
    body_ends,
    body_inside,
    body_start_fresh,
    body_starts,
    body_trailers,
    byline_probes,
    cjk_fresh,
    cjk_pages,
    cjk_wild,
    data_pages,
    header_probe_mixed,
    header_probes,
    related_pages,
)
from .madeup_sets import write_seeded

MADEUP_PREFIX = "madeup:"
TRAIN_SEED = 9001  # no benchmark's default seed (those are 1, 14, 40, 41, 42)


def _body_end_shapes(out: Path, seed: int) -> None:
    body_end_shapes.write_set(out, seed, 1, list(body_end_shapes.CLASSES), bank=random.Random(seed).choice((1, 2, 3)))


def _body_ends(out: Path, seed: int) -> None:
    body_ends.write_set(out, seed, 1, list(body_ends.CLASSES))


def _body_inside(out: Path, seed: int) -> None:
    body_inside.write_set(out, seed, 2, list(body_inside.SHAPES))


def _body_start_fresh(out: Path, seed: int) -> None:
    body_start_fresh.write_set(out, seed, 1, list(body_start_fresh.CLASSES), list(body_start_fresh.FRESH))


def _body_starts(out: Path, seed: int) -> None:
    body_starts.write_set(out, seed, 1, list(body_starts.CLASSES), list(body_starts.LANGS))


def _body_trailers(out: Path, seed: int) -> None:
    body_trailers.write_set(out, seed, 1, list(body_trailers.TRAILERS))


def _cjk(out: Path, seed: int) -> None:
    """The three CJK families are one group: they share their furniture's words and their authors."""
    out.mkdir(parents=True, exist_ok=True)
    for name, write in (
        ("pages", lambda f: cjk_pages.write(f, seed=seed, per_language=10, held=False, hard=True)),
        ("fresh", lambda f: cjk_fresh.write(f, seed=seed, per_language=10, held=False)),
        ("wild", lambda f: cjk_wild.write(f, seed=seed, per=2, held=False)),
    ):
        (out / name).mkdir(parents=True, exist_ok=True)
        write(out / name)


def _data_pages(out: Path, seed: int) -> None:
    data_pages.write(out, seed=seed)
    shutil.rmtree(out / "html")  # its saved HTML pages (see the module's docstring)


def _related_pages(out: Path, seed: int) -> None:
    related_pages.write_set(out, seed, 1, list(related_pages.CLASSES))


# name -> write(folder, seed): the set's pages and labels.json in the folder (or in folders under it)
GENERATORS: dict[str, Callable[[Path, int], None]] = {
    "body_end_shapes": _body_end_shapes,
    "body_ends": _body_ends,
    "body_inside": _body_inside,
    "body_start_fresh": _body_start_fresh,
    "body_starts": _body_starts,
    "body_trailers": _body_trailers,
    "cjk": _cjk,
    "data_pages": _data_pages,
    "related_pages": _related_pages,
}


def _header_probes(out: Path, seed: int) -> None:
    """The two header benchmarks are one group: header_probe_mixed rearranges header_probes' parts."""
    header_probes.write(header_probes.probes(seed, each=1) + header_probe_mixed.probes(seed, each=1), out)


def _byline_probes(out: Path, seed: int) -> None:
    pages = (byline_probes.SHAPES, byline_probes.BY_CODE, 1, ("p",), byline_probes.make_page)
    write_seeded(out, seed, *pages)


# The headline scorer learns from every page with a title: these generators label no body edges, only the
# header (title, date, author).
TITLE_GENERATORS: dict[str, Callable[[Path, int], None]] = {
    **GENERATORS,
    "header_probes": _header_probes,
    "byline_probes": _byline_probes,
}


def write_all(
    out: Path, names: list[str] | None = None, seed: int = TRAIN_SEED, *, titles: bool = False
) -> dict[str, list[Path]]:
    """Every generator's set written under OUT/NAME (`titles`: the headline scorer's generators); for each name,
    the folders holding a labels.json."""
    found = {}
    registry = TITLE_GENERATORS if titles else GENERATORS
    for name in names or list(registry):
        folder = out / name
        registry[name](folder, seed)
        found[name] = sorted(p.parent for p in folder.rglob("labels.json"))
    return found


def labelled_sets(folder: Path, *, titles: bool = False) -> list[tuple[str, LabelledSet]]:
    """The made-up sets written under FOLDER (`titles`: the headline scorer's), each with its generator's group."""
    return [
        (MADEUP_PREFIX + name, LabelledSet(f"{name}/{f.name}", f))
        for name, folders in write_all(folder, titles=titles).items()
        for f in folders
    ]


class Weighted(Protocol):
    group: str
    weight: float


def share_weights(pages: Sequence[Weighted], share: float) -> None:
    """Every made-up page's weight: all generators together weigh SHARE times the real pages, each
    generator the same, each of its pages the same (so 1300 made-up pages do not drown 180 real ones)."""
    real = sum(not p.group.startswith(MADEUP_PREFIX) for p in pages)
    counts: dict[str, int] = {}
    for p in pages:
        if p.group.startswith(MADEUP_PREFIX):
            counts[p.group] = counts.get(p.group, 0) + 1
    for p in pages:
        if p.group in counts:
            p.weight = share * real / len(counts) / counts[p.group]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", nargs="*", choices=sorted(TITLE_GENERATORS))
    ap.add_argument("--seed", type=int, default=TRAIN_SEED)
    ap.add_argument("--titles", action="store_true", help="the headline scorer's generators (more of them)")
    args = ap.parse_args(argv)
    for name, folders in write_all(args.out, args.only, args.seed, titles=args.titles).items():
        print(f"{name}: {', '.join(str(f) for f in folders)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
