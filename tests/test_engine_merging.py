"""A merge of segments (engine/writing._merged, whoosh_compat/merging.py) keeps what whoosh's own
merge (SegmentWriter.add_reader) keeps: every live article's stored fields, field lengths,
column values and postings (weights and positions), and searches give the same answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES
from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader
from whoosh.writing import NO_MERGE

from tuiarchive.archive import Archive
from tuiarchive.engine import INDEX_NAME, writing
from tuiarchive.engine.whoosh_compat import codec
from tuiarchive.indexer import update_index


@pytest.fixture(scope="module")
def pieces(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the samples in four segments (four folders, four runs), some articles of
    each deleted, nothing merged: the state a merge starts from."""
    base = tmp_path_factory.mktemp("pieces")
    ix = base / "ix"
    samples = sorted(SAMPLES.glob("*.txt"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writing, "TINY_SEGMENT", 1)  # keep the segments apart
        for n in range(4):
            folder = base / f"part{n}"
            folder.mkdir()
            for path in samples[n::4]:
                shutil.copy(path, folder / path.name)
            update_index(ix, [folder], workers=1)
    index = whoosh_index.open_dir(str(ix), indexname=INDEX_NAME)
    writer = index.writer(codec=codec())
    with index.reader() as reader:
        doomed = [fields["id"] for n, (_, fields) in enumerate(reader.iter_docs()) if n % 5 == 2]
    for article_id in doomed:
        writer.delete_by_term("id", article_id)
    writer.commit(mergetype=NO_MERGE)
    assert len(whoosh_index.open_dir(str(ix), indexname=INDEX_NAME)._segments()) == 4
    return ix


def _whooshs_merge(writer, segments):
    for segment in segments:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return []


def _ours(writer, segments):
    merged = writing._merged(Path(writer.storage.folder), writer.storage, writer.schema, segments)
    return [merged]


def _merged_copy(pieces: Path, where: Path, policy) -> Path:
    shutil.copytree(pieces, where)
    index = whoosh_index.open_dir(str(where), indexname=INDEX_NAME)
    index.writer(codec=codec()).commit(mergetype=policy)
    assert len(whoosh_index.open_dir(str(where), indexname=INDEX_NAME)._segments()) == 1
    return where


def _contents(ix: Path) -> dict:
    """Everything a merge must keep, keyed by article id (document numbers may differ)."""
    index = whoosh_index.open_dir(str(ix), indexname=INDEX_NAME)
    found: dict = {"stored": {}, "lengths": {}, "columns": {}, "postings": {}}
    with index.reader() as reader:
        ids = {docnum: fields["id"] for docnum, fields in reader.iter_docs()}
        schema = reader.schema
        for docnum, article_id in ids.items():
            found["stored"][article_id] = reader.stored_fields(docnum)
            for name in schema.scorable_names():
                found["lengths"][article_id, name] = reader.doc_field_length(docnum, name)
        for name in schema.names():
            if schema[name].column_type and reader.has_column(name):
                column = reader.column_reader(name)
                for docnum, article_id in ids.items():
                    found["columns"][article_id, name] = column[docnum]
        for name in reader.indexed_field_names():
            for term in reader.lexicon(name):
                matcher = reader.postings(name, term)
                postings = set()
                while matcher.is_active():
                    postings.add((ids[matcher.id()], matcher.weight(), matcher.value()))
                    matcher.next()
                found["postings"][name, term] = postings
        found["field_lengths"] = {name: reader.field_length(name) for name in schema.scorable_names()}
        found["doc_count"] = reader.doc_count()
    return found


def test_a_merge_keeps_what_whooshs_own_merge_keeps(pieces: Path, tmp_path: Path) -> None:
    theirs = _contents(_merged_copy(pieces, tmp_path / "theirs", _whooshs_merge))
    ours = _contents(_merged_copy(pieces, tmp_path / "ours", _ours))
    with whoosh_index.open_dir(str(pieces), indexname=INDEX_NAME).reader() as reader:
        live, written = reader.doc_count(), reader.doc_count_all()
    assert theirs["doc_count"] == ours["doc_count"] == live < written  # the deleted ones left out
    for part in ("stored", "lengths", "columns", "field_lengths", "postings"):
        assert ours[part] == theirs[part], part
    positions = [key for key, postings in ours["postings"].items() if key[0] == "text" and postings]
    assert positions and all(value for _, _, value in ours["postings"][positions[0]])  # positions kept


def test_searches_give_the_same_answers_after_either_merge(pieces: Path, tmp_path: Path) -> None:
    queries = ("museum", '"olst bridge"', "astrolabe OR strike", "title:flood", "date:[2025-03-01 to 2025-04-30]")
    answers = []
    for name, policy in (("theirs", _whooshs_merge), ("ours", _ours)):
        with Archive(_merged_copy(pieces, tmp_path / name, policy)) as archive:
            answers.append([[(hit.id, round(hit.score, 4)) for hit in archive.search(q).hits] for q in queries])
    assert answers[0] == answers[1]
    assert all(answers[1]), answers[1]  # every query finds something: the check can fail
