"""Is a speed edit of the parser byte-identical? What `tuiarchive parse --json` gives (read as
it reads a file outside any archive: formats.read_path) for every labelled page and 300 BBC
files, one JSON line a file, written from one tree and checked from another.

    python -m benchmarks.parse_identity --write /tmp/before.jsonl     # in the tree before
    python -m benchmarks.parse_identity --check /tmp/before.jsonl     # in the tree after

`--folder DIR` adds every page under DIR (a generated corpus: `python -m benchmarks.generate
--size 3000 --out /tmp/gen3k`), keyed by its path under DIR: the shapes the labelled pages lack.
`--check` lists the files whose answer differs and exits 1 if any does. The pages are read
where they are (../shared, or $TUIARCHIVE_SHARED; never copied); a tree's own labelled fixtures come from that tree.
Run `python -m tuiarchive eval -v` in both trees too: the learned models' LOSO readings go
through other options.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from tuiarchive.parser.evaluate import all_sets, shared_root

BBC_FILES = 300
PAGE_SUFFIXES = (".txt", ".html")


def pages(bbc_files: int = BBC_FILES) -> list[Path]:
    """Every labelled page (each set's folder, all its pages: labelled or not), then
    `bbc_files` BBC files evenly spread over the corpus in path order."""
    found: list[Path] = []
    for labelled in all_sets():
        for path in sorted(labelled.folder.iterdir()):
            if path.suffix in PAGE_SUFFIXES and path not in found:
                found.append(path)
    root = shared_root()
    bbc = root / "corpora" / "bbc-fulltext" if root else None
    if bbc is not None and bbc.is_dir():
        texts = sorted(p for p in bbc.rglob("*.txt") if p.name != "README.TXT")
        step = max(1, len(texts) // bbc_files)
        found += texts[::step][:bbc_files]
    return found


def answer(path: Path) -> object:
    """What `parse --json` prints for the file (a container's members and failures), or the
    reason it is refused."""
    from tuiarchive.formats import NotAnArticle, read_path

    try:
        parsed = read_path(path)
    except NotAnArticle as exc:
        return {"not an article": str(exc)}
    if parsed.container:
        return {"members": [_own(a.to_json()) for a in parsed.articles], "failed": parsed.failures}
    return _own(parsed.articles[0].to_json())


_TREE = str(Path(__file__).resolve().parent.parent)


def _own(data: dict) -> dict:
    """A fixture of the tree has another path (and id) in each tree: those two left out."""
    if str(data.get("path", "")).startswith(_TREE + "/"):
        data["path"], data["id"] = _key(Path(data["path"])), "(the tree's)"
    return data


def _key(path: Path) -> str:
    """The file's name from its corpus or fixtures folder on: the same in every tree."""
    parts = path.parts
    for anchor in ("corpora", "seeds", "fixtures"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return str(path)


def lines(folder: Path | None = None) -> dict[str, str]:
    got = {_key(p): json.dumps(answer(p), sort_keys=True, ensure_ascii=True) for p in pages()}
    return got if folder is None else {**got, **folder_lines(folder)}


def folder_lines(folder: Path) -> dict[str, str]:
    """The answers for every page under `folder`, keyed "folder/" and its path under it."""
    found = sorted(p for p in folder.rglob("*") if p.suffix in PAGE_SUFFIXES)
    return {f"folder/{p.relative_to(folder)}": json.dumps(answer(p), sort_keys=True, ensure_ascii=True) for p in found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write this tree's answers to FILE")
    group.add_argument("--check", type=Path, help="compare this tree's answers with FILE's")
    parser.add_argument("--folder", type=Path, help="also every page under DIR (a generated corpus)")
    args = parser.parse_args(argv)
    import tuiarchive

    if shared_root() is None:
        parser.error("../shared not found: set TUIARCHIVE_SHARED")

    if args.folder is not None and not args.folder.is_dir():
        parser.error(f"{args.folder}: no such folder")
    got = lines(args.folder)
    digest = hashlib.sha256("\n".join(f"{k}\t{v}" for k, v in got.items()).encode()).hexdigest()[:16]
    print(f"{len(got)} files read by {Path(tuiarchive.__file__).parent}: digest {digest}")
    if args.write:
        with args.write.open("w", encoding="utf-8") as out:
            for key, value in got.items():
                out.write(f"{key}\t{value}\n")
        return 0
    wanted = dict(line.rstrip("\n").split("\t", 1) for line in args.check.open(encoding="utf-8"))
    differ = sorted(k for k in wanted.keys() | got.keys() if wanted.get(k) != got.get(k))
    for key in differ:
        print(f"differs: {key}")
    print("identical" if not differ else f"{len(differ)} of {len(wanted.keys() | got.keys())} files differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
