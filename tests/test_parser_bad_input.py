"""Files that are not articles are refused with a reason; odd ones are still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive.parser import NotAnArticle, parse_file

ARTICLE = (
    "Harbour ferry resumes service\n"
    "March 3, 2025 9:14 AM\n"
    "The ferry between the two harbours resumed service on Monday after a week of repairs, "
    "the operator said in a statement.\n"
    "Passengers queued from early morning, and the first crossing left on time at 6:40.\n"
)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\n\n   \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2048), "PNG"),
        (bytes(range(256)) * 10, "binary"),
        (b"Home\nNews\nSport\nShare\nFacebook\nTwitter\nSubscribe\n", "no"),
        (b"a,b,c\n1,2,3\n4,5,6\n7,8,9\n", "no"),
    ],
)
def test_not_articles(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    with pytest.raises(NotAnArticle, match=reason):
        parse_file(path)


def test_a_missing_file_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(NotAnArticle, match="not found"):
        parse_file(tmp_path / "gone.txt")


def test_a_directory_is_a_reason(tmp_path: Path) -> None:
    with pytest.raises(NotAnArticle):
        parse_file(tmp_path)


def test_a_file_over_the_size_limit_is_refused_without_reading(tmp_path: Path) -> None:
    from tuiarchive.parser import read_file_bytes

    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(NotAnArticle, match="too large"):
        read_file_bytes(path)


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        lambda s: s.encode("cp1252"),
        lambda s: s.encode("utf-16"),
    ],
    ids=["utf8", "bom", "crlf", "cp1252", "utf16"],
)
def test_the_same_article_in_any_encoding(tmp_path: Path, encode) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(encode(ARTICLE))
    article = parse_file(path)
    assert article.title == "Harbour ferry resumes service"
    assert article.published_iso() == "2025-03-03T09:14"
    assert article.body[0].startswith("The ferry between the two harbours")


def test_invisible_characters_and_hostile_text_are_data(tmp_path: Path) -> None:
    text = ARTICLE.replace("ferry between", "ferry\u00a0between\u200b") + (
        "He wrote [bold red]alarm[/] and \x1b]52;c;aGk=\x07 then \x1b[2J cleared it.\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = parse_file(path)
    joined = "\n".join(article.body)
    assert "ferry between the two" in joined
    assert "[bold red]alarm[/]" in joined  # markup stays literal text
    assert "\x1b" not in joined and "\x07" not in joined


def test_a_one_megabyte_line_is_read_in_bounded_time(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Long line story\nMarch 3, 2025\n" + ("word " * 200_000) + ".\n", encoding="utf-8")
    article = parse_file(path)
    assert article.title == "Long line story"
