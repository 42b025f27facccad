"""The CLI's styled lines (tuiarchive/styled.py): styles on a terminal only, as rich decided."""

from __future__ import annotations

import io

import pytest

from tuiarchive.styled import Output


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _printed(monkeypatch: pytest.MonkeyPatch, stream: io.StringIO, **env: str) -> str:
    for name in ("FORCE_COLOR", "NO_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdout", stream)
    Output().print("  ", ("title", "bold yellow"), " plain", style="")
    Output().print("all dim", style="dim")
    return stream.getvalue()


def test_a_terminal_gets_the_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _printed(monkeypatch, _Terminal()) == "  \x1b[1;33mtitle\x1b[0m plain\n\x1b[2mall dim\x1b[0m\n"


def test_a_pipe_gets_plain_text_unless_colour_is_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _printed(monkeypatch, io.StringIO()) == "  title plain\nall dim\n"
    assert "\x1b[1;33mtitle" in _printed(monkeypatch, io.StringIO(), FORCE_COLOR="1")


def test_no_color_keeps_bold_and_dim_and_a_dumb_terminal_gets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _printed(monkeypatch, _Terminal(), NO_COLOR="1") == "  \x1b[1mtitle\x1b[0m plain\n\x1b[2mall dim\x1b[0m\n"
    assert _printed(monkeypatch, _Terminal(), TERM="dumb") == "  title plain\nall dim\n"
