"""Recomputes the API's metrics with networkx from a GraphML export, and prints the largest differences.

usage: /usr/bin/python3 agreement.py network.graphml RESOLUTION
The graphs are built as docs/reference/ANALYTICS.md defines them: degrees on the directed multigraph of relations;
betweenness, closeness, eigenvector on the undirected simple graph of ties; PageRank on the directed graph
weighted by relations per ordered pair; Louvain on the undirected graph weighted by relations per pair.
"""
import json
import sys

import networkx as nx

path, resolution = sys.argv[1], float(sys.argv[2])
m = nx.read_graphml(path, force_multigraph=True)

ties = nx.Graph()
ties.add_nodes_from(m.nodes)
flow = nx.DiGraph()
flow.add_nodes_from(m.nodes)
for u, v in m.edges():
    if u == v:
        continue
    ties.add_edge(u, v, weight=ties.get_edge_data(u, v, {"weight": 0})["weight"] + 1)
    flow.add_edge(u, v, weight=flow.get_edge_data(u, v, {"weight": 0})["weight"] + 1)

expected = {
    "degree": dict(m.degree()),
    "inDegree": dict(m.in_degree()),
    "outDegree": dict(m.out_degree()),
    "betweenness": nx.betweenness_centrality(ties, normalized=True),
    "closeness": nx.closeness_centrality(ties, wf_improved=True),
    "eigenvector": nx.eigenvector_centrality(ties, max_iter=100, tol=1e-6),
    "pagerank": nx.pagerank(flow, alpha=0.85, weight="weight", max_iter=100, tol=1e-6),
}
diff = {}
for metric, values in expected.items():
    diff[metric] = max(abs(float(m.nodes[n][metric]) - values[n]) for n in m.nodes)

ours = {}
for n in m.nodes:
    ours.setdefault(int(m.nodes[n]["community"]), set()).add(n)
ours_q = nx.community.modularity(ties, list(ours.values()), weight="weight", resolution=resolution)
theirs = nx.community.louvain_communities(ties, weight="weight", resolution=resolution, seed=2019)
theirs_q = nx.community.modularity(ties, theirs, weight="weight", resolution=resolution)

json.dump(
    {
        "nodes": m.number_of_nodes(),
        "edges": m.number_of_edges(),
        "maxDiff": diff,
        "oursModularity": ours_q,
        "networkxModularity": theirs_q,
        "networkxCommunities": len(theirs),
        "oursCommunities": len(ours),
    },
    sys.stdout,
)
