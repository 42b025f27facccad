"""`tuiarchive --help` and `tuiarchive CMD --help` without typer (issue 12): the text typer prints, made
from the same declarations (commandline.py).

Importing typer and building the app cost ~20 ms of a --help's ~85 (more than the 80 ms target): most
of it (inspect, ast, dis, the vendored click, subprocess, uuid ...) for a page of text that depends
only on the declarations and the terminal's width. This writes that page as typer 0.28 writes it
with `rich_markup_mode=None` (its vendored click's HelpFormatter, and typer's help records for
options and arguments: metavars, defaults, ranges, "required"), for the declarations the lean path
reads (commandline._params). Anything else (a setting of the app it does not know, a command the
lean path leaves to typer, `python -m`) gives None, and typer prints the help. tests/test_layers.py
holds the two to the same text, for every command and several widths.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from typing import Any

from .commandline import _REQUIRED, Argument, Commands, _Param, _params

# What typer adds to every app (add_completion=True) and command, in its words.
_COMPLETION = (
    ("--install-completion", "Install completion for the current shell."),
    ("--show-completion", "Show completion for the current shell, to copy it or customize the installation."),
)
_HELP = ("--help", "Show this message and exit.")
_APP_SETTINGS = {"name", "help", "no_args_is_help", "rich_markup_mode", "pretty_exceptions_enable"}
_ROOT_SETTINGS = {"invoke_without_command"}
_TYPE_NAMES = {str: "str", int: "int", Path: "path"}


def help_text(commands: Commands, settings: dict[str, Any], named: str | None) -> str | None:
    """The help of the app (named None) or of the command `named`, as typer prints it; None
    when typer must say it."""
    if (
        commands.root is None
        or not set(settings) <= _APP_SETTINGS
        or settings.get("rich_markup_mode", "rich") is not None  # else typer uses rich when installed
        or not set(commands.root_settings) <= _ROOT_SETTINGS
    ):
        return None
    prog = _program_name()
    out = _Formatter(_width())
    if named is None:
        params = _params(commands.root)
        docs = [(name, _cleandoc(func.__doc__)) for name, func in commands.named.items()]
        if params is None or any(doc is None for _, doc in docs):
            return None
        records = _records(params)
        if records is None:
            return None
        out.usage(prog, "[OPTIONS] COMMAND [ARGS]...")
        out.help(_cleandoc(settings.get("help")) or "")
        out.options([], [*records, *_COMPLETION, _HELP])
        if docs:
            limit = out.width - 6 - max(len(name) for name, _ in docs)  # click: 3 times the spacing
            out.definitions("Commands", [(name, _short_help(doc or "", limit)) for name, doc in docs])
        return out.text()
    func = commands.named.get(named)
    params = _params(func) if func is not None else None
    doc = _cleandoc(func.__doc__) if func is not None else None
    records = _records(params) if params is not None else None
    if params is None or records is None or doc is None:
        return None
    arguments = [p for p in params if isinstance(p.declared, Argument)]
    out.usage(f"{prog} {named}", " ".join(["[OPTIONS]", *(_argument_usage(p) for p in arguments)]))
    out.help(doc)
    declared = list(zip(_declared(params), records, strict=True))
    out.options(
        [record for p, record in declared if isinstance(p.declared, Argument)],
        [*(record for p, record in declared if not isinstance(p.declared, Argument)), _HELP],
    )
    return out.text()


def _declared(params: list[_Param]) -> list[_Param]:
    return [p for p in params if p.declared is not None]  # the Context is no parameter of click's


# ---------------------------------------------------------------------- typer's help records
def _records(params: list[_Param]) -> list[tuple[str, str]] | None:
    """Each declared parameter's (name, help) as typer's TyperOption/TyperArgument.get_help_record
    gives them; None when one needs what this does not know."""
    records = []
    for p in _declared(params):
        record = _argument_record(p) if isinstance(p.declared, Argument) else _option_record(p)
        if record is None:
            return None
        records.append(record)
    return records


def _argument_record(p: _Param) -> tuple[str, str] | None:
    metavar = p.declared.settings.get("metavar")
    name = metavar if metavar is not None else p.name + ("..." if p.many else "")
    extra = _default_extra(p)
    if extra is None:
        return None
    return name, _with_extra(p.declared.settings.get("help"), extra)  # (an argument's help is not cleaned)


def _argument_usage(p: _Param) -> str:
    required = p.default is _REQUIRED
    metavar = p.declared.settings.get("metavar")
    if metavar is not None:
        return metavar if metavar.startswith("[") else f"{{{metavar}}}" if required else f"[{metavar}]"
    return (f"{{{p.name}}}" if required else f"[{p.name}]") + ("..." if p.many else "")


def _option_record(p: _Param) -> tuple[str, str] | None:
    settings = p.declared.settings
    firsts, seconds = [], []
    for decl in p.declared.decls:
        first, slash, second = decl.partition("/")
        firsts.append(first.rstrip() if slash else decl)
        if slash:
            seconds.append(second.lstrip())
    if not firsts or any(not d.startswith("-") for d in firsts + seconds):
        return None
    flag = p.kind is bool
    ranged = p.kind is int and (settings.get("min") is not None or settings.get("max") is not None)
    if not ranged and (settings.get("min") is not None or settings.get("max") is not None):
        return None  # a range on what is no int: typer's
    metavar = settings.get("metavar")
    if metavar is None and not flag:
        metavar = f"<{_TYPE_NAMES[p.kind]}{' range' if ranged else ''}>"
    names = [_join_options(opts) + ("" if flag else f" {metavar}") for opts in (firsts, seconds) if opts]
    extra = _default_extra(p, flag=flag, on=firsts[0], off=seconds[0] if seconds else None)
    if extra is None:
        return None
    if ranged:
        extra.append(_describe_range(settings.get("min"), settings.get("max")))
    return " / ".join(names), _with_extra(_cleandoc(settings.get("help")), extra)


def _default_extra(p: _Param, flag: bool = False, on: str = "", off: str | None = None) -> list[str] | None:
    """'default: ...' and 'required' as typer words them (core._get_default_string)."""
    shown = p.declared.settings.get("show_default", True)
    default = None if p.default is _REQUIRED else p.default
    extra = []
    if isinstance(shown, str):
        extra.append(f"default: ({shown})")
    elif default is not None and shown:
        if isinstance(default, (list, tuple)) or callable(default) or not isinstance(default, (bool, int, str, Path)):
            return None  # a list, a function, an Enum: typer's
        if flag and off is not None:
            text = _split_opt(on if default else off)[1]
        elif flag and not default:
            text = ""
        else:
            text = str(default)
        if text:
            extra.append(f"default: {text}")
    if p.default is _REQUIRED:
        extra.append("required")
    return extra


def _with_extra(help: str | None, extra: list[str]) -> str:
    help = help or ""
    if not extra:
        return help
    extra_str = f"[{'; '.join(extra)}]"
    return f"{help}  {extra_str}" if help else extra_str


def _describe_range(low: int | None, high: int | None) -> str:
    if low is None:
        return f"x<={high}"
    if high is None:
        return f"x>={low}"
    return f"{low}<=x<={high}"


def _split_opt(opt: str) -> tuple[str, str]:
    first = opt[:1]
    if first.isalnum():
        return "", opt
    if opt[1:2] == first:
        return opt[:2], opt[2:]
    return first, opt[1:]


def _join_options(options: list[str]) -> str:
    return ", ".join(sorted(options, key=lambda opt: len(_split_opt(opt)[0])))


def _short_help(help: str, max_length: int) -> str:
    """click's make_default_short_help: the first sentence, or words up to the limit and '...'."""
    words = help.partition("\n\n")[0].split()
    if not words:
        return ""
    if words[0] == "\b":
        words = words[1:]
    total_length = 0
    last_index = len(words) - 1
    for i, word in enumerate(words):  # i is read after the loop
        total_length += len(word) + (i > 0)
        if total_length > max_length:
            break
        if word[-1] == ".":
            return " ".join(words[: i + 1])
        if total_length == max_length and i != last_index:
            break
    else:
        return " ".join(words).strip()
    total_length += len("...")
    while i > 0:
        total_length -= len(words[i]) + (i > 0)
        if total_length <= max_length:
            break
        i -= 1
    return (" ".join(words[:i]) + "...").strip()


# ---------------------------------------------------------------------- click's HelpFormatter
class _Wrapper(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int) -> None:
        space_left = max(width - cur_len, 1)  # click's: cut where the line ends, hyphen or not
        last = reversed_chunks[-1]
        cur_line.append(last[:space_left])
        reversed_chunks[-1] = last[space_left:]


def _wrap(
    text: str, width: int, initial_indent: str = "", subsequent_indent: str = "", paragraphs: bool = False
) -> str:
    text = text.expandtabs()

    def wrapper(extra: str = "") -> _Wrapper:
        return _Wrapper(width, initial_indent=initial_indent + extra, subsequent_indent=subsequent_indent + extra,
                        replace_whitespace=False)  # fmt: skip

    if not paragraphs:
        return wrapper().fill(text)
    found: list[tuple[int, bool, str]] = []
    buf: list[str] = []
    indent: int | None = None

    def flush() -> None:
        if buf:
            raw = buf[0].strip() == "\b"
            found.append((indent or 0, raw, "\n".join(buf[1:]) if raw else " ".join(buf)))
            del buf[:]

    for line in text.splitlines():
        if not line:
            flush()
            indent = None
        else:
            if indent is None:
                stripped = line.lstrip()
                indent, line = len(line) - len(stripped), stripped
            buf.append(line)
    flush()
    done = []
    for indent, raw, par in found:
        w = wrapper(" " * indent)
        if raw:
            done.append("\n".join(w.initial_indent + line for line in par.splitlines()))  # \b: not rewrapped
        else:
            done.append(w.fill(par))
    return "\n\n".join(done)


class _Formatter:
    def __init__(self, width: int) -> None:
        self.width = width
        self.buffer: list[str] = []

    def usage(self, prog: str, args: str) -> None:
        prefix = f"Usage: {prog} "
        if self.width >= len(prefix) + 20:
            self.buffer.append(_wrap(args, self.width, prefix, " " * len(prefix)))
        else:
            indent = " " * (len("Usage: ") + 4)  # the arguments on a line of their own
            self.buffer += [prefix, "\n", _wrap(args, self.width, indent, indent)]
        self.buffer.append("\n")

    def help(self, text: str) -> None:
        text = text.partition("\f")[0]
        if text:
            self.buffer += ["\n", _wrap(text, self.width, "  ", "  ", paragraphs=True), "\n"]

    def options(self, arguments: list[tuple[str, str]], options: list[tuple[str, str]]) -> None:
        if arguments:
            self.definitions("Arguments", arguments)
        if options:
            self.definitions("Options", options)

    def definitions(self, heading: str, rows: list[tuple[str, str]]) -> None:
        """A section: its heading, then click's write_dl at an indent of 2."""
        if not rows:
            return
        self.buffer += ["\n", f"{heading}:\n"]
        first_col = min(max(len(first) for first, _ in rows), 30) + 2
        for first, second in rows:
            self.buffer.append(f"  {first}")
            if not second:
                self.buffer.append("\n")
                continue
            if len(first) <= first_col - 2:
                self.buffer.append(" " * (first_col - len(first)))
            else:
                self.buffer += ["\n", " " * (first_col + 2)]
            lines = _wrap(second, max(self.width - first_col - 2, 10), paragraphs=True).splitlines()
            self.buffer.append(f"{lines[0]}\n" if lines else "\n")
            self.buffer += [f"{'':>{first_col + 2}}{line}\n" for line in lines[1:]]

    def text(self) -> str:
        return "".join(self.buffer).rstrip("\n")


# ---------------------------------------------------------------------- what click reads from the process
def _width() -> int:
    """click's HelpFormatter width: the terminal's (shutil.get_terminal_size, without importing
    shutil), at most 80, less 2, at least 50."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return max(min(columns, 80) - 2, 50)


def _program_name() -> str:
    """click's _detect_program_name: the script's name, or `python -m package`."""
    main = sys.modules["__main__"]
    path = sys.argv[0]
    package = getattr(main, "__package__", None)
    if package in {None, ""} or (
        os.name == "nt" and package == "" and not os.path.exists(path) and os.path.exists(f"{path}.exe")
    ):
        return os.path.basename(path)
    name = os.path.splitext(os.path.basename(path))[0]
    module = package if name == "__main__" else f"{package}.{name}"
    return f"python -m {module.lstrip('.')}"


def _cleandoc(doc: str | None) -> str | None:
    """inspect.cleandoc, without importing inspect (with ast, dis, tokenize: ~7 ms)."""
    if doc is None:
        return None
    lines = doc.expandtabs().split("\n")
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()), default=0)
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
