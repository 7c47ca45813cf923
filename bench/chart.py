"""Latency against graph size from a results file (bench/results/full.json) -> docs/images/benchmarks-latency.png.

Usage: python3 bench/chart.py [results.json] [out.png]   (needs matplotlib: pip install matplotlib)
"""
import json
import statistics
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

src = sys.argv[1] if len(sys.argv) > 1 else "bench/results/full.json"
out = sys.argv[2] if len(sys.argv) > 2 else "docs/images/benchmarks-latency.png"
report = json.load(open(src))
sizes = [s for s in report["sizes"] if s["size"] != "seed"]
ops = ["entity", "connection", "search", "path", "neighbourhood", "network"]
colors = dict(zip(ops, ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]))


def med(server, op, size, key, conns=1):
    xs = [r[key] for r in report["runs"]
          if r["server"] == server and r["op"] == op and r["size"] == size and r["connections"] == conns]
    return statistics.median(xs) if xs else float("nan")


fig, axes = plt.subplots(1, 2, figsize=(12, 5), sharey=True)
for ax, key in zip(axes, ["p50", "p99"]):
    for op in ops:
        xs = [s["nodes"] for s in sizes]
        ax.plot(xs, [med("icat-kg", op, s["size"], key) for s in sizes], "-o", color=colors[op], label=f"icat-kg {op}")
        ax.plot(xs, [med("floor", op, s["size"], key) for s in sizes], ":", color=colors[op], alpha=0.7)
    ax.axhline(20, color="grey", lw=0.8, ls="--")
    ax.text(xs[0], 21, "20 ms target (path, 2-hop p99)", color="grey", fontsize=8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("graph size (nodes; ~10 relations per node)")
    ax.set_title(f"{key} latency, 1 connection (solid: icat-kg, dotted: floor)")
    ax.grid(True, which="both", alpha=0.3)
axes[0].set_ylabel("ms")
axes[1].legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(out, dpi=110)
print(f"wrote {out}")
