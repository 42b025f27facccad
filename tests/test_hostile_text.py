"""Issue 9, decoding: a UTF-8 file with a few runs of invalid bytes stays UTF-8 (with the
bad bytes replaced), and UTF-16 without a byte order mark is text, not "binary"."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from tuiarchive.parser import parse_file
from tuiarchive.text import decode_bytes

BRIDGE = SAMPLES / "2025-01-08-dresk-council-approves-olst-bridge.txt"
LATIN = "Prices rose to £15 in the café, a naïve résumé of the year. " * 20 + "\n"


@pytest.mark.parametrize("bad", [b"\xff\xfe\xfd", b"\x80\x81", b"\xc3", b"\xed\xa0\x80"])
def test_utf8_with_three_runs_of_invalid_bytes_stays_utf8(bad: bytes) -> None:
    data = LATIN.encode("utf-8")
    for word in (b"rose", b"year", b"Prices"):
        data = data.replace(word, word[:2] + bad + word[2:], 1)
    decoded = decode_bytes(data)
    assert decoded.encoding.startswith("utf-8")
    assert "£15" in decoded.text and "café" in decoded.text and "ВЈ" not in decoded.text
    assert decoded.text.count("\ufffd") >= 3


ENGLISH = (
    "The council approved the budget on Tuesday after a long debate about the harbour and the "
    "ferry, and the mayor said the town would keep the museum open through the winter. "
) * 16


def test_an_english_article_with_few_pound_signs_and_three_bad_runs_stays_utf8() -> None:
    """Few non-ASCII characters (three "£") and three runs of bad bytes: the bad bytes are a
    tiny share of the file, the other high bytes valid UTF-8: UTF-8, not cp1251 ("ВЈ5")."""
    words = ENGLISH.split(" ")
    for k, pound in zip((10, 60, 120), ("£5", "£12", "£300"), strict=True):
        words[k] = pound
    data = " ".join(words).encode("utf-8")
    for word, bad in ((b"harbour", b"\xff\xfe\x80"), (b"ferry", b"\xc3\x28"), (b"winter", b"\x80\x81\x82")):
        data = data.replace(word, word[:3] + bad + word[3:], 1)
    assert 2000 < len(data) < 3500
    decoded = decode_bytes(data)
    assert decoded.encoding.startswith("utf-8"), decoded.encoding
    assert "£5" in decoded.text and "£300" in decoded.text and "ВЈ" not in decoded.text
    # the same article saved as cp1252 (no valid UTF-8 in it) is still cp1252
    legacy = " ".join(words).encode("cp1252")
    assert decode_bytes(legacy).encoding == "cp1252" and "£5" in decode_bytes(legacy).text


def test_cp1251_and_cp1252_files_are_still_told_apart() -> None:
    russian = ("Президент заявил, что переговоры продолжатся в пятницу утром. " * 5).encode("cp1251")
    assert decode_bytes(russian).encoding == "cp1251"
    assert decode_bytes(LATIN.encode("cp1252")).encoding == "cp1252"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_an_article(tmp_path: Path, encoding: str) -> None:
    text = BRIDGE.read_text(encoding="utf-8")
    target = tmp_path / "utf16.txt"
    target.write_bytes(text.encode(encoding))  # no BOM: Python's utf-16-le/-be write none
    assert not target.read_bytes().startswith((b"\xff\xfe", b"\xfe\xff"))
    article = parse_file(target)
    assert article.encoding.startswith(encoding)
    assert article.title == parse_file(BRIDGE).title


def test_binary_with_nul_bytes_is_still_binary() -> None:
    from tuiarchive.text import NotText

    with pytest.raises(NotText, match="binary"):
        decode_bytes(bytes(range(256)) * 20)
