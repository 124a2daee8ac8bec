#!/usr/bin/env bash
# Save-to-visible in `archdoc serve` on JabRef: starts serve on a fresh copy, waits for its first
# build, then saves one Java file (a `//!` prose line added before BibEntry's class) and prints how
# long until the served type page shows that line, next to the server's own account of the rebuild.
#
#   bench/real/serve.sh [JABREF_DIR]      (needs generator/cli/target/archdoc.jar; JDK as run.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="${ARCHDOC_JAR:-$ROOT/generator/cli/target/archdoc.jar}"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -DskipTests package" >&2; exit 2; }
SOURCE="${1:-}"
if [ -z "$SOURCE" ]; then
  dir="$ROOT"
  while [ "$dir" != "/" ]; do
    if [ -d "$dir/shared/real/jabref" ]; then SOURCE="$dir/shared/real/jabref"; break; fi
    dir="$(dirname "$dir")"
  done
fi
[ -n "$SOURCE" ] && [ -d "$SOURCE" ] || { echo "no JabRef copy found: pass its folder (shared/real/jabref)" >&2; exit 2; }
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

WORK="${BENCH_WORK:-/tmp/archdoc-bench-serve}"
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$SOURCE" "$WORK/jabref" && chmod -R u+w "$WORK/jabref"
cp "$ROOT/bench/real/jabref/archdoc.yml" "$WORK/jabref/archdoc.yml"
# the JFR snapshot the shared copy leaves out, as run.sh puts it (so the rebuild's count of errors
# is JabRef's: the 7 of bench/real/jabref/truth.tsv)
JFR="$WORK/jabref/docs/performance-review/snapshots/entry-editor-first-open-before-lazy-loading.jfr"
[ -e "$JFR" ] || { mkdir -p "$(dirname "$JFR")" && printf 'stand-in for the JFR snapshot the shared copy leaves out\n' > "$JFR"; }
PORT="${PORT:-$((20000 + RANDOM % 20000))}"
FILE="$WORK/jabref/jablib/src/main/java/org/jabref/model/entry/BibEntry.java"
PAGE="http://127.0.0.1:$PORT/code/org.jabref.model.entry/BibEntry.html"

"$JAVA" -jar "$JAR" serve --project "$WORK/jabref" --port "$PORT" > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
now() { date +%s.%N; }
start="$(now)"
until grep -q "archdoc: build 1 " "$WORK/serve.err" 2>/dev/null; do
  kill -0 $SERVER 2>/dev/null || { echo "serve stopped:"; cat "$WORK/serve.err"; exit 1; }
  sleep 0.2
done
first="$(now)"
# the server starts listening once its first build is done: give it a minute to answer
for _ in $(seq 300); do curl -sf "$PAGE" > /dev/null && break; sleep 0.2; done
curl -sf "$PAGE" > /dev/null || { echo "no page at $PAGE"; exit 1; }

MARK="saved-at-$(date +%s%N)"
saved="$(now)"
sed -i "0,/^public class BibEntry/s//\/\/! $MARK\npublic class BibEntry/" "$FILE"
# read the page whole before searching it: grep -q closing the pipe early fails curl, and pipefail the test
until page="$(curl -sf "$PAGE" 2>/dev/null)" && [[ "$page" == *"$MARK"* ]]; do
  sleep 0.05
done
seen="$(now)"
sleep 0.5 # the log line of the rebuild follows the swap
echo "JabRef, $("$JAVA" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf 'first build (cold):      %6.1f s\n' "$(echo "$first - $start" | bc)"
printf 'save to visible (1 Java file): %6.1f s\n' "$(echo "$seen - $saved" | bc)"
grep "archdoc: build 2 " "$WORK/serve.err" || true
