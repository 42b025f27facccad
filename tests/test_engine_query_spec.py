"""One query specification (tuiarchive/query.py: fields, aliases, sorts, date forms) from which
the engine's parser, the checker, the app's help screen and the CLI's help are all built."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tuiarchive import query as spec
from tuiarchive.query import QueryError, check


def test_every_field_of_the_specification_is_indexed_and_parsed_to_it(samples_index: Path) -> None:
    from whoosh import query as wq

    from tuiarchive.engine import SCHEMA, open_engine

    engine = open_engine(samples_index)
    with engine.searcher() as searcher:
        for field in spec.QUERY_FIELDS:
            assert field.name in SCHEMA.names(), field
            value = spec.DATE_EXAMPLE if field.date else "bridge"
            for name in (field.name, *field.aliases):
                check(f"{name}:{value}")  # the checker knows it
                parsed = searcher.parse(f"{name}:{value}")
                fields = {node.fieldname for node in parsed.leaves() if hasattr(node, "fieldname")} or {
                    parsed.fieldname
                }
                assert fields == {field.name}, (name, parsed)
        plain = searcher.parse("bridge")  # a word without a field: the plain fields
        assert isinstance(plain, wq.Or | wq.Term)
        assert {t.fieldname for t in plain.leaves()} == set(spec.PLAIN_FIELDS)


def test_unknown_fields_are_refused_with_the_specifications_names() -> None:
    with pytest.raises(QueryError) as refused:
        check("colour:red")
    for field in spec.QUERY_FIELDS:
        assert field.shown in str(refused.value)


def test_the_engine_sorts_by_the_specifications_sorts(samples_index: Path) -> None:
    from tuiarchive.archive import Archive
    from tuiarchive.engine import SORT_FIELDS

    assert set(spec.SORTS) == {"relevance", *SORT_FIELDS}
    with Archive(samples_index) as archive:
        for sort in spec.SORTS:
            assert archive.search("", sort=sort).sort == spec.sort_used(sort, empty=True)
            assert archive.search("olst", sort=sort).sort == sort
        assert archive.search("").sort == spec.EMPTY_QUERY_SORT
        with pytest.raises(QueryError, match=re.escape(spec.sorts_help())):
            archive.search("olst", sort="random")


def test_help_is_written_from_the_specification() -> None:
    from tuiarchive.app import screens
    from tuiarchive.cli import app as cli

    app_help = spec.query_help()
    cli_help = " ".join(CliRunner().invoke(cli, ["search", "--help"], terminal_width=400).output.split())
    for field in spec.QUERY_FIELDS:
        shown = f"{field.shown}:{spec.DATE_EXAMPLE}" if field.date else f"{field.shown}:"
        assert shown in app_help and shown in cli_help, field
    assert spec.DATE_RANGE_EXAMPLE in app_help
    assert spec.sorts_help() in cli_help
    assert "query_help()" in Path(screens.__file__).read_text(encoding="utf-8")  # the help screen shows it
