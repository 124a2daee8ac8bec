#!/usr/bin/env bash
# Throughput and p50/p99 write latency of the raft-kv sample system, printed as one table:
#   - the in-JVM cluster (3 nodes, in-memory store), 1 client and 64 concurrent clients;
#   - three node processes on loopback TCP with the write-ahead log and fsync, 1 and 64 clients;
#   - the time to a new leader after kill -9 of the leader (5 runs), and this disk's fsync latency.
#
#   bench/raft/run.sh                         (from the repository root)
#   BENCH_SECONDS=10 bench/raft/run.sh        (longer measurement per row; default 5 s, warm-up 2 s)
#
# Each client issues one write at a time (a put to its own key) and waits for the answer; 64
# clients therefore keep up to 64 writes in flight, which the leader's group commit batches.
# Not a timed test: nothing asserts on the figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/sample-system/target/raft-kv.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/sample-system/src/main" -newer "$JAR" -print -quit)" ]; then
  (cd "$ROOT" && mvn -B -q -pl sample-system -am package -DskipTests)
fi
ANNOTATIONS="$(ls "$ROOT"/generator/annotations/target/archdoc-annotations-*.jar 2>/dev/null | head -1 || true)"
exec java -Dbench.seconds="${BENCH_SECONDS:-5}" -Dbench.warmup="${BENCH_WARMUP:-2}" \
  -cp "$JAR${ANNOTATIONS:+:$ANNOTATIONS}" "$ROOT/bench/raft/RaftBench.java" "$JAR"
