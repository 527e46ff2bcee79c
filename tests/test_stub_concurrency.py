"""50 clients at once: each connects at the same moment, creates an item and reads it back; none
sees a reset or a refusal, and the stub holds exactly the 50 items afterwards."""

from __future__ import annotations

import http.client
import json
import threading

from generator.stub import Stub

from conftest import SPEC_DIRS
from test_stub import APPS, AUTH, VALID

CLIENTS = 50


def test_fifty_concurrent_clients_are_all_served():
    with Stub(SPEC_DIRS["applications"]) as stub:
        start = threading.Barrier(CLIENTS)
        results: dict[int, object] = {}

        def client(number: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=30)
            try:
                start.wait(timeout=30)
                connection.connect()  # all 50 connect together: the listen backlog must hold them
                body = json.dumps({**VALID, "name": f"client {number}"})
                headers = {"Authorization": AUTH, "Content-Type": "application/json"}
                connection.request("POST", APPS, body, headers)
                created = connection.getresponse()
                created.read()
                item = created.headers["Location"].removeprefix(stub.url)
                connection.request("GET", item, headers={"Authorization": AUTH})
                fetched = connection.getresponse()
                results[number] = (created.status, fetched.status, json.loads(fetched.read()))
            except Exception as exc:  # what the client saw is its result
                results[number] = exc
            finally:
                connection.close()

        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        failed = {n: r for n, r in results.items() if not isinstance(r, tuple)}
        assert not failed and len(results) == CLIENTS, failed
        for number, (created, fetched, item) in results.items():
            assert (created, fetched, item["name"]) == (201, 200, f"client {number}")
        listed, more = stub.store.page(APPS, 0, 100)
        assert sorted(i["name"] for i in listed) == sorted(f"client {n}" for n in range(CLIENTS))
        assert len(stub.requests) == 2 * CLIENTS and not more
