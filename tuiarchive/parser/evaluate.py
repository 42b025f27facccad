"""Score the parser on labelled page sets, in process: one table per set and field.

The rules are those of ../shared/tools/score_pages.py (reimplemented here, same normalisation):
strings are compared after white space normalisation; a field whose key is missing from a
label is not scored on that page; a page the parser refuses scores as an empty answer.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = (
    "title",
    "date",
    "author",
    "read_minutes",
    "body_start",
    "body_end",
    "related_recall",
    "related_precision",
    "body_clean",
    "truncated",
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_REPO = Path(__file__).resolve().parents[2]


def norm(text: str | None) -> str:
    if not text:
        return ""
    text = text.translate(_ZERO_WIDTH).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def score_page(label: dict[str, Any], got: dict[str, Any]) -> dict[str, float | None]:
    """One page's scores (1.0 right, 0.0 wrong, a share for related lists, None unscored)."""
    body = [norm(p) for p in got.get("body") or [] if norm(p)]
    related = {norm(r.get("headline") if isinstance(r, dict) else r) for r in got.get("related") or []}
    s: dict[str, float | None] = dict.fromkeys(FIELDS)
    if "title" in label:
        titles = {norm(label["title"])} | {norm(t) for t in label.get("title_alternatives", [])}
        s["title"] = float(norm(got.get("title")) in titles)
    if "published" in label:
        s["date"] = float((got.get("published") or "")[:10] == (label["published"] or ""))
    if "author" in label:
        want, have = norm(label["author"]), norm(got.get("author"))
        s["author"] = float(want == have or (bool(want) and bool(have) and (want in have or have in want)))
    if "read_minutes" in label:
        s["read_minutes"] = float(got.get("read_minutes") == label["read_minutes"])
    first, last = norm(label.get("body_first")), norm(label.get("body_last"))
    s["body_start"] = float(bool(body) and first in body[0]) if first else None
    s["body_end"] = float(bool(body) and last in body[-1]) if last else None
    if "related_headlines" in label:
        wanted = [norm(h) for h in label["related_headlines"]]
        if wanted:
            s["related_recall"] = sum(h in related for h in wanted) / len(wanted)
            body_set = set(body)
            s["body_clean"] = 1.0 - sum(h in body_set for h in wanted) / len(wanted)
        s["related_precision"] = (
            sum(r in set(wanted) for r in related) / len(related) if related else (None if not wanted else 0.0)
        )
    if "truncated" in label:
        s["truncated"] = float(bool(got.get("truncated")) == bool(label["truncated"]))
    return s


@dataclass(frozen=True, slots=True)
class LabelledSet:
    name: str
    folder: Path
    labels_file: str = "labels.json"

    def labels(self) -> list[dict[str, Any]]:
        return json.loads((self.folder / self.labels_file).read_text(encoding="utf-8"))


@dataclass(slots=True)
class SetResult:
    name: str
    pages: int = 0
    failed: list[str] = field(default_factory=list)
    values: dict[str, list[float]] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)  # field -> files that got it wrong
    seconds: float = 0.0

    def mean(self, key: str) -> float | None:
        values = self.values.get(key)
        return sum(values) / len(values) if values else None


def shared_root(explicit: Path | None = None) -> Path | None:
    """../shared: given, else $TUIARCHIVE_SHARED, else beside the repository or the working folder."""
    if explicit is not None:
        return explicit if (explicit / "corpora").is_dir() else None
    candidates = []
    if os.environ.get("TUIARCHIVE_SHARED"):
        candidates.append(Path(os.environ["TUIARCHIVE_SHARED"]))
    candidates += [_REPO.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"]
    return next((c for c in candidates if (c / "corpora").is_dir()), None)


def own_sets() -> list[LabelledSet]:
    """Our invented pages (in the repository's tests, when the repository is there)."""
    fixtures = _REPO / "tests" / "fixtures"
    names = ("pages", "pages2", "pages3")
    return [LabelledSet(f"fixtures/{d}", fixtures / d) for d in names if (fixtures / d / "labels.json").is_file()]


def shared_sets(root: Path | None) -> list[LabelledSet]:
    if root is None:
        return []
    corpora = root / "corpora"
    found = [
        LabelledSet("seeds", root / "seeds"),
        LabelledSet("page-copies", corpora / "page-copies"),
        LabelledSet("web-readability", corpora / "web-pages", "labels-readability.json"),
        LabelledSet("web-scrapinghub", corpora / "web-pages", "labels-scrapinghub.json"),
    ]
    return [s for s in found if (s.folder / s.labels_file).is_file()]


def all_sets(root: Path | None = None) -> list[LabelledSet]:
    return shared_sets(shared_root(root)) + own_sets()


Parse = Callable[[Path], dict[str, Any]]


def parse_json(path: Path) -> dict[str, Any]:
    """The answer `tuiarchive parse --json` gives (raises NotAnArticle when refused)."""
    from . import parse_file

    return parse_file(path).to_json()


def group_of(set_name: str) -> str:
    """The group a labelled set is left out with: the seed page goes with the page copies (one
    page is no set of its own), our invented fixtures are one group."""
    if set_name in ("seeds", "page-copies"):
        return "page-copies"
    return "fixtures" if set_name.startswith("fixtures/") else set_name


LOSO_FOLDER = Path(__file__).resolve().parent / "data" / "loso"


def loso_file(set_name: str) -> Path:
    """Where the models trained without this set's group are kept (written by the training
    scripts: benchmarks.train_lines and benchmarks.train_title with --write)."""
    return LOSO_FOLDER / f"{group_of(set_name)}.json"


LOSO_GROUPS = ("page-copies", "web-readability", "web-scrapinghub", "fixtures")


def write_loso(group: str, key: str, model: dict[str, Any]) -> Path:
    """Keep one model ("boundary", "title") trained without `group` (for the training scripts)."""
    path = LOSO_FOLDER / f"{group}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    data[key] = model
    LOSO_FOLDER.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    return path


def loso_options(set_name: str) -> dict[str, Any] | None:
    """The reader's options (parse_bytes) that use the models trained without the set (None:
    none shipped)."""
    path = loso_file(set_name)
    if not path.is_file():
        return None
    from .boundary import BoundaryModel
    from .title import TitleModel

    data = json.loads(path.read_text(encoding="utf-8"))
    options: dict[str, Any] = {}
    if "boundary" in data:
        options["boundary"] = BoundaryModel.from_json(data["boundary"])
    if "title" in data:
        options["title_model"] = TitleModel.from_json(data["title"])
    return options


def loso_parser(set_name: str) -> Parse | None:
    """`parse --json` with the learned models trained without the set (None: none shipped)."""
    options = loso_options(set_name)
    if options is None:
        return None

    def parse(page: Path) -> dict[str, Any]:
        from . import parse_bytes, read_file_bytes

        return parse_bytes(read_file_bytes(page), page, **options).to_json()

    return parse


def evaluate_loso(sets: Iterable[LabelledSet]) -> list[SetResult]:
    """Each set scored by the parser with the models trained without it: the honest figure."""
    out = []
    for s in sets:
        parse = loso_parser(s.name)
        if parse is not None:
            out.append(evaluate_set(s, parse))
    return out


def evaluate_set(labelled: LabelledSet, parse: Parse = parse_json) -> SetResult:
    from . import NotAnArticle

    result = SetResult(labelled.name)
    began = time.perf_counter()
    for label in labelled.labels():
        result.pages += 1
        try:
            got = parse(labelled.folder / label["file"])
        except NotAnArticle as exc:
            result.failed.append(f"{label['file']}: {exc}")
            got = {}
        for key, value in score_page(label, got).items():
            if value is None:
                continue
            result.values.setdefault(key, []).append(value)
            if value < 1:
                result.misses.setdefault(key, []).append(label["file"])
    result.seconds = time.perf_counter() - began
    return result


def evaluate(sets: Iterable[LabelledSet], parse: Parse = parse_json) -> list[SetResult]:
    return [evaluate_set(s, parse) for s in sets]


def evaluate_with_loso(sets: Iterable[LabelledSet]) -> tuple[list[SetResult], list[SetResult]]:
    """(evaluate(sets), evaluate_loso(sets)), each page read by both parsers in turn: the second
    reading finds the page's lines measured in the parser's memos, which hold a page (PAGE_CACHE
    lines), not a set: `eval` 25% less CPU than a set's pages read again after the whole set."""
    from . import NotAnArticle

    shipped, held_out = [], []
    for s in sets:
        loso = loso_parser(s.name)
        if loso is None:
            shipped.append(evaluate_set(s))
            continue
        read: dict[Path, dict[str, Any] | NotAnArticle] = {}

        def both(page: Path, loso: Parse = loso, read: dict = read) -> dict[str, Any]:
            try:
                read[page] = loso(page)
            except NotAnArticle as exc:
                read[page] = exc
            return parse_json(page)

        def kept(page: Path, read: dict = read) -> dict[str, Any]:
            got = read.pop(page)
            if isinstance(got, NotAnArticle):
                raise got
            return got

        shipped.append(evaluate_set(s, both))
        held_out.append(evaluate_set(s, kept))
    return shipped, held_out


_SHORT = {
    "title": "title",
    "date": "date",
    "author": "author",
    "read_minutes": "read",
    "body_start": "b.start",
    "body_end": "b.end",
    "related_recall": "rel.rec",
    "related_precision": "rel.prec",
    "body_clean": "clean",
    "truncated": "trunc",
}


def format_table(results: list[SetResult], *, verbose: bool = False) -> str:
    """One row per set, one column per field (percent; '-' where the set labels no such field)."""
    name_width = max([len(r.name) for r in results] + [3])
    head = f"{'set':<{name_width}} {'pages':>5} {'fail':>4} " + " ".join(f"{_SHORT[k]:>8}" for k in FIELDS)
    rows = [head]
    for r in results:
        cells = []
        for key in FIELDS:
            value = r.mean(key)
            cells.append(f"{'-' if value is None else f'{100 * value:.0f}%':>8}")
        rows.append(f"{r.name:<{name_width}} {r.pages:>5} {len(r.failed):>4} " + " ".join(cells))
    for r in results:
        for failure in r.failed:
            rows.append(f"FAIL {r.name}/{failure}")
        if verbose:
            for key, files in r.misses.items():
                rows.append(f"miss {r.name} {key}: {', '.join(files)}")
    return "\n".join(rows)
