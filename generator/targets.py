"""The registry of sample targets: adding a language is one entry here, one template, one golden file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

from generator.literals.python import LINE_LENGTH


@dataclass(frozen=True)
class Library:
    """A client library that samples call, with the version they are written and tested for."""

    name: str
    version: str
    language: str
    # `sdk` fields of a spec: the ones this library's sample needs, and the optional ones it uses
    # (beyond `method` and `result`, which every library takes).
    needs: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Target:
    """One tab of samples: a language, optionally a client library, and how it renders."""

    key: str
    label: str
    template: str
    extension: str
    lexer: str
    library: Library | None = None
    unset_as_null: bool = False
    enum_case: Literal["as-is", "lower"] = "as-is"
    # "parameters": the library writes body keys in its own order (its data class or signature),
    # which the spec lists parameters in; "example": in the order the sample gives them.
    body_order: Literal["example", "parameters"] = "example"
    postprocess: Callable[[str], str] | None = None


def black_format(source: str) -> str:
    """Format Python source as black does by default."""
    import black  # imported when first needed: it takes a third of the generator's start-up

    return black.format_str(source, mode=black.Mode(line_length=LINE_LENGTH))


def black_stable(source: str) -> bool:
    """Whether source laid out by the Python template is as black leaves it: nothing that black
    rewrites (single quotes, escapes, wide characters, long lines). The template writes valid
    Python by construction: names pass py_name, values py_literal (tests run black on it)."""
    if not source.isascii() or "'" in source or "\\" in source:
        return False
    return all(len(line) <= LINE_LENGTH for line in source.splitlines())


def python_format(source: str) -> str:
    """The Python target's output, exactly black's: the template already writes black's layout
    (tests check black leaves it unchanged), so black runs only for values it would rewrite."""
    return source if black_stable(source) else black_format(source)


NODE = Library("node-bandwidth", "4.0.0", "Node.js", ("resource",), ("list_field",))
CSHARP = Library("Bandwidth.Net", "4.1.2", "C#", ("resource",), ("data_class", "async"))
RUBY = Library("ruby-bandwidth", "3.0.1", "Ruby", ("resource",), ("on_instance",))
PYTHON = Library("bandwidth-sdk", "3.1.0", "Python", ("client",))
LIBRARIES = {lib.name: lib for lib in (NODE, CSHARP, RUBY, PYTHON)}

TARGETS: tuple[Target, ...] = (
    Target("curl", "cURL", "curl.sh.j2", "sh", "bash"),
    Target("node-promise", "Node.js (promise)", "node_promise.js.j2", "js", "javascript", NODE),
    Target("node-callback", "Node.js (callback)", "node_callback.js.j2", "js", "javascript", NODE),
    Target(
        "csharp",
        "C#",
        "csharp.cs.j2",
        "cs",
        "csharp",
        CSHARP,
        enum_case="lower",
        body_order="parameters",
    ),
    Target("ruby", "Ruby", "ruby.rb.j2", "rb", "ruby", RUBY),
    Target(
        "python",
        "Python",
        "python.py.j2",
        "py",
        "python",
        PYTHON,
        True,
        body_order="parameters",
        postprocess=python_format,
    ),
)
TARGETS_BY_KEY = {t.key: t for t in TARGETS}
