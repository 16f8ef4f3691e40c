#!/usr/bin/env bash
# Runs the Spark job (CorpusJob) in Spark local mode with plain `java`, no Spark install needed:
#   spark/corpus-local.sh [--batch-end DATE[,DATE...]] INPUT OUT
# SPARK_MASTER (default local[2]) sets the master, JAVA_OPTS (default -Xmx3g) the JVM's options, SPARK_LOG (default
# warn) the level of Spark's own log (log4j2-job.properties beside this script; "info" for all of it). Build first:
#   mvn -B -pl spark -am package -DskipTests
# which writes the job jar and, beside it, spark/target/spark-classpath.txt: Spark's own jars in the local Maven
# repository, resolved in that build (so a fresh clone needs no parallax-core installed in the repository).
# parallax-core is left out of that class path on purpose: the job jar already holds the core it was built with, while
# the repository's parallax-core may be an older build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/parallax-spark-job.jar"
cp="$here/target/spark-classpath.txt"
if [ ! -f "$jar" ] || [ ! -s "$cp" ]; then
  echo "corpus-local.sh: no $([ -f "$jar" ] && echo "$cp" || echo "$jar"); build it first (from $(dirname "$here")):" \
    "mvn -B -pl spark -am package -DskipTests" >&2
  exit 2
fi
if [ "$here/pom.xml" -nt "$cp" ]; then
  echo "corpus-local.sh: $here/pom.xml is newer than the build; build again: mvn -B -pl spark -am package -DskipTests" >&2
  exit 2
fi
# The same --add-opens as the module's tests (spark/pom.xml, argLine): Spark 4 needs them on Java 17 and later.
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java "-Dlog4j2.configurationFile=$here/log4j2-job.properties" "-Dparallax.spark.log=${SPARK_LOG:-warn}" \
  ${JAVA_OPTS:--Xmx3g} $opens -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  "-Dspark.master=${SPARK_MASTER:-local[2]}" -cp "$jar:$(cat "$cp")" dev.parallax.spark.CorpusJob "$@"
