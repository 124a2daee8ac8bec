#!/usr/bin/env bash
# The gate on a real project: runs `archdoc check` and `archdoc build` cold on a fresh copy of
# JabRef with the committed bench/real/jabref/archdoc.yml, prints wall time and peak RSS beside
# javadoc with a do-nothing doclet on the same sources (the floor), the findings by rule and
# severity, and how many of them the hand-triaged bench/real/jabref/truth.tsv calls true, false
# or does not know yet.
#
#   bench/real/run.sh [JABREF_DIR]      (from anywhere; needs generator/cli/target/archdoc.jar)
#
# JABREF_DIR defaults to shared/real/jabref beside an ancestor of this repository (as the corpora
# test finds shared/corpora). JabRef is Java 25: the JDK is $JAVA_HOME when set, else Temurin 25
# where this team's machines keep it, else `java` on the PATH. BENCH_WORK moves the scratch folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/real"
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
JAVADOC="${JAVA_HOME:+$JAVA_HOME/bin/}javadoc"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
WORK="${BENCH_WORK:-/tmp/archdoc-bench-real}"
rm -rf "$WORK" && mkdir -p "$WORK"
# a fresh copy each run: the project is read-only, and a cold run must find no cache in target/
cp -r "$SOURCE" "$WORK/jabref" && chmod -R u+w "$WORK/jabref"
cp "$HERE/jabref/archdoc.yml" "$WORK/jabref/archdoc.yml"
PROJECT="$WORK/jabref"

# ---- the floor: javadoc with a do-nothing doclet over the same sources, same JDK --------------
SOURCES=(jablib jabgui jabsrv jabkit jabls)
: > "$WORK/files.txt"
for module in "${SOURCES[@]}"; do
  find "$PROJECT/$module/src/main/java" -name '*.java' ! -name module-info.java | sort >> "$WORK/files.txt"
done
mkdir -p "$WORK/noop"
"$JAVAC" -d "$WORK/noop" "$ROOT/bench/doclet/NoopDoclet.java"
# the options archdoc's JavadocRun passes (dev.archdoc.doclet.JavadocRun#options)
/usr/bin/time -v -o "$WORK/floor.time" "$JAVADOC" -quiet -private --ignore-source-errors -encoding UTF-8 \
  -Xmaxerrs 100000 -Xmaxwarns 100000 -classpath "$WORK/noop" -docletpath "$WORK/noop" -doclet NoopDoclet \
  @"$WORK/files.txt" > "$WORK/floor.log" 2>&1 || true

# ---- archdoc, cold, default heap ----------------------------------------------------------
set +e
# archdoc runs a command that reads a project in a child JVM with its default heap (ADR-27); time -v
# reports the larger process, so the sum over the process tree is sampled beside it
tree_rss_peak() { # pid -> the largest sum of RSS (KiB) over it and its descendants, sampled every 0.2 s
  local root=$1 peak=0 sum
  while kill -0 "$root" 2>/dev/null; do
    sum=$(ps -e -o pid=,ppid=,rss= | awk -v r="$root" '{ p[$1] = $2; m[$1] = $3 }
      END { s = 0; for (x in p) { y = x; n = 0; while (y != r && (y in p) && n++ < 64) y = p[y]; if (y == r) s += m[x] } print s }')
    [ "$sum" -gt "$peak" ] && peak=$sum
    sleep 0.2
  done
  echo "$peak"
}
/usr/bin/time -v -o "$WORK/check.time" "$JAVA" -jar "$JAR" check --project "$PROJECT" > "$WORK/check.txt" 2> "$WORK/check.err" &
TIMED=$!
CHECK_TREE_KIB=$(tree_rss_peak $TIMED)
wait $TIMED
CHECK_EXIT=$?
/usr/bin/time -v -o "$WORK/build.time" "$JAVA" -jar "$JAR" build --project "$PROJECT" --out "$WORK/site" > "$WORK/build.txt" 2> "$WORK/build.err"
BUILD_EXIT=$?
set -e

seconds() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34" -> 12.3
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'
}
rss() { grep 'Maximum resident set size' "$1" | awk '{printf "%.2f", $NF / 1048576}'; }
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }

echo "JabRef at $SOURCE ($(wc -l < "$WORK/files.txt") source files), $("$JAVA" -version 2>&1 | head -1)"
echo "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '\n%-34s %8s %8s %12s %6s\n' "run" "wall s" "CPU s" "peak RSS GiB" "exit"
printf '%-34s %8s %8s %12s %6s\n' "javadoc + do-nothing doclet" "$(seconds "$WORK/floor.time")" "$(cpu "$WORK/floor.time")" "$(rss "$WORK/floor.time")" "-"
printf '%-34s %8s %8s %12s %6s\n' "archdoc check (cold)" "$(seconds "$WORK/check.time")" "$(cpu "$WORK/check.time")" "$(rss "$WORK/check.time")" "$CHECK_EXIT"
printf '%-34s %8s %8s %12s %6s\n' "  (check's process tree together)" "" "" "$(awk -v k="$CHECK_TREE_KIB" 'BEGIN { printf "%.2f", k / 1048576 }')" ""
printf '%-34s %8s %8s %12s %6s\n' "archdoc build (after check)" "$(seconds "$WORK/build.time")" "$(cpu "$WORK/build.time")" "$(rss "$WORK/build.time")" "$BUILD_EXIT"
echo
[ "$CHECK_EXIT" -le 1 ] || { echo "check failed (exit $CHECK_EXIT):"; head -5 "$WORK/check.err" "$WORK/check.txt"; }
# findings keyed by path relative to the project (site pages as site/...): the scratch folder varies.
# build prints its first 50 findings; its drift page holds them all
cat "$WORK/check.txt" "$WORK/check.err" > "$WORK/check.findings"
python3 "$HERE/triage.py" --prefix "$PROJECT/=" --prefix "$WORK/site/=site/" \
  "$HERE/jabref/truth.tsv" "$WORK/check.findings" "$WORK/site/drift.html"
echo
echo "outputs in $WORK (check.txt, build.err, site/drift.html, untriaged.tsv)"
