"""The engine's seam (tuiarchive/engine/types.py): query text in, our own types out. The
whoosh engine implements it, and the archive, the CLI and the app use nothing else, so an
engine of another kind (an in-memory one here, PostgreSQL one day) plugs in without them
changing."""

from __future__ import annotations

import ast
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tuiarchive.engine as eng
from tuiarchive.engine import types
from tuiarchive.query import EMPTY_QUERY_SORT, QueryError, check, sort_used


def test_types_import_no_whoosh() -> None:
    tree = ast.parse(Path(types.__file__).read_text(encoding="utf-8"))
    modules = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    modules += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert modules and not [m for m in modules if m.startswith("whoosh")]


def test_the_whoosh_engine_implements_the_protocols(samples_index: Path) -> None:
    engine = eng.open_engine(samples_index)
    assert isinstance(engine, types.Engine) and isinstance(engine, eng.WhooshEngine)
    with engine.searcher() as searcher:
        assert isinstance(searcher, types.Searcher)
        found = searcher.search("astrolabe museum", limit=3)
        assert isinstance(found, types.EngineResults) and found.total >= 3 and found.sort == "relevance"
        assert all(isinstance(h, types.EngineHit) for h in found.hits)
        assert searcher.search("").sort == EMPTY_QUERY_SORT == searcher.search(None).sort
        with pytest.raises(QueryError):
            searcher.search('"unclosed')
        assert isinstance(searcher.facets("astrolabe"), types.EngineFacets)


class _MemorySearcher:
    """A searcher of a few articles held in memory: every word must be in the title."""

    def __init__(self, hits: list[types.EngineHit]) -> None:
        self.hits = hits
        self.closed = False

    def search(
        self, query, *, sort="relevance", offset=0, limit=20, snippets=True, cancelled=None
    ) -> types.EngineResults:
        types.stop_if(cancelled)  # the caller's stop flag: a search this small looks once
        text = (query or "").strip()
        check(text)  # the same query language
        words = text.lower().split()
        found = [h for h in self.hits if all(w in h.title.lower() for w in words)]
        return types.EngineResults(len(found), found[offset : offset + limit], words, sort_used(sort, not words))

    def facets(self, query, *, top=12, cancelled=None) -> types.EngineFacets:
        return types.EngineFacets({"2025-03": len(self.search(query).hits)}, [], [])

    def more_like(self, article_id, *, top=10) -> list[types.EngineHit]:
        return [h for h in self.hits if h.id != article_id][:top]

    def match_spans(self, text, terms) -> list[tuple[int, int]]:
        lowered = text.lower()
        return [(lowered.find(t), lowered.find(t) + len(t)) for t in terms if t in lowered]

    def doc_count(self) -> int:
        return len(self.hits)

    def refresh(self) -> None:
        pass

    def drop_kept_postings(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class _MemoryEngine:
    def __init__(self, hits: list[types.EngineHit]) -> None:
        self.hits = hits

    @classmethod
    def open(cls, index_dir: Path) -> _MemoryEngine:
        raise NotImplementedError

    @classmethod
    def create(cls, index_dir: Path) -> _MemoryEngine:
        raise NotImplementedError

    def doc_count(self) -> int:
        return len(self.hits)

    def ids(self) -> set[str]:
        return {h.id for h in self.hits}

    @contextmanager
    def writer(self, *, timeout: float = 5.0):
        raise NotImplementedError
        yield

    def writer_handle(self, *, timeout: float = 5.0):
        raise NotImplementedError

    @contextmanager
    def searcher(self):
        yield _MemorySearcher(self.hits)

    def open_searcher(self) -> _MemorySearcher:
        return _MemorySearcher(self.hits)


def test_another_engine_serves_the_archive_and_the_cli(samples_index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The archive and the CLI's search run on an engine that is not whoosh, through the
    protocol alone: a whoosh-only call (a parser, a reader) would fail on this one."""
    from tuiarchive.archive import Archive
    from tuiarchive.cli import app as cli

    with Archive(samples_index) as real:  # real articles, so the catalog knows their ids
        hits = [
            types.EngineHit(h.id, h.path, h.title, h.author, h.site, h.published, 1.0, [])
            for h in real.search("astrolabe", limit=4).hits
        ]
    memory = _MemoryEngine(hits)
    assert isinstance(memory, types.Engine) and isinstance(memory.open_searcher(), types.Searcher)
    monkeypatch.setattr(eng, "open_engine", lambda index_dir: memory)
    with Archive(samples_index) as archive:
        page = archive.search(hits[0].title.split()[0])
        assert [h.id for h in page.hits][:1] == [hits[0].id] and page.sort == "relevance"
        assert archive.search("").total == len(hits) and archive.search("").sort == EMPTY_QUERY_SORT
        assert archive.facets("").months == {"2025-03": len(hits)}
        assert archive.similar(hits[0].id, top=2) and archive.count() == len(hits)
        assert archive.match_spans("An Astrolabe", ["astrolabe"]) == [(3, 12)]
        with pytest.raises(QueryError):
            archive.search("date:2024-13")
    word = "".join(c for c in hits[1].title.split()[0] if c.isalnum())
    done = CliRunner().invoke(cli, ["search", word, "--index", str(samples_index), "--json"])
    assert done.exit_code == 0 and hits[1].id in done.output


def _signature(function) -> list[tuple[str, object, object]]:
    import inspect

    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def _protocol_methods(protocol) -> list[str]:
    return [name for name in vars(protocol) if not name.startswith("_") and callable(getattr(protocol, name))]


def test_engines_take_the_protocols_parameters() -> None:
    """Each engine's methods take the protocol's parameters: the same names, kinds and defaults
    (a caller passes query=, cancelled=, sort= ... by name, whichever engine serves it)."""
    pairs = [
        (types.Engine, eng.WhooshEngine),
        (types.Searcher, eng.EngineSearcher),
        (types.Writer, eng.EngineWriter),
        (types.Engine, _MemoryEngine),
        (types.Searcher, _MemorySearcher),
    ]
    for protocol, engine in pairs:
        assert _protocol_methods(protocol), protocol
        for name in _protocol_methods(protocol):
            assert _signature(getattr(engine, name)) == _signature(getattr(protocol, name)), (engine, name)
