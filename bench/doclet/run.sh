#!/usr/bin/env bash
# Times archdoc's doclet over Guava's sources against the floor: plain javadoc with a do-nothing
# doclet over the same files, class path and options. Prints a table and the ratio.
#
#   bench/doclet/run.sh [RUNS]        (from the repository root; needs generator/cli/target/archdoc.jar)
#
# Both sides are whole processes timed with /usr/bin/time (wall seconds, peak RSS); archdoc's side
# is `archdoc model` end to end: JVM start, javadoc, the doclet, the JSON written to disk.
set -euo pipefail
RUNS="${1:-3}"
GUAVA="${GUAVA_VERSION:-33.5.0-jre}"
HEAP="${BENCH_HEAP:-1g}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/generator/cli/target/archdoc.jar"
WORK="${BENCH_WORK:-/tmp/archdoc-bench}"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -pl generator/cli -am package -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"

SOURCES_JAR="$HOME/.m2/repository/com/google/guava/guava/$GUAVA/guava-$GUAVA-sources.jar"
[ -f "$SOURCES_JAR" ] || mvn -B -q dependency:get -Dartifact="com.google.guava:guava:$GUAVA:jar:sources"

# Guava's own dependencies, resolved by Maven from a throwaway pom, form the class path.
if [ ! -s "$WORK/classpath.txt" ]; then
  cat > "$WORK/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>guava-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>$GUAVA</version></dependency></dependencies>
</project>
POM
  mvn -B -q -f "$WORK/pom.xml" dependency:build-classpath -DexcludeArtifactIds=guava -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
fi
CLASSPATH_ENTRIES="$(cat "$WORK/classpath.txt")"

SRC="$WORK/guava-src"
if [ ! -d "$SRC/com" ]; then
  rm -rf "$SRC" && mkdir -p "$SRC" && (cd "$SRC" && unzip -q "$SOURCES_JAR" -x 'META-INF/*')
fi
find "$SRC" -name '*.java' ! -name module-info.java | sort > "$WORK/files.txt"
FILES=$(wc -l < "$WORK/files.txt")

mkdir -p "$WORK/noop" && javac -d "$WORK/noop" "$ROOT/bench/doclet/NoopDoclet.java"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor_times=(); floor_rss=(); archdoc_times=(); archdoc_rss=()
for run in $(seq "$RUNS"); do
  # the same options archdoc's JavadocRun passes (dev.archdoc.doclet.JavadocRun#options)
  /usr/bin/time -f "%e %M" -o "$WORK/floor.time" \
    javadoc -J-Xmx"$HEAP" -quiet -private --ignore-source-errors -encoding UTF-8 -Xmaxerrs 100000 -Xmaxwarns 100000 \
      -classpath "$CLASSPATH_ENTRIES" -docletpath "$WORK/noop" -doclet NoopDoclet @"$WORK/files.txt" \
      > "$WORK/floor.log" 2>&1
  /usr/bin/time -f "%e %M" -o "$WORK/archdoc.time" \
    java -Xmx"$HEAP" -jar "$JAR" model --project "$SRC" --source . --classpath "$CLASSPATH_ENTRIES" \
      --out "$WORK/guava-model.json" > "$WORK/archdoc.log" 2>&1 || true
  read -r t m < "$WORK/floor.time"; floor_times+=("$t"); floor_rss+=("$m")
  read -r t m < "$WORK/archdoc.time"; archdoc_times+=("$t"); archdoc_rss+=("$m")
  echo "run $run: floor ${floor_times[-1]} s, archdoc ${archdoc_times[-1]} s" >&2
done
ft=$(printf '%s\n' "${floor_times[@]}" | median); at=$(printf '%s\n' "${archdoc_times[@]}" | median)
fm=$(printf '%s\n' "${floor_rss[@]}" | median); am=$(printf '%s\n' "${archdoc_rss[@]}" | median)
echo
echo "Guava $GUAVA sources: $FILES files, -Xmx$HEAP, median of $RUNS runs"
printf '%-34s %10s %14s\n' "run" "wall (s)" "peak RSS (MiB)"
printf '%-34s %10s %14d\n' "javadoc + do-nothing doclet" "$ft" "$((fm / 1024))"
printf '%-34s %10s %14d\n' "archdoc model (doclet + JSON)" "$at" "$((am / 1024))"
awk -v a="$at" -v f="$ft" 'BEGIN { printf "ratio archdoc / floor: %.2fx (target <= 1.30x)\n", a / f }'
tail -n 1 "$WORK/archdoc.log"
