"""Words a sample cannot use as a name: keywords, and names the samples already use."""

from __future__ import annotations

import keyword

from generator.literals.names import snake_case

RUBY = set(
    "alias and begin break case class def defined do else elsif end ensure false for if in module "
    "next nil not or redo rescue retry return self super then true undef unless until when while "
    "yield __FILE__ __LINE__ __ENCODING__ BEGIN END".split()
)
CSHARP = set(
    "abstract as async await base bool break byte case catch char checked class const continue "
    "decimal default delegate do double dynamic else enum event explicit extern false finally fixed "
    "float for foreach goto if implicit in int interface internal is lock long namespace new null "
    "object operator out override params private protected public readonly ref return sbyte sealed "
    "short sizeof stackalloc static string struct switch this throw true try typeof uint ulong "
    "unchecked unsafe ushort using var virtual void volatile while client".split()
)
PYTHON = set(keyword.kwlist) | {"print"}


def python_keyword(name: str) -> str | None:
    """The Python keyword a spec name becomes in the Python sample (`from`), or None."""
    spelled = snake_case(name)
    return spelled if keyword.iskeyword(spelled) else None
