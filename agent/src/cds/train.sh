#!/bin/sh
# Builds target/jlivepatch.jsa, the class-data-sharing archive that bin/jlivepatch starts the CLI
# with: one run of the CLI's usual path (find the agent's socket from the pid, check it, a request
# over it) against a JVM started for it with the agent, the classes it loaded archived at exit. A
# first contact, which attaches, loads the attach classes from the jar: it happens once per JVM.
#
# The archive belongs to the JDK that made it (the one running Maven). Another JDK, or a jar that
# changed since, makes the JVM ignore it; the launcher's -Xlog options keep that silent.
#
# An archive is only a faster start: when it cannot be made (no attach in this sandbox, say) the
# build says so in one line and goes on.
#
# usage: train.sh <java.home> <target directory> <source directory of Idle.java>
set -u
java="$1/bin/java"
target=$(cd "$2" && pwd)
src=$(cd "$3" && pwd)
jar="$target/jlivepatch.jar"
work="$target/cds-training"
# Dumped to a temporary name and renamed into place: a launcher that starts during a rebuild sees
# the old archive or the new one, never a half-written one (JDK 17 dies with SIGBUS mapping a
# truncated archive).
archive="$target/jlivepatch.jsa.tmp"
rm -rf "$work" "$archive"
mkdir -p "$work"
# Its own temporary directory: the agent's socket there, nothing shared with other JVMs.
"$java" -javaagent:"$jar" -Djava.io.tmpdir="$work" "$src/Idle.java" "$work/ready" >"$work/idle.log" 2>&1 &
idle=$!
tries=0
while [ ! -e "$work/ready" ] && [ $tries -lt 300 ]; do
    sleep 0.1
    tries=$((tries + 1))
done
status=1
if [ -e "$work/ready" ]; then
    # With the GC of bin/jlivepatch (the default), so that nothing in the archive depends on another.
    "$java" -XX:ArchiveClassesAtExit="$archive" -XX:TieredStopAtLevel=1 -Djdk.reflect.useNativeAccessorOnly=true \
        -Dsun.reflect.inflationThreshold=2147483647 \
        -Djava.io.tmpdir="$work" -jar "$jar" list "$idle" >"$work/cli.log" 2>&1
    status=$?
fi
kill "$idle" 2>/dev/null
wait "$idle" 2>/dev/null
if [ $status -ne 0 ] || [ ! -s "$archive" ]; then
    rm -f "$archive" "$target/jlivepatch.jsa"
    echo "[cds] no class-data-sharing archive for the CLI (see $work/cli.log); bin/jlivepatch starts without it"
    exit 0
fi
mv -f "$archive" "$target/jlivepatch.jsa"
rm -rf "$work"
