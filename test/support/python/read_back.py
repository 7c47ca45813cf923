"""Reads an export with tools nobody in this project wrote, and prints what they saw as JSON.

usage: /usr/bin/python3 read_back.py DIR
DIR holds network.gexf, network.graphml, nodes.csv, edges.csv, network.json (any may be missing).
"""
import csv
import json
import math
import os
import sys

import igraph
import networkx as nx

d = sys.argv[1]


def clean(v):
    # igraph fills a numeric attribute a vertex or edge lacks with NaN; JSON has null for that.
    return None if isinstance(v, float) and math.isnan(v) else v

out = {}


def path(name):
    p = os.path.join(d, name)
    return p if os.path.exists(p) else None


if path("network.gexf"):
    g = nx.read_gexf(path("network.gexf"))
    out["gexf"] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "nodeAttrs": {n: {**a} for n, a in g.nodes(data=True)},
        "edgeAttrs": {str(a.get("id", k)): {**a, "source": u, "target": v} for u, v, k, a in g.edges(keys=True, data=True)}
        if g.is_multigraph()
        else {str(a.get("id")): {**a, "source": u, "target": v} for u, v, a in g.edges(data=True)},
    }

if path("network.graphml"):
    g = nx.read_graphml(path("network.graphml"), force_multigraph=True)
    out["graphml"] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "nodeAttrs": {n: a for n, a in g.nodes(data=True)},
        "edgeAttrs": {str(a.get("id", k)): {**a, "source": u, "target": v} for u, v, k, a in g.edges(keys=True, data=True)},
    }
    ig = igraph.Graph.Read_GraphML(path("network.graphml"))
    out["igraph"] = {
        "nodes": ig.vcount(),
        "edges": ig.ecount(),
        "directed": ig.is_directed(),
        "nodeAttrs": {v["id"]: {k: clean(v[k]) for k in ig.vs.attributes()} for v in ig.vs},
        "edgeAttrs": {e["id"]: {k: clean(e[k]) for k in ig.es.attributes()} for e in ig.es},
    }

if path("nodes.csv"):
    with open(path("nodes.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out["nodesCsv"] = {"rows": len(rows), "byId": {r["id"]: r for r in rows}}
if path("edges.csv"):
    with open(path("edges.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out["edgesCsv"] = {"rows": len(rows), "byId": {r["id"]: r for r in rows}}

if path("network.json"):
    with open(path("network.json"), encoding="utf-8") as f:
        j = json.load(f)
    out["json"] = {"nodes": len(j["nodes"]), "edges": len(j["edges"]), "options": j["options"]}

json.dump(out, sys.stdout, default=str)
