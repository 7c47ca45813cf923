"""Parse our Turtle and JSON-LD with rdflib, validate each with pyshacl against shapes/icat-kg.shacl.ttl.

usage: .venv-formats/bin/python rdf_check.py GRAPH.ttl GRAPH.jsonld SHAPES.ttl

Prints JSON: per serialisation the triple count, the entities and relations (by their icat:id), the passages,
the SHACL result (conforms, number of violations, the report text), and whether the two graphs are isomorphic.
"""

import json
import sys

from pyshacl import validate
from rdflib import Graph, Namespace, RDF
from rdflib.compare import isomorphic

ICAT = Namespace("urn:icat-kg:vocab:")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")


def ids_of(g: Graph, cls) -> list:
    return sorted(str(g.value(s, ICAT.id)) for s in set(g.subjects(RDF.type, cls)))


def describe(g: Graph, shapes: Graph) -> dict:
    conforms, report, text = validate(g, shacl_graph=shapes, inference="none", advanced=True)
    violations = len(list(report.subjects(RDF.type, SH.ValidationResult)))
    relations = {}
    for s in set(g.subjects(RDF.type, ICAT.Relation)):
        relations[str(g.value(s, ICAT.id))] = {
            "iri": str(s),
            "type": str(g.value(s, ICAT.relationType)),
            "subject": str(g.value(g.value(s, ICAT.subject), ICAT.id)),
            "object": str(g.value(g.value(s, ICAT.object), ICAT.id)),
            "assertion": str(g.value(s, ICAT.assertion)),
            "derivedFrom": len(list(g.objects(s, PROV.wasDerivedFrom))),
            "membership": (s, RDF.type, ORG.Membership) in g,
            "direct": (g.value(s, ICAT.subject), g.value(s, ICAT.predicate), g.value(s, ICAT.object)) in g,
        }
    return {
        "triples": len(g),
        "entities": ids_of(g, ICAT.Entity),
        "entityIris": sorted(str(s) for s in set(g.subjects(RDF.type, ICAT.Entity))),
        "relations": relations,
        "passages": len(set(g.subjects(RDF.type, ICAT.Passage))),
        "conforms": bool(conforms),
        "violations": violations,
        "report": text if not conforms else "",
    }


def main(ttl: str, jsonld: str, shapes_path: str) -> None:
    shapes = Graph().parse(shapes_path, format="turtle")
    a = Graph().parse(ttl, format="turtle")
    b = Graph().parse(jsonld, format="json-ld")
    print(json.dumps({"turtle": describe(a, shapes), "jsonld": describe(b, shapes), "isomorphic": isomorphic(a, b)}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
