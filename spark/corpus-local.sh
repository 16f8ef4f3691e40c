#!/usr/bin/env bash
# Runs the Spark job (CorpusJob) in Spark local mode with plain `java`, no Spark install needed:
#   spark/corpus-local.sh INPUT OUT
# SPARK_MASTER (default local[2]) sets the master, JAVA_OPTS (default -Xmx3g) the JVM's options, MVN_ARGS extra Maven
# arguments (e.g. -o) for the one-time class path look-up. Build the job jar first:
#   mvn -B -pl spark -am package -DskipTests
# Spark's own jars come from the local Maven repository (`dependency:build-classpath`, cached in
# spark/target/spark-classpath.txt). parallax-core is left out of that class path on purpose: the job jar already holds
# the core it was built with, while the repository's parallax-core may be an older build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/parallax-spark-job.jar"
if [ ! -f "$jar" ]; then
  echo "corpus-local.sh: no $jar; build it first: mvn -B -pl spark -am package -DskipTests" >&2
  exit 2
fi
cp="$here/target/spark-classpath.txt"
if [ ! -s "$cp" ] || [ "$here/pom.xml" -nt "$cp" ]; then
  (cd "$here/.." && mvn -B -q ${MVN_ARGS:-} -pl spark dependency:build-classpath -Dmdep.outputFile="$cp" \
    -Dmdep.includeScope=compile -DexcludeArtifactIds=parallax-core)
fi
# The same --add-opens as the module's tests (spark/pom.xml, argLine): Spark 4 needs them on Java 17 and later.
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx3g} $opens -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  "-Dspark.master=${SPARK_MASTER:-local[2]}" -cp "$jar:$(cat "$cp")" dev.parallax.spark.CorpusJob "$@"
