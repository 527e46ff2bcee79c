"""The stub: one spec folder served on 127.0.0.1, every request recorded under the current mark."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from generator.model import Endpoint, Example
from generator.response import example_state
from generator.spec import load_specs
from generator.stub.answers import Answer, method_not_allowed
from generator.stub.api import ApiAnswers
from generator.stub.records import Recorded
from generator.stub.routes import Routes
from generator.stub.server import Incoming, Server
from generator.stub.state import Items, Store

HOST = "127.0.0.1"
MARK_PATH = "/_stub/mark"


class Stub:
    """The API as the spec folder describes it, on 127.0.0.1; use `with Stub(dir) as stub:` in tests."""

    def __init__(self, spec_dir: Path, port: int = 0, log: Callable[[str], None] | None = None):
        self.api, self.endpoints = load_specs(spec_dir)
        self.routes = Routes(self.endpoints)
        self.store = Store()
        self.log = log
        self._lock = threading.Lock()
        self._requests: list[Recorded] = []
        self._label = ""
        self._checkpoint: Items | None = None
        self._prepared: dict[str, Items] = {}  # per label: the state its sample starts from
        self._server = Server((HOST, port), self.respond)
        self._answers = ApiAnswers(self.api, self.routes, self.store, self.url)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port the stub listens on (the one chosen by the system when asked for 0)."""
        return self._server.server_address[1]

    @property
    def address(self) -> str:
        """The address the stub listens on (always 127.0.0.1)."""
        return str(self._server.server_address[0])

    @property
    def url(self) -> str:
        """The base URL to build samples with."""
        return f"http://{HOST}:{self.port}"

    @property
    def mark_url(self) -> str:
        """The control endpoint's URL, with the API credentials in it (drivers send them as Basic auth)."""
        credentials = self.api.credentials
        user = quote(credentials.api_token, safe="")
        password = quote(credentials.api_secret, safe="")
        return f"http://{user}:{password}@{HOST}:{self.port}{MARK_PATH}"

    def serve_forever(self) -> None:
        """Answer requests until interrupted."""
        self._server.serve_forever()

    def start(self) -> Stub:
        """Answer requests in a background thread."""
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop answering and release the port."""
        if self._thread:
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> Stub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def requests(self) -> list[Recorded]:
        """Every API request received so far, oldest first (marks are not recorded)."""
        with self._lock:
            return list(self._requests)

    def mark(self, label: str) -> None:
        """Label the requests that follow, until the next mark (drivers mark before each sample);
        after `checkpoint`, also put the stored objects back as they were then."""
        with self._lock:
            self._label = label
            checkpoint = self._prepared.get(label, self._checkpoint)
        if checkpoint is not None:
            self.store.restore(checkpoint)

    def checkpoint(self) -> None:
        """Remember the stored objects as they are now: every later mark restores them, so each
        sample starts from the same state (a delete does not take the item of the next get)."""
        snapshot = self.store.snapshot()
        with self._lock:
            self._checkpoint = snapshot

    def reset(self) -> None:
        """Forget recorded requests, the current label, the checkpoint and every stored object."""
        with self._lock:
            self._requests.clear()
            self._label = ""
            self._checkpoint = None
            self._prepared.clear()
        self.store.clear()

    def seed(self, item_path: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Store an object at a raw item path such as `/v1/users/u/applications/a-1`, as if created."""
        route = self.routes.find("GET", item_path)
        if route is None or route.kind != "item" or route.item_id is None:
            raise ValueError(f"{item_path!r} is not an item of a collection in the spec")
        return self.store.put(route.collection, route.item_id, data or {})

    def seed_examples(self) -> list[str]:
        """Store every item the examples' answers show (generator.response.example_state: the
        application a get, update or delete sample acts on, with every property its page shows);
        returns their paths. An item two examples name keeps the first answer that has a body."""
        seeded: dict[str, dict[str, Any]] = {}
        for endpoint in self.endpoints:
            for example in endpoint.examples:
                for path, body in self._example_items(endpoint, example):
                    if path not in seeded or (body and not seeded[path]):
                        seeded[path] = body
        for path, body in seeded.items():
            self.seed(path, body)
        return list(seeded)

    def prepare(
        self,
        label: str,
        endpoint: Endpoint,
        example: Example,
        more: Iterable[tuple[str, dict[str, Any]]] = (),
    ) -> None:
        """From now on, marking `label` puts the stored objects back to exactly what the example's
        answer shows (its page's Response), whatever other samples did before; `more` items
        (raw item path, object) are stored after those (a list's further pages, in order)."""
        saved = self.store.snapshot()
        self.store.clear()
        for path, body in [*self._example_items(endpoint, example), *more]:
            self.seed(path, body)
        state = self.store.snapshot()
        self.store.restore(saved)
        with self._lock:
            self._prepared[label] = state

    def _example_items(self, endpoint: Endpoint, example: Example) -> list[tuple[str, dict]]:
        """The items the example needs (generator.response.example_state, as its page shows them)
        that are items of a collection of the spec (the stub keeps those)."""
        state = example_state(self.api, endpoint, example, self._is_item)
        return [(path, body) for path, body in state.items if self._is_item(path)]

    def _is_item(self, path: str) -> bool:
        route = self.routes.find("GET", path)
        return route is not None and route.kind == "item"

    def record(self, request: Recorded) -> None:
        """Keep one answered request, under the current label."""
        with self._lock:
            self._requests.append(request)
        if self.log:
            self.log(request.log_line())

    @property
    def label(self) -> str:
        """The label requests are recorded under now."""
        with self._lock:
            return self._label

    def respond(self, incoming: Incoming) -> Answer:
        """Answer one request read by the server: the control endpoint, or the API (recorded)."""
        headers = {k.lower(): v for k, v in incoming.headers}
        if incoming.path == MARK_PATH:  # the control endpoint: answered, never recorded
            return incoming.refusal or self._control(incoming, headers)
        answer = incoming.refusal or self._answers.answer(
            incoming.method, incoming.path, incoming.query, headers, incoming.body
        )
        received = (incoming.method, incoming.path, incoming.query, incoming.headers)
        self.record(Recorded(self.label, *received, incoming.body, answer.status, answer.body))
        return answer

    def _control(self, incoming: Incoming, headers: dict[str, str]) -> Answer:
        refused = self._answers.unauthorized(headers)
        if refused is not None:
            return refused
        if incoming.method != "POST":
            message = f"{MARK_PATH} takes POST (with a label), not {incoming.method}"
            return method_not_allowed(message, ["POST"])
        self.mark(incoming.body.decode("utf-8", "replace"))
        return Answer(204)


def log_to_stderr(line: str) -> None:
    """Print one request line to stderr (the stub command's log)."""
    print(line, file=sys.stderr, flush=True)
