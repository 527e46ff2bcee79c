"""What the real API would answer to one well-framed request: auth, route, checks, REST state."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from generator.filters import select
from generator.model import Api, Endpoint
from generator.paging import CURSOR, next_link, page_of, pages_by_cursor, paging
from generator.response import accepted, location_path, new_id, responding
from generator.spec.values import typed_query_value
from generator.stub.answers import (
    Answer,
    basic_auth,
    error_answer,
    json_answer,
    method_not_allowed,
    not_found,
)
from generator.stub.body import parse_body
from generator.stub.checks import (
    Violation,
    array_violations,
    check_query,
    item_error,
    schema_violations,
)
from generator.stub.routes import READS, Route, Routes, Template, choose
from generator.stub.state import Store


class ApiAnswers:
    """The API's side of the conversation, for one spec folder, answering under `base_url`."""

    def __init__(self, api: Api, routes: Routes, store: Store, base_url: str):
        self.api, self.routes, self.store, self.base_url = api, routes, store, base_url

    def unauthorized(self, headers: dict[str, str]) -> Answer | None:
        """The 401 for a request without the spec's Basic credentials, or None when it has them."""
        credentials = self.api.credentials
        if basic_auth(headers.get("authorization")) == (
            credentials.api_token,
            credentials.api_secret,
        ):
            return None
        challenge = (("WWW-Authenticate", 'Basic realm="api-samples stub"'),)
        message = "Basic auth does not match the API token and secret"
        return error_answer(401, "unauthorized", message, challenge)

    def answer(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> Answer:
        """What the real API would answer to one request (headers keyed in lower case)."""
        refused = self.unauthorized(headers)
        if refused is not None:
            return refused
        route = self.routes.find(method, path)
        if route is None:
            return error_answer(404, "not-found", f"no endpoint in the spec has the path {path}")
        account = route.params.get(self.api.account_parameter)
        if account is not None and account != self.api.credentials.user_id:
            message = (
                f"{self.api.account_parameter} '{account}' does not belong to these credentials"
            )
            return error_answer(403, "forbidden", message)
        pairs = parse_qsl(query, keep_blank_values=True)
        action = route.action(method)
        if route.endpoint is None or action is None:
            # Not in the spec: only the reads client libraries make on their own (ruby-bandwidth
            # fetches what it created); writes must be declared.
            if action not in READS:
                declared = "a declared endpoint" if self.routes.declares(path) else "no endpoint"
                message = f"the spec has {declared} for {method} {path}"
                return method_not_allowed(message, self.routes.allowed(route, path))
            return self._act(action, route, {n: typed_query_value(None, v) for n, v in pairs}, {})
        data, unreadable = parse_body(body, headers.get("content-type"))
        if unreadable:
            status = 415 if unreadable.code == "unsupported-media-type" else 400
            return error_answer(status, unreadable.code, unreadable.message)
        # Several files on one method and path: the one this request is for, checked as it says.
        endpoint = choose(route.candidates, dict(pairs), data)
        route = replace(route, endpoint=endpoint)
        cursor = [v for k, v in pairs if k == CURSOR] if pages_by_cursor(endpoint) else []
        pairs = [(k, v) for k, v in pairs if not cursor or k != CURSOR]  # the Link's, not a filter
        values, problems = check_query(endpoint, pairs)
        if len(cursor) > 1:
            problems.append(Violation(CURSOR, "duplicate-parameter", f"{CURSOR} is given twice"))
        if endpoint.body.is_array:
            problems += array_violations(endpoint, data)
        elif endpoint.located("body"):
            problems += schema_violations(endpoint, "body", data)
        elif data != {}:
            message = f"{method} {endpoint.path} takes no body"
            problems.append(Violation("", "invalid-body", message))
        if problems:
            return error_answer(400, problems[0].code, "; ".join(p.message for p in problems))
        if action == "create" and isinstance(data, list):
            return self._create_each(route, data)
        if isinstance(data, list):  # an array body elsewhere: every item must fit, then done
            problems = [v for item in data for v in schema_violations(endpoint, "body", item)]
            if problems:
                return error_answer(400, problems[0].code, "; ".join(p.message for p in problems))
            missing = self._missing_parent(route.collection)
            return missing or Answer(200)
        answer = self._act(action, route, values, data, pairs, cursor[0] if cursor else None)
        if answer.status >= 300:
            return answer
        path_values = Template.of(endpoint.path).match(path) or {}
        fields = data if isinstance(data, dict) else {}
        return self._as_declared(endpoint, answer, path_values, values, fields)

    def _as_declared(
        self,
        endpoint: Endpoint,
        done: Answer,
        path_values: dict[str, str],
        query: dict[str, Any],
        body: dict[str, Any],
    ) -> Answer:
        """A declared endpoint's answer with its `response`: its status, and the new item's
        Location (stored there, under the id every request meaning the example's gets)."""
        answering = responding(endpoint)
        if answering.location is None:
            return Answer(answering.status, done.headers, done.body)
        item_id = new_id(endpoint, {**query, **body})
        location = location_path(endpoint, path_values, item_id)
        collection = location.rsplit("/", 1)[0]
        if self.store.get(collection, item_id) is not None:  # the same request again: a new id
            item_id = self.store.create(collection, {})
            location = location_path(endpoint, path_values, item_id)
        self.store.put(collection, item_id, body)
        return Answer(answering.status, (("Location", f"{self.base_url}{location}"),))

    def _create_each(self, route: Route, items: list[dict[str, Any]]) -> Answer:
        """An array body's create, as the API answers a multi-message send: 202 and one result
        per item, in order: `accepted` with the new item's `location`, or `error` with why."""
        missing = self._missing_parent(route.collection)
        if missing is not None or route.endpoint is None:
            return missing or not_found(route.collection, "")
        results = []
        for item in items:
            problems = schema_violations(route.endpoint, "body", item)
            if problems:
                results.append(item_error(problems))
                continue
            item_id = new_id(route.endpoint, item)  # the id the example's page shows
            if self.store.get(route.collection, item_id) is not None:
                item_id = self.store.create(route.collection, item)
            self.store.put(route.collection, item_id, item)
            results.append(accepted(f"{self.base_url}{route.collection}/{item_id}"))
        return json_answer(202, results)

    def _act(
        self,
        action: str,
        route: Route,
        query: dict[str, Any],
        data: Any,
        pairs: list[tuple[str, str]] | None = None,
        after: str | None = None,
    ) -> Answer:
        store, collection, item_id = self.store, route.collection, route.item_id or ""
        missing = self._missing_parent(collection)
        if missing is not None:
            return missing
        if action == "create":  # stored by _as_declared, where `response` says
            return Answer(201)
        if action == "replace":  # the item the body names by id, or a new one
            given: dict[str, Any] = data if isinstance(data, dict) else {}
            new_id = str(given.get("id") or "") or store.create(collection, {})
            return json_answer(200, store.put(collection, new_id, given))
        if action == "list":
            return self._list(route, query, pairs or [], after)
        if action == "get":
            item = store.get(collection, item_id)
            return json_answer(200, item) if item is not None else not_found(collection, item_id)
        if action == "update":
            found = store.update(collection, item_id, data)
            return Answer(200) if found else not_found(collection, item_id)
        found = store.delete(collection, item_id)  # the one action left
        return Answer(200) if found else not_found(collection, item_id)

    def _list(
        self, route: Route, query: dict[str, Any], pairs: list[tuple[str, str]], after: str | None
    ) -> Answer:
        """One page of the items the request's filters keep, in its sort's order, with a Link
        to the next that keeps the filters."""
        page, size = paging(route.endpoint, query)
        listed = select(route.endpoint, query, self.store.listed(route.collection))
        found = page_of(listed, [str(i["id"]) for i in listed], page, size, after)
        if found is None:
            return error_answer(400, "invalid-parameter", f"{CURSOR} '{after}' names no item")
        items, more = found
        url = f"{self.base_url}{route.collection}"
        last = str(items[-1]["id"]) if items else ""
        link = next_link(route.endpoint, url, pairs, page, size, last)
        return json_answer(200, items, (("Link", link),) if more and link else ())

    def _missing_parent(self, collection: str) -> Answer | None:
        """The 404 for a sub-collection (a call's events) whose parent item does not exist."""
        head, _, _ = collection.rstrip("/").rpartition("/")
        parent, _, parent_id = head.rpartition("/")
        if not parent_id or not self.routes.declares(parent):
            return None
        if self.store.get(parent, parent_id) is None:
            return not_found(parent, parent_id)
        return None
