// TEST STAND-IN -- part of the stand-in for the NuGet package `Bandwidth.Net` 4.x (see
// Bandwidth.Net.cs); NOT the real library and NOT Newtonsoft.Json.
//
// A small JSON writer/reader that reproduces what Bandwidth.Net 4.x gets from Newtonsoft.Json
// with its settings (CamelCasePropertyNamesContractResolver, DefaultValueHandling.
// IgnoreAndPopulate, its own string-enum converter), for the types of the v1 Api classes:
//   writing: public properties in reflection order (a derived class's own properties first,
//            as Newtonsoft orders them), names camelCased, values equal to the property
//            type's default left out (null, 0, false, the first enum member, DateTime.MinValue),
//            enums as lower-case words joined by '-' ('_' where the real property carries
//            JsonStringEnumConverter(..., '_')), dictionary keys camelCased too (the resolver
//            processes dictionary keys) except under [RawJson] (the real DefaultConverter:
//            default settings, keys as given), DateTime as "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
//            strings escaped as Newtonsoft does by default (see EscapeString);
//   reading: strict RFC 8259 JSON; properties matched by camelCase name, then ignoring case
//            ([WireName] for the real [JsonProperty] names); DateTime from ISO 8601 text
//            (round-trip kind); object/dictionary values as string/long/double/bool/DateTime
//            or nested Dictionary<string, object> / List<object>;
//            unknown properties ignored; null for a non-nullable int/bool/enum is an error
//            (Newtonsoft throws JsonSerializationException there; this throws FormatException
//            or the converter's NullReferenceException, as Bandwidth.Net's does).

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Bandwidth.Net
{
  /// <summary>The property's JSON name, where the real class has [JsonProperty(name)].</summary>
  [AttributeUsage(AttributeTargets.Property)]
  internal sealed class WireNameAttribute : Attribute
  {
    public readonly string Name;
    public WireNameAttribute(string name) { Name = name; }
  }

  /// <summary>Enum words joined by this character (the real JsonStringEnumConverter(..., '_')).</summary>
  [AttributeUsage(AttributeTargets.Property)]
  internal sealed class EnumDelimiterAttribute : Attribute
  {
    public readonly char Delimiter;
    public EnumDelimiterAttribute(char delimiter) { Delimiter = delimiter; }
  }

  /// <summary>Written with default settings (the real [JsonConverter(typeof(DefaultConverter))]).</summary>
  [AttributeUsage(AttributeTargets.Property)]
  internal sealed class RawJsonAttribute : Attribute
  {
  }

  internal static class Json
  {
    // ---- writing ----------------------------------------------------------------------

    public static string Serialize(object value)
    {
      var sb = new StringBuilder();
      WriteValue(sb, value);
      return sb.ToString();
    }

    private static void WriteValue(StringBuilder sb, object value, char delimiter = '-', bool raw = false)
    {
      if (value == null) { sb.Append("null"); return; }
      var type = value.GetType();
      if (value is string) { EscapeString(sb, (string)value); return; }
      if (value is bool) { sb.Append((bool)value ? "true" : "false"); return; }
      if (type.IsEnum)
      {
        // Under default settings (raw) Newtonsoft writes an enum as its number.
        if (raw) sb.Append(Convert.ToString(Convert.ToInt64(value), CultureInfo.InvariantCulture));
        else EscapeString(sb, EnumToWire(value, delimiter));
        return;
      }
      if (value is DateTime)
      {
        EscapeString(sb, ((DateTime)value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
        return;
      }
      var dictionary = value as IDictionary;
      if (dictionary != null)
      {
        sb.Append('{');
        var firstKey = true;
        foreach (DictionaryEntry entry in dictionary)
        {
          if (!firstKey) sb.Append(',');
          firstKey = false;
          var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture);
          EscapeString(sb, raw ? key : CamelCase(key));
          sb.Append(':');
          WriteValue(sb, entry.Value, '-', raw);
        }
        sb.Append('}');
        return;
      }
      if (value is int || value is long || value is short || value is byte || value is sbyte
          || value is uint || value is ulong || value is ushort)
      {
        sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        return;
      }
      if (value is double || value is float || value is decimal)
      {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (text.IndexOfAny(new[] { '.', 'E', 'e' }) < 0) text += ".0";
        sb.Append(text);
        return;
      }
      if (value is IEnumerable)
      {
        sb.Append('[');
        var first = true;
        foreach (var item in (IEnumerable)value)
        {
          if (!first) sb.Append(',');
          first = false;
          WriteValue(sb, item, '-', raw);
        }
        sb.Append(']');
        return;
      }
      WriteObject(sb, value, raw);
    }

    private static void WriteObject(StringBuilder sb, object obj, bool raw)
    {
      sb.Append('{');
      var first = true;
      foreach (var prop in obj.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
      {
        if (!prop.CanRead || prop.GetIndexParameters().Length > 0) continue;
        var value = prop.GetValue(obj, null);
        // Default settings (raw) keep nulls and defaults; the library's settings leave them out.
        if (!raw && IsDefault(value, prop.PropertyType)) continue;
        if (!first) sb.Append(',');
        first = false;
        EscapeString(sb, raw ? prop.Name : WireName(prop));
        sb.Append(':');
        var delimiter = prop.GetCustomAttributes(typeof(EnumDelimiterAttribute), true)
          .Cast<EnumDelimiterAttribute>().Select(a => a.Delimiter).DefaultIfEmpty('-').First();
        WriteValue(sb, value, delimiter, raw || prop.IsDefined(typeof(RawJsonAttribute), true));
      }
      sb.Append('}');
    }

    private static bool IsDefault(object value, Type type)
    {
      if (value == null) return true;
      if (type.IsValueType && Nullable.GetUnderlyingType(type) == null)
      {
        return value.Equals(Activator.CreateInstance(type));
      }
      return false;
    }

    // The JSON name: [WireName] or the property name, camelCased either way (the real resolver
    // has OverrideSpecifiedNames = true).
    internal static string WireName(PropertyInfo prop)
    {
      var named = prop.GetCustomAttributes(typeof(WireNameAttribute), true).Cast<WireNameAttribute>().FirstOrDefault();
      return CamelCase(named != null ? named.Name : prop.Name);
    }

    // "IncomingCallUrl" -> "incomingCallUrl", "URL" -> "url", "SIPUri" -> "sipUri".
    internal static string CamelCase(string name)
    {
      if (string.IsNullOrEmpty(name) || !char.IsUpper(name[0])) return name;
      var chars = name.ToCharArray();
      for (var i = 0; i < chars.Length; i++)
      {
        if (i == 1 && !char.IsUpper(chars[i])) break;
        var nextIsLowerish = i + 1 < chars.Length && !char.IsUpper(chars[i + 1]);
        if (i > 0 && nextIsLowerish)
        {
          if (char.IsSeparator(chars[i + 1])) chars[i] = char.ToLowerInvariant(chars[i]);
          break;
        }
        chars[i] = char.ToLowerInvariant(chars[i]);
      }
      return new string(chars);
    }

    // Post -> "post"; SomeValue -> "some-value" (Bandwidth.Net's enum converter).
    internal static string EnumToWire(object value, char delimiter = '-')
    {
      var raw = value.ToString();
      var sb = new StringBuilder();
      var seenUpper = false;
      foreach (var c in raw)
      {
        if (char.IsUpper(c))
        {
          if (seenUpper) sb.Append(delimiter);
          seenUpper = true;
          sb.Append(char.ToLowerInvariant(c));
        }
        else
        {
          sb.Append(c);
        }
      }
      return sb.ToString();
    }

    // Newtonsoft default escaping: \" \\ and \b \f \n \r \t short forms; other U+0000-U+001F and
    // U+0085, U+2028, U+2029 as \u with 4 lower-case hex digits; everything else (non-ASCII,
    // surrogate pairs, '/', '<', '\'', U+007F) written as is. The UTF-8 encoder of the request
    // content turns a lone surrogate into U+FFFD, as it does for the real library.
    internal static void EscapeString(StringBuilder sb, string s)
    {
      sb.Append('"');
      foreach (var c in s)
      {
        switch (c)
        {
          case '"': sb.Append("\\\""); break;
          case '\\': sb.Append("\\\\"); break;
          case '\b': sb.Append("\\b"); break;
          case '\f': sb.Append("\\f"); break;
          case '\n': sb.Append("\\n"); break;
          case '\r': sb.Append("\\r"); break;
          case '\t': sb.Append("\\t"); break;
          default:
            if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
              sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
              sb.Append(c);
            }
            break;
        }
      }
      sb.Append('"');
    }

    // ---- reading ----------------------------------------------------------------------

    /// <summary>A JSON number, kept as its source text.</summary>
    internal sealed class Number
    {
      public readonly string Text;
      public Number(string text) { Text = text; }
      public bool IsInteger { get { return Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0; } }
    }

    /// <summary>A JSON object: members in document order (duplicates kept; the last one wins).</summary>
    internal sealed class Obj : List<KeyValuePair<string, object>>
    {
    }

    /// <summary>Parses one JSON text: Obj, List&lt;object&gt;, string, Number, bool or null.</summary>
    public static object Parse(string text)
    {
      var p = new Parser(text);
      p.SkipWs();
      var value = p.ReadValue(0);
      p.SkipWs();
      if (!p.AtEnd) throw p.Error("additional text after the JSON value");
      return value;
    }

    private sealed class Parser
    {
      private readonly string _s;
      private int _i;

      public Parser(string s) { _s = s; }

      public bool AtEnd { get { return _i >= _s.Length; } }

      public FormatException Error(string what)
      {
        return new FormatException("Invalid JSON at position " + _i + ": " + what);
      }

      public void SkipWs()
      {
        while (_i < _s.Length && (_s[_i] == ' ' || _s[_i] == '\t' || _s[_i] == '\n' || _s[_i] == '\r')) _i++;
      }

      private void Expect(char c)
      {
        if (_i >= _s.Length || _s[_i] != c) throw Error("expected '" + c + "'");
        _i++;
      }

      private void Literal(string word)
      {
        if (string.CompareOrdinal(_s, _i, word, 0, word.Length) != 0) throw Error("unexpected token");
        _i += word.Length;
      }

      public object ReadValue(int depth)
      {
        if (depth > 512) throw Error("nesting too deep");
        if (AtEnd) throw Error("unexpected end");
        var c = _s[_i];
        switch (c)
        {
          case '{': return ReadObject(depth);
          case '[': return ReadArray(depth);
          case '"': return ReadString();
          case 't': Literal("true"); return true;
          case 'f': Literal("false"); return false;
          case 'n': Literal("null"); return null;
          default:
            if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
            throw Error("unexpected character");
        }
      }

      private Obj ReadObject(int depth)
      {
        Expect('{');
        var obj = new Obj();
        SkipWs();
        if (!AtEnd && _s[_i] == '}') { _i++; return obj; }
        while (true)
        {
          SkipWs();
          if (AtEnd || _s[_i] != '"') throw Error("expected a member name");
          var name = ReadString();
          SkipWs();
          Expect(':');
          SkipWs();
          obj.Add(new KeyValuePair<string, object>(name, ReadValue(depth + 1)));
          SkipWs();
          if (AtEnd) throw Error("unexpected end");
          if (_s[_i] == ',') { _i++; continue; }
          Expect('}');
          return obj;
        }
      }

      private List<object> ReadArray(int depth)
      {
        Expect('[');
        var list = new List<object>();
        SkipWs();
        if (!AtEnd && _s[_i] == ']') { _i++; return list; }
        while (true)
        {
          SkipWs();
          list.Add(ReadValue(depth + 1));
          SkipWs();
          if (AtEnd) throw Error("unexpected end");
          if (_s[_i] == ',') { _i++; continue; }
          Expect(']');
          return list;
        }
      }

      private string ReadString()
      {
        Expect('"');
        var sb = new StringBuilder();
        while (true)
        {
          if (AtEnd) throw Error("unterminated string");
          var c = _s[_i++];
          if (c == '"') return sb.ToString();
          if (c < ' ') throw Error("control character in string");
          if (c != '\\') { sb.Append(c); continue; }
          if (AtEnd) throw Error("unterminated escape");
          var e = _s[_i++];
          switch (e)
          {
            case '"': sb.Append('"'); break;
            case '\\': sb.Append('\\'); break;
            case '/': sb.Append('/'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case 'u':
              if (_i + 4 > _s.Length) throw Error("short \\u escape");
              int code;
              if (!int.TryParse(_s.Substring(_i, 4), NumberStyles.AllowHexSpecifier,
                    CultureInfo.InvariantCulture, out code))
              {
                throw Error("bad \\u escape");
              }
              // UTF-16 code units: an escaped surrogate pair becomes the pair again.
              sb.Append((char)code);
              _i += 4;
              break;
            default:
              throw Error("bad escape");
          }
        }
      }

      private Number ReadNumber()
      {
        var start = _i;
        if (_s[_i] == '-') _i++;
        if (AtEnd) throw Error("bad number");
        if (_s[_i] == '0') _i++;
        else if (_s[_i] >= '1' && _s[_i] <= '9') { while (!AtEnd && char.IsDigit(_s[_i]) && _s[_i] < 128) _i++; }
        else throw Error("bad number");
        if (!AtEnd && _s[_i] == '.')
        {
          _i++;
          var digits = _i;
          while (!AtEnd && _s[_i] >= '0' && _s[_i] <= '9') _i++;
          if (_i == digits) throw Error("bad number");
        }
        if (!AtEnd && (_s[_i] == 'e' || _s[_i] == 'E'))
        {
          _i++;
          if (!AtEnd && (_s[_i] == '+' || _s[_i] == '-')) _i++;
          var digits = _i;
          while (!AtEnd && _s[_i] >= '0' && _s[_i] <= '9') _i++;
          if (_i == digits) throw Error("bad number");
        }
        return new Number(_s.Substring(start, _i - start));
      }
    }

    /// <summary>Parses text and maps it onto type (T[] or a class with settable properties).</summary>
    public static object Deserialize(string text, Type type)
    {
      return ConvertTo(Parse(text), type, "$");
    }

    private static object ConvertTo(object node, Type type, string path)
    {
      var underlying = Nullable.GetUnderlyingType(type);
      var target = underlying ?? type;
      var nullable = !type.IsValueType || underlying != null;

      if (target.IsEnum)
      {
        // Bandwidth.Net's enum converter casts the token to string: null -> NullReferenceException,
        // a number -> InvalidCastException; "post"/"POST"/"some_value" -> Post/SomeValue.
        if (node is Number || node is bool || node is Obj || node is List<object>)
        {
          throw new InvalidCastException("Cannot read an enum from " + node.GetType().Name + " at " + path);
        }
        var raw = (string)node;
        var words = raw.ToLowerInvariant().Replace('_', '-').Split('-')
          .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1));
        return Enum.Parse(target, string.Join("", words), true);
      }

      if (target == typeof(object)) return Plain(node);

      if (node == null)
      {
        if (nullable) return null;
        throw new FormatException("Error converting value {null} to type '" + target.FullName + "'. Path '" + path + "'.");
      }

      if (target == typeof(string))
      {
        var s = LooseStringValue(node);
        if (s == null && (node is Obj || node is List<object>))
        {
          throw new FormatException("Cannot read a string from a JSON object/array at " + path);
        }
        return s;
      }

      if (target == typeof(int) || target == typeof(long))
      {
        long value;
        var num = node as Number;
        var str = node as string;
        if (num != null && num.IsInteger
            && long.TryParse(num.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) { }
        else if (str != null)
        {
          if (str.Length == 0) return ConvertTo(null, type, path);
          if (!long.TryParse(str, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
            throw new FormatException("Could not convert string to integer: " + str + ". Path '" + path + "'.");
        }
        else throw new FormatException("Cannot read an integer at " + path);
        if (target == typeof(int))
        {
          if (value < int.MinValue || value > int.MaxValue)
            throw new FormatException("Value is too large or too small for an Int32. Path '" + path + "'.");
          return (int)value;
        }
        return value;
      }

      if (target == typeof(bool))
      {
        if (node is bool) return node;
        var num = node as Number;
        if (num != null && num.IsInteger) return num.Text.TrimStart('-').Trim('0').Length > 0;
        var str = node as string;
        if (str != null)
        {
          if (str.Length == 0) return ConvertTo(null, type, path);
          bool b;
          if (bool.TryParse(str, out b)) return b;
        }
        throw new FormatException("Cannot read a boolean at " + path);
      }

      if (target == typeof(double) || target == typeof(float) || target == typeof(decimal))
      {
        var num = node as Number;
        var text = num != null ? num.Text : node as string;
        double d;
        if (text == null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out d))
          throw new FormatException("Cannot read a number at " + path);
        return Convert.ChangeType(d, target, CultureInfo.InvariantCulture);
      }

      if (target == typeof(DateTime))
      {
        var str = node as string;
        if (str == null) throw new FormatException("Cannot read a date at " + path);
        if (str.Length == 0) return ConvertTo(null, type, path);
        return DateTime.Parse(str, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
      }

      // Newtonsoft reads "" as null for any nullable type (CoerceEmptyStringToNull), objects too.
      if (node is string && ((string)node).Length == 0 && !target.IsValueType) return null;

      if (typeof(IDictionary).IsAssignableFrom(target)
          || (target.IsInterface && target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
      {
        var members = node as Obj;
        if (members == null) throw new FormatException("Expected a JSON object at " + path);
        var args = target.GetGenericArguments();
        var concrete = target.IsInterface ? typeof(Dictionary<,>).MakeGenericType(args) : target;
        var dictionary = (IDictionary)Activator.CreateInstance(concrete);
        foreach (var member in members)
        {
          dictionary[member.Key] = ConvertTo(member.Value, args[1], path + "." + member.Key);
        }
        return dictionary;
      }

      if (target.IsArray)
      {
        var list = node as List<object>;
        if (list == null) throw new FormatException("Expected a JSON array at " + path);
        var elementType = target.GetElementType();
        var array = Array.CreateInstance(elementType, list.Count);
        for (var i = 0; i < list.Count; i++) array.SetValue(ConvertTo(list[i], elementType, path + "[" + i + "]"), i);
        return array;
      }

      var obj = node as Obj;
      if (obj == null) throw new FormatException("Expected a JSON object at " + path);
      var instance = Activator.CreateInstance(target);
      var props = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0).ToList();
      foreach (var member in obj)
      {
        var prop = props.FirstOrDefault(p => string.Equals(WireName(p), member.Key, StringComparison.Ordinal))
                   ?? props.FirstOrDefault(p => string.Equals(WireName(p), member.Key, StringComparison.OrdinalIgnoreCase));
        if (prop == null) continue; // unknown members are ignored
        if (prop.IsDefined(typeof(RawJsonAttribute), true) && !(member.Value is Obj))
        {
          // The real DefaultConverter does JObject.Load(reader): anything but an object throws.
          throw new FormatException("Error reading JObject from JsonReader. Path '" + path + "." + member.Key + "'.");
        }
        prop.SetValue(instance, ConvertTo(member.Value, prop.PropertyType, path + "." + member.Key), null);
      }
      return instance;
    }

    // A value read into `object` (or a Dictionary<string, object>): Newtonsoft gives long/double/
    // bool/string, DateTime for ISO-8601-looking strings, JObject/JArray for nested values (here:
    // Dictionary<string, object> / List<object>).
    private static object Plain(object node)
    {
      var num = node as Number;
      if (num != null)
      {
        long l;
        if (num.IsInteger && long.TryParse(num.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out l)) return l;
        return double.Parse(num.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
      }
      var str = node as string;
      if (str != null)
      {
        DateTime date;
        if (str.Length >= 19 && char.IsDigit(str[0]) && str[4] == '-' && str[10] == 'T'
            && DateTime.TryParse(str, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out date)) return date;
        return str;
      }
      var obj = node as Obj;
      if (obj != null)
      {
        var d = new Dictionary<string, object>();
        foreach (var m in obj) d[m.Key] = Plain(m.Value);
        return d;
      }
      var list = node as List<object>;
      if (list != null) return list.Select(Plain).ToList();
      return node;
    }

    // string from a scalar token the way Newtonsoft's ReadAsString gives it.
    private static string LooseStringValue(object node)
    {
      if (node == null) return null;
      if (node is string) return (string)node;
      if (node is Number) return ((Number)node).Text;
      if (node is bool) return (bool)node ? "true" : "false";
      return null;
    }

    /// <summary>The member's value as a string, or null (no object, no member, or not a scalar).</summary>
    public static string LooseString(Obj obj, string name)
    {
      if (obj == null) return null;
      object found = null;
      var seen = false;
      foreach (var m in obj)
      {
        if (string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase)) { found = m.Value; seen = true; }
      }
      if (!seen) return null;
      if (found is Obj || found is List<object>) throw new FormatException("not a scalar");
      return LooseStringValue(found);
    }
  }
}
