"""Validate a FollowTheMoney JSON-lines file with followthemoney, then load it with nomenklatura.

usage: .venv-formats/bin/python ftm_check.py FILE.ftm.json

Prints JSON: the entities by schema, every problem found (unknown schema or property, abstract schema, a value
its property's type rejects, a missing required property, a reference to an entity not in the file or of the
wrong schema), what nomenklatura's store holds after loading the file, and per entity its schema and properties
(for the caller to compare with the API).
"""

import json
import sys
from pathlib import Path

from followthemoney import model, registry
from nomenklatura.db import make_session
from nomenklatura.resolver import Resolver
from nomenklatura.store import load_entity_file_store


def main(path: str) -> None:
    problems = []
    entities = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            data = json.loads(line)
            eid = data.get("id")
            schema = model.get(data.get("schema", ""))
            if schema is None:
                problems.append(f"line {n}: unknown schema {data.get('schema')!r}")
                continue
            if schema.abstract:
                problems.append(f"line {n}: abstract schema {schema.name}")
            if not registry.entity.validate(eid or ""):
                problems.append(f"line {n}: invalid entity id {eid!r}")
            if eid in entities:
                problems.append(f"line {n}: duplicate id {eid!r}")
            props = data.get("properties", {})
            for name, values in props.items():
                prop = schema.get(name)
                if prop is None:
                    problems.append(f"{eid}: {schema.name} has no property {name!r}")
                    continue
                if not isinstance(values, list) or not values:
                    problems.append(f"{eid}: {name} is not a non-empty list")
                    continue
                for v in values:
                    if not isinstance(v, str) or not prop.type.validate(v):
                        problems.append(f"{eid}: {name}={v!r} is not a valid {prop.type.name}")
            for req in schema.required:
                if not props.get(req):
                    problems.append(f"{eid}: {schema.name} requires {req!r}")
            entities[eid] = (schema, props)
    # References: every entity-typed value names an entity of the file whose schema is in the property's range.
    for eid, (schema, props) in entities.items():
        for name, values in props.items():
            prop = schema.get(name)
            if prop is None or prop.type != registry.entity:
                continue
            for v in values:
                target = entities.get(v)
                if target is None:
                    problems.append(f"{eid}: {name} refers to {v!r}, not in the file")
                elif prop.range is not None and not target[0].is_a(prop.range):
                    problems.append(f"{eid}: {name} refers to a {target[0].name}, not a {prop.range.name}")

    resolver = Resolver(make_session("sqlite:///:memory:"), create=True)
    store = load_entity_file_store(Path(path), resolver=resolver)
    view = store.default_view()
    loaded = list(view.entities())
    adjacent = sum(1 for e in loaded for _ in view.get_adjacent(e))
    by_schema = {}
    for schema, _ in entities.values():
        by_schema[schema.name] = by_schema.get(schema.name, 0) + 1
    print(
        json.dumps(
            {
                "count": len(entities),
                "bySchema": by_schema,
                "edges": sum(1 for s, _ in entities.values() if s.edge),
                "problems": problems,
                "nomenklatura": {"entities": len(loaded), "adjacent": adjacent},
                "entities": {eid: {"schema": s.name, "properties": p} for eid, (s, p) in entities.items()},
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
