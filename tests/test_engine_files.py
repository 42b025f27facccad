"""The engine reads segment files straight from the memory map: the file object it uses
must behave as io.BytesIO does for every read whoosh makes."""

from __future__ import annotations

import io
import os
import pickle

from conftest import fuzz
from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.engine.whoosh_compat import _ViewFile

operations = st.lists(
    st.one_of(
        st.tuples(st.just("read"), st.integers(-1, 40)),
        st.tuples(st.just("readline"), st.integers(-1, 40)),
        st.tuples(st.just("seek"), st.integers(0, 60), st.sampled_from([os.SEEK_SET, os.SEEK_CUR])),
        st.tuples(st.just("seek_end"), st.integers(-60, 0)),
        st.tuples(
            st.just("tell"),
        ),
    ),
    max_size=30,
)


@fuzz(100)  # hypothesis's default deadline (200 ms an example) failed once under load
@given(data=st.binary(max_size=600).map(lambda b: b.replace(b"x", b"\n")), ops=operations)
def test_view_file_reads_like_bytesio(data: bytes, ops: list[tuple]) -> None:
    view, reference = _ViewFile(memoryview(data)), io.BytesIO(data)
    for op, *args in ops:
        if op == "seek_end":
            if len(data) + args[0] < 0:
                continue
            assert view.seek(args[0], os.SEEK_END) == reference.seek(args[0], os.SEEK_END)
        elif op == "seek":
            assert view.seek(*args) == reference.seek(*args)
        else:
            assert getattr(view, op)(*args) == getattr(reference, op)(*args), (op, args)
        assert view.tell() == reference.tell()


def test_pickles_load_from_a_view_file() -> None:
    values = [{"a": 1, "b": [1.5, "x\ny"]}, ("tuple", 2), "text\nwith lines"]
    data = b"".join(pickle.dumps(v, protocol) for v, protocol in zip(values, [0, 2, 5], strict=True))
    view = _ViewFile(memoryview(data))
    assert [pickle.load(view) for _ in values] == values
    assert view.read() == b""


def _segment_files(writer_class, folder, articles) -> dict[str, bytes]:
    """The files of the segment that `writer_class` writes for `articles`, by extension."""
    from whoosh import index
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage

    from tuiarchive.engine import INDEX_NAME, SCHEMA
    from tuiarchive.engine.schema import _to_doc
    from tuiarchive.engine.whoosh_compat import codec

    folder.mkdir()
    ix = index.create_in(str(folder), SCHEMA, indexname=INDEX_NAME)
    writer = writer_class(ix, codec=codec(), _lk=False)
    for article in articles:
        writer.add_document(**_to_doc(article))
    segment = writer._finalize_segment()
    writer._finish()
    prefix = segment.segment_id()
    storage = CompoundStorage(FileStorage(str(folder)).open_file(f"{prefix}.seg"), use_mmap=False)
    files = {name.removeprefix(prefix): storage.open_file(name).read() for name in storage.list()}
    storage.close()
    return files


def test_lean_segment_writer_writes_whooshs_segment_byte_for_byte(tmp_path) -> None:
    """The workers' segment writer skips whoosh's tokens, posting pool and per-posting calls;
    the segment it writes must be the one whoosh writes, file by file, for the same articles
    (postings over several blocks, positions, lengths, stored fields, columns)."""
    from pathlib import Path

    from whoosh.writing import SegmentWriter

    from tuiarchive.engine.whoosh_compat import _LeanSegmentWriter
    from tuiarchive.parser import parse_file

    samples = Path(__file__).resolve().parents[1] / "samples"
    articles = []
    for path in sorted(samples.glob("*.txt")):
        try:
            articles.append(parse_file(path))
        except Exception:  # not an article: the parser's business, not this test's
            continue
    # posting lists of one block and a bit, and of exactly two blocks of 128 (every path
    # has the word "samples")
    for count in (170, 256):
        chosen = (articles * 6)[:count]
        ours = _segment_files(_LeanSegmentWriter, tmp_path / f"lean{count}", chosen)
        whooshs = _segment_files(SegmentWriter, tmp_path / f"whoosh{count}", chosen)
        assert sorted(ours) == sorted(whooshs) and {".pst", ".trm"} <= set(ours)
        for name in whooshs:
            assert ours[name] == whooshs[name], (count, name)


def test_lean_segment_writer_writes_number_columns_with_gaps_as_whoosh(tmp_path) -> None:
    """A sortable number some documents lack (their column's default is written for them, up to
    the next document that has one) and a text field some lack (its lengths column likewise):
    the lean writer keeps the columns and writes them whole at the end, the same bytes."""
    from whoosh import index
    from whoosh.fields import ID, NUMERIC, TEXT, Schema
    from whoosh.filedb.compound import CompoundStorage
    from whoosh.filedb.filestore import FileStorage
    from whoosh.writing import SegmentWriter

    from tuiarchive.engine.whoosh_compat import _LeanSegmentWriter, codec

    schema = Schema(id=ID(stored=True), n=NUMERIC(bits=64, sortable=True, signed=True), words=TEXT())
    docs = [
        {"id": f"d{i}"} | ({"n": i * 7 - 20} if i % 3 == 0 else {}) | ({"words": "alpha beta " * i} if i % 4 else {})
        for i in range(40)
    ]
    files = []
    for writer_class, name in ((_LeanSegmentWriter, "lean"), (SegmentWriter, "whoosh")):
        folder = tmp_path / name
        folder.mkdir()
        writer = writer_class(index.create_in(str(folder), schema, indexname="T"), codec=codec(), _lk=False)
        for doc in docs:
            writer.add_document(**doc)
        segment = writer._finalize_segment()
        writer._finish()
        prefix = segment.segment_id()
        storage = CompoundStorage(FileStorage(str(folder)).open_file(f"{prefix}.seg"), use_mmap=False)
        files.append({f.removeprefix(prefix): storage.open_file(f).read() for f in storage.list()})
        storage.close()
    ours, whooshs = files
    assert sorted(ours) == sorted(whooshs) and {".n.col", "._words_len.col"} <= set(ours), sorted(ours)
    for name in whooshs:
        assert ours[name] == whooshs[name], name


def _odd_article(n: int, lines: list[str]):
    from datetime import date

    from tuiarchive.model import Article, RelatedItem

    return Article(
        id=f"a{n}", path=f"/archive/{n % 7}/file{n}.txt", title=f"Istanbul İstanbul bridges {n % 3}",
        published=date(2020, 1 + n % 12, 1 + n % 28), author="Jo Ng" if n % 2 else None,
        body=[lines[n % 3], lines[(n + 1) % 3]] if n % 5 else [], site="İ Times" if n % 4 else None,
        related=[RelatedItem("More", f"Bridges of İstanbul {n % 2}")] if n % 3 else [],
    )  # fmt: skip


def test_lean_segment_writer_matches_whoosh_on_words_that_change_when_lowered(tmp_path, monkeypatch) -> None:
    """Our analyzer remembers each word as written (its stem, or that it is dropped): words whose
    lower case is longer ('İ' is two characters lowered), stop words in capitals, case variants
    of one word, one word at the same position in many documents, several blocks of postings,
    weights over 1 (a headline word repeated, boosted fields), postings written a few hundred
    bytes at a time (a megabyte in use): the same segment as whoosh's."""
    from whoosh.writing import SegmentWriter

    from tuiarchive.engine.whoosh_compat import _LeanSegmentWriter, segments

    monkeypatch.setattr(segments, "_WRITE_BYTES", 300)

    lines = [
        "İ İİ İstanbul ISTANBUL istanbul Straße STRASSE ß ǅemal Σίσυφος ΣΊΣΥΦΟΣ ﬁnance café CAFÉ",
        "The THE the A a I it's IT'S U.S. u.s. x-ray 3.14 *wild* wild Wild bridges Bridging",
        "word " * 40 + "Word WORD",
    ]
    articles = [_odd_article(n, lines) for n in range(300)]
    ours = _segment_files(_LeanSegmentWriter, tmp_path / "lean", articles)
    whooshs = _segment_files(SegmentWriter, tmp_path / "whoosh", articles)
    assert sorted(ours) == sorted(whooshs) and {".pst", ".trm", "._related_len.col"} <= set(ours)
    for name in whooshs:
        assert ours[name] == whooshs[name], name


def test_an_archive_written_before_the_engine_was_a_package_still_opens(tmp_path) -> None:
    # a table of contents names our analyzer and codec by module path (pickle): moving them
    # must not turn every existing archive into "damaged: run --rebuild" after an upgrade
    import shutil
    from pathlib import Path

    from tuiarchive.archive import Archive

    old = tmp_path / "ix"
    shutil.copytree(Path(__file__).parent / "fixtures" / "index-3ae912d", old)
    toc = next(old.glob("*.toc")).read_bytes()
    assert b"tuiarchive.engine\x94\x8c\x06_Codec" in toc  # the codec under its old module path
    with Archive(old) as archive:
        assert archive.count() == 2
        assert [h.title for h in archive.search("title:bridge").hits] == [
            "Dresk council approves €310 million Olst bridge after decade of delays"
        ]
        assert archive.search("inflation").total == 1


def test_an_archive_names_our_pickled_classes_by_the_package(tmp_path) -> None:
    # the table of contents pickles the analyzer and the codec: by the package's path, which no
    # move of a module inside engine/ changes (and which tuiarchive before 3ae912d reads too)
    import shutil
    from pathlib import Path

    from tuiarchive.indexer import update_index

    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(Path(__file__).parents[1] / "samples" / "2025-01-08-dresk-council-approves-olst-bridge.txt", folder)
    update_index(tmp_path / "ix", [folder], workers=1)
    toc = next((tmp_path / "ix").glob("*.toc")).read_bytes()
    assert b"tuiarchive.engine\x94\x8c\x06_Codec" in toc
    assert b"tuiarchive.engine\nEnglishAnalyzer" in toc
    assert b"whoosh_compat" not in toc and b"engine.schema" not in toc


# A posting's value as whoosh's Positions format encodes it (the count, then the pickled gaps).
_values = st.lists(st.integers(0, 70_000), min_size=1, max_size=4).map(
    lambda gaps: len(gaps).to_bytes(4, "big") + pickle.dumps(gaps, 2)
)


@fuzz(200)
@given(st.lists(_values, min_size=1, max_size=300), st.integers(0, 3), st.data())
def test_a_blocks_pickles_are_picklers_own(values: list[bytes], weights_kind: int, data) -> None:
    """The lean writer joins a block's pickles from ready-made pieces: they must be the bytes
    pickle (protocol 2) writes, for one value and for many (memo numbers past 255), weights none,
    one, or one each, documents far apart (gaps of every integer opcode)."""
    from tuiarchive.engine.whoosh_compat.blocks import BlockPickles

    count = len(values)
    gaps = tuple(data.draw(st.lists(st.integers(0, 2**40), min_size=count, max_size=count)))
    weights = [None, 1.5, 0.5, tuple(data.draw(st.floats(0.5, 9.0)) for _ in range(count))][weights_kind]
    values_tuple = tuple(bytes(value) for value in values)  # distinct objects, as whoosh's are
    pickles = BlockPickles()
    assert pickles.values_block(gaps, weights, values_tuple) == pickle.dumps((gaps, weights, values_tuple), 2)
    info = (count, gaps[-1], data.draw(st.sampled_from([0, 1.0, 4.5])), 0, 7, 200)
    assert pickles.info(info) == pickle.dumps(info, 2)
    assert pickles.info(info) == pickle.dumps(info, 2)  # remembered


def test_the_stored_body_is_a_zlib_stream_every_version_reads() -> None:
    """The body is stored in zlib's stored blocks (whoosh compresses the stored fields
    together): a zlib stream, as tuiarchive has always read it, so an older version opens a new
    index; a body stored as text (9b1e087) is read too."""
    import zlib

    from tuiarchive.engine.schema import _to_doc, body_text
    from tuiarchive.model import Article

    article = Article(id="a1", path="/x/a1.txt", title="Bridge opens", body=["First £5 paragraph.", "Second — one."])
    doc = _to_doc(article)
    assert zlib.decompress(doc["text_z"]).decode("utf-8") == "First £5 paragraph.\nSecond — one."
    assert body_text(doc) == "First £5 paragraph.\nSecond — one."
    assert body_text({"text_z": "Stored as text."}) == "Stored as text."
    assert body_text({}) == ""
