"""C# date-times: an ISO 8601 text as a `new DateTime(...)` literal, and as Bandwidth.Net writes it."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

# `2014-05-25`, `2014-05-25 12:00`, `2014-05-25T12:00:00.000Z`, `...+02:00` (format: datetime).
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?"
    r"(Z|[+-]\d{2}:?\d{2})?"
)
# The library's types that hold a date-time, by what its query string writer does with them.
DATE_TYPES = ("DateTime", "DateTime?", "MessageQueryDateTime")


def parse(text: str) -> datetime | None:
    """The UTC date-time an ISO 8601 text names (no zone: read as UTC), or None."""
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0").ljust(7, "0")[:6])
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            tzinfo=UTC,
        )
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment


def cs_datetime(text: str) -> str:
    """`new DateTime(2012, 10, 5, 20, 37, 39, DateTimeKind.Utc)` (milliseconds when given)."""
    moment = parse(text)
    if moment is None:
        raise TypeError(f"{text!r} is not an ISO 8601 date-time")
    parts = [moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second]
    if moment.microsecond:
        parts.append(moment.microsecond // 1000)
    return f"new DateTime({', '.join(map(str, parts))}, DateTimeKind.Utc)"


def query_text(text: str, cs_type: str) -> str:
    """What Bandwidth.Net's BuildQueryString writes for the literal cs_datetime(text) gives:
    MessageQueryDateTime.ToString() is `yyyy-MM-dd HH:mm:ss` (no fraction, no zone), a
    DateTime is `ToUniversalTime().ToString("o")` (`2012-10-05T20:37:39.0000000Z`)."""
    moment = parse(text)
    if moment is None:
        return text
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)
    if cs_type == "MessageQueryDateTime":
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond * 10:07d}Z"
