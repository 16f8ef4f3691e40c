#!/usr/bin/env bash
# Refits the two shipped models of core with their documented commands and checks that they write the
# shipped files byte for byte (event-model.txt, same-fact-model.tsv). Run it after any change to the
# analyzer, the aligner's features or the event evidence: those move the features, and a shipped model
# that its command no longer reproduces is a model nobody can rebuild. Reads ../shared/data/ecbplus (or
# $1); never run by the build or CI. About a minute of CPU after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
ecb="${1:-../shared/data/ecbplus}"
if [[ ! -f "$ecb/MANIFEST.tsv" ]]; then
  echo "no ECB+ data at $ecb: give its folder as the first argument" >&2
  exit 2
fi
mvn -B -q -pl bench -am package -DskipTests
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -cp bench/target/benchmarks.jar dev.parallax.align.EventModelFit "$ecb" 2 "$tmp/event-model.txt" > "$tmp/event.log"
java -cp bench/target/benchmarks.jar dev.parallax.bench.eval.SameFactTraining "$ecb" "$tmp/same-fact-model.tsv" > "$tmp/same-fact.log"
status=0
for f in event-model.txt same-fact-model.tsv; do
  if cmp -s "$tmp/$f" "core/src/main/resources/dev/parallax/align/$f"; then
    echo "$f: reproduced by its command"
  else
    echo "$f: DIFFERS from what its command writes now; refit it (docs/evaluation.md) and re-measure" >&2
    diff "core/src/main/resources/dev/parallax/align/$f" "$tmp/$f" | head -20 >&2 || true
    status=1
  fi
done
exit $status
