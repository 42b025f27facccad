"""Bytes to clean text: encoding detection, invisible characters, control characters.

Everything that reaches the parser, the index or the screen goes through here, so the
rules for "what is text" live in one place.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Files larger than this are not read: no saved news page comes close, and reading a
# multi-gigabyte dump into memory to find that out would be a waste.
MAX_FILE_BYTES = 16 * 1024 * 1024

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH), None)
_ZERO_WIDTH_RE = re.compile("[" + re.escape(ZERO_WIDTH) + "]")  # is there one to delete (a translate costs more)

# C0 and C1 controls except tab/newline, plus DEL. ESC is among them, so ANSI and OSC
# escape sequences lose their introducer; their leftovers are removed by _ESCAPE_RE first.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# ANSI CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and other two-byte escapes.
_ESCAPE_RE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, terminated or not
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS/SOS/PM/APC strings
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x9d[^\x07\x9c]*(?:\x07|\x9c)?"  # 8-bit OSC
)
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Bidirectional overrides can make text display in a different order than it is stored.
_BIDI_RE = re.compile("[\u202a-\u202e\u2066-\u2069]")
# any character strip_controls removes or replaces (controls with tab and CR, bidi overrides):
# a line without one is left as it is, with no pass of the four patterns over it
_TO_STRIP_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class NotText(ValueError):
    """The bytes are not a text article (binary, empty, too large); str(exc) says why."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and the encoding it was read in."""

    text: str
    encoding: str


_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"SQLite format 3", "an SQLite database"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
]


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a file's bytes, detecting the encoding. Raises NotText with a reason."""
    if not data.strip():
        raise NotText("empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotText(f"binary file ({what})")
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise NotText("binary file (broken UTF-16)") from exc
    head = data[:65536]
    if head.count(b"\x00") > 0:
        utf16 = _utf16_without_bom(head)
        if utf16:
            try:
                return _checked(data.decode(utf16), f"{utf16} (no BOM)")
            except UnicodeDecodeError as exc:
                raise NotText("binary file (broken UTF-16)") from exc
        raise NotText("binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _checked(*_decode_legacy(data, utf8_error))


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a byte order mark: mostly Latin text has a NUL as every second
    byte, on the odd positions (little endian) or the even ones (big endian)."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 8:
        return None
    half = len(sample) // 2
    even_nul, odd_nul = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nul > 0.6 * half and even_nul < 0.02 * half:
        return "utf-16-le"
    if even_nul > 0.6 * half and odd_nul < 0.02 * half:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Pick between the 8-bit encodings people's files really come in.

    A file that is almost UTF-8 (one stray byte in a long text) stays UTF-8 with the bad
    byte replaced; otherwise cp1252 and cp1251 are both tried and the one whose non-ASCII
    letters form plausible words wins.
    """
    bad, bad_bytes = _count_utf8_errors(data)
    high = sum(1 for b in data if b >= 0x80)
    valid_multibyte = high - bad_bytes
    if valid_multibyte > 4 * bad and bad <= 3:
        return data.decode("utf-8", errors="replace"), "utf-8 (with invalid bytes replaced)"
    # a few runs of bad bytes in a text whose other non-ASCII characters are valid UTF-8
    # (a mangled copy and paste): still UTF-8. In cp1251/cp1252 text almost no high byte
    # forms a valid UTF-8 sequence, and nearly every one is a bad byte: so a file whose bad
    # bytes are a small share of it, with valid UTF-8 characters beside them, is UTF-8 however
    # few those are (an English article with three "£" and three bad runs), and failing that
    # the valid characters decide.
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd")
    valid = sum(1 for ch in replaced if ch > "\x7f") - invalid
    if valid >= 1 and bad <= MAX_UTF8_ERRORS and bad_bytes <= UTF8_BAD_SHARE * len(data):
        return replaced, "utf-8 (with invalid bytes replaced)"
    if valid >= 10 and valid >= 3 * invalid:
        return replaced, "utf-8 (with invalid bytes replaced)"
    candidates: list[tuple[float, str, str]] = []
    for enc in ("cp1252", "cp1251"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if not candidates:
        return data.decode("latin-1"), "latin-1"
    candidates.sort(key=lambda c: c[0], reverse=True)
    _, enc, text = candidates[0]
    return text, enc


UTF8_BAD_SHARE = 0.005  # bad bytes in at most this share of a file with valid UTF-8 characters: UTF-8
MAX_UTF8_ERRORS = 50  # counted up to this many invalid sequences (more: not "a few")


def _count_utf8_errors(data: bytes) -> tuple[int, int]:
    """How many invalid UTF-8 sequences, and how many bytes they hold (counting stops past
    MAX_UTF8_ERRORS)."""
    errors = bad_bytes = 0
    pos = 0
    view = memoryview(data)
    while True:
        try:
            str(view[pos:], "utf-8")
            return errors, bad_bytes
        except UnicodeDecodeError as exc:
            errors += 1
            bad_bytes += exc.end - exc.start
            pos += exc.end
            if errors > MAX_UTF8_ERRORS:
                return errors, bad_bytes


def _plausibility(text: str) -> float:
    """Score how natural the non-ASCII letters of a decoding look.

    In the right decoding, non-ASCII letters sit inside words of one script: Cyrillic words
    are wholly Cyrillic, accented Latin letters sit among ASCII letters. A wrong decoding
    produces words mixing scripts, runs of accented capitals, or C1 controls.
    """
    score = 0.0
    for word in re.findall(r"\w+", text):
        if word.isascii():
            continue
        cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        latin_ext = sum(1 for ch in word if "\u00c0" <= ch <= "\u024f")
        # digits count as ASCII here: "Ј15" (cp1251 for "£15") is no Cyrillic word
        ascii_letters = sum(1 for ch in word if ch.isascii() and ch.isalnum())
        if cyr and not latin_ext and not ascii_letters:
            score += 1.0 if len(word) > 1 else 0.2
        elif latin_ext and not cyr:
            # one or two accented letters inside a mostly-ASCII word is how Latin text looks
            if ascii_letters >= latin_ext:
                score += 1.0
            else:
                score -= 0.5
            # case flipping inside a word (ÏðèâåòÌèð) is a mis-decoding tell
            if sum(1 for a, b in itertools.pairwise(word) if a.islower() and b.isupper()):
                score -= 1.0
        else:
            score -= 1.0
    score -= 5 * len(re.findall(r"[\x80-\x9f]", text))
    return score


def _checked(text: str, encoding: str) -> DecodedText:
    """Reject decodings that are mostly control characters (binary data that decoded)."""
    sample = text[:65536]
    if _plain_ascii(sample, _PRINTABLE_NL_TAB):
        return DecodedText(text, encoding)  # no control character at all: no pass of the pattern
    # CR is a line ending and ESC starts escapes that are stripped later: neither is binary
    controls = len(_CONTROL_RE.findall(sample)) - sample.count("\x1b") - sample.count("\r")
    if sample and controls > max(8, len(sample) // 100):
        raise NotText("binary file (too many control characters)")
    return DecodedText(text, encoding)


# ASCII's printable characters (str.isprintable's, space included), and with them the newline (and tab)
_PRINTABLE_NL = bytes(range(0x20, 0x7F)) + b"\n"
_PRINTABLE_NL_TAB = _PRINTABLE_NL + b"\t"


def _plain_ascii(text: str, allowed: bytes = _PRINTABLE_NL) -> bool:
    """`text` is ASCII of `allowed` characters only: printable ones and newlines, as
    `text.isascii() and text.replace("\n", "").isprintable()` answers, in a fifth of the
    instructions (bytes.translate deletes what is allowed: nothing may be left; isprintable
    calls a function a character)."""
    return text.isascii() and not text.encode("ascii").translate(None, allowed)


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, control characters and bidi overrides.

    Tabs become spaces; newlines are kept. This is what makes text safe to print.
    """
    if _plain_ascii(text):  # nothing to remove: no pass over it
        return text
    if not _TO_STRIP_RE.search(text):
        return text
    text = _ESCAPE_RE.sub("", text)
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    return _BIDI_RE.sub("", text)


_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def clean_line(line: str) -> str:
    """One display line: entities decoded, controls and zero-width characters gone, spaces collapsed."""
    if line.isprintable() and "&" not in line:  # most lines: only the spaces to do
        # (every character the rest strips, every zero-width one and every space but " " is
        # unprintable): its only white space is " ", a line with no run of them and none at
        # its edges is clean
        if "  " in line or line[:1] == " " or line[-1:] == " ":
            return " ".join(line.split())
        return line
    if "&" in line and _ENTITY_RE.search(line):
        import html  # here: its table of entities is not needed for --help or a search

        line = html.unescape(line)  # pages saved with "F&#244;n", "&amp;", "&nbsp;"
    if not line.isascii() and _ZERO_WIDTH_RE.search(line):
        line = line.translate(_ZERO_WIDTH_TABLE)
    line = strip_controls(line)
    # str.split() splits on every Unicode space (no-break spaces too) and is fast
    return " ".join(line.split())


def display(text: object) -> str:
    """The sanitiser for the screen: every string the app or the CLI shows passes here
    (headlines, paths, names, notifications, errors). Escape sequences, control characters,
    bidi overrides and zero-width characters go; newlines become spaces; edges are kept, so
    pieces of a line (snippets) can be joined."""
    return strip_controls(str(text)).replace("\n", " ").translate(_ZERO_WIDTH_TABLE)


def one_line(text: object) -> str:
    """`display`, with runs of white space collapsed: a whole line (a path, an error)."""
    return " ".join(display(text).split())


def split_lines(text: str) -> list[str]:
    """Split on any newline convention, cleaning each line."""
    if _plain_ascii(text):  # most files: each line is printable ASCII, clean_line's first case
        return [_clean_plain(line) for line in text.split("\n")]
    text = strip_controls(text)
    if any(map(text.__contains__, ZERO_WIDTH)):
        return [clean_line(line) for line in text.split("\n")]
    return [_clean_stripped(line) for line in text.split("\n")]


def _clean_stripped(line: str) -> str:
    """clean_line of a line of a text that strip_controls has read and that holds no zero-width
    character (the text asked once, not each line by a pattern): only an entity, which may decode
    to anything, asks for the whole cleaning; strip_controls would find nothing left in the line."""
    if "&" in line and _ENTITY_RE.search(line):
        return clean_line(line)
    if line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " ":
        return line  # (every space str.split splits at but " " is unprintable): nothing to collapse
    return " ".join(line.split())


def _clean_plain(line: str) -> str:
    """clean_line of a line of printable ASCII (its checks made once for the whole text)."""
    if "&" in line:
        return clean_line(line)
    if "  " in line or line[:1] == " " or line[-1:] == " ":
        return " ".join(line.split())
    return line


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2026": "...",
    }
)
_SITE_SUFFIX_RE = re.compile(r"\s+[-|:]\s+([^-|:]{2,40})$")
_NON_WORD_RE = re.compile(r"[^\w]+")


@lru_cache(maxsize=8192)  # the parser folds each line of a page again and again (14 times on average)
def fold(text: str) -> str:
    """Case-, quote- and dash-insensitive form of a line, for comparing lines."""
    return _fold_keep_case(text).casefold()


def _fold_keep_case(text: str) -> str:
    text = clean_line(text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
        text = " ".join(text.split())
    return text


def _looks_like_site_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    if len(words) == 1 and "." in words[0]:
        return True  # a domain: "kten.com"
    return all(w[0].isupper() or w[0].isdigit() or w[0] in "#@" for w in words)


def headline_key(headline: str) -> str:
    """The normalised form used to match a related headline to an archived title.

    Case, quotes, dashes, white space and punctuation do not matter, nor does a trailing
    " - Site Name" that some pages append to headlines.
    """
    text = _fold_keep_case(headline)
    match = _SITE_SUFFIX_RE.search(text)
    if match and _looks_like_site_name(match.group(1)) and len(text[: match.start()].split()) >= 3:
        text = text[: match.start()]
    return _NON_WORD_RE.sub(" ", text.casefold()).strip()
