#!/usr/bin/env bash
# Runs the evaluation programs the at-a-glance table of docs/evaluation.md reports, one after the other, with
# one benchmarks jar, and writes each program's output to PREFIX.<name>.txt, so that two builds can be measured
# the same way and diffed. Reads ../shared/data (or $DATA); never run by the build or CI. About ten minutes.
#
#   mvn -B -q -pl bench -am package -DskipTests && cp bench/target/benchmarks.jar /tmp/base.jar
#   bench/scripts/evals.sh /tmp/base.jar /tmp/base
#   grep -h "" /tmp/base.*.txt | less
set -euo pipefail
if [[ $# -ne 2 ]]; then
  echo "usage: evals.sh BENCHMARKS_JAR PREFIX" >&2
  exit 2
fi
jar="$1"
prefix="$2"
data="${DATA:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data}"
if [[ ! -d "$data/ecbplus" ]]; then
  echo "no evaluation data at $data: set DATA to the folder that holds ecbplus/ and basil/" >&2
  exit 2
fi
run() {
  local name="$1"
  shift
  echo "== $name" >&2
  java -cp "$jar" "dev.parallax.bench.eval.$@" > "$prefix.$name.txt" 2>&1
}
run ecb-dev EcbPlusAlignment "$data/ecbplus" dev -o
run ecb-train EcbPlusAlignment "$data/ecbplus" train
run event EventEvaluation "$data/ecbplus"
run grouping GroupingEvaluation "$data"
run intruders IntruderEvaluation "$data"
run basil BasilEvaluation "$data/basil"
