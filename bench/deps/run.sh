#!/usr/bin/env bash
# How true archdoc's type dependencies are: compiles a real code base with javac, takes the
# class-level dependencies from the bytecode with jdeps (JDK 17's), runs `archdoc model` on the
# same sources and prints archdoc's precision and recall against jdeps at top-level-class
# granularity, after excusing the differences bytecode and source are known to have (computed,
# see README.md), with every remaining difference listed in a report file.
#
#   bench/deps/run.sh [guava|sample|all]     (from the repository root; needs generator/cli/target/archdoc.jar)
#   ARCHDOC_JAR=/path/to/older/archdoc.jar bench/deps/run.sh   (measure another build)
#   BENCH_ARTIFACT=com.google.guava:guava:33.4.8-jre bench/deps/run.sh guava
set -euo pipefail
WHAT="${1:-all}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="${ARCHDOC_JAR:-$ROOT/generator/cli/target/archdoc.jar}"
WORK="${BENCH_WORK:-/tmp/archdoc-bench/deps}"
ARTIFACT="${BENCH_ARTIFACT:-com.google.guava:guava:33.4.8-jre}"
ASM_VERSION="$(sed -n 's:.*<asm.version>\(.*\)</asm.version>.*:\1:p' "$ROOT/pom.xml")"
ASM="$HOME/.m2/repository/org/ow2/asm/asm/$ASM_VERSION/asm-$ASM_VERSION.jar"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -DskipTests package" >&2; exit 2; }
[ -f "$ASM" ] || mvn -B -q dependency:get -Dartifact="org.ow2.asm:asm:$ASM_VERSION"
mkdir -p "$WORK/harness"
# the comparison is the same code the test DependencyAccuracyTest runs
javac -nowarn -cp "$JAR:$ASM" -d "$WORK/harness" \
  "$ROOT/generator/doclet/src/test/java/dev/archdoc/doclet/deps/DependencyComparison.java"
TAG="$(basename "$JAR" .jar)"

# compare NAME SRC CLASSPATH_FILE: compiles SRC, runs jdeps and archdoc, prints one line
compare() {
  local name="$1" src="$2" cpfile="$3" out="$WORK/$1"
  mkdir -p "$out"
  find "$src" -name '*.java' ! -name module-info.java ! -name package-info.java | sort > "$out/files.txt"
  if [ ! -f "$out/classes.done" ]; then
    rm -rf "$out/classes" && mkdir -p "$out/classes"
    javac -J-Xmx2g -nowarn -proc:none -encoding UTF-8 -d "$out/classes" -cp "$(cat "$cpfile")" @"$out/files.txt" \
      > "$out/javac.log" 2>&1 || { echo "javac failed on $name, see $out/javac.log" >&2; exit 1; }
    touch "$out/classes.done"
  fi
  local cp; cp="$(cat "$cpfile")"
  /usr/bin/time -f "%e %M" -o "$out/model-$TAG.time" \
    java -Xmx2g -jar "$JAR" model --project "$src" --source . ${cp:+--classpath "$cp"} --out "$out/model-$TAG.json" \
      > "$out/model-$TAG.log" 2>&1 || true
  read -r secs rss < <(tail -n 1 "$out/model-$TAG.time")
  local summary
  summary="$(java -cp "$JAR:$ASM:$WORK/harness" dev.archdoc.doclet.deps.DependencyComparison \
    "$out/classes" "$cpfile" "$out/model-$TAG.json" "$out/report-$TAG.txt")"
  printf '%-8s %-22s %5d files  %s  (archdoc model %.1f s, %d MiB)\n  report: %s\n' \
    "$name" "$TAG" "$(wc -l < "$out/files.txt")" "$summary" "$secs" "$((rss / 1024))" "$out/report-$TAG.txt"
}

if [ "$WHAT" = guava ] || [ "$WHAT" = all ]; then
  IFS=: read -r GROUP NAME VERSION <<< "$ARTIFACT"
  G="$WORK/$NAME-$VERSION-src"
  SOURCES_JAR="$HOME/.m2/repository/${GROUP//.//}/$NAME/$VERSION/$NAME-$VERSION-sources.jar"
  [ -f "$SOURCES_JAR" ] || mvn -B -q dependency:get -Dartifact="$GROUP:$NAME:$VERSION:jar:sources"
  if [ ! -d "$G/com" ]; then
    rm -rf "$G" && mkdir -p "$G" && (cd "$G" && unzip -q "$SOURCES_JAR" -x 'META-INF/*')
  fi
  # the code base's compile dependencies, resolved by Maven from a throwaway pom
  if [ ! -s "$WORK/$NAME-classpath.txt" ]; then
    mkdir -p "$WORK/pom-$NAME"
    cat > "$WORK/pom-$NAME/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>deps-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>$GROUP</groupId><artifactId>$NAME</artifactId><version>$VERSION</version></dependency></dependencies>
</project>
POM
    mvn -B -q -f "$WORK/pom-$NAME/pom.xml" dependency:build-classpath -DexcludeArtifactIds="$NAME" \
      -Dmdep.outputFile="$WORK/$NAME-classpath.txt" >/dev/null
  fi
  compare "$NAME" "$G" "$WORK/$NAME-classpath.txt"
fi

if [ "$WHAT" = sample ] || [ "$WHAT" = all ]; then
  ls "$ROOT"/generator/annotations/target/archdoc-annotations-*.jar | head -n 1 | tr -d '\n' > "$WORK/sample-classpath.txt"
  rm -f "$WORK/sample/classes.done"
  compare sample "$ROOT/sample-system/src/main/java" "$WORK/sample-classpath.txt"
fi
