"""The preview's own web server for Zensical's site: static files, and a reload on each rebuild.

Every HTML page it serves gets one script before `</body>` holding the site's generation (a
number); the script asks `/.preview/generation` twice a second and reloads the page when the
number is another. Nothing from a spec reaches the script: it carries only that number.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

GENERATION = "/.preview/generation"
_RELOAD = """<script>
// Added by `python -m generator serve`: reloads the page when the preview rebuilds it.
(function () {
  var seen = "%d";
  function poll() {
    fetch("%s", {cache: "no-store"}).then(function (r) { return r.text(); }).then(
      function (now) { if (now !== seen) location.reload(); else setTimeout(poll, 500); },
      function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, 500);
})();
</script>
"""


class Generation:
    """A counter the watcher bumps after each rebuild; pages reload when it moves."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def bump(self) -> None:
        with self._lock:
            self.value += 1


class _Handler(SimpleHTTPRequestHandler):
    generation: Generation

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == GENERATION:
            self._send(str(self.generation.value).encode(), "text/plain; charset=utf-8")
            return
        file = Path(self.translate_path(path))
        if file.is_dir() and path.endswith("/"):
            file = file / "index.html"
        if file.suffix == ".html" and file.is_file():
            html = file.read_text("utf-8")
            script = _RELOAD % (self.generation.value, GENERATION)
            at = html.rfind("</body>")
            html = html[:at] + script + html[at:] if at >= 0 else html + script
            self._send(html.encode("utf-8"), "text/html; charset=utf-8")
            return
        super().do_GET()

    def _send(self, body: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the watcher prints what it rebuilds."""


def start(root: Path, dev_addr: str, generation: Generation) -> ThreadingHTTPServer:
    """Serve `root` on `dev_addr` (host:port) in a background thread; returns the server."""
    host, _, port = dev_addr.rpartition(":")
    handler = type("Handler", (_Handler,), {"generation": generation})
    server = ThreadingHTTPServer(
        (host or "127.0.0.1", int(port)), partial(handler, directory=str(root))
    )
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
