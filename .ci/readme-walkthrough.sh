#!/usr/bin/env bash
# Walks through README.md from a fresh clone of this repository, as a new user would: runs every command
# the README shows, in order, and checks that each does what the README says. Fails on the first that does
# not, and also when the README shows a command this script does not run (so the two cannot drift apart).
#
#   .ci/readme-walkthrough.sh            # the whole walk, `mvn -B verify` included
#   SKIP_VERIFY=1 .ci/readme-walkthrough.sh   # when the caller has just run the test suite (.ci/run does)
#
# MVN_FLAGS (for example -Dmaven.repo.local=/some/repo) is passed to every Maven run, the README's included.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$repo/pom.xml" | head -1)"

# The commands this walk runs, exactly as the README writes them.
commands=(
  "./parallax compare --html report.html --json report.json examples/data/lavrov-nightmare/*"
  "mvn -B verify"
  "mvn -B -q install -DskipTests"
  "mvn -B -q -pl examples compile exec:java"
  "mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.WhatEachOutletLeavesOut"
  "mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.HowFaithfulAreTheQuotes"
  "mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FactsInOtherWords"
  "mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FromStrings"
  "mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FromFiles"
  "mvn -B -q package -DskipTests"
  "mkdir -p ~/.local/opt ~/.local/bin"
  "tar xzf cli/target/parallax-$version.tar.gz -C ~/.local/opt"
  "ln -sf ~/.local/opt/parallax-$version/bin/parallax ~/.local/bin/parallax"
  "parallax --version"
  "mvn -B -q -pl embeddings -am package -DskipTests"
  "./parallax compare --semantic --json semantic.json examples/data/lavrov-nightmare/*"
)

fail() { echo "readme-walkthrough: $*" >&2; exit 1; }
step() { echo "readme-walkthrough: \$ $*" >&2; }
# Runs a command with its output in a log, shown when it fails.
logged() { "$@" > "$work/last.log" 2>&1 || { tail -40 "$work/last.log" >&2; fail "failed: $*"; }; }

# Every command in a ```bash block of the README is one this walk runs.
in_block=0
while IFS= read -r line; do
  if [ "$line" = '```bash' ]; then in_block=1; continue; fi
  if [ "$line" = '```' ]; then in_block=0; continue; fi
  if [ "$in_block" = 1 ] && [ -n "$line" ]; then
    found=0
    for c in "${commands[@]}"; do [ "$c" = "$line" ] && found=1; done
    [ "$found" = 1 ] || fail "README command not walked through (add it to this script): $line"
  fi
done < "$repo/README.md"

# A fresh clone of what is committed, and a home of its own for ~/.local and ~/.cache.
git clone -q "$repo" "$work/parallax"
export HOME="$work/home"
mkdir -p "$HOME"
cd "$work/parallax"
# Maven as the README runs it, plus the caller's flags (the ./parallax launcher calls it too).
real_mvn="$(command -v mvn)"
mkdir -p "$work/shim"
printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$real_mvn" "${MVN_FLAGS:-}" > "$work/shim/mvn"
chmod +x "$work/shim/mvn"
export PATH="$work/shim:$HOME/.local/bin:$PATH"

step "${commands[0]}"
out="$(./parallax compare --html report.html --json report.json examples/data/lavrov-nightmare/*)"
[[ "$out" == "Parallax: 5 articles, 4 outlets on the main event"* ]] || fail "compare printed no summary: $out"
grep -q '<meta name="generator" content="Parallax">' report.html || fail "report.html is not the HTML report"
grep -q '"schema" : "parallax-report/1"' report.json || fail "report.json is not the JSON report"

if [ -z "${SKIP_VERIFY:-}" ]; then
  step "${commands[1]}"
  logged mvn -B -q verify
fi

step "${commands[2]}"
logged mvn -B -q install -DskipTests
for kind in sources javadoc; do
  [ -f "core/target/parallax-core-$version-$kind.jar" ] || fail "install built no $kind jar for parallax-core"
done

# Each example by name prints its own output (and not QuickStart's).
run_example() {  # name, text its output must contain
  local cmd="mvn -B -q -pl examples compile exec:java${1:+ -Dexec.mainClass=dev.parallax.examples.$1}"
  step "$cmd"
  local got
  got="$($cmd 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g')"
  [[ "$got" == *"$2"* ]] || fail "${1:-QuickStart} did not print '$2'; it printed: ${got:0:300}"
  if [ -n "$1" ] && [[ "$got" == *"JSON report:"* ]]; then fail "$1 printed QuickStart's output"; fi
}
run_example "" "JSON report:"
run_example WhatEachOutletLeavesOut "covers"
run_example HowFaithfulAreTheQuotes "VERBATIM  RT:"
run_example FactsInOtherWords "Aligned with all-minilm-l6-v2-q+lexical and not with lexical:"
run_example FromStrings 'vs herald "Fifteen workers"'
run_example FromFiles "003_b011d7168288c4b4: "

# A program of one's own that depends on parallax-core as the README says, prints no SLF4J notice.
consumer="$work/consumer"
mkdir -p "$consumer/src/main/java/demo"
deps="$(awk '/^```xml$/{x=1;next} /^```$/{x=0} x' README.md)"
cat > "$consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>consumer</artifactId><version>1</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version>
    <configuration><release>17</release></configuration>
  </plugin></plugins></build>
  <dependencies>
$deps
  </dependencies>
</project>
POM
sed -e 's/^package dev.parallax.examples;/package demo;/' examples/src/main/java/dev/parallax/examples/FromStrings.java \
  > "$consumer/src/main/java/demo/FromStrings.java"
(cd "$consumer" && logged mvn -B -q compile)
cp_file="$work/cp.txt"
(cd "$consumer" && logged mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$cp_file")
both="$(java -cp "$consumer/target/classes:$(cat "$cp_file")" demo.FromStrings 2>&1)"
[[ "$both" == *'vs herald "Fifteen workers"'* ]] || fail "the consumer program did not run: ${both:0:300}"
[[ "$both" != *SLF4J* ]] || fail "the consumer printed an SLF4J notice: $both"

step "${commands[9]}"
logged mvn -B -q package -DskipTests
for i in 10 11 12; do step "${commands[$i]}"; eval "${commands[$i]}"; done
step "${commands[13]}"
[ "$(cd / && parallax --version)" = "parallax $version" ] || fail "the installed parallax --version is wrong"
(cd / && parallax compare --quiet --json - "$work/parallax/examples/data/lavrov-nightmare") | grep -q '"schema"' \
  || fail "the installed parallax cannot compare"

# --semantic: a clear one-line error while the embeddings bundle is missing, then it works once built.
rm -f embeddings/target/parallax-embeddings.jar
set +e
err="$(./parallax compare --semantic --quiet examples/data/lavrov-nightmare 2>&1 >/dev/null)"
code=$?
set -e
[ "$code" = 4 ] || fail "--semantic without the module exited $code, not 4"
[[ "$err" == "parallax: --semantic needs the embeddings module"* ]] && [ "$(printf '%s\n' "$err" | grep -c .)" = 1 ] \
  || fail "--semantic without the module said: $err"
step "${commands[14]}"
logged mvn -B -q -pl embeddings -am package -DskipTests
step "${commands[15]}"
./parallax compare --semantic --json semantic.json examples/data/lavrov-nightmare/* >/dev/null
grep -q '"similarity" : "all-minilm-l6-v2-q+lexical"' semantic.json || fail "--semantic did not use the model"

# What the README promises about the command line.
set +e
./parallax compare >/dev/null 2>&1; [ $? = 2 ] || fail "compare with no files is not exit code 2"
./parallax compare --json - --html - examples/data/lavrov-nightmare >/dev/null 2>&1; [ $? = 2 ] || fail "two reports on stdout is not exit code 2"
set -e
./parallax compare --json - examples/data/lavrov-nightmare 2>"$work/err.txt" >/dev/null
! grep -q $'\x1b' "$work/err.txt" || fail "colour codes on a piped standard error"
./parallax compare --html examples/data/lavrov-nightmare/report.html examples/data/lavrov-nightmare >/dev/null
./parallax compare examples/data/lavrov-nightmare 2>"$work/err.txt" >/dev/null
grep -q 'report.html (a Parallax report)' "$work/err.txt" || fail "a report in the folder was not skipped"

echo "readme-walkthrough: every README command ran and did what the README says" >&2
