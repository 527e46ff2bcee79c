"""Per-language literal filters: the only place where values become source code."""

from generator.literals.csharp import cs_enum, cs_literal
from generator.literals.js import js_key, js_literal
from generator.literals.markdown import (
    md_cell,
    md_code,
    md_fence,
    md_marks,
    md_plain,
    md_text,
    md_value,
    md_wbr,
)
from generator.literals.names import camel_case, pascal_case, snake_case
from generator.literals.python import (
    py_arguments,
    py_call,
    py_keyword,
    py_literal,
    py_name,
    py_parameter,
)
from generator.literals.ruby import rb_literal, rb_symbol
from generator.literals.shell import sh_quote

FILTERS = {
    "sh_quote": sh_quote,
    "js_literal": js_literal,
    "js_key": js_key,
    "cs_literal": cs_literal,
    "cs_enum": cs_enum,
    "rb_literal": rb_literal,
    "rb_symbol": rb_symbol,
    "py_literal": py_literal,
    "py_keyword": py_keyword,
    "py_name": py_name,
    "py_parameter": py_parameter,
    "py_arguments": py_arguments,
    "py_call": py_call,
    "md_text": md_text,
    "md_plain": md_plain,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_wbr": md_wbr,
    "md_fence": md_fence,
    "md_marks": md_marks,
    "md_value": md_value,
    "snake_case": snake_case,
    "pascal_case": pascal_case,
    "camel_case": camel_case,
}
