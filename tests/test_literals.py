"""Each language's literal filter, proven with hostile strings: the literal must mean the string."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess

import pytest

from generator.literals import (
    camel_case,
    cs_enum,
    cs_literal,
    js_literal,
    md_wbr,
    pascal_case,
    py_literal,
    rb_literal,
    rb_symbol,
    sh_quote,
    snake_case,
)

from hostile import HOSTILE


def _round_trip(command: list[str], program: str) -> list[str]:
    """Run one program that prints each literal's value as JSON, one per line."""
    out = subprocess.run(command, input=program.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().split("\n") if line]


def test_python_literal_round_trips():
    for text in HOSTILE:
        assert ast.literal_eval(py_literal(text)) == text


def test_python_literal_handles_json_values():
    value = {"a": [1, 2.5, True, None], "b'": {"c": "\n"}}
    assert ast.literal_eval(py_literal(value)) == value


@pytest.mark.skipif(not shutil.which("bash"), reason="bash missing")
def test_shell_quote_round_trips_in_bash():
    texts = [t for t in HOSTILE if "\x00" not in t]  # argv cannot hold NUL in any shell
    program = "".join(
        f"printf '%s' {sh_quote(t)} | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))'\n"
        for t in texts
    )
    assert _round_trip(["bash"], program) == texts


def test_javascript_literal_round_trips_in_node():
    assert shutil.which("node"), "node is required"
    program = "".join(f"console.log(JSON.stringify({js_literal(t)}));\n" for t in HOSTILE)
    assert _round_trip(["node"], program) == HOSTILE


def test_javascript_literal_objects_and_keys():
    assert (
        js_literal({"name": "x", "odd-key": 1, "n": None}) == "{name: 'x', 'odd-key': 1, n: null}"
    )


def test_ruby_literal_round_trips_in_ruby():
    assert shutil.which("ruby"), "ruby is required (make test installs it)"
    program = "require 'json'\n" + "".join(
        f"puts JSON.generate({rb_literal(t)}, script_safe: false)\n" for t in HOSTILE
    )
    assert _round_trip(["ruby"], program) == HOSTILE


def test_ruby_never_interpolates():
    assert rb_literal("#{x}") == '"\\#{x}"'
    assert rb_literal("#@x #$y") == '"\\#@x \\#$y"'
    assert rb_literal("# plain") == '"# plain"'


def test_ruby_symbols():
    assert rb_symbol("incoming_call_url") == ":incoming_call_url"
    assert rb_symbol("odd key") == ':"odd key"'


def test_csharp_literal_escapes_everything_that_breaks_a_literal():
    assert cs_literal('say "hi"\\') == '"say \\"hi\\"\\\\"'
    assert cs_literal("a\nb\r\tc\x00") == '"a\\nb\\r\\tc\\0"'
    assert cs_literal("x\u2028y\u0085z") == '"x\\u2028y\\u0085z"'
    assert cs_literal("😀") == '"\\uD83D\\uDE00"'
    assert cs_literal("{x} $HOME é") == '"{x} $HOME é"'
    assert cs_literal(True) == "true" and cs_literal(10000) == "10000"
    for text in HOSTILE:
        literal = cs_literal(text)
        assert not any(ord(c) < 0x20 or c in "\u0085\u2028\u2029" for c in literal), literal


def test_csharp_enum_member():
    assert cs_enum("GET", "CallbackHttpMethod") == "CallbackHttpMethod.Get"
    with pytest.raises(TypeError):
        cs_enum("1st", "X")


def test_names():
    assert snake_case("incomingCallUrlCallbackTimeout") == "incoming_call_url_callback_timeout"
    assert pascal_case("incomingCallUrl") == "IncomingCallUrl"
    assert pascal_case("POST") == "Post"
    assert camel_case("incoming_call_url") == "incomingCallUrl"
    assert snake_case("applicationId") == "application_id"


def test_markdown_name_wraps_only_between_camel_case_words():
    assert md_wbr("incomingCallUrl") == "incoming<wbr>Call<wbr>Url"
    assert md_wbr("autoAnswer") == "auto<wbr>Answer"
    assert md_wbr("name") == "name" and md_wbr("POST") == "POST"
    assert md_wbr("v2Url<b>") == "v2<wbr>Url&lt;b&gt;"


def test_string_fast_paths_agree_with_the_per_character_escaping():
    """Strings with nothing to escape skip the per-character loop; the result must not change."""
    from generator.literals import csharp, js, ruby

    texts = HOSTILE + ["plain", "with space", "a-b_c.d/e?f=g&h", "#tag", "100% {x}", "~!@$^*()[]"]
    for text in texts:
        assert csharp.cs_string(text) == '"' + "".join(csharp._char(c) for c in text) + '"'
        assert js.js_string(text) == "'" + "".join(js._char(c) for c in text) + "'"
        padded = text + " "
        slow = '"' + "".join(ruby._char(c, padded[i + 1]) for i, c in enumerate(text)) + '"'
        assert ruby.rb_string(text) == slow


COLLECTIONS = [
    (["c-1", 'it\'s "q" #{x}', "😀"], "string"),
    ([], "string"),
    ([1, -2, 2**40], "integer"),
    ([0.5, 2, -1e20], "number"),
    ([True, False], "boolean"),
    ({"X-Customer-Id": "4325", 'X-Odd "key"': "a\nb"}, "string"),
    ({}, "string"),
    ({"n": 3}, "integer"),
]


def test_collection_literals_round_trip_in_node_ruby_and_python():
    values = [value for value, _ in COLLECTIONS]
    program = "".join(f"console.log(JSON.stringify({js_literal(v)}));\n" for v in values)
    assert _round_trip(["node"], program) == values
    program = "require 'json'\n" + "".join(f"puts JSON.generate({rb_literal(v)})\n" for v in values)
    assert _round_trip(["ruby"], program) == values
    assert [ast.literal_eval(py_literal(v)) for v in values] == values


def test_csharp_collections_are_typed_arrays_and_dictionaries():
    assert cs_literal(["a", "b"], "string") == 'new string[] { "a", "b" }'
    assert cs_literal([], "boolean") == "new bool[0]"
    assert cs_literal([1, 2**40], "integer") == "new long[] { 1, 1099511627776 }"
    assert (
        cs_literal({"X-Id": "1"}, "string") == 'new Dictionary<string, string> { { "X-Id", "1" } }'
    )
    assert cs_literal({}, "integer") == "new Dictionary<string, int>()"
    with pytest.raises(TypeError):
        cs_literal(["a"])  # the item type is needed to write the array's type


def test_csharp_collection_literals_compile_and_hold_their_values(tmp_path):
    """Compiled by mcs and run by mono: each literal prints back as the JSON it was made from."""
    assert shutil.which("mcs") and shutil.which("mono"), "mono is required (make test installs it)"
    lines = "".join(f"        Show({cs_literal(value, items)});\n" for value, items in COLLECTIONS)
    source = tmp_path / "Collections.cs"
    source.write_text(
        "using System;\nusing System.Collections.Generic;\nusing System.Globalization;\n"
        "using System.Linq;\n\npublic static class Program\n{\n"
        "    static string Json(object v)\n    {\n"
        '        if (v is string) { var s = (string)v; return "\\"" + string.Concat(s.Select(c => '
        'c == \'"\' || c == \'\\\\\' || c < 0x20 || c > 0x7e ? "\\\\u" + ((int)c).ToString("x4") '
        ': c.ToString())) + "\\""; }\n'
        '        if (v is bool) { return (bool)v ? "true" : "false"; }\n'
        '        if (v is double) { return ((double)v).ToString("R", CultureInfo.InvariantCulture); }\n'
        "        return Convert.ToString(v, CultureInfo.InvariantCulture);\n    }\n"
        "    static void Show<T>(T[] items)\n    {\n"
        '        Console.WriteLine("[" + string.Join(",", items.Select(i => Json(i))) + "]");\n    }\n'
        "    static void Show<T>(Dictionary<string, T> map)\n    {\n"
        '        Console.WriteLine("{" + string.Join(",", map.Select(p => Json(p.Key) + ":" + '
        'Json(p.Value))) + "}");\n    }\n'
        f"    public static void Main()\n    {{\n{lines}    }}\n}}\n",
        "utf-8",
    )
    exe = tmp_path / "collections.exe"
    subprocess.run(["mcs", "-nologo", f"-out:{exe}", str(source)], check=True, capture_output=True)
    printed = _round_trip(["mono", str(exe)], "")
    assert printed == [value for value, _ in COLLECTIONS]
