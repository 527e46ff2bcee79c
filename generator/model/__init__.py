"""The validated, typed model of an API spec that templates see."""

from generator.model.calls import Argument, CallArg, Example, Lack, LibraryCall, Result
from generator.model.endpoint import (
    Api,
    Credentials,
    Endpoint,
    Property,
    Responding,
    in_reading_order,
    reading_order,
)
from generator.model.parameters import (
    JSON,
    RULE_KINDS,
    Body,
    Location,
    NullIs,
    Parameter,
    ParamType,
    Rule,
    table_rows,
)
from generator.paths import section_of

__all__ = [
    "JSON",
    "RULE_KINDS",
    "Api",
    "Argument",
    "Body",
    "CallArg",
    "Credentials",
    "Endpoint",
    "Example",
    "Lack",
    "LibraryCall",
    "Location",
    "NullIs",
    "ParamType",
    "Parameter",
    "Property",
    "Responding",
    "Result",
    "Rule",
    "in_reading_order",
    "reading_order",
    "section_of",
    "table_rows",
]
