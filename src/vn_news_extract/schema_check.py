"""The record schema and the fact registry kept in step.

``record_schema`` gives the schema the records are validated against: ``schemas/article.schema.json``,
plus a generated entry for any registered kind the file does not describe (a kind added with one registry
line validates at once).  ``registry_problems`` lists where the file and the registry disagree; the test
suite requires it to be empty, so a field added to a fact type without the schema (or the reverse) fails.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from typing import Any

from .model import public_fields

_JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def _json_type(annotation: str) -> dict[str, Any]:
    """A JSON Schema type for a field annotation written as a string (``"str | None"``)."""
    parts = [p.strip() for p in annotation.split("|")]
    types: list[str] = []
    for part in parts:
        if part == "None":
            types.append("null")
        elif part.startswith(("tuple[", "list[")):
            types.append("array")
        else:
            types.append(_JSON_TYPES.get(part, "object"))
    return {"type": types[0] if len(types) == 1 else types}


def fact_schema(fact_type: type) -> dict[str, Any]:
    """The schema of one fact of ``fact_type``: its public fields, each required unless ``omit_none``."""
    annotations = {f.name: str(f.type) for f in dataclasses.fields(fact_type)}
    public = public_fields(fact_type)
    return {
        "type": "object",
        "properties": {name: _json_type(annotations[name]) for name, _omit in public},
        "required": [name for name, omit in public if not omit],
    }


def record_schema(base: dict[str, Any], kinds: Iterable[Any]) -> dict[str, Any]:
    """``base`` with an array-of-facts property (required) for each kind it lacks."""
    missing = [k for k in kinds if k.name not in base.get("properties", {})]
    if not missing:
        return base
    schema = copy.deepcopy(base)
    for kind in missing:
        schema["properties"][kind.name] = {"type": "array", "items": fact_schema(kind.fact_type)}
        schema.setdefault("required", []).append(kind.name)
    return schema


def registry_problems(base: dict[str, Any], kinds: Iterable[Any]) -> list[str]:
    """Where the schema file and the registered fact types disagree (empty: in step)."""
    problems = []
    properties = base.get("properties", {})
    for kind in kinds:
        if kind.name not in properties:
            continue
        items = properties[kind.name].get("items", {})
        in_schema = set(items.get("properties", {}))
        public = public_fields(kind.fact_type)
        in_type = {name for name, _omit in public}
        for name in sorted(in_type - in_schema):
            problems.append(
                f"{kind.name}.{name}: a field of {kind.fact_type.__name__} the schema does not list"
            )
        for name in sorted(in_schema - in_type):
            problems.append(f"{kind.name}.{name}: in the schema, not a field of {kind.fact_type.__name__}")
        optional = {name for name, omit in public if omit}
        for name in sorted(set(items.get("required", [])) & optional):
            problems.append(f"{kind.name}.{name}: required by the schema but left out when None")
    return problems
