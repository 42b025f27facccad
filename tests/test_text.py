from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuiarchive.text import NotText, clean_line, decode_bytes, display, headline_key, strip_controls


def test_utf8_plain_and_with_bom() -> None:
    assert decode_bytes("Café – “quotes”".encode()).encoding == "utf-8"
    decoded = decode_bytes(b"\xef\xbb\xbfHello world")
    assert decoded.text == "Hello world"
    assert decoded.encoding == "utf-8-sig"


def test_utf16_with_bom() -> None:
    decoded = decode_bytes("Kyiv talks resume".encode("utf-16"))
    assert decoded.text == "Kyiv talks resume"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le café est naïve — “oui” coûte 5 €, déjà vu à Zürich.", "cp1252"),
        ("Президент заявил, что переговоры продолжатся в пятницу утром.", "cp1251"),
    ],
)
def test_legacy_encodings_are_detected(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == text


def test_a_lone_latin1_pound_sign_is_not_cyrillic() -> None:
    data = "a £15.8m signing from Parma".encode("latin-1")
    decoded = decode_bytes(data)
    assert "£15.8m" in decoded.text


def test_mostly_utf8_with_one_bad_byte_stays_utf8() -> None:
    data = ("Zelensky said “the talks” went well — " * 20).encode() + b"\xff"
    decoded = decode_bytes(data)
    assert decoded.encoding.startswith("utf-8")
    assert "“the talks”" in decoded.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"hello\x00world" * 10, "NUL"),
        (bytes(range(1, 9)) * 200, "control characters"),
    ],
)
def test_non_text_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)


def test_crlf_is_not_binary() -> None:
    decoded = decode_bytes(b"Headline\r\n\r\nBody text here.\r\n" * 50)
    assert "Body text here." in decoded.text


def test_strip_controls_removes_escapes_and_controls() -> None:
    hostile = "a\x1b[31mred\x1b[0m b\x1b]52;c;ZXZpbA==\x07c \x1b]0;title\x1b\\d \u202eevil\x07\x00"
    cleaned = strip_controls(hostile)
    assert "\x1b" not in cleaned
    assert "\x07" not in cleaned and "\x00" not in cleaned and "\u202e" not in cleaned
    assert cleaned.startswith("ared b")
    assert "ZXZpbA" not in cleaned  # the OSC 52 payload is gone with its sequence


def test_clean_line_handles_spaces_and_invisible_characters() -> None:
    assert clean_line("  Russia\u00a0fines\u200b Google\t$206M  ") == "Russia fines Google $206M"
    assert clean_line("F&#244;n &amp; co") == "Fôn & co"


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("plain words", "plain words"),
        ("two  spaces", "two spaces"),
        (" leading", "leading"),
        ("trailing ", "trailing"),
        ("a\tb", "a b"),
        ("a\x0bb\x0cc", "abc"),
        ("red\x1b[31m text\x7f", "red text"),
        ("", ""),
        (" ", ""),
    ],
)
def test_clean_line_on_ascii_lines(line: str, clean: str) -> None:
    """ASCII lines take a shortcut (a printable one without a run of spaces is returned as it is):
    spaces, tabs and controls still come out as before."""
    assert clean_line(line) == clean


def test_strip_controls_keeps_clean_ascii_text_and_cleans_the_rest() -> None:
    clean = "Line one.\nLine two, with words.\n\nLine four."
    assert strip_controls(clean) is clean  # nothing to remove: the text itself
    assert strip_controls("a\tb\r\nc\rd\x1b[1me\x07\nf") == "a b\nc\nde\nf"
    assert strip_controls("x\x7f\ny") == "x\ny"


def test_display_keeps_edges() -> None:
    assert display(" road and ") == " road and "


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ukraine’s “victory” — what next", 'ukraine\'s "VICTORY" - what  next'),
        ("Dresk council approves bridge", "Dresk council approves bridge - The Dresk Ledger"),
        ("Dresk council approves bridge", "Dresk council approves bridge | The Dresk Ledger"),
    ],
)
def test_headline_key_ignores_case_quotes_dashes_and_site_suffix(a: str, b: str) -> None:
    assert headline_key(a) == headline_key(b)


def test_headline_key_keeps_different_headlines_apart() -> None:
    assert headline_key("Kyiv talks resume") != headline_key("Kyiv talks collapse")


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("£5bn café", "£5bn café"),  # nothing to strip: the line as it is
        ("£5bn\tcafé", "£5bn café"),
        ("caf\u00e9\x85 bar\x9b", "café bar"),  # C1 controls
        ("\u202eévil\u2069 text", "évil text"),  # bidi overrides
        ("Zero\u200bwidth\u00ad £", "Zerowidth £"),
        ("é\r\nline", "é line"),
        ("é\x1b[31mred", "éred"),
    ],
)
def test_clean_line_on_other_lines(line: str, clean: str) -> None:
    """Lines beyond ASCII with nothing to strip take a shortcut too: what there is to strip still goes."""
    assert clean_line(line) == clean


_PIECES = ["ab", "word", " ", "  ", "\n", "\t", "\r", "&amp;", "&#x20;", "&", "\x1b[1m", "\x00", "\x7f", "\x85", "é",
           "\u200b", "\u202e", "\u00ad", "\ufeff", "’", "\u00a0", "&#27;[1m", "&#8203;", "&shy;",
           "&#x202e;", "\u2003", "\u3000", "\u2028", "\x1c", " é ", "é  é"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join) | st.text(max_size=40))
def test_split_lines_cleans_each_line_of_the_stripped_text(text: str) -> None:
    """split_lines takes printable ASCII (most files) without strip_controls' and clean_line's
    own checks a line: the lines are the same as theirs, "&amp;" and runs of spaces included."""
    from tuiarchive.text import _PRINTABLE_NL_TAB, _plain_ascii, split_lines

    assert split_lines(text) == [clean_line(line) for line in strip_controls(text).split("\n")]
    assert _plain_ascii(text) == (text.isascii() and text.replace("\n", "").isprintable())
    plain_or_tab = text.isascii() and text.replace("\n", "").replace("\t", "").isprintable()
    assert _plain_ascii(text, _PRINTABLE_NL_TAB) == plain_or_tab


def _clean_line_in_full(line: str) -> str:
    """clean_line as it was written before its shortcut for printable lines beyond ASCII."""
    import html

    from tuiarchive.text import _ENTITY_RE, _ZERO_WIDTH_RE, _ZERO_WIDTH_TABLE

    if line.isascii() and line.isprintable() and "&" not in line:
        return " ".join(line.split())
    if "&" in line and _ENTITY_RE.search(line):
        line = html.unescape(line)
    if not line.isascii() and _ZERO_WIDTH_RE.search(line):
        line = line.translate(_ZERO_WIDTH_TABLE)
    return " ".join(strip_controls(line).split())


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join) | st.text(max_size=40))
def test_clean_line_takes_a_printable_line_as_it_is(text: str) -> None:
    """A printable line without "&" holds nothing to strip, whatever its script (every control,
    bidi override, zero-width character and space but " " is unprintable): only its spaces count."""
    assert clean_line(text) == _clean_line_in_full(text)
