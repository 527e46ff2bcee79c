"""What a library call can carry of an example's values, from the library's surface."""

from __future__ import annotations

from generator.libraries.library import Library
from generator.libraries.resolve import method_for
from generator.model.calls import LibraryCall

# Argument kinds that take any parameter: a params object / hash / data class, a whole query,
# bandwidth-sdk's **kwargs.
_ANY = ("body", "query", "kwargs")


def cannot_carry(
    library: Library,
    call: LibraryCall,
    http: str,
    path: str,
    names: list[str],
    array: bool = False,
) -> list[str]:
    """The names (query or body parameters, beyond the call's implies) that `call` cannot send:
    its `args` carry theirs; a call that takes data also carries the rest in its params object,
    data class or **kwargs, and in Python through the method's own keyword arguments."""
    method = method_for(library, call, http, path, array)
    if method is None:  # a method the surface does not describe: the checks say so
        return [] if call.takes_data else [n for n in names if n not in call.arg_names]
    whole = any(a.kind in _ANY for a in method.arguments)
    keywords = library.wire.key_case == "per-argument"
    lost = []
    for name in names:
        if name in call.arg_names:
            continue
        if call.takes_data and whole:
            continue
        arg = method.argument_for(name)
        if call.takes_data and keywords and arg is not None and arg.kind != "path":
            continue
        lost.append(name)
    return lost
