#!/usr/bin/env bash
# archdoc's site build at growing sizes, against Hugo, MkDocs and Ruby Asciidoctor, as one table.
#
#   bench/site/run.sh                         (from the repository root; sizes 100,1000,5000)
#   bench/site/run.sh --sizes 100,1000        (a quicker run)
#   bench/site/run.sh --sizes 1000 --runs 3   (median of 3 runs per figure)
#   BENCH_JAR=/tmp/archdoc-before.jar bench/site/run.sh   (another build of the CLI, e.g. before a change)
#
# For each size N it generates, with bench/site/Generate.java (seeded, so every run sees the same
# files), three projects:
#   full            N ADRs in every format, N/5 AsciiDoc pages, N/50 PlantUML diagrams, 2N/5 Java
#                   files in four layers; `archdoc check` must find 0 errors or the run stops
#   markdown-adrs   N Markdown ADRs alone, also laid out as a Hugo and a MkDocs site
#   asciidoc-pages  N AsciiDoc pages alone, which Ruby Asciidoctor converts too
# and times whole processes with /usr/bin/time (wall seconds, peak RSS): a fresh JVM per figure,
# archdoc with -Xmx$BENCH_HEAP (2g: the 5,000-ADR target is "under 2 GiB of heap"). Cold = no site
# and no target/archdoc-cache; no-change and one-ADR = the same again with the caches of the build
# before. serve: the time from saving an ADR to the reload event (bench/site/ServeProbe.java).
#
# Needs generator/cli/target/archdoc.jar and Debian's hugo, mkdocs and asciidoctor
# (apt-get install -y hugo mkdocs asciidoctor). Not a timed test: nothing asserts on the figures.
set -euo pipefail
SIZES="100,1000,5000"
RUNS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="${BENCH_JAR:-$ROOT/generator/cli/target/archdoc.jar}"
HEAP="${BENCH_HEAP:-2g}"
SAVES="${BENCH_SAVES:-5}"
WORK="${BENCH_WORK:-/tmp/archdoc-bench/site}"
[ -f "$JAR" ] || { echo "build the CLI first: mvn -B -q -pl generator/cli -am package -DskipTests" >&2; exit 2; }
for tool in hugo mkdocs asciidoctor; do
  command -v "$tool" > /dev/null || { echo "needs $tool: apt-get install -y hugo mkdocs asciidoctor" >&2; exit 2; }
done
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
rm -rf "$WORK" && mkdir -p "$WORK"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
ARCHDOC=(java -Xmx"$HEAP" -jar "$JAR")

# timed LOG CMD...: runs CMD, prints "wall_seconds peak_rss_kib cpu_seconds"; its output goes to LOG.
# A command that fails (out of heap, say) prints "fail <rss> fail": the table shows it and the notes
# say why, and the other figures are still measured.
timed() {
  local log="$1"; shift
  if ! /usr/bin/time -f "%e %M %U %S" -o "$log.time" "$@" > "$log" 2>&1; then
    echo "failed: $* (see $log): $(grep -m1 -E 'Error|error|Exception' "$log" | cut -c1-120)" >> "$WORK/failures.txt"
    tail -n 1 "$log.time" | awk '{print "fail", $2, "fail"}'
    return
  fi
  tail -n 1 "$log.time" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}'
}
# median of RUNS runs of timed (by wall time)
timed_median() {
  local log="$1"; shift
  for _ in $(seq "$RUNS"); do timed "$log" "$@"; done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'
}
# cold LOG PROJECT CMD...: as timed_median, with the site and archdoc's caches removed before each run
cold() {
  local log="$1" project="$2"; shift 2
  for _ in $(seq "$RUNS"); do
    rm -rf "$project/site" "$project/target/archdoc-cache"
    sync # the last run's writes would otherwise be flushed during this one (Hugo's 1 s became 6 s)
    timed "$log" "$@"
  done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'
}
wall() { cut -d' ' -f1 <<< "$1"; }
rss_mib() { awk '{printf "%d", $2 / 1024}' <<< "$1"; }
cpu() { cut -d' ' -f3 <<< "$1"; }
# the arithmetic helpers pass "fail" through
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "fail" || b == "fail" || b <= 0) print "-"; else printf "%.2fx", a / b }'; }
per_item_ms() { awk -v t="$1" -v n="$2" 'BEGIN { if (t == "fail") print "fail"; else printf "%.2f", 1000 * t / n }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "fail") print "fail"; else printf "%.2f", a - b }'; }

JVM_START="$(timed_median "$WORK/version.log" "${ARCHDOC[@]}" --version)"

declare -A ROW
ROW_ORDER=()
row() { # row NAME VALUE: appends VALUE to the row NAME, in first-seen order
  if [ -z "${ROW[$1]+x}" ]; then ROW_ORDER+=("$1"); ROW[$1]=""; fi
  ROW[$1]+="$(printf '%17s' "$2")"
}
NOTES=()
for N in "${SIZE_LIST[@]}"; do
  PAGES=$((N / 5)); DIAGRAMS=$((N / 50 > 0 ? N / 50 : 1)); JAVA=$((2 * N / 5))
  FULL="$WORK/full-$N"; MD="$WORK/markdown-adrs-$N"; ADOC="$WORK/asciidoc-pages-$N"
  echo "size $N: generating (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  java "$ROOT/bench/site/Generate.java" --out "$FULL" --adrs "$N" --pages "$PAGES" --diagrams "$DIAGRAMS" --java "$JAVA"
  java "$ROOT/bench/site/Generate.java" --out "$MD" --adrs "$N" --kind markdown-adrs
  java "$ROOT/bench/site/Generate.java" --out "$ADOC" --pages "$N" --kind asciidoc-pages

  echo "size $N: full project (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  CHECK="$(timed_median "$WORK/check-$N.log" "${ARCHDOC[@]}" check --project "$FULL")"
  grep -q "archdoc check: 0 errors" "$WORK/check-$N.log" || {
    echo "the generated project of size $N is not clean:" >&2; tail -n 20 "$WORK/check-$N.log" >&2; exit 1; }
  COLD="$(cold "$WORK/cold-$N.log" "$FULL" "${ARCHDOC[@]}" build --project "$FULL" --timings)"
  NOTES+=("N=$N cold $(grep -o 'timings: .*' "$WORK/cold-$N.log" || echo failed)")
  NOCHANGE="$(timed_median "$WORK/nochange-$N.log" "${ARCHDOC[@]}" build --project "$FULL" --timings)"
  NOTES+=("N=$N no-change $(grep -o 'timings: .*' "$WORK/nochange-$N.log" || echo failed)")
  CHANGED_ADR="$(ls "$FULL"/arch-docs/decisions/0001-*.md)"
  for _ in $(seq "$RUNS"); do
    echo "One more sentence, written at $(date +%s%N)." >> "$CHANGED_ADR"
    timed "$WORK/one-adr-$N.log" "${ARCHDOC[@]}" build --project "$FULL" --timings
  done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}' > "$WORK/one-adr-$N.result"
  ONE_ADR="$(cat "$WORK/one-adr-$N.result")"
  ITEMS=$((N + PAGES + DIAGRAMS + JAVA))

  echo "size $N: serve (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  "${ARCHDOC[@]}" serve --project "$FULL" --port 0 > "$WORK/serve-$N.out" 2> "$WORK/serve-$N.log" &
  SERVE_PID=$!
  URL=""
  for _ in $(seq 600); do
    URL="$(grep -o 'http://[^ ]*' "$WORK/serve-$N.out" 2>/dev/null || true)"
    [ -n "$URL" ] && break
    kill -0 "$SERVE_PID" 2>/dev/null || break
    sleep 0.2
  done
  SERVE="- - 0"
  if [ -n "$URL" ]; then
    SERVE="$(java "$ROOT/bench/site/ServeProbe.java" "$URL" "$CHANGED_ADR" \
      "decisions/$(basename "${CHANGED_ADR%.md}").html" "$SAVES" || echo "- - 0")"
  fi
  kill "$SERVE_PID" 2>/dev/null || true
  wait "$SERVE_PID" 2>/dev/null || true

  echo "size $N: Markdown ADRs with archdoc, Hugo, MkDocs (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  MD_ARCHDOC="$(cold "$WORK/md-archdoc-$N.log" "$MD" "${ARCHDOC[@]}" build --project "$MD" --timings)"
  NOTES+=("N=$N markdown-adrs $(grep -o 'timings: .*' "$WORK/md-archdoc-$N.log" || echo failed)")
  HUGO="$(cold "$WORK/hugo-$N.log" "$MD" hugo --quiet -s "$MD/hugo" -d "$MD/site")"
  MKDOCS="$(cold "$WORK/mkdocs-$N.log" "$MD" mkdocs build -q -f "$MD/mkdocs/mkdocs.yml" -d "$MD/site")"

  echo "size $N: AsciiDoc pages with archdoc and Ruby Asciidoctor (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  ADOC_ARCHDOC="$(cold "$WORK/adoc-archdoc-$N.log" "$ADOC" "${ARCHDOC[@]}" build --project "$ADOC" --timings)"
  NOTES+=("N=$N asciidoc-pages $(grep -o 'timings: .*' "$WORK/adoc-archdoc-$N.log" || echo failed)")
  RUBY="$(cold "$WORK/asciidoctor-$N.log" "$ADOC" asciidoctor -D "$ADOC/site" "$ADOC"/arch-docs/pages/*.adoc)"

  row "size (ADRs)" "$N"
  row "  pages / diagrams / Java files" "$PAGES/$DIAGRAMS/$JAVA"
  row "full: check (s)" "$(wall "$CHECK")"
  row "full: cold build (s)" "$(wall "$COLD")"
  row "full: cold build CPU (s)" "$(cpu "$COLD")"
  row "full: no-change rebuild (s)" "$(wall "$NOCHANGE")"
  row "  beyond JVM start (s)" "$(minus "$(wall "$NOCHANGE")" "$(wall "$JVM_START")")"
  row "full: one ADR changed (s)" "$(wall "$ONE_ADR")"
  row "full: peak RSS cold (MiB)" "$(rss_mib "$COLD")"
  row "full: cold ms per ADR" "$(per_item_ms "$(wall "$COLD")" "$N")"
  row "full: cold ms per item" "$(per_item_ms "$(wall "$COLD")" "$ITEMS")"
  row "serve: save->reload median (ms)" "$(cut -d' ' -f1 <<< "$SERVE")"
  row "serve: save->reload max (ms)" "$(cut -d' ' -f2 <<< "$SERVE")"
  row "md ADRs: archdoc cold (s)" "$(wall "$MD_ARCHDOC")"
  row "md ADRs: hugo (s)" "$(wall "$HUGO")"
  row "md ADRs: mkdocs (s)" "$(wall "$MKDOCS")"
  row "  archdoc / hugo (target <= 2x)" "$(ratio "$(wall "$MD_ARCHDOC")" "$(wall "$HUGO")")"
  row "  archdoc / mkdocs (target < 1x)" "$(ratio "$(wall "$MD_ARCHDOC")" "$(wall "$MKDOCS")")"
  row "md ADRs: CPU archdoc/hugo/mkdocs (s)" "$(cpu "$MD_ARCHDOC")/$(cpu "$HUGO")/$(cpu "$MKDOCS")"
  row "md ADRs: archdoc ms per ADR" "$(per_item_ms "$(wall "$MD_ARCHDOC")" "$N")"
  row "adoc pages: archdoc cold (s)" "$(wall "$ADOC_ARCHDOC")"
  row "adoc pages: asciidoctor (s)" "$(wall "$RUBY")"
  row "  archdoc / asciidoctor (<= 2x)" "$(ratio "$(wall "$ADOC_ARCHDOC")" "$(wall "$RUBY")")"
  row "adoc pages: CPU archdoc/ruby (s)" "$(cpu "$ADOC_ARCHDOC")/$(cpu "$RUBY")"
  row "adoc pages: archdoc peak RSS (MiB)" "$(rss_mib "$ADOC_ARCHDOC")"
done

echo
echo "archdoc site benchmark: $(nproc) cores, java -Xmx$HEAP, $RUNS run(s) per figure (median), load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Wall seconds are what a person waits; with other work on the machine they stretch, CPU seconds (user + sys) much less."
echo "JVM start alone (archdoc --version): $(wall "$JVM_START") s; hugo $(hugo version | cut -d' ' -f2), mkdocs $(mkdocs --version | cut -d' ' -f3) (theme: mkdocs), $(asciidoctor --version | head -1 | cut -d' ' -f1-2)"
for name in "${ROW_ORDER[@]}"; do
  printf '%-37s%s\n' "$name" "${ROW[$name]}"
done
echo
echo "Where archdoc's time went (build --timings; stages overlap, see bench/site/README.md):"
printf '  %s\n' "${NOTES[@]}"
[ -f "$WORK/failures.txt" ] && { echo "Failed runs (shown as fail):"; sed 's/^/  /' "$WORK/failures.txt"; }
echo "Logs and generated projects: $WORK"
