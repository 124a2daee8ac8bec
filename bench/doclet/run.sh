#!/usr/bin/env bash
# Times archdoc's doclet over a large real code base (Guava's sources by default) against the
# floor: plain javadoc with a do-nothing doclet over the same files, class path and options.
# Prints a table and the ratio.
#
#   bench/doclet/run.sh [RUNS]        (from the repository root; needs generator/cli/target/archdoc.jar)
#   BENCH_ARTIFACT=net.sourceforge.plantuml:plantuml-mit:1.2026.10 bench/doclet/run.sh   (another code base)
#   BENCH_JVM_FLAGS=-XX:TieredStopAtLevel=1 bench/doclet/run.sh   (same JVM flags on both sides)
#
# Both sides get the same JVM flags. With the default tiered JIT, a run this short spends much of
# its CPU in the C2 compiler, which the second core shares with the work itself; -XX:TieredStopAtLevel=1
# shows the cost of the work without that.
#
# Both sides are whole processes timed with /usr/bin/time (wall seconds, peak RSS); archdoc's side
# is `archdoc model` end to end: JVM start, javadoc, the doclet, the JSON written to disk.
set -euo pipefail
RUNS="${1:-3}"
ARTIFACT="${BENCH_ARTIFACT:-com.google.guava:guava:33.5.0-jre}"
IFS=: read -r GROUP NAME VERSION <<< "$ARTIFACT"
HEAP="${BENCH_HEAP:-1g}"
read -r -a JVM_FLAGS <<< "${BENCH_JVM_FLAGS:-}"
JAVADOC_FLAGS=(); for flag in "${JVM_FLAGS[@]}"; do JAVADOC_FLAGS+=("-J$flag"); done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/generator/cli/target/archdoc.jar"
WORK="${BENCH_WORK:-/tmp/archdoc-bench/$NAME-$VERSION}"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -pl generator/cli -am package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"

SOURCES_JAR="$HOME/.m2/repository/${GROUP//.//}/$NAME/$VERSION/$NAME-$VERSION-sources.jar"
[ -f "$SOURCES_JAR" ] || mvn -B -q dependency:get -Dartifact="$GROUP:$NAME:$VERSION:jar:sources"

# The code base's own dependencies, resolved by Maven from a throwaway pom, form the class path.
if [ ! -s "$WORK/classpath.txt" ]; then
  cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>guava-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>$GROUP</groupId><artifactId>$NAME</artifactId><version>$VERSION</version></dependency></dependencies>
</project>
POM
  mvn -B -q -f "$WORK/pom.xml" dependency:build-classpath -DexcludeArtifactIds="$NAME" -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
fi
# javadoc wants a non-empty -classpath; the sources folder itself serves when there are no dependencies
CLASSPATH_ENTRIES="$(cat "$WORK/classpath.txt" 2>/dev/null)"
CLASSPATH_ENTRIES="${CLASSPATH_ENTRIES:-$WORK/src}"

SRC="$WORK/src"
if [ ! -d "$SRC/com" ]; then
  rm -rf "$SRC" && mkdir -p "$SRC" && (cd "$SRC" && unzip -q "$SOURCES_JAR" -x 'META-INF/*')
fi
find "$SRC" -name '*.java' ! -name module-info.java | sort > "$WORK/files.txt"
FILES=$(wc -l < "$WORK/files.txt")

mkdir -p "$WORK/noop" "$WORK/harness"
javac -d "$WORK/noop" "$ROOT/bench/doclet/NoopDoclet.java"
javac -cp "$JAR" -d "$WORK/harness" "$ROOT/bench/doclet/ReadModel.java"

LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor_times=(); floor_rss=(); floor_cpu=(); archdoc_times=(); archdoc_rss=(); archdoc_cpu=()
doclet_times=(); doclet_rss=(); doclet_cpu=()
# /usr/bin/time writes "Command exited with non-zero status N" first when the command fails
measure() { tail -n 1 "$1"; }
for run in $(seq "$RUNS"); do
  # the same options archdoc's JavadocRun passes (dev.archdoc.doclet.JavadocRun#options)
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/floor.time" \
    javadoc -J-Xmx"$HEAP" "${JAVADOC_FLAGS[@]}" -quiet -private --ignore-source-errors -encoding UTF-8 -Xmaxerrs 100000 -Xmaxwarns 100000 \
      -classpath "$CLASSPATH_ENTRIES" -docletpath "$WORK/noop" -doclet NoopDoclet @"$WORK/files.txt" \
      > "$WORK/floor.log" 2>&1
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/doclet.time" \
    java -Xmx"$HEAP" "${JVM_FLAGS[@]}" -cp "$JAR:$WORK/harness" ReadModel "$SRC" . "$CLASSPATH_ENTRIES" > "$WORK/doclet.log" 2>&1 || true
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/archdoc.time" \
    java -Xmx"$HEAP" "${JVM_FLAGS[@]}" -jar "$JAR" model --project "$SRC" --source . --classpath "$CLASSPATH_ENTRIES" \
      --out "$WORK/model.json" > "$WORK/archdoc.log" 2>&1 || true
  read -r t m u s <<< "$(measure "$WORK/floor.time")"; floor_times+=("$t"); floor_rss+=("$m"); floor_cpu+=("$(echo "$u + $s" | bc)")
  read -r t m u s <<< "$(measure "$WORK/doclet.time")"; doclet_times+=("$t"); doclet_rss+=("$m"); doclet_cpu+=("$(echo "$u + $s" | bc)")
  read -r t m u s <<< "$(measure "$WORK/archdoc.time")"; archdoc_times+=("$t"); archdoc_rss+=("$m"); archdoc_cpu+=("$(echo "$u + $s" | bc)")
  echo "run $run: floor ${floor_times[-1]} s, doclet ${doclet_times[-1]} s, archdoc model ${archdoc_times[-1]} s" >&2
done
med() { printf '%s\n' "$@" | median; }
ft=$(med "${floor_times[@]}"); dt=$(med "${doclet_times[@]}"); at=$(med "${archdoc_times[@]}")
fc=$(med "${floor_cpu[@]}"); dc=$(med "${doclet_cpu[@]}"); ac=$(med "${archdoc_cpu[@]}")
fm=$(med "${floor_rss[@]}"); dm=$(med "${doclet_rss[@]}"); am=$(med "${archdoc_rss[@]}")
echo
echo "$ARTIFACT sources: $FILES files, -Xmx$HEAP ${JVM_FLAGS[*]}, median of $RUNS runs, load average before: $LOAD"
printf '%-40s %9s %12s %15s\n' "run (one JVM each)" "wall (s)" "CPU (s)" "peak RSS (MiB)"
printf '%-40s %9s %12s %15d\n' "javadoc + do-nothing doclet (floor)" "$ft" "$fc" "$((fm / 1024))"
printf '%-40s %9s %12s %15d\n' "archdoc doclet (CodeModelReader)" "$dt" "$dc" "$((dm / 1024))"
printf '%-40s %9s %12s %15d\n' "archdoc model (doclet + JSON file)" "$at" "$ac" "$((am / 1024))"
awk -v d="$dt" -v a="$at" -v f="$ft" -v dc="$dc" -v fc="$fc" 'BEGIN {
  printf "ratio doclet / floor: %.2fx wall, %.2fx CPU (target <= 1.30x); archdoc model / floor: %.2fx wall\n", d / f, dc / fc, a / f }'
tail -n 1 "$WORK/doclet.log"
