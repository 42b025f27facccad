"""How the headline, date and byline stages hold when a page is copied a little differently.

    python -m benchmarks.header_robustness [--shared DIR] [--sets NAME ...] [--fields F ...] [--shipped] [--misses]

The dev figures of `tuiarchive eval` are measured on pages whose quirks the rules were tuned
on. A page nobody tuned for differs in ways that can be simulated on the labelled pages: it
may have no browser-title line (a copy of the page's text has none), a file name that says
nothing (not its address), other chrome above the headline (another site's menus), blank lines
where this one had none. Each labelled page with a title, date or author label is read once as
it is and once under each of these changes; a stage that collapses under one of them was
leaning on what the change takes away. The figures are leave-one-set-out (the learned models
trained without the page's set); with --shipped also those of the shipped models, with
--rules those of the rules alone (the headline scorer off).

Perturbations (a page the change does not apply to is read as it is; "changed" counts them):
  as-is          the page as saved
  no-browser     its first line dropped when it is a browser title (holds the labelled headline
                 but is not the headline line itself)
  no-filename    read as "page.txt": no words, date or site from the file's name
  no-above       the chrome between the browser title and the headline dropped (a reader view);
                 the lines there that hold the labelled author, a date or a read time stay
  shuffle-above  that chrome in another order (seeded by the file's name)
  foreign-above  that chrome replaced by the chrome above the headline of another page of the
                 set (another site's menus: the next page with a headline line found)
  no-blanks      every blank line dropped
  all-blanks     a blank line after every line
  bare           no-browser + no-filename together: a text copy saved under any name
  other-headers  every line that names a list of other articles ("Related", "Most read") in
                 words no rule knows: the lists must be told by their shape (for --fields
                 related_recall related_precision)

The pages are read from ../shared at run time; nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tuiarchive.parser import NotAnArticle, parse_bytes, read_file_bytes
from tuiarchive.parser.chrome import is_related_header, read_minutes
from tuiarchive.parser.dates import parse_date_line
from tuiarchive.parser.evaluate import LabelledSet, all_sets, loso_options, norm, score_page
from tuiarchive.text import decode_bytes, split_lines

FIELDS = ("title", "date", "author", "related_recall", "related_precision")
DEFAULT_FIELDS = FIELDS[:3]
_SHORT = {"related_recall": "rel.rec", "related_precision": "rel.prec", "body_start": "b.start", "body_end": "b.end"}
_LABEL_KEYS = {
    "title": "title",
    "date": "published",
    "author": "author",
    "related_recall": "related_headlines",
    "related_precision": "related_headlines",
    "body_start": "body_first",  # the fields of benchmarks.body_robustness
    "body_end": "body_last",
}


@dataclass
class Sample:
    """One labelled page: its lines, file name, and where its browser title and headline are."""

    label: dict[str, Any]
    lines: list[str]
    filename: str
    browser: int | None  # the browser-title line
    headline: int | None  # the headline line (the first line that is the labelled title, under the browser title)


def _titles(label: dict[str, Any]) -> set[str]:
    if "title" not in label:
        return set()
    return {norm(label["title"]).lower()} | {norm(t).lower() for t in label.get("title_alternatives", [])}


def load_sample(labelled: LabelledSet, label: dict[str, Any]) -> Sample:
    path = labelled.folder / label["file"]
    lines = split_lines(decode_bytes(read_file_bytes(path)).text)
    titles = _titles(label)
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    browser = None
    if first is not None and titles:
        top = norm(lines[first]).lower()
        if top not in titles and any(t and t in top for t in titles):
            browser = first
    start = 0 if browser is None else browser + 1
    headline = next((k for k in range(start, len(lines)) if titles and norm(lines[k]).lower() in titles), None)
    return Sample(label, lines, label["file"], browser, headline)


Perturb = Callable[[Sample, list[Sample]], tuple[list[str], str] | None]  # None: not changed


def _no_browser(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    if s.browser is None:
        return None
    return s.lines[: s.browser] + s.lines[s.browser + 1 :], s.filename


def _no_filename(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    return s.lines, "page.txt"


def _above(s: Sample) -> tuple[int, int] | None:
    """The lines above the headline, under the browser title (None: no headline line found)."""
    if s.headline is None:
        return None
    start = 0 if s.browser is None else s.browser + 1
    return (start, s.headline) if s.headline > start else None


def _header_line(s: Sample, line: str) -> bool:
    """A line above the headline that holds the page's labelled author, a date or a read time:
    the header's, not chrome (kept in place by the changes to the chrome above)."""
    author = norm(s.label.get("author")).lower()
    if author and author in norm(line).lower():
        return True
    return parse_date_line(line.strip()) is not None or read_minutes(line.strip()) is not None


def _chrome_above(s: Sample) -> list[str] | None:
    span = _above(s)
    return None if span is None else [t for t in s.lines[span[0] : span[1]] if not _header_line(s, t)]


def _replace_above(s: Sample, new: list[str]) -> tuple[list[str], str] | None:
    """The chrome above the headline replaced by `new`; the header lines there stay, in their
    order, right over the headline."""
    span = _above(s)
    if span is None:
        return None
    a, b = span
    kept = [t for t in s.lines[a:b] if _header_line(s, t)]
    return s.lines[:a] + new + kept + s.lines[b:], s.filename


def _no_above(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    return _replace_above(s, [])


def _shuffle_above(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    above = _chrome_above(s)
    if above is None:
        return None
    random.Random(s.filename).shuffle(above)
    return _replace_above(s, above)


def _foreign_above(s: Sample, others: list[Sample]) -> tuple[list[str], str] | None:
    if _above(s) is None:
        return None
    k = others.index(s)
    for other in others[k + 1 :] + others[:k]:
        chrome = _chrome_above(other)
        if chrome:
            return _replace_above(s, chrome)
    return None


def _no_blanks(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    return [line for line in s.lines if line.strip()], s.filename


def _all_blanks(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    out: list[str] = []
    for line in s.lines:
        if line.strip():
            out += [line, ""]
    return out, s.filename


# a list header in words no rule knows (made up): the list must be told by its shape
_UNKNOWN_HEADER = "Elsewhere in the paper today"


def _other_list_headers(s: Sample, _: list[Sample]) -> tuple[list[str], str] | None:
    lines = [_UNKNOWN_HEADER if is_related_header(t.strip()) else t for t in s.lines]
    return (lines, s.filename) if lines != s.lines else None


def _bare(s: Sample, others: list[Sample]) -> tuple[list[str], str] | None:
    lines, _ = _no_browser(s, others) or (s.lines, s.filename)
    return lines, "page.txt"


PERTURBATIONS: dict[str, Perturb] = {
    "as-is": lambda s, _: None,
    "no-browser": _no_browser,
    "no-filename": _no_filename,
    "no-above": _no_above,
    "shuffle-above": _shuffle_above,
    "foreign-above": _foreign_above,
    "no-blanks": _no_blanks,
    "all-blanks": _all_blanks,
    "bare": _bare,
    "other-headers": _other_list_headers,
}


def read(lines: list[str], filename: str, folder: Path, options: dict[str, Any]) -> dict[str, Any]:
    data = "\n".join(lines).encode("utf-8")
    try:
        return parse_bytes(data, folder / filename, **options).to_json()
    except NotAnArticle:
        return {}


@dataclass
class Cell:
    right: float = 0.0
    pages: int = 0

    def add(self, value: float | None) -> None:
        if value is not None:
            self.right += value
            self.pages += 1

    def percent(self) -> str:
        return f"{100 * self.right / self.pages:.0f}" if self.pages else "-"


@dataclass(frozen=True)
class Miss:
    """A field a model got wrong on a page under a perturbation: what it read, what is wanted."""

    set_name: str
    perturbation: str
    file: str
    field: str
    got: str | None
    want: str | None
    side: str = ""  # body_start / body_end: where the reading's edge lies against the label's (body_side)


def _value(field: str, data: dict[str, Any]) -> str | None:
    """What a reading (parse --json) or a label says for a field, to print (None: nothing)."""
    if field in ("body_start", "body_end"):
        body = data.get("body") or []
        return body[0 if field == "body_start" else -1][:60] if body else None
    key = {"date": "published"}.get(field, field)
    value = data.get(key)
    return None if value is None or field.startswith("related") else str(value)


_BODY_SIDES = {"body_start": ("early", "late"), "body_end": ("short", "long")}
_SIDE_CHARS = 40  # an edge's first characters, enough to find its line


def _line_of(lines: list[str], text: str | None, last: bool) -> int | None:
    """The line that holds a paragraph's first characters (the last such line for an end, the first for
    a start; None: on no line)."""
    key = norm(text)[:_SIDE_CHARS].lower()
    if not key:
        return None
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    return next((k for k in order if key in norm(lines[k]).lower()), None)


def body_side(field: str, lines: list[str], got: list[str], want: str | None) -> str:
    """Where a wrong body edge lies against the labelled one, in the lines read: a start "early" (a
    standfirst, a caption) or "late" (a first paragraph dropped), an end "short" (a last paragraph
    dropped) or "long" (run on into what follows); "same" when both are on one line (a paragraph joined
    differently), "?" when either is on no line."""
    end = field == "body_end"
    ours = _line_of(lines, (got[-1] if end else got[0]) if got else None, end)
    theirs = _line_of(lines, want, end)
    if ours is None or theirs is None:
        return "?"
    if ours == theirs:
        return "same"
    before, after = _BODY_SIDES[field]
    return before if ours < theirs else after


def _related_miss(field: str, reading: dict[str, Any], wanted: list[str]) -> tuple[str, Any]:
    """What a list of other articles missed (related_recall: how many, and which labelled items)
    or took wrongly (related_precision: which items, and how many of those taken)."""
    taken = [norm(r.get("headline") if isinstance(r, dict) else r) for r in reading.get("related") or []]
    labelled = [norm(h) for h in wanted]
    if field == "related_recall":
        missed = [h for h in labelled if h not in set(taken)]
        return f"{len(missed)} of {len(labelled)} missed", missed
    junk = [h for h in taken if h not in set(labelled)]
    return "; ".join(junk), f"{len(junk)} of {len(taken)} taken are none of the labelled items"


def measure(
    sets: list[LabelledSet],
    fields: tuple[str, ...],
    models: dict[str, dict[str, dict[str, Any]]],
    perturbations: dict[str, Perturb] = PERTURBATIONS,
    misses: list[Miss] | None = None,
) -> tuple[dict[tuple[str, str, str, str], Cell], dict[tuple[str, str], tuple[int, int]]]:
    """Scores by (set, perturbation, model, field); pages changed by (set, perturbation). With
    `misses`, the last model's misses are added to it."""
    cells: dict[tuple[str, str, str, str], Cell] = {}
    changed: dict[tuple[str, str], tuple[int, int]] = {}
    for labelled in sets:
        samples = [
            load_sample(labelled, label) for label in labelled.labels() if any(_LABEL_KEYS[f] in label for f in fields)
        ]
        if not samples:
            continue
        last = list(models[labelled.name])[-1]  # LOSO: the model whose misses are listed
        for name, perturb in perturbations.items():
            done = 0
            for s in samples:
                got = perturb(s, samples)
                lines, filename = got if got is not None else (s.lines, s.filename)
                done += got is not None
                for model, options in models[labelled.name].items():
                    reading = read(lines, filename, labelled.folder, options)
                    scores = score_page(s.label, reading)
                    for f in fields:
                        cells.setdefault((labelled.name, name, model, f), Cell()).add(scores[f])
                        score = scores[f]
                        if misses is not None and model == last and score is not None and score < 1.0:
                            want = s.label.get(_LABEL_KEYS[f])
                            wanted = want[:60] if isinstance(want, str) and f.startswith("body") else want
                            got = _value(f, reading)
                            side = ""
                            if f in _BODY_SIDES:
                                side = body_side(f, lines, reading.get("body") or [], want)
                            if f.startswith("related"):
                                got, wanted = _related_miss(f, reading, want or [])
                            misses.append(Miss(labelled.name, name, s.filename, f, got, wanted, side))
            changed[labelled.name, name] = (done, len(samples))
    return cells, changed


# real pages (the fixtures are our own invention); web-scrapinghub labels the body only, so it counts
# in the body columns alone
REAL = ("seeds", "page-copies", "web-readability", "web-scrapinghub")


def format_tables(
    cells: dict[tuple[str, str, str, str], Cell],
    changed: dict[tuple[str, str], tuple[int, int]],
    fields: tuple[str, ...],
    model_names: list[str],
    perturbations: dict[str, Perturb] = PERTURBATIONS,
) -> str:
    """One table per set (and one of the real pages pooled): a row per perturbation, a column
    per field, the models' figures in percent joined by "/" (as the header says)."""
    sets = list(dict.fromkeys(k[0] for k in cells))
    pooled: dict[tuple[str, str, str, str], Cell] = {}
    for (set_name, name, model, f), cell in cells.items():
        if set_name in REAL:
            into = pooled.setdefault(("real pages", name, model, f), Cell())
            into.right += cell.right
            into.pages += cell.pages
    out = []
    for set_name in [*sets, "real pages"]:
        source = pooled if set_name == "real pages" else cells
        if not any(k[0] == set_name for k in source):
            continue
        counts = [source.get((set_name, "as-is", model_names[-1], f), Cell()).pages for f in fields]
        out.append(f"{set_name} ({'/'.join(model_names)}; pages with a label: "
                   + ", ".join(f"{f} {n}" for f, n in zip(fields, counts, strict=True)) + ")")  # fmt: skip
        out.append(f"  {'perturbation':<14} {'changed':>8} " + " ".join(f"{_SHORT.get(f, f):>9}" for f in fields))
        for name in perturbations:
            members = [s for s in sets if s == set_name or (set_name == "real pages" and s in REAL)]
            done = [changed[s, name] for s in members if (s, name) in changed]
            n_done, n_all = sum(d for d, _ in done), sum(a for _, a in done)
            row = []
            for f in fields:
                row.append("/".join(source.get((set_name, name, m, f), Cell()).percent() for m in model_names))
            out.append(f"  {name:<14} {f'{n_done}/{n_all}':>8} " + " ".join(f"{c:>9}" for c in row))
        out.append("")
    return "\n".join(out)


def format_misses(misses: list[Miss]) -> str:
    """The pages missed as saved, one line each (a wrong value or none), then under each
    perturbation the misses that the page as saved does not have; a count of wrong and null
    answers per set and field."""
    as_is = {(m.set_name, m.file, m.field) for m in misses if m.perturbation == "as-is"}
    out = []
    for m in misses:
        if m.perturbation != "as-is" and (m.set_name, m.file, m.field) in as_is:
            continue
        kind = "null " if m.got is None else "wrong"
        side = f" [{m.side}]" if m.side else ""
        out.append(f"  {m.set_name} {m.perturbation} {m.field} {m.file}: {kind}{side} {m.got!r} (label {m.want!r})")
    counts: dict[tuple[str, str, str], list[int]] = {}
    for m in misses:
        counts.setdefault((m.set_name, m.perturbation, m.field), [0, 0])[m.got is None] += 1
    out.append("wrong/null answers, as saved:")
    for (set_name, perturbation, field), (wrong, null) in counts.items():
        if perturbation == "as-is":
            out.append(f"  {set_name} {field}: {wrong} wrong, {null} null")
    sides: dict[tuple[str, str], dict[str, int]] = {}
    for m in misses:
        if m.side and m.set_name in REAL:
            into = sides.setdefault((m.field, m.perturbation), {})
            into[m.side] = into.get(m.side, 0) + 1
    if sides:
        out.append("body misses of the real pages by side (each perturbation's misses, those as saved too):")
        for (field, perturbation), counts in sorted(sides.items(), key=lambda kv: kv[0][0] != "body_start"):
            out.append(f"  {field} {perturbation}: " + ", ".join(f"{n} {side}" for side, n in sorted(counts.items())))
    return "\n".join(out)


def main(
    argv: list[str] | None = None,
    all_fields: tuple[str, ...] = FIELDS,
    perturbations: dict[str, Perturb] = PERTURBATIONS,
    doc: str | None = __doc__,
) -> int:
    """The command line; benchmarks.body_robustness runs it with the body's fields and its
    perturbations."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path)
    ap.add_argument("--sets", nargs="*", help="labelled sets to read (default: all with header labels)")
    defaults = [f for f in all_fields if f in DEFAULT_FIELDS] or list(all_fields)
    ap.add_argument("--fields", nargs="*", default=defaults, choices=all_fields)
    ap.add_argument("--shipped", action="store_true", help="also the shipped models (trained on all sets)")
    ap.add_argument("--rules", action="store_true", help="also the rules alone (the headline scorer off)")
    ap.add_argument(
        "--misses",
        action="store_true",
        help="also list the LOSO misses: as saved, and under each perturbation those the page as saved has not",
    )
    args = ap.parse_args(argv)
    began = time.perf_counter()
    sets = [s for s in all_sets(args.shared) if not args.sets or s.name in args.sets]
    if not sets:
        print("no labelled sets found (../shared/corpora, or --shared DIR)", file=sys.stderr)
        return 1
    model_names = ["shipped"] * args.shipped + ["rules"] * args.rules + ["LOSO"]
    models: dict[str, dict[str, dict[str, Any]]] = {}
    for s in sets:
        held_out = loso_options(s.name)
        options = {"shipped": {}, "rules": {"title_model": None}, "LOSO": held_out if held_out is not None else {}}
        models[s.name] = {m: options[m] for m in model_names}
    fields = tuple(args.fields)
    misses: list[Miss] | None = [] if args.misses else None
    cells, changed = measure(sets, fields, models, perturbations, misses)
    print(format_tables(cells, changed, fields, model_names, perturbations))
    if misses is not None:
        print("misses (LOSO):")
        print(format_misses(misses))
    print(f"{time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
