"""Synthetic API specs for the scale benchmark: N endpoints in resource groups of five, valid specs."""

from __future__ import annotations

import re
from pathlib import Path

PUBLISHED_API = Path(__file__).resolve().parent.parent / "spec" / "_api.yaml"

# One resource group: list, create, get, update, delete, with parameter counts of a real API
# (the published Create Application has 9 body parameters; lists take paging and filters).
_LIST = """\
resource: {Resources}
item_name: {item}
title: List {Resources}
description: >-
  Lists the {resources} of a user, one page at a time, newest first. Filters narrow the list
  down; see the [FAQ](https://example.com/faq) for paging.
method: GET
path: /v1/users/{{userId}}/{resources}
parameters:
  - name: page
    in: query
    type: integer
    minimum: 0
    default: 0
    description: The page of results to return, starting at 0.
  - name: size
    in: query
    type: integer
    minimum: 1
    maximum: 1000
    default: 25
    description: How many {resources} a page holds.
  - name: state
    in: query
    type: enum
    values: [active, archived]
    description: Only {resources} in this state.
  - name: name
    in: query
    type: string
    description: Only {resources} whose name starts with this text.
examples:
  - title: "{Resources}, ten per page"
    values:
      size: 10
  - title: Active {resources} named like 'Sample'
    values:
      size: 50
      state: active
      name: Sample
sdk:
  node-bandwidth: {{resource: {Item}, method: list, result: list}}
  Bandwidth.Net: {{resource: {Item}, method: List, data_class: {Item}Query, result: list, async: false}}
  ruby-bandwidth: {{resource: {Item}, method: list, result: list}}
  bandwidth-sdk: {{client: account, method: list_{items}, result: list}}
"""

_CREATE = """\
resource: {Resources}
item_name: {item}
title: Create {Item}
description: >-
  Creates a {item} that can handle calls and messages for one of your phone numbers. Many
  numbers can share a {item}; the response carries the new {item}'s id.
method: POST
path: /v1/users/{{userId}}/{resources}
parameters:
  - name: name
    type: string
    mandatory: true
    description: A name you choose for this {item}.
  - name: incomingCallUrl
    type: string
    description: A URL where call events will be sent for an inbound call.
  - name: incomingCallUrlCallbackTimeout
    type: integer
    default: 10000
    maximum: 10000
    description: How long the platform waits for incomingCallUrl's response, in milliseconds.
  - name: incomingCallFallbackUrl
    type: string
    description: The URL used when the request to incomingCallUrl fails.
  - name: incomingMessageUrl
    type: string
    description: A URL where message events will be sent for an inbound message.
  - name: incomingMessageUrlCallbackTimeout
    type: integer
    default: 10000
    maximum: 10000
    description: How long the platform waits for incomingMessageUrl's response, in milliseconds.
  - name: incomingMessageFallbackUrl
    type: string
    description: The URL used when the request to incomingMessageUrl fails.
  - name: callbackHttpMethod
    type: enum
    values: [GET, POST]
    default: POST
    description: Whether callback events are sent with HTTP GET or HTTP POST.
  - name: autoAnswer
    type: boolean
    default: true
    description: Whether an incoming call is answered automatically.
rules:
  - at_least_one_of: [incomingCallUrl, incomingMessageUrl]
examples:
  - title: "Create a {item} named: 'MyFirst{Item}'"
    values:
      name: MyFirst{Item}
      incomingCallUrl: http://example.com/calls.php
      incomingMessageUrl: http://example.com/messages.php
      callbackHttpMethod: GET
      autoAnswer: true
  - title: Create a {item} with every parameter set
    values:
      name: Sample{Item}2
      incomingCallUrl: http://your-server.com/CallCallback
      incomingCallUrlCallbackTimeout: 5000
      incomingCallFallbackUrl: http://your-fallback-server.com/CallCallback
      incomingMessageUrl: http://your-server.com/MsgCallback
      incomingMessageUrlCallbackTimeout: 8000
      incomingMessageFallbackUrl: http://your-fallback-server.com/MsgCallback
      callbackHttpMethod: POST
      autoAnswer: false
sdk:
  node-bandwidth: {{resource: {Item}, method: create}}
  Bandwidth.Net: {{resource: {Item}, method: CreateAsync, data_class: Create{Item}Data, result: id}}
  ruby-bandwidth: {{resource: {Item}, method: create}}
  bandwidth-sdk: {{client: account, method: create_{item_id}, result: id}}
"""

_GET = """\
resource: {Resources}
item_name: {item}
title: Get {Item}
description: Returns one {item} with every setting it has.
method: GET
path: /v1/users/{{userId}}/{resources}/{{{item_id}Id}}
parameters:
  - name: {item_id}Id
    in: path
    type: string
    description: The id of the {item}.
examples:
  - title: Get one {item}
    values:
      {item_id}Id: a-zuwwfzzrbea
sdk:
  node-bandwidth: {{resource: {Item}, method: get}}
  Bandwidth.Net: {{resource: {Item}, method: GetAsync}}
  ruby-bandwidth: {{resource: {Item}, method: get}}
  bandwidth-sdk: {{client: account, method: get_{item_id}}}
"""

_UPDATE = """\
resource: {Resources}
item_name: {item}
title: Update {Item}
description: Changes the settings of one {item}; settings not sent keep their value.
method: POST
path: /v1/users/{{userId}}/{resources}/{{{item_id}Id}}
parameters:
  - name: {item_id}Id
    in: path
    type: string
    description: The id of the {item}.
  - name: name
    type: string
    description: A new name for the {item}.
  - name: incomingCallUrl
    type: string
    description: A URL where call events will be sent for an inbound call.
  - name: incomingMessageUrl
    type: string
    description: A URL where message events will be sent for an inbound message.
  - name: callbackHttpMethod
    type: enum
    values: [GET, POST]
    description: Whether callback events are sent with HTTP GET or HTTP POST.
  - name: autoAnswer
    type: boolean
    description: Whether an incoming call is answered automatically.
examples:
  - title: Rename a {item}
    values:
      {item_id}Id: a-zuwwfzzrbea
      name: Renamed{Item}
      autoAnswer: false
sdk:
  node-bandwidth: {{resource: {Item}, method: update, result: none}}
  Bandwidth.Net: {{resource: {Item}, method: UpdateAsync, data_class: Update{Item}Data, result: none}}
  ruby-bandwidth: {{resource: {Item}, method: update, on_instance: true, result: none}}
  bandwidth-sdk: {{client: account, method: update_{item_id}, result: none}}
"""

_DELETE = """\
resource: {Resources}
item_name: {item}
title: Delete {Item}
description: Removes one {item}.
method: DELETE
path: /v1/users/{{userId}}/{resources}/{{{item_id}Id}}
parameters:
  - name: {item_id}Id
    in: path
    type: string
    description: The id of the {item}.
examples:
  - title: Delete one {item}
    values:
      {item_id}Id: a-zuwwfzzrbea
sdk:
  node-bandwidth: {{resource: {Item}, method: delete, result: none}}
  Bandwidth.Net: {{resource: {Item}, method: DeleteAsync, result: none}}
  ruby-bandwidth: {{resource: {Item}, method: delete, on_instance: true, result: none}}
  bandwidth-sdk: {{client: account, method: delete_{item_id}, result: none}}
"""

KINDS = (
    ("list", _LIST),
    ("create", _CREATE),
    ("get", _GET),
    ("update", _UPDATE),
    ("delete", _DELETE),
)


def spec_text(index: int) -> tuple[str, str]:
    """The file stem and YAML text of synthetic endpoint number `index` (0-based)."""
    group, kind = divmod(index, len(KINDS))
    name, template = KINDS[kind]
    item = f"widget{group}"
    words = {
        "Resources": f"Widgets {group}",
        "resources": f"widgets{group}",
        "Item": f"Widget{group}",
        "item": item,
        "item_id": item,
        "items": f"{item}s",
    }
    stem = f"{name}_{item}s" if name == "list" else f"{name}_{item}"
    return stem, template.format(**words)


def write_specs(folder: Path, count: int) -> list[Path]:
    """Write `_api.yaml` and `count` endpoint specs into `folder`; return the endpoint files."""
    folder.mkdir(parents=True, exist_ok=True)
    # The published API's settings without its parameter sets (the specs declare their own
    # parameters): keys the baseline's older generator knows. The endpoints' paths are no
    # library's, so their made-up sdk entries are not checked against the library surfaces.
    # null_is is left out too: the baseline may predate it, and only builds are measured.
    published = PUBLISHED_API.read_text(encoding="utf-8").split("\nparameter_sets:")[0]
    settings = re.sub(r"(?m)^(#[^\n]*\n)*null_is:[^\n]*\n", "", published + "\n")
    (folder / "_api.yaml").write_text(settings, "utf-8")
    paths = []
    for index in range(count):
        stem, text = spec_text(index)
        path = folder / f"{stem}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
