#!/usr/bin/env bash
# Regenerates docs/img/report.png and docs/img/report-800.png: the HTML report of the five Lavrov seed
# articles in headless Chromium, in a 1400 px wide window (a desktop) and an 800 px wide one (a laptop's
# half screen; a phone gets the same stacked layout). Needs /usr/bin/chromium (Debian: apt-get install
# chromium). Builds the CLI jar with `mvn package` (never `install`), runs `parallax compare --html` on the
# seeds, and screenshots the top of the page. MVN_FLAGS is passed to Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_FLAGS:-} -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl cli -am package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar cli/target/parallax.jar compare --quiet --html "$work/report.html" examples/data/lavrov-nightmare/* >/dev/null
shot() {  # width, height, output
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="$1,$2" \
    --screenshot="$PWD/$3" "file://$work/report.html" 2>/dev/null
  echo "wrote $3"
}
shot 1400 2000 docs/img/report.png
shot 800 1600 docs/img/report-800.png
