"""The command line's declarations, readable without typer (issue 12).

cli.py declares each command once, as a function whose parameters carry `Option(...)` and
`Argument(...)`: typer's own arguments, kept here until typer is loaded. From those same
declarations come both

- the typer app (`typer_app`): each command a typer command, its options typer's Options
  (help, usage errors, completion, everything a user reads), and
- the lean dispatch (`run_lean`): when the command line is plain (a command, its arguments,
  options spelt out in full, values that convert), the command's function is called
  straight away, without importing typer (~30 ms at every start: its import, click's, and
  building the command); and `--help`, `CMD --help` print typer's text from the same
  declarations (commandhelp.py). Whatever it does not take exactly as click would (an
  unknown or repeated option, a value out of range, `--`, an option's value that starts
  with a dash, a shell-completion request ...) goes to typer, which prints what it always
  printed. tests/test_layers.py holds both paths to the same output.

The commands' functions get a `Context` of our own (the root's --index and the command
named), not click's, and end with SystemExit, not typer.Exit, so they run without typer.
"""

from __future__ import annotations

import os
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Option:
    """`typer.Option(*decls, **settings)`, called when typer is loaded."""

    __slots__ = ("decls", "settings")
    typer_name = "Option"

    def __init__(self, *decls: str, **settings: Any) -> None:
        self.decls = decls
        self.settings = settings


class Argument(Option):
    """`typer.Argument(**settings)`."""

    __slots__ = ()
    typer_name = "Argument"


class Context:
    """What a command asks of its invocation: the --index given before the command, and the
    command named (None when the root runs alone). (Plain classes here: a dataclass costs
    about a millisecond to build at every start.)"""

    __slots__ = ("invoked_subcommand", "root_index")

    def __init__(self, root_index: str | None, invoked_subcommand: str | None) -> None:
        self.root_index = root_index
        self.invoked_subcommand = invoked_subcommand


class Commands:
    """The root callback and the commands, in the order of `--help`."""

    def __init__(self) -> None:
        self.root: Callable[..., Any] | None = None
        self.root_settings: dict[str, Any] = {}
        self.named: dict[str, Callable[..., Any]] = {}

    def callback(self, **settings: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            self.root, self.root_settings = func, settings
            return func

        return register

    def command(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            self.named[name] = func
            return func

        return register


# ---------------------------------------------------------------------- the lean dispatch
_REQUIRED = object()  # a parameter without a default
_LEAN_SETTINGS = {
    "help",
    "min",
    "max",
    "show_default",
    "callback",
    "is_eager",
    "metavar",
}  # what the lean path honours (metavar: help only)
_KINDS = (str, int, bool, Path)


class _Param:
    __slots__ = ("declared", "default", "kind", "many", "name")

    def __init__(self, name: str, kind: type, declared: Option | None, default: Any, many: bool) -> None:
        self.name = name  # the function's parameter
        self.kind = kind  # str, int, bool or Path
        self.declared = declared  # None: the Context
        self.default = default  # or _REQUIRED
        self.many = many  # an argument taking all the remaining words


def _params(func: Callable[..., Any]) -> list[_Param] | None:
    """The function's parameters, or None when one is beyond the lean path (a type or a
    setting it does not implement: then typer always runs that command)."""
    code, given = func.__code__, func.__defaults__ or ()
    names = code.co_varnames[: code.co_argcount]
    defaults = dict(zip(names[len(names) - len(given) :], given, strict=True))
    params = []
    for name in names:
        hint = func.__annotations__.get(name)
        if hint is Context:
            params.append(_Param(name, Context, None, None, False))
            continue
        if typing.get_origin(hint) is not typing.Annotated:
            return None
        base, *meta = typing.get_args(hint)
        declared = next((m for m in meta if isinstance(m, Option)), None)
        if declared is None or not set(declared.settings) <= _LEAN_SETTINGS:
            return None
        optional = isinstance(base, types.UnionType)
        kinds = [k for k in typing.get_args(base) if k is not type(None)] if optional else [base]
        many = len(kinds) == 1 and typing.get_origin(kinds[0]) is list and isinstance(declared, Argument)
        kind = typing.get_args(kinds[0])[0] if many else kinds[0]
        if len(kinds) != 1 or kind not in _KINDS or (kind is bool and isinstance(declared, Argument)):
            return None
        if kind is not bool and any("/" in d for d in declared.decls):
            return None
        params.append(_Param(name, kind, declared, defaults.get(name, _REQUIRED), many))
    return params


class _NotLean(Exception):
    """The command line is not one the lean path takes exactly as click would."""


def _convert(param: _Param, text: str) -> Any:
    if text.startswith("-") and text != "-":  # click may read it as an option: let it say
        raise _NotLean
    if param.kind is int:
        try:
            number = int(text)
        except ValueError:
            raise _NotLean from None
        settings = param.declared.settings if param.declared else {}
        low, high = settings.get("min"), settings.get("max")
        if (low is not None and number < low) or (high is not None and number > high):
            raise _NotLean
        return number
    if param.kind is Path:
        # typer's Path is click.Path(readable=True): an existing path it cannot read is an error
        if os.path.exists(text) and not os.access(text, os.R_OK):
            raise _NotLean
        return Path(text)
    return text


def _parse(params: list[_Param], words: list[str], command: bool) -> tuple[dict[str, Any], int]:
    """The values of the parameters from `words`, the Context left out. For the root
    (command False), up to the first word that is not an option: the command's name.
    Returns the values and how many words were read; _NotLean when click must read them."""
    options: dict[str, tuple[_Param, bool | None]] = {}
    for p in params:
        if p.declared is None or isinstance(p.declared, Argument):
            continue
        for decl in p.declared.decls:
            on, _, off = decl.partition("/")
            options[on] = (p, True if p.kind is bool else None)
            if off:
                options[off] = (p, False)
    values: dict[str, Any] = {}
    loose: list[str] = []  # the words that are not options: the arguments
    at = 0
    while at < len(words):
        word = words[at]
        if word == "--":
            raise _NotLean
        if not word.startswith("-") or word == "-":
            if not command:
                break
            loose.append(word)
            at += 1
            continue
        name, eq, text = word.partition("=") if word.startswith("--") else (word, "", "")
        if name not in options:
            raise _NotLean  # --help, an unknown option, -n5, -qj: click's to read
        param, flag = options[name]
        if param.name in values:
            raise _NotLean  # given twice
        if flag is not None:
            if eq:
                raise _NotLean
            values[param.name] = flag
        else:
            if not eq:
                if at + 1 >= len(words):
                    raise _NotLean
                at += 1
                text = words[at]
            values[param.name] = _convert(param, text)
        at += 1
    for param in params:
        if isinstance(param.declared, Argument):
            if param.many:
                if loose:  # none: its default below, or click's "missing argument"
                    values[param.name] = [_convert(param, w) for w in loose]
                loose = []
            elif loose:
                values[param.name] = _convert(param, loose.pop(0))
        if param.declared is not None and param.name not in values:
            if param.default is _REQUIRED:
                raise _NotLean  # a missing argument: click says so
            values[param.name] = param.default
    if loose:
        raise _NotLean  # more arguments than declared
    return values, at


def run_lean(commands: Commands, words: list[str], settings: dict[str, Any] | None = None) -> bool:
    """Run the command named in `words` without typer; False (nothing done) when typer must.
    `tuiarchive --help` and `tuiarchive CMD --help` print the help typer would (commandhelp.py),
    given the app's `settings` (typer.Typer's)."""
    if commands.root is None or any(k.endswith("_COMPLETE") for k in os.environ):
        return False  # a shell asking for completions: click's
    if settings is not None and words[-1:] == ["--help"] and len(words) <= 2:
        from .commandhelp import help_text

        text = help_text(commands, settings, words[0] if len(words) == 2 else None)
        if text is None:
            return False
        _ended_as_typer_ends(lambda: _echo(text))
        return True
    root_params = _params(commands.root)
    if root_params is None:
        return False
    try:
        root_values, at = _parse(root_params, words, command=False)
        func = commands.named[words[at]] if at < len(words) else None
        params = _params(func) if func is not None else None
        if func is None or params is None:
            return False
        values, _ = _parse(params, words[at + 1 :], command=True)
    except (_NotLean, KeyError):
        return False
    for param in root_params:
        callback = param.declared.settings.get("callback") if param.declared else None
        if callback is not None and root_values[param.name] != param.default:
            return False  # --version given: typer's (not given, click calls it with the default: _invoke)
    ctx = Context(root_values.get("index"), words[at])
    for params_of, values_of in ((root_params, root_values), (params, values)):
        values_of.update({p.name: ctx for p in params_of if p.declared is None})
    _invoke(commands.root, root_values, func, values, root_params)
    return True


def _invoke(
    root: Callable[..., Any], root_values: dict[str, Any], func: Callable[..., Any], values: dict[str, Any],
    root_params: list[_Param],
) -> None:  # fmt: skip
    """As typer's main runs a command: the root's option callbacks and the root callback, then
    the command; Ctrl-C is status 130, end of input 'Aborted!' (status 1), a closed pipe
    status 1 without a word (typer.core._main)."""

    def run() -> None:
        for param in root_params:
            callback = param.declared.settings.get("callback") if param.declared else None
            if callback is not None:
                callback(root_values[param.name])
        root(**root_values)
        func(**values)

    _ended_as_typer_ends(run)


def _echo(text: str) -> None:
    """click's echo of a help page: the text and a newline, flushed; nothing when there is no
    stdout (started with it closed: `tuiarchive --help >&-`), as click says nothing then."""
    if sys.stdout is None:
        return
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _ended_as_typer_ends(run: Callable[[], None]) -> None:
    """`run()`, its ends as typer.core._main makes them (_invoke)."""
    try:
        run()
    except KeyboardInterrupt:
        sys.exit(130)
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except OSError as exc:
        import errno

        if exc.errno != errno.EPIPE:
            raise
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


# ---------------------------------------------------------------------- typer
def typer_app(commands: Commands, **settings: Any) -> Any:
    """The typer app of the same declarations (imports typer)."""
    import typer

    app = typer.Typer(**settings)
    if commands.root is not None:
        app.callback(**(commands.root_settings or {}))(_for_typer(commands.root))
    for name, func in (commands.named or {}).items():
        app.command(name)(_for_typer(func))
    return app


def _for_typer(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` with typer's Options and click's Context in its signature."""
    import inspect

    import typer

    signature = inspect.signature(func)
    annotations: dict[str, Any] = {}
    params = []
    context_name = None
    for p in signature.parameters.values():
        hint = func.__annotations__.get(p.name, p.annotation)
        if hint is Context:
            context_name, hint = p.name, typer.Context
        elif typing.get_origin(hint) is typing.Annotated:
            base, *meta = typing.get_args(hint)
            meta = [getattr(typer, m.typer_name)(*m.decls, **m.settings) if isinstance(m, Option) else m for m in meta]
            hint = typing.Annotated[(base, *meta)]
        annotations[p.name] = hint
        params.append(p.replace(annotation=hint))

    def command(**values: Any) -> Any:
        if context_name is not None:
            click_ctx = values[context_name]
            values[context_name] = Context(click_ctx.find_root().params.get("index"), click_ctx.invoked_subcommand)
        return func(**values)

    command.__name__, command.__qualname__, command.__doc__ = func.__name__, func.__qualname__, func.__doc__
    command.__module__ = func.__module__
    command.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    command.__annotations__ = annotations
    return command
