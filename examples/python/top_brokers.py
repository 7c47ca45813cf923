#!/usr/bin/env python3
"""Top brokers of the ICAT network, computed by networkx from the icat-kg API.

Pulls the same network two ways -- the GraphQL `network` query, and the GEXF export (`/export/network.gexf`,
GEXF 1.2 by default, which networkx reads; it does not read 1.3) -- builds networkx graphs from both, computes
betweenness centrality, and prints the top brokers next to the score the API itself computed (a node attribute
of the export). Tables use pandas when it is installed (Debian: python3-pandas), plain text otherwise.

    /usr/bin/python3 examples/python/top_brokers.py http://127.0.0.1:4000 [--year 2019] [--types ORGANISATION]
        [--top 5] [--json]

Needs only the standard library (urllib) and networkx (Debian: python3-networkx).
"""

import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from io import BytesIO

import networkx as nx

try:
    import pandas as pd
except ImportError:  # pandas is optional: the same table is printed as text without it
    pd = None

NETWORK_QUERY = """
query Network($year: Int, $types: [EntityType!]) {
  network(year: $year, types: $types) {
    nodes { id label type }
    edges { source target type }
  }
}
"""


def graphql(base, query, variables):
    request = urllib.request.Request(
        urllib.parse.urljoin(base, "/graphql"),
        data=json.dumps({"query": query, "variables": variables}).encode("utf-8"),
        headers={"content-type": "application/json", "accept": "application/graphql-response+json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as res:
            body = json.load(res)
    except urllib.error.HTTPError as err:
        body = json.load(err)
    if body.get("errors"):
        raise SystemExit("the API answered: " + "; ".join(e["message"] for e in body["errors"]))
    return body["data"]


def ties(graph):
    """The API's "ties" view (docs/reference/ANALYTICS.md): undirected, one edge per related pair, no self-relations."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    simple.add_edges_from((a, b) for a, b in graph.edges() if a != b)
    return simple


def from_graphql(base, year, types):
    data = graphql(base, NETWORK_QUERY, {"year": year, "types": types})["network"]
    graph = nx.MultiDiGraph()
    for n in data["nodes"]:
        graph.add_node(n["id"], label=n["label"], type=n["type"])
    for e in data["edges"]:
        graph.add_edge(e["source"], e["target"], type=e["type"])
    return graph


def from_gexf(base, year, types):
    params = {}
    if year is not None:
        params["year"] = str(year)
    if types:
        params["types"] = ",".join(types)
    url = urllib.parse.urljoin(base, "/export/network.gexf") + "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=120) as res:
            return nx.read_gexf(BytesIO(res.read()))
    except urllib.error.HTTPError as err:
        raise SystemExit(f"the export answered HTTP {err.code}: {err.read().decode('utf-8', 'replace')}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the API's base URL, e.g. http://127.0.0.1:4000")
    parser.add_argument("--year", type=int, default=None, help="only relations of this year")
    parser.add_argument("--types", default=None, help="entity types, comma-separated, e.g. ORGANISATION")
    parser.add_argument("--top", type=int, default=5, help="how many brokers to print (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    types = args.types.split(",") if args.types else None

    via_graphql = ties(from_graphql(args.url, args.year, types))
    exported = from_gexf(args.url, args.year, types)
    via_gexf = ties(exported)
    # networkx's normalized betweenness is the API's BETWEENNESS (docs/reference/ANALYTICS.md: 2/((n-1)(n-2))).
    b_graphql = nx.betweenness_centrality(via_graphql, normalized=True)
    b_gexf = nx.betweenness_centrality(via_gexf, normalized=True)

    rows = [
        {
            "id": node,
            "label": via_graphql.nodes[node].get("label", node),
            "type": via_graphql.nodes[node].get("type"),
            "betweenness": b_graphql[node],
            "betweenness_gexf": b_gexf.get(node),
            "betweenness_api": exported.nodes[node].get("betweenness") if node in exported else None,
        }
        for node in via_graphql.nodes
    ]
    rows.sort(key=lambda r: (-r["betweenness"], r["label"].lower()))
    top = rows[: args.top]
    summary = {
        "nodes": {"graphql": via_graphql.number_of_nodes(), "gexf": via_gexf.number_of_nodes()},
        "ties": {"graphql": via_graphql.number_of_edges(), "gexf": via_gexf.number_of_edges()},
        "max_difference_graphql_gexf": max((abs(r["betweenness"] - r["betweenness_gexf"]) for r in rows), default=0.0),
        "top": top,
    }
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return

    scope = f"{args.year}" if args.year is not None else "all years"
    print(f"ICAT network ({scope}{', ' + args.types if args.types else ''}): "
          f"{summary['nodes']['graphql']} entities, {summary['ties']['graphql']} related pairs "
          f"(GraphQL) / {summary['nodes']['gexf']}, {summary['ties']['gexf']} (GEXF export)")
    print(f"Top {len(top)} brokers by betweenness (networkx; the API's own score beside it):")
    if pd is not None:
        table = pd.DataFrame(top, columns=["id", "label", "type", "betweenness", "betweenness_gexf", "betweenness_api"])
        table.index = range(1, len(table) + 1)
        print(table.to_string(float_format=lambda x: f"{x:.4f}"))
    else:
        print("(pandas is not installed: plain text)")
        for i, r in enumerate(top, 1):
            print(f"{i:>3}  {r['label']:<40} {r['betweenness']:.4f}  {r['betweenness_gexf']:.4f}  {r['betweenness_api']:.4f}")
    print(f"GraphQL and GEXF agree to {summary['max_difference_graphql_gexf']:.1e}.")


if __name__ == "__main__":
    main()
