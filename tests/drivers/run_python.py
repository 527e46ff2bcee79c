"""Test driver: runs Python samples in one interpreter (the samples' venv), marking each at the stub.

Usage: run_python.py MARK_URL LIST RESULTS (formats as in run_curl.sh); MARK_URL carries the
API credentials (`http://token:secret@host/...`), sent as Basic auth.
"""

import base64
import contextlib
import io
import runpy
import sys
import traceback
import urllib.parse
import urllib.request


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8", "surrogateescape")).decode()


def mark_request(mark_url: str, label: str) -> urllib.request.Request:
    """A POST of the label to the stub's mark URL, its user and password sent as Basic auth."""
    url = urllib.parse.urlsplit(mark_url)
    user, password = (urllib.parse.unquote(p or "") for p in (url.username, url.password))
    plain = url._replace(netloc=url.netloc.rpartition("@")[2]).geturl()
    auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    return urllib.request.Request(plain, data=label.encode(), headers={"Authorization": auth})


def main(mark_url: str, listing: str, results: str) -> None:
    with open(listing, encoding="utf-8") as lines, open(results, "w", encoding="utf-8") as out:
        for line in lines:
            label, path = line.rstrip("\n").split("\t")
            urllib.request.urlopen(mark_request(mark_url, label)).close()
            captured, error = io.StringIO(), ""
            try:
                with contextlib.redirect_stdout(captured):
                    runpy.run_path(path, run_name="__main__")
            except BaseException:  # noqa: BLE001 - any failure of a sample is its result
                error = traceback.format_exc()
            out.write(f"{label}\t{b64(captured.getvalue())}\t{b64(error)}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
