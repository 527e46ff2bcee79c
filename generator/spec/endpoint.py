"""Read one endpoint file: every check of an endpoint, in the order they run, in one place."""

from __future__ import annotations

from pathlib import Path

from generator.model.endpoint import Api, Endpoint
from generator.spec import schema
from generator.spec.body import read_body, read_when
from generator.spec.calls import check_call_fields, choose_calls
from generator.spec.collector import read_spec
from generator.spec.declarations import Sets, read_declarations, read_properties
from generator.spec.examples import read_examples, read_rules
from generator.spec.list_roles import check_filtered_examples, check_list_roles, with_list_roles
from generator.spec.parameters import check_path, read_parameters, with_api_nulls
from generator.spec.responses import (
    check_property_fields,
    read_responding,
    with_response_bodies,
)
from generator.spec.sdk import check_sent_as_given, check_surfaces, read_calls, surface_carry
from generator.spec.sdk_parameters import check_lacks, check_unsupported
from generator.spec.text import (
    check_item_name,
    check_links,
    check_resource,
    check_titles,
    singular,
)
from generator.spec.typos import misspelt_declarations


def load_endpoint(path: Path, api: Api | None) -> Endpoint:
    """Read and check one endpoint spec (with `api` None, checks that need it are skipped)."""
    if api is None:
        return read_endpoint(path, None, None)
    return read_endpoint(
        path, api.account_parameter, api.parameter_sets, api.check_sdk, null_is=api.null_is
    )


def read_endpoint(
    path: Path,
    account: str | None,
    sets: Sets | None,
    check_sdk: bool = True,
    *,
    null_is: str | None = None,
) -> Endpoint:
    """Read and check one endpoint spec, given the account parameter and the parameter sets
    when they are known (`check_sdk`: sdk entries against the library surfaces; `null_is`:
    _api.yaml's rule for nulls)."""
    found = read_spec(path, schema.ENDPOINT, "an endpoint spec")
    data = found.data
    check_links(data, found)
    check_titles(data, found)
    check_resource(data, found)
    check_item_name(data, found)
    declared = read_declarations(data, sets, found)
    params = with_list_roles(declared, read_parameters(data, declared, account, found, sets))
    check_path(data, declared, account, found)
    misspelt = misspelt_declarations(data, declared, account, found)
    rules = read_rules(data, declared, found, misspelt)
    body = read_body(data, found)
    when = read_when(data, params, declared.names, found)
    examples = read_examples(data, params, declared, rules, account, found, misspelt, body)
    calls = read_calls(data, params, found)
    check_call_fields(data, params, calls, found)
    check_unsupported(data, declared, found, misspelt)
    check_lacks(data, params, declared, found, misspelt)
    properties = read_properties(data, sets, found)
    check_property_fields(data, properties, found)
    path_names = {p.name for p in params.values() if p.location == "path"}
    responding = read_responding(data, path_names, account, found)
    answers_body = data.get("method") == "GET" and (responding is None or responding.status != 204)
    examples = with_response_bodies(data, examples, properties, answers_body, found)
    check_list_roles(data, declared, params, properties, found)
    check_filtered_examples(data, examples, params, found)
    described = check_sdk and not found.problems and check_surfaces(data, params, calls, found)
    if not found.problems:
        carry = surface_carry(data) if described else None
        examples = choose_calls(data, examples, calls, carry, found)
    if described and not found.problems:
        check_sent_as_given(data, examples, found)
    found.raise_if_any()
    return Endpoint(
        id=path.stem,
        source=str(path),
        resource=data["resource"].strip(),
        item_name=data.get("item_name") or singular(data["resource"]),
        title=data["title"].strip(),
        description=data["description"].strip(),
        method=data["method"],
        path=data["path"],
        parameters=tuple(with_api_nulls(params, null_is).values()),
        rules=rules,
        examples=examples,
        calls={library: alternatives[-1] for library, alternatives in calls.items()},
        properties=properties,
        alternatives=calls,
        responding=responding,
        body=body,
        when=when,
    )
