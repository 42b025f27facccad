"""Every contact with whoosh's private names, in one place.

whoosh (whoosh-reloaded) is used through its public API everywhere else in this package; what
needs more (its writer's commit steps, its posting blocks, its per-document lengths, the byte
format of positions, a file class it copies maps with) is here, each next to the test that pins
the behaviour it relies on, so a whoosh upgrade breaks in one package and in named tests. Its
modules, by job: files (compound segments read from their map), lengths (our codec: field lengths
read once per field), segments (the lean segment writer, committing built segments), merging
(old segments' live documents copied by the lean writer, their postings a block at a time), blocks (its
posting blocks' pickles), stemming (whoosh's Porter stemmer, skipping steps that cannot match), reading
(postings, positions, field B, pattern words, refresh, a cancellable collector), damage (decode
errors as IndexUnreadable); this module applies the patches and lists the private names used.


- tests/test_whoosh_compat.py: the private names exist (WHOOSH_PRIVATE), the mapped files are
  used only once an index is opened, lengths, postings, positions, field B, pattern words
- tests/test_engine_files.py: _ViewFile reads as BytesIO does; the lean segment writer writes
  whoosh's own segment, byte for byte (codec, block writing, finishing a built segment)
- tests/test_search.py: the fast path gives whoosh's results and scores (postings, lengths,
  field B); tests/test_engine_merging.py: a merge copies what whoosh's own merge copies (stored
  fields, lengths, columns, postings); tests/test_index.py: refresh sees what a new searcher sees (refreshed), builds by
  several workers commit whole (commit_with_segments)
"""

from __future__ import annotations

from whoosh.filedb import compound
from whoosh.matching.binary import AndNotMatcher

from .damage import DECODE_ERRORS, damage_is_unreadable, is_damage
from .files import _MappedFile, _ViewFile
from .lengths import _Codec, codec, length_codes
from .merging import copy_segments
from .reading import (
    CANCEL_CHECK_EVERY,
    cancellable,
    decode_positions,
    field_b,
    index_folder,
    pattern_words,
    read_postings,
    refreshed,
    segment_cache,
)
from .segments import (
    _LeanSegmentWriter,
    abandon_writer,
    commit_with_segments,
    finish_built_segment,
    new_segment_writer,
)

__all__ = [
    "CANCEL_CHECK_EVERY",
    "DECODE_ERRORS",
    "WHOOSH_PRIVATE",
    "_Codec",
    "_LeanSegmentWriter",
    "_MappedFile",
    "_ViewFile",
    "abandon_writer",
    "apply_patches",
    "cancellable",
    "codec",
    "commit_with_segments",
    "copy_segments",
    "damage_is_unreadable",
    "decode_positions",
    "field_b",
    "finish_built_segment",
    "index_folder",
    "is_damage",
    "length_codes",
    "new_segment_writer",
    "pattern_words",
    "read_postings",
    "refreshed",
    "segment_cache",
]


def apply_patches() -> None:
    """Have whoosh read the files inside a compound segment from its memory map (_MappedFile)
    instead of a copy, and find an ANDNOT's first match right (_and_not_first). Called when an
    index is opened or created, not on import: importing the engine changes nothing in whoosh.
    Idempotent."""
    compound.BufferFile = _MappedFile  # the name compound.CompoundStorage.open_file uses
    AndNotMatcher._find_first = _and_not_first


def _and_not_first(self) -> None:
    """AndNotMatcher's first match, as whoosh means it: the first of `a` that `b` lacks.

    whoosh 2.7's own version moves on only when both start on the same document, so when `b`
    starts lower (`museum ANDNOT *`: everything starts at document 0) `a`'s first document was
    a match even where `b` has it. _find_next skips `b` forward first; whoosh's next() and
    skip_to() already go through it."""
    if self.a.is_active() and self.b.is_active():
        self._find_next()


# whoosh's private names this module relies on, by class: tests/test_whoosh_compat.py checks
# they are there (attributes set in __init__ are checked on an instance).
WHOOSH_PRIVATE = {
    "whoosh.filedb.compound": ("BufferFile",),
    "whoosh.filedb.structfile.BufferFile": ("_name",),
    "whoosh.codec.whoosh3": ("_lenfield",),
    "whoosh.codec.whoosh3.W3PerDocReader": ("_get_column_file",),
    "whoosh.codec.whoosh3.W3PerDocWriter": ("_storedfields", "_fieldlengths", "_create_column", "_colwriters"),
    "whoosh.columns.NumericColumn": ("_pack", "_default", "_defaultbytes", "_dbfile"),  # its Writer's
    "whoosh.codec.whoosh3.W3PostingsWriter": ("_blocklimit", "_compression", "_byteids"),
    "whoosh.codec.whoosh3.W3LeafMatcher": (
        "_data", "_read_data", "_byteids", "_blocklength", "_read_values", "_values", "_next_block",
    ),
    "whoosh.writing.SegmentWriter": (
        "_check_state", "_check_fields", "_added", "_flush_segment", "_finalize_segment", "_finish", "_merge_segments",
        "_close_segment", "_commit_toc", "fieldwriter", "perdocwriter", "docnum", "_tempstorage",
    ),
    "whoosh.codec.whoosh3.W3FieldWriter": ("_postwriter", "_postfile", "_tindex", "_fieldid"),
    "whoosh.filedb.filetables.HashWriter": ("dbfile", "hashtype", "buckets", "_write_hashes"),
    "whoosh.filedb.filetables.OrderedHashWriter": ("index", "lastkey"),
    "whoosh.reading.SegmentReader": ("_perdoc", "_gen", "_terms"),
    "whoosh.codec.whoosh3.W3TermsReader": ("_postfile",),
    "whoosh.index.FileIndex": ("_read_toc",),
    "whoosh.searching.Searcher": ("_ix",),
    "whoosh.scoring.BM25F": ("_field_B",),
    "whoosh.query.Prefix": ("_btexts",),
    "whoosh.query.Wildcard": ("_btexts",),
    "whoosh.query.TermRange": ("_btexts",),
    "whoosh.matching.binary.AndNotMatcher": ("_find_first", "_find_next"),
    "whoosh.lang.porter": (
        "_mgr0", "_meq1", "_mgr1", "_s_v", "_c_v", "_ed_ing", "_at_bl_iz", "_step1b", "_step2", "_step3", "_step4_1",
        "_step4_2", "_step5", "_step2list", "_step3list",
    ),
}  # fmt: skip
