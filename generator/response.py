"""What the API answers one example: status, the headers that matter and the JSON body.

One description serves the page (its Response block and each tab's output), the stub (which
answers exactly this, from the items an example's state holds), the OpenAPI export and the tests.
Everything here depends only on one endpoint's spec, so an edit regenerates only its own page.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, NamedTuple
from urllib.parse import quote

from generator.filters import asked_values, select
from generator.model.calls import Example
from generator.model.endpoint import Api, Endpoint, Property, Responding
from generator.model.parameters import Parameter
from generator.paging import next_link, paging
from generator.paths import PLACEHOLDER, fill
from generator.request import build_request

Headers = tuple[tuple[str, str], ...]
JSON_TYPE: Headers = (("Content-Type", "application/json"),)
NEW_ID = "id"  # the placeholder of the default Location: `{path}/{id}`
GENERATED_TIME = "2017-01-01T12:00:00Z"  # what a generated date-time property holds


def creates(endpoint: Endpoint) -> bool:
    """Whether the endpoint is a POST to a collection (its path does not end with an id)."""
    return endpoint.method == "POST" and not endpoint.path.endswith("}")


def is_list(endpoint: Endpoint) -> bool:
    """Whether the endpoint lists a collection (a GET whose path does not end with an id)."""
    return endpoint.method == "GET" and not endpoint.path.endswith("}")


def responding(endpoint: Endpoint) -> Responding:
    """The endpoint's `response`, defaults filled in: 201 with the new item's Location for a POST
    to a collection, else 200 without one (Catapult's answers)."""
    given = endpoint.responding
    if given is None and creates_each(endpoint):
        return Responding(202)  # one result per item of the body (results_body)
    status = given.status if given else (201 if creates(endpoint) else 200)
    location = given.location if given else None
    if location is None and status == 201 and creates(endpoint):
        location = f"{endpoint.path}/{{{NEW_ID}}}"
    return Responding(status, location)


def creates_each(endpoint: Endpoint) -> bool:
    """Whether a POST to a collection creates one item per item of an array body."""
    return creates(endpoint) and endpoint.body.is_array


def has_body(endpoint: Endpoint) -> bool:
    """Whether the answer carries a JSON body: a GET's does (the item, or one page of items)."""
    return endpoint.method == "GET" and responding(endpoint).status != 204


def accepted(location: str) -> dict[str, str]:
    """One item's result in the answer to an array body's create."""
    return {"result": "accepted", "location": location}


def _same(param: Parameter | None, a: Any, b: Any) -> bool:
    if param is not None and param.type == "enum" and param.any_case:
        return isinstance(a, str) and isinstance(b, str) and a.lower() == b.lower()
    return type(a) is type(b) and a == b


def _as_number(param: Parameter | None, value: Any) -> Any:
    """A number written as text ("5") as the number, where the API reads it so (`numeric_text`)."""
    if param is None or not param.numeric_text or not isinstance(value, str):
        return value
    try:
        number = json.loads(value)  # "7" -> 7 and "7.5" -> 7.5, as the example writes them
    except ValueError:
        return value
    return number if isinstance(number, (int, float)) and not isinstance(number, bool) else value


def new_id(endpoint: Endpoint, values: Mapping[str, Any]) -> str:
    """The id of the item a request creates, e.g. `a-1f0c9b2e7d41`: the same for every request
    the API reads as the same (nulls and defaults left out, enums in any case where the API reads
    them so, numbers as text where it reads them so), so every language's sample of an example gets the id its page shows.
    """
    params = {p.name: p for p in endpoint.parameters}
    kept: dict[str, Any] = {}
    for name, value in values.items():
        param = params.get(name)
        if value is None or (
            param is not None and param.default is not None and _same(param, value, param.default)
        ):
            continue
        lowered = param is not None and param.any_case and isinstance(value, str)
        kept[name] = value.lower() if lowered else _as_number(param, value)
    text = json.dumps([endpoint.method, endpoint.path, kept], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()[:12]
    return f"{id_prefix(location_collection(endpoint))}-{digest}"


def id_prefix(collection: str) -> str:
    """The letter ids of a collection start with: its last segment's initial (`a` for
    applications), as the API's ids do."""
    last = collection.rstrip("/").rsplit("/", 1)[-1]
    return last[:1].lower() if last[:1].isalnum() and last[:1].isascii() else "x"


def location_collection(endpoint: Endpoint) -> str:
    """The path template of the collection a new item lands in (its Location without the id)."""
    location = responding(endpoint).location or f"{endpoint.path}/{{{NEW_ID}}}"
    return location.rsplit("/", 1)[0]


def location_path(endpoint: Endpoint, path_values: Mapping[str, str], item_id: str) -> str:
    """The path of the new item's Location: the endpoint's path values (as given, unquoted)
    and the new id filled into its `location` (or the default `{path}/{id}`)."""
    location = responding(endpoint).location or f"{endpoint.path}/{{{NEW_ID}}}"
    quoted = {k: quote(v, safe="") for k, v in path_values.items()}
    return fill(location, {**quoted, PLACEHOLDER.findall(location)[-1]: quote(item_id, safe="")})


def generated_value(prop: Property, item_id: str) -> Any:
    """A type-correct, fixed value for a property the example does not give: the item's id, the
    declared default, the first allowed value, a date-time or URL by name, else a plain value."""
    if prop.name == "id":
        return item_id
    if prop.default is not None:
        return prop.default
    if prop.type == "enum":
        return prop.values[0] if prop.values else ""
    if prop.type == "string":
        if prop.name == "time" or prop.name.endswith("Time"):
            return GENERATED_TIME
        if prop.name.lower().endswith("url"):
            return f"https://example.com/{prop.name}"
        return "example"
    return {"boolean": False, "integer": 0, "number": 0, "array": [], "object": {}}[prop.type]


def item_body(endpoint: Endpoint, item_id: str, given: Mapping[str, Any] | None) -> dict[str, Any]:
    """One item as the endpoint answers it: every property (the example's values where it gives
    them), in declared order, and its id (last when no property is named `id`, as stored)."""
    body = {p.name: generated_value(p, item_id) for p in endpoint.properties}
    body.update(given or {})
    body["id"] = item_id  # in its place when a property is named `id`, else last
    return body


class ExampleResponse(NamedTuple):
    """What the API answers an example's request: status, the headers that matter, the body."""

    status: int
    headers: Headers
    body: Any  # None: no body

    def ids(self) -> list[str]:
        """The ids a library hands back: the new item's (Location's last segment), else the
        body's id, or each listed item's."""
        location = dict(self.headers).get("Location")
        if location:
            return [location.rsplit("/", 1)[-1]]
        if isinstance(self.body, list):  # a page of items, or an array create's results
            return [
                (
                    str(item["location"]).rsplit("/", 1)[-1]
                    if "location" in item
                    else str(item.get("id", ""))
                )
                for item in self.body
            ]
        if isinstance(self.body, dict):
            return [str(self.body.get("id", ""))]
        return []

    @property
    def status_line(self) -> str:
        """`HTTP/1.1 201 Created`."""
        return f"HTTP/1.1 {self.status} {HTTPStatus(self.status).phrase}"

    def text(self) -> str:
        """As a reader sees it: the status line, the headers that matter, the JSON body."""
        lines = [self.status_line, *(f"{k}: {v}" for k, v in self.headers)]
        if self.body is not None:
            lines += ["", json.dumps(self.body, indent=2, ensure_ascii=False)]
        return "\n".join(lines)


class ExampleState(NamedTuple):
    """The items the API holds when an example runs: raw item path -> stored object."""

    items: tuple[tuple[str, dict[str, Any]], ...]


def _item_paths(api: Api, endpoint: Endpoint, path: str) -> list[str]:
    """The items a request path lies under or names (`/calls/c-1` of `/calls/c-1/audio`): the
    path cut after each path parameter but the account."""
    segments, template = path.split("/"), endpoint.path.split("/")
    found = []
    for i, part in enumerate(template):
        names = PLACEHOLDER.findall(part)
        if names and names != [api.account_parameter] and i < len(segments):
            found.append("/".join(segments[: i + 1]))
    return found


def example_state(
    api: Api,
    endpoint: Endpoint,
    example: Example,
    taken_as_item: Callable[[str], bool] | None = None,
) -> ExampleState:
    """What the API holds when the example runs, parents first: every item its path lies under
    (the conference of a member, which ruby-bandwidth fetches first), the one it names (which a
    GET answers with every property), for a list the one item it answers (holding what its
    filters ask for), and the path itself
    where the server takes it for an item (`taken_as_item`: petstore's `/user/createWithArray`
    beside `/user/{username}`, whose POST updates it)."""
    request = build_request(api, endpoint, example)
    items: list[tuple[str, dict[str, Any]]] = []
    for path in _item_paths(api, endpoint, request.path):
        item_id = path.rsplit("/", 1)[-1]
        answered = path == request.path and has_body(endpoint)
        items.append(
            (path, item_body(endpoint, item_id, example.response_body) if answered else {})
        )
    held = {path for path, _ in items}
    if taken_as_item is not None and request.path not in held and taken_as_item(request.path):
        items.append((request.path, {}))  # before the item listed under it
    if is_list(endpoint) and has_body(endpoint):
        item_id = listed_id(endpoint, example)
        shown = {**asked_values(endpoint, example), **(example.response_body or {})}
        items.append((f"{request.path}/{item_id}", item_body(endpoint, item_id, shown)))
    return ExampleState(tuple(items))


def listed_id(endpoint: Endpoint, example: Example) -> str:
    """The id of the item a list example answers: its `response.body` id, else a fixed one."""
    given = (example.response_body or {}).get("id")
    if isinstance(given, str):
        return given
    digest = hashlib.sha256(f"{endpoint.path}|{example.id}".encode()).hexdigest()[:12]
    return f"{id_prefix(endpoint.path)}-{digest}"


def example_values(api: Api, endpoint: Endpoint, example: Example) -> dict[str, Any]:
    """The query and body values of an example's request, as the API reads them (typed)."""
    return {a.name: a.value for a in example.arguments if a.parameter.location != "path"}


def example_response(
    api: Api, endpoint: Endpoint, example: Example, base_url: str
) -> ExampleResponse:
    """What the API (and the stub) answers the example's request, its server at `base_url`."""
    answer = responding(endpoint)
    request = build_request(api, endpoint, example)
    if creates_each(endpoint) and answer.location is None:
        results = []
        for item in example.items:
            new = new_id(endpoint, {a.name: a.value for a in item})
            results.append(accepted(f"{base_url}{request.path}/{new}"))
        return ExampleResponse(answer.status, JSON_TYPE, results)
    if answer.location is not None:
        params = {a.name: str(a.value) for a in example.arguments if a.parameter.location == "path"}
        params[api.account_parameter] = api.credentials.user_id
        new = new_id(endpoint, example_values(api, endpoint, example))
        where = location_path(endpoint, params, new)
        return ExampleResponse(answer.status, (("Location", f"{base_url}{where}"),), None)
    if not has_body(endpoint):
        return ExampleResponse(answer.status, (), None)
    state = dict(example_state(api, endpoint, example).items)
    if not is_list(endpoint):
        return ExampleResponse(answer.status, JSON_TYPE, state[request.path])
    values = example_values(api, endpoint, example)
    page, size = paging(endpoint, values)
    held = [body for path, body in state.items() if path.rsplit("/", 1)[0] == request.path]
    listed = select(endpoint, values, held)
    start = page * size
    headers: Headers = JSON_TYPE
    shown = listed[start : start + size]
    last = str(shown[-1]["id"]) if shown else ""
    link = next_link(endpoint, f"{base_url}{request.path}", request.query.items(), page, size, last)
    if len(listed) > start + size and link:
        headers = (*JSON_TYPE, ("Link", link))
    return ExampleResponse(answer.status, headers, shown)
