#!/usr/bin/env bash
# Regenerates docs/img/report.png: the HTML report of the five Lavrov seed articles in headless Chromium.
# Needs /usr/bin/chromium (Debian: apt-get install chromium). Builds the CLI jar with `mvn package`
# (never `install`), runs `parallax compare --html` on the seeds, and screenshots the top of the page.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar cli/target/parallax.jar compare --quiet --html "$work/report.html" examples/data/lavrov-nightmare/* >/dev/null
/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1400,2000 \
  --screenshot="$PWD/docs/img/report.png" "file://$work/report.html" 2>/dev/null
echo "wrote docs/img/report.png"
