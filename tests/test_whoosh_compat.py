"""What tuiarchive/engine/whoosh_compat/ relies on in whoosh, pinned: the private names are
there, and each helper gives what whoosh's own public way gives. A whoosh upgrade that moves
one of them fails here, by name."""

from __future__ import annotations

import ast
import fnmatch
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import tuiarchive.engine as engine_package
from tuiarchive.engine import whoosh_compat as compat
from tuiarchive.engine.whoosh_compat import lengths

ENGINE_DIR = Path(engine_package.__file__).parent
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# private attributes of our own classes in whoosh_compat (not whoosh's)
OURS = {
    "_buf", "_english", "_load_lengths", "_numbers", "_pos", "_postings", "_raw_lengths", "_terms_of", "_view",
    "_tuiarchive_cache", "_after", "_between", "_float32", "_heads", "_infos", "_unicodes",
    "_add_column_value", "_length_columns", "_number_columns", "_write_columns", "_doc_names", "_field_facts",
    "_facts", "_add_length",
}  # fmt: skip


def _resolve(where: str):
    try:
        return importlib.import_module(where)
    except ImportError:
        module, name = where.rsplit(".", 1)
        return getattr(importlib.import_module(module), name)


def test_the_private_names_whoosh_compat_uses_are_in_whoosh() -> None:
    for where, names in compat.WHOOSH_PRIVATE.items():
        owner = _resolve(where)
        for name in names:
            # an attribute set in __init__ is not on the class: look for its assignment
            set_in_code = inspect.isclass(owner) and f"self.{name} =" in inspect.getsource(owner)
            assert hasattr(owner, name) or set_in_code, f"{where}.{name} is gone: see whoosh_compat"


def _private_names_used(path: Path) -> set[str]:
    """`x._name` read or written, and `_name` methods defined (overrides), in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
    }
    for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
        used |= {
            f.name
            for f in cls.body
            if isinstance(f, ast.FunctionDef) and f.name.startswith("_") and not f.name.startswith("__")
        }
    return used


def test_every_private_name_whoosh_compat_uses_is_listed() -> None:
    """WHOOSH_PRIVATE is the whole list: a private name used without being listed fails."""
    listed = {name for names in compat.WHOOSH_PRIVATE.values() for name in names}
    used = set().union(*(_private_names_used(path) for path in (ENGINE_DIR / "whoosh_compat").glob("*.py")))
    unlisted = used - OURS - listed
    assert not unlisted, f"list these in WHOOSH_PRIVATE (or in OURS if they are ours): {sorted(unlisted)}"


def _foreign_private_uses(source: str, name: str) -> list[str]:
    """`_name` attributes read on anything but self (self._s) or on self's attributes."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") or node.attr.startswith("__"):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            continue
        found.append(f"{name}:{node.lineno} {ast.unparse(node)}")
    return found


def test_no_other_engine_module_touches_whooshs_private_names() -> None:
    """Outside whoosh_compat, an engine module reads `_name` attributes only on itself (self._s):
    `reader._perdoc` or `self._w._commit_toc` belong in whoosh_compat."""
    found = []
    for path in sorted(ENGINE_DIR.glob("*.py")):  # whoosh_compat/ is a folder: not among them
        found += _foreign_private_uses(path.read_text(encoding="utf-8"), path.name)
    assert not found, found
    probe = "def f(self, reader):\n    self._w._commit_toc([])\n    return reader._perdoc, self._s\n"
    assert _foreign_private_uses(probe, "probe") == ["probe:2 self._w._commit_toc", "probe:3 reader._perdoc"]


def test_mapped_files_are_used_once_an_index_is_opened_not_on_import(tmp_path: Path) -> None:
    """Importing the engine changes nothing in whoosh; opening or creating an index has whoosh
    read compound segments from the map (apply_patches)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from whoosh.filedb import compound, structfile\n"
        "import tuiarchive.engine as eng\n"
        "from tuiarchive.engine import whoosh_compat\n"
        "before = compound.BufferFile is structfile.BufferFile\n"
        f"eng.Engine.create(Path({str(tmp_path / 'index')!r}))\n"
        "after = compound.BufferFile is whoosh_compat._MappedFile\n"
        "print(before, after)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]


@pytest.fixture(scope="module")
def index_reader(tmp_path_factory: pytest.TempPathFactory):
    """A one-segment index of the samples, six times over (posting lists of several blocks),
    and a reader of its segment, with our codec."""
    from tuiarchive.engine import Engine
    from tuiarchive.parser import parse_file

    articles = []
    for path in sorted(SAMPLES.glob("*.txt")):
        try:
            articles.append(parse_file(path))
        except Exception:  # not an article: the parser's business
            continue
    engine = Engine.create(tmp_path_factory.mktemp("compat") / "index")
    with engine.writer() as writer:
        for article in articles * 6:
            writer.add(article)
    with engine.searcher() as searcher:
        (reader,) = [r for r, _ in searcher.reader().leaf_readers()]
        yield reader


def test_length_codes_are_whooshs_field_lengths(index_reader) -> None:
    from whoosh.codec.whoosh3 import W3PerDocReader

    perdoc = index_reader._perdoc
    assert isinstance(perdoc, lengths._PerDocReader)
    for field in ("text", "title", "author", "site", "related", "path"):
        codes, length_of = compat.length_codes(index_reader, field)
        ours = [length_of[code] for code in codes]
        theirs = [
            W3PerDocReader.doc_field_length(perdoc, d, field, 0) or 0 for d in range(index_reader.doc_count_all())
        ]
        assert ours == theirs and any(theirs), field
        assert perdoc.field_lengths(field) == theirs


def test_raw_postings_are_whooshs_postings(index_reader) -> None:
    """Ids, weights and positions read block by block are those whoosh's matcher gives, for
    short (inline) and long (several blocks) posting lists; positions decode as whoosh's."""
    from whoosh.formats import Positions

    several_blocks = 0
    for field in ("text", "title", "path"):
        for btext in list(index_reader.lexicon(field))[::7]:
            text = btext.decode("utf-8")
            values: list = []
            ids, weights = compat.read_postings(index_reader, field, text, values)
            m = index_reader.postings(field, text)
            expected = ([], [], [])
            while m.is_active():
                expected[0].append(m.id())
                expected[1].append(m.weight())
                expected[2].append(m.value())
                m.next()
            assert (list(ids), list(weights), values) == (expected[0], pytest.approx(expected[1]), expected[2])
            several_blocks += len(ids) > 128
            for value in values[:3]:
                assert list(compat.decode_positions(value)) == Positions().decode_positions(value)
    assert several_blocks


def test_field_b_is_bm25fs_per_field_b() -> None:
    from whoosh.scoring import BM25F

    weighting = BM25F(B=0.75, title_B=0.3)
    assert compat.field_b(weighting, "title") == 0.3
    assert compat.field_b(weighting, "text") == 0.75


def test_pattern_words_are_the_words_a_pattern_matches(index_reader) -> None:
    from whoosh import query as wq

    lexicon = [b.decode("utf-8") for b in index_reader.lexicon("text")]
    cases = [
        (wq.Prefix("text", "mus"), lambda w: w.startswith("mus")),
        (wq.Wildcard("text", "*ast*"), lambda w: fnmatch.fnmatchcase(w, "*ast*")),
        (wq.TermRange("text", "bra", "bri"), lambda w: "bra" <= w <= "bri"),
    ]
    for query, matches in cases:
        words = [b.decode("utf-8") for b in compat.pattern_words(query, index_reader)]
        assert words == [w for w in lexicon if matches(w)] and words, query


def test_built_segments_commit_whole(tmp_path: Path) -> None:
    """finish_built_segment + commit_with_segments: segments built apart, moved in and committed
    with the writer's own additions and deletions, in one commit."""
    from tuiarchive.engine import Engine, SegmentBuilder
    from tuiarchive.parser import parse_file

    articles = [parse_file(p) for p in sorted(SAMPLES.glob("*.txt"))[:9]]
    index_dir = tmp_path / "index"
    engine = Engine.create(index_dir)
    with engine.writer() as writer:
        writer.add(articles[0])
    built = []
    for part in (articles[1:4], articles[4:8]):
        builder = SegmentBuilder(index_dir)
        for article in part:
            builder.add(article)
        built.append(builder.finish())
    with engine.writer() as writer:
        for segment in built:
            writer.add_segment(segment)
        writer.add(articles[8])
        writer.delete(articles[0].id)
    engine = Engine.open(index_dir)
    assert engine.ids() == {a.id for a in articles[1:]}
    assert not [p for p in index_dir.iterdir() if p.name.startswith(".build-")]


def test_a_segment_without_our_codec_scores_the_same(tmp_path: Path) -> None:
    """An index written with whoosh's own codec (no _PerDocReader: lengths read one by one,
    length_codes' other branch) gives the fast path whoosh's results and scores."""
    from whoosh import index

    from tuiarchive.engine import INDEX_NAME, SCHEMA, WhooshEngine
    from tuiarchive.engine.schema import _to_doc
    from tuiarchive.parser import parse_file

    index_dir = tmp_path / "index"
    index_dir.mkdir()
    ix = index.create_in(str(index_dir), SCHEMA, indexname=INDEX_NAME)
    writer = ix.writer()  # whoosh's default codec
    for path in sorted(SAMPLES.glob("*.txt"))[:20]:
        writer.add_document(**_to_doc(parse_file(path)))
    writer.commit()
    with WhooshEngine.open(index_dir).searcher() as searcher:
        (reader,) = [r for r, _ in searcher.reader().leaf_readers()]
        assert not isinstance(reader._perdoc, lengths._PerDocReader)
        codes, length_of = compat.length_codes(reader, "text")
        assert isinstance(length_of, dict) and [length_of[c] for c in codes] == [
            reader.doc_field_length(d, "text") or 0 for d in range(reader.doc_count_all())
        ]
        for text in ("museum", "bridge council", "minister NOT nothere"):
            searcher.fast_path = True
            fast = searcher.search(text, limit=10, snippets=False)
            searcher.fast_path = False
            slow = searcher.search(text, limit=10, snippets=False)
            assert [(h.id, h.score) for h in fast.hits] == [(h.id, h.score) for h in slow.hits] and fast.hits, text


def test_whoosh_loads_without_the_modules_it_imports_for_nothing() -> None:
    """engine/whoosh_loading.py: loading the engine leaves urllib.request and morph_en out;
    the one function whoosh takes from each still works, and a later import of either module
    gets the real one (a whoosh that takes another name from them fails to load here)."""
    code = (
        "import sys\n"
        "import tuiarchive.engine\n"
        "from tuiarchive.engine.whoosh_loading import STOOD_IN\n"
        "print(sorted(m for m in STOOD_IN if m in sys.modules))\n"
        "import whoosh.compat, whoosh.query.terms\n"
        "print(sorted(whoosh.query.terms.variations('render'))[:3])\n"
        "import urllib.request, whoosh.lang.morph_en\n"
        "print(urllib.request.urlretrieve is not whoosh.compat.urlretrieve, hasattr(urllib.request, 'urlopen'))\n"
        "print(sorted(whoosh.lang.morph_en.variations('render'))[:3])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "['rend', 'rende', 'rended']", "True True", "['rend', 'rende', 'rended']"]


def test_the_modules_whoosh_loads_late_work_when_used() -> None:
    """engine/whoosh_loading.py's other stand-ins: each module whoosh imports whole is loaded
    at the first use of one of its names, md5 gives hashlib's digest (the interpreter's own md5,
    not a wrapper: whoosh hashes every key it looks up), and a later import of any of them gets
    the real module."""
    code = (
        "import sys\n"
        "import tuiarchive.engine\n"
        "from tuiarchive.engine.whoosh_loading import STOOD_IN\n"
        "print(sorted(m for m in STOOD_IN if m in sys.modules))\n"
        "import whoosh.filedb.filestore as store, whoosh.util.times as times, whoosh.filedb.filetables as tables\n"
        "import whoosh.filedb.compound as compound, whoosh.compat as compat\n"
        "print(bool(store.tempfile.gettempdir()), times.calendar.monthrange(2024, 2), compat.htmlescape('<'))\n"
        "import hashlib, io\n"
        "import _md5\n"
        "print(tables.md5(b'abc').hexdigest() == hashlib.md5(b'abc').hexdigest(), tables.md5_hash(b'abc'))\n"
        "print(tables.md5 is _md5.md5)\n"
        "out = io.BytesIO(); compound.copyfileobj(io.BytesIO(b'xy'), out); print(out.getvalue())\n"
        "import tempfile, calendar, random, queue, shutil\n"
        "print(all(type(m) is type(sys) for m in (tempfile, calendar, random, queue, shutil, hashlib)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "True (3, 29) &lt;", "True 685866866", "True", "b'xy'", "True"]


def test_andnot_leaves_out_every_document_of_its_second_part(samples_index: Path) -> None:
    """`a ANDNOT b` is the documents of `a` without those of `b`, on whoosh's own matchers too.
    whoosh 2.7 kept `a`'s first document whenever `b` started on a lower one (`museum ANDNOT *`
    found 2 articles): apply_patches corrects AndNotMatcher's first step."""
    from tuiarchive.archive import Archive

    words = ["museum", "astrolabe", "police", "bridge", "council", "election", "strike", "*"]
    with Archive(samples_index) as archive, archive._engine.searcher() as searcher:
        searcher.fast_path = False  # whoosh's matchers, not our posting arrays

        def ids(text: str) -> set[str]:
            return {h.id for h in searcher.search(text, limit=1000, snippets=False).hits}

        checked = 0
        for a in words[:-1]:
            for b in words:
                if a == b:
                    continue
                expected = ids(a) - ids(b)
                assert ids(f"{a} ANDNOT {b}") == expected, (a, b)
                checked += bool(ids(a) & ids(b))
        assert checked >= 20  # most pairs share articles: something was left out
        assert searcher.search("museum ANDNOT *").total == 0
