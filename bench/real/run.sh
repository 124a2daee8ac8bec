#!/usr/bin/env bash
# The gate on a real project: runs `archdoc check` and `archdoc build` cold on a fresh copy of
# a real project (JabRef by default) with the committed bench/real/<name>/archdoc.yml, prints wall
# time and peak RSS beside javadoc with a do-nothing doclet on the same sources (the floor), the
# findings by rule and severity, and how many of them the hand-triaged bench/real/<name>/truth.tsv
# calls true, false or does not know yet.
# Then, for JabRef, the built site's size, page count, largest pages, search index and broken links
# (bench/real/site_figures.py), and screenshots of a few pages to look at.
#
#   bench/real/run.sh [JABREF_DIR]               (from anywhere; needs generator/cli/target/archdoc.jar)
#   bench/real/run.sh --project edc|adr-j [DIR]  Eclipse EDC Connector, adr-j
#
# JABREF_DIR defaults to shared/real/jabref beside an ancestor of this repository (as the corpora
# test finds shared/corpora); edc and adr-j default to the read-only git mirrors in .mirror/ beside
# an ancestor (eclipse-edc+Connector/repo, adoble+adr-j/repo), exported with `git archive HEAD`.
# The JDK is $JAVA_HOME when set, else Temurin 25 where this team's machines keep it (JabRef is
# Java 25), else `java` on the PATH. BENCH_WORK moves the scratch folder.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/bench/real"
JAR="${ARCHDOC_JAR:-$ROOT/generator/cli/target/archdoc.jar}"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -DskipTests package" >&2; exit 2; }

NAME=jabref
if [ "${1:-}" = "--project" ]; then NAME="${2:-}"; shift 2; fi
case "$NAME" in
  jabref) FIND="shared/real/jabref" ;;
  edc) FIND=".mirror/eclipse-edc+Connector/repo" ;;
  adr-j) FIND=".mirror/adoble+adr-j/repo" ;;
  *) echo "unknown project '$NAME': jabref, edc or adr-j" >&2; exit 2 ;;
esac
SOURCE="${1:-}"
if [ -z "$SOURCE" ]; then
  dir="$ROOT"
  while [ "$dir" != "/" ]; do
    if [ -d "$dir/$FIND" ]; then SOURCE="$dir/$FIND"; break; fi
    dir="$(dirname "$dir")"
  done
fi
[ -n "$SOURCE" ] && [ -d "$SOURCE" ] || { echo "no copy of $NAME found: pass its folder ($FIND)" >&2; exit 2; }

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVADOC="${JAVA_HOME:+$JAVA_HOME/bin/}javadoc"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
WORK="${BENCH_WORK:-/tmp/archdoc-bench-real}"
rm -rf "$WORK" && mkdir -p "$WORK"
# the jar as it is now: a build of the repository during the run must not change it under the JVM
cp "$JAR" "$WORK/archdoc.jar" && JAR="$WORK/archdoc.jar"
# a fresh copy each run: the project is read-only, and a cold run must find no cache in target/
PROJECT="$WORK/$NAME"
mkdir -p "$PROJECT"
if [ -f "$SOURCE/HEAD" ] && [ -d "$SOURCE/objects" ]; then # a git directory without a work tree
  git -C "$SOURCE" archive HEAD | tar -x -C "$PROJECT"
else
  cp -r "$SOURCE/." "$PROJECT" && chmod -R u+w "$PROJECT"
fi
cp "$HERE/$NAME/archdoc.yml" "$PROJECT/archdoc.yml"
# the shared copy leaves out one binary profiler snapshot (over 1 MB, shared/real/README.md) that
# JabRef has upstream and docs/performance-review/entry-editor-first-open-performance.md links:
# a stand-in at its path, so the benchmark judges JabRef, not the copy (archdoc is not told)
JFR="$PROJECT/docs/performance-review/snapshots/entry-editor-first-open-before-lazy-loading.jfr"
if [ "$NAME" = jabref ] && [ ! -e "$JFR" ]; then
  mkdir -p "$(dirname "$JFR")" && printf 'stand-in for the JFR snapshot the shared copy leaves out\n' > "$JFR"
fi

# ---- the floor: javadoc with a do-nothing doclet over the same sources, same JDK --------------
# the source folders archdoc.yml lists, else (no sources: key) every module's src/main/java
mapfile -t SOURCES < <(python3 -c 'import sys, yaml; print("\n".join(yaml.safe_load(open(sys.argv[1])).get("sources") or []))' \
  "$PROJECT/archdoc.yml" 2>/dev/null || true)
[ "${#SOURCES[@]}" -gt 0 ] && [ -n "${SOURCES[0]}" ] || mapfile -t SOURCES < <(cd "$PROJECT" && find . -type d -path '*/src/main/java' | sort)
: > "$WORK/files.txt"
for folder in "${SOURCES[@]}"; do
  find "$PROJECT/$folder" -name '*.java' ! -name module-info.java | sort >> "$WORK/files.txt"
done
mkdir -p "$WORK/noop"
"$JAVAC" -d "$WORK/noop" "$ROOT/bench/doclet/NoopDoclet.java"
# the options archdoc passed javadoc before it read the code with one javac task (ADR-33)
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

# ---- the site a reader gets (issue 16): size, pages, largest page, search index, broken links, ----
# and screenshots of the pages whose look matters, taken with headless Chromium when it is there
site_figures() { # SITE SHOTS
  local site="$1" shots="$2"
  echo
  python3 "$HERE/site_figures.py" "$site"
  local chromium
  chromium="$(command -v chromium || true)"
  [ -n "$chromium" ] || { echo "screenshots: no chromium on the PATH (apt-get install chromium)"; return 0; }
  mkdir -p "$shots"
  local page name
  for page in index.html decisions/index.html decisions/0040-display-front-cover-in-preview-tab.html \
      code-howtos/remote-storage-sql.html code-howtos/IntelliJ.html code/org.jabref.model.entry/index.html \
      code/org.jabref.model.entry/BibEntry.html; do
    [ -f "$site/$page" ] || { echo "screenshots: no $page in the site"; continue; }
    name="$(echo "${page%.html}" | tr '/' '_').png"
    timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=1280,2000 \
      --screenshot="$shots/$name" "file://$site/$page" > /dev/null 2>&1 || echo "screenshots: $page failed"
  done
  echo "screenshots: $(ls "$shots" | wc -l) in $shots"
}

seconds() { # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34" -> 12.3
  grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'
}
rss() { grep 'Maximum resident set size' "$1" | awk '{printf "%.2f", $NF / 1048576}'; }
cpu() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$1"; }

echo "$NAME at $SOURCE ($(wc -l < "$WORK/files.txt") source files), $("$JAVA" -version 2>&1 | head -1)"
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
  "$HERE/$NAME/truth.tsv" "$WORK/check.findings" "$WORK/site/drift.html"
site_figures "$WORK/site" "$WORK/screenshots"
echo
echo "outputs in $WORK (check.txt, build.err, site/drift.html, untriaged.tsv, screenshots/)"
