#!/bin/sh
# bench/fuzz.sh: the long run of the fuzz test of issue 17 (mvn test runs 400 CSV and 200 YAML
# inputs; this runs as many as asked).
#
#   bench/fuzz.sh [INPUTS] [SEED]      (default: 20000 CSV inputs, half as many YAML, seed 1)
#
# Mutated survey exports go through analyze and network (from a file and from standard input),
# mutated instrument files through instruments check and generate. Any outcome other than a
# success or one line of error with exit 2 fails, and the input is kept in target/fuzz-failures/.
# Prints the figures: inputs run and outcomes.
set -eu
cd "$(dirname "$0")/.."
INPUTS=${1:-20000}
SEED=${2:-1}
mvn -o -q test -Dtest=FuzzTest -Dfuzz.inputs="$INPUTS" -Dfuzz.seed="$SEED" \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "^fuzz |FAIL|AssertionError|input kept|^args" || true
[ ! -d target/fuzz-failures ] || { echo "bench/fuzz.sh: failures kept in target/fuzz-failures/" >&2; exit 1; }
