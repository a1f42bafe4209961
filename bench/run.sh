#!/bin/sh
# bench/run.sh: the benchmark of issue 7 (not part of the unit tests).
#
#   bench/run.sh [--quick] [--runs N] [--no-r] [--dir DIR]
#
# Simulates the data with `leadsurvey simulate`, runs each case several times (median), runs
# the R reference when Rscript with psych and multilevel is installed, and prints a Markdown
# table: case, median wall time, peak memory (/usr/bin/time), rows/s, ratio to R, ratio to a
# bare parse of the same file with the same CSV library (FastCSV records, bench/BareParse.java),
# then the bare parse by parser: FastCSV records, FastCSV char ranges (the API analyze uses),
# a hand-written reader, and Commons CSV (fetched into the local Maven repository if missing).
# --quick: one run each, no 10M case, R only for read.csv (about a minute, not ten).
# Needs target/leadsurvey (mvn package); data goes to DIR (default /tmp/leadsurvey-bench).
set -eu
cd "$(dirname "$0")/.."
RUNS=3 QUICK=0 USE_R=1 DIR=${TMPDIR:-/tmp}/leadsurvey-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; RUNS=1 ;;
    --runs) RUNS=$2; shift ;;
    --no-r) USE_R=0 ;;
    --dir) DIR=$2; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
LS=target/leadsurvey
[ -x "$LS" ] || mvn -q package -DskipTests
if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null 2>&1 || { echo "bench/run.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
fi
if [ "$USE_R" = 1 ] && ! Rscript -e 'suppressPackageStartupMessages({library(psych); library(multilevel)})' >/dev/null 2>&1; then
  echo "bench/run.sh: R with psych and multilevel not found: skipping the R cases" >&2
  USE_R=0
fi
mkdir -p "$DIR"
log() { echo "$*" >&2; }

# Data: same seed, same bytes, so files are only made once.
make_data() { # name respondents teams
  [ -s "$DIR/$1.csv" ] && return 0
  log "simulating $1 ($2 respondents, $3 teams)"
  $LS simulate -n "$2" --teams "$3" --seed 7 -o "$DIR/$1.csv"
}
make_data 1m 1000000 100000
make_data 1m-1team 1000000 1
make_data 100k 100000 1000
[ "$QUICK" = 1 ] || make_data 10m 10000000 1000000

# Bare parse program, compiled against the shaded jar (which holds FastCSV); Commons CSV too,
# the library analyze used before, from the local Maven repository (fetched when missing).
mkdir -p "$DIR/classes"
javac -d "$DIR/classes" -cp target/leadsurvey.jar bench/BareParse.java
BARE_CP="$DIR/classes:target/leadsurvey.jar"
M2=~/.m2/repository
jar_of() { echo "$M2/$(echo "$1" | tr . /)/$2/$3/$2-$3.jar"; }
COMMONS="$(jar_of org.apache.commons commons-csv 1.12.0):$(jar_of commons-io commons-io 2.17.0):$(jar_of commons-codec commons-codec 1.17.1)"
for a in org.apache.commons:commons-csv:1.12.0 commons-io:commons-io:2.17.0 commons-codec:commons-codec:1.17.1; do
  g=${a%%:*}; rest=${a#*:}; [ -f "$(jar_of "$g" "${rest%%:*}" "${rest#*:}")" ] \
    || mvn -q dependency:get -Dartifact="$a" >/dev/null 2>&1 || true
done
if javac -d "$DIR/classes" -cp "$COMMONS" bench/CommonsParse.java 2>/dev/null; then
  BARE_CP="$BARE_CP:$COMMONS"
fi

# measure RUNS cmd...: prints "median_seconds peak_kb" (peak = largest over the runs)
measure() {
  runs=$1; shift
  : > "$DIR/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -o "$DIR/time1" -f '%e %M' "$@" >/dev/null 2>"$DIR/stderr" \
      || { log "failed: $*"; cat "$DIR/stderr" >&2; }
    tail -1 "$DIR/time1" >> "$DIR/times"
    i=$((i + 1))
  done
  sort -n "$DIR/times" | awk '{t[NR]=$1; if ($2>m) m=$2} END {print t[int((NR+1)/2)], m}'
}
rows() { echo $(($(wc -l < "$1") - 1)); }

ROWS=""
row() { # case seconds peak_kb rows r_seconds bare_seconds scan_seconds
  ROWS="$ROWS$1|$2|$3|$4|$5|$6|${7:--}
"
}

log "case 1: 1M x 7 items, 100,000 teams"
set -- $(measure "$RUNS" $LS analyze "$DIR/1m.csv" -f json -o "$DIR/out.json"); A1=$1 M1=$2
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv "$DIR/1m.csv"); B1=$1
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv-fields "$DIR/1m.csv"); S1=$1
R1=-
if [ "$USE_R" = 1 ]; then
  log "  R read.csv on the same file"
  set -- $(measure 1 Rscript bench/r-pipeline.R "$DIR/1m.csv" read); R1=$1
fi
row "1M rows, 100k teams, analyze (R: read.csv only)" "$A1" "$M1" 1000000 "$R1" "$B1" "$S1"
set -- $(measure "$RUNS" $LS analyze "$DIR/1m.csv"); row "1M rows, 100k teams, analyze, table to stdout" "$1" "$2" 1000000 - "$B1" "$S1"

log "case 1b: 1M x 7 items in one team: the statistics without 100,000 teams to report"
set -- $(measure "$RUNS" $LS analyze "$DIR/1m-1team.csv" -f json -o "$DIR/out.json"); A4=$1 M4=$2
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv "$DIR/1m-1team.csv"); B4=$1
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv-fields "$DIR/1m-1team.csv"); S4=$1
row "1M rows, one team, analyze" "$A4" "$M4" 1000000 - "$B4" "$S4"

log "case 2: 100k respondents, 1,000 teams"
set -- $(measure "$RUNS" $LS analyze "$DIR/100k.csv" -f json -o "$DIR/out.json"); A2=$1 M2=$2
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv "$DIR/100k.csv"); B2=$1
set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv-fields "$DIR/100k.csv"); S2=$1
R2=-
if [ "$USE_R" = 1 ] && [ "$QUICK" = 0 ]; then
  log "  R pipeline (read.csv, psych::alpha, ICC1/ICC2 on aov, rwg.j): about a minute or two"
  /usr/bin/time -o "$DIR/time1" -f '%e %M' Rscript bench/r-pipeline.R "$DIR/100k.csv" full \
    > "$DIR/r-100k.txt" 2>&1 || true
  R2=$(cut -d' ' -f1 "$DIR/time1")
  log "  R peak RSS $(($(cut -d' ' -f2 "$DIR/time1") / 1024)) MB"
  log "  R steps (seconds):"; sed 's/^/    /' "$DIR/r-100k.txt" >&2
fi
row "100k rows, 1k teams, analyze (R: full pipeline)" "$A2" "$M2" 100000 "$R2" "$B2" "$S2"

log "case 2b: the same 100k rows cut by three columns of five values, with team x group cells"
# Demographic columns derived from the row number (same bytes every time), 5 values each.
[ -s "$DIR/100k-cuts.csv" ] || awk -F, 'BEGIN { OFS = "," }
  NR == 1 { print $0, "tenure", "gender", "site"; next }
  { n = (NR * 2654435761) % 4294967296
    print $0, "t" (n % 5), "g" (int(n / 5) % 5), "s" (int(n / 25) % 5) }' \
  "$DIR/100k.csv" > "$DIR/100k-cuts.csv"
set -- $(measure "$RUNS" $LS analyze "$DIR/100k-cuts.csv" --by tenure --by gender --by site \
  --cross-teams -f json -o "$DIR/out.json")
row "100k rows, 1k teams, --by x3 (5 values each) --cross-teams" "$1" "$2" 100000 - "$B2" "$S2"

if [ "$QUICK" = 0 ]; then
  log "case 3: 10M rows, 1,000,000 teams, -Xmx1g (one run)"
  set -- $(LEADSURVEY_JAVA_OPTS=-Xmx1g measure 1 $LS analyze "$DIR/10m.csv" -f json -o "$DIR/out.json")
  A3=$1 M3=$2
  set -- $(measure 1 java -XX:+UseSerialGC -cp "$BARE_CP" BareParse fastcsv "$DIR/10m.csv"); B3=$1
  row "10M rows, 1M teams, analyze -Xmx1g" "$A3" "$M3" 10000000 - "$B3"
fi

log "case 4: leadsurvey --version start-up"
set -- $(measure 21 $LS --version); row "leadsurvey --version (median of 21)" "$1" "$2" - - -

echo
echo "| case | median wall (s) | peak RSS (MB) | rows/s | R time ÷ ours | ours ÷ bare parse | ours ÷ bare scan |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s' "$ROWS" | awk -F'|' '{
  rate = ($4 == "-" || $2 == 0) ? "-" : sprintf("%.0f", $4 / $2)
  r = ($5 == "-") ? "-" : sprintf("%.1fx", $5 / $2)
  b = ($6 == "-") ? "-" : sprintf("%.2fx", $2 / $6)
  f = ($7 == "-") ? "-" : sprintf("%.2fx", $2 / $7)
  printf "| %s | %.2f | %.0f | %s | %s | %s | %s |\n", $1, $2, $3 / 1024, rate, r, b, f
}'
PARSERS="fastcsv fastcsv-fields hand"
case "$BARE_CP" in *commons-csv*) PARSERS="$PARSERS commons" ;; esac
CMP=""
for p in $PARSERS; do
  set -- $(measure "$RUNS" java -XX:+UseSerialGC -cp "$BARE_CP" BareParse "$p" "$DIR/1m.csv")
  CMP="$CMP $p $1 s,"
done
echo
echo "Bare parse of the 1M file by parser (median wall, JVM start included):${CMP%,}."
echo "Bare parse = FastCSV records (a String per field); bare scan = FastCSV char ranges, no Strings (what analyze reads with). JVM start included."
echo "Bare parse / scan (seconds): 1M $B1 / $S1, 100k $B2 / $S2. $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)."
