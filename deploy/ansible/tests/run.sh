#!/usr/bin/env bash
# The fleet test of issue 16, for real: ansible-playbook against three aliases of localhost
# (ansible_connection=local), each a demo service JVM under load from the demo's load generator.
#
#   1. check mode: every host would change, and no JVM is touched (not even an agent loaded);
#   2. a roll-out whose health gate fails on the third JVM: the first two, patched in earlier
#      batches, and the third are rolled back, the run stops, the summary names host, JVM, reason;
#   3. a clean roll-out: the patch enabled everywhere, the fixed price served;
#   4. the same roll-out again: nothing changed;
#   5. the load generator's count of failed requests over all of it: zero.
#
# Needs the build (mvn package of api, agent, demo-app) and ansible-playbook. Every wait is
# bounded; the JVMs it starts are killed on exit. Exits non-zero on any failure.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)
collections=$(cd "$here/.." && pwd)
cli=$root/agent/target/bin/jlivepatch
app=$root/demo-app/target/jlivepatch-demo-app-0.1.0-SNAPSHOT.jar
patch=$root/demo-app/target/patches/fix-pricing.jar
playbook=$collections/ansible_collections/jlivepatch/fleet/playbooks/rollout.yml
started=$SECONDS

for file in "$cli" "$app" "$patch"; do
    [[ -e "$file" ]] || { echo "fleet test: $file is missing; build first (mvn -B package -pl api,agent,demo-app -am)" >&2; exit 1; }
done
command -v ansible-playbook > /dev/null || { echo "fleet test: ansible-playbook is missing" >&2; exit 1; }

# The modules' pure functions first, with the Python that runs Ansible.
ansible_python=$(sed -n '1s/^#! *//p' "$(command -v ansible-playbook)")
${ansible_python:-python3} "$here/test_modules.py" 2>&1 | tail -1

work=$(mktemp -d)
jvms=()
cleanup() {
    local status=$?
    for pid in "${jvms[@]}"; do
        kill "$pid" 2> /dev/null || true
    done
    wait 2> /dev/null || true
    if [[ $status -ne 0 ]]; then
        echo "fleet test FAILED (status $status); the services' output:" >&2
        tail -n 20 "$work"/service-*.log "$work"/load.log >&2 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "fleet test: FAILED: $*" >&2
    exit 1
}

# Small JVMs: three services and a load generator share the CI machine's two cores.
jvm_options=(-Xmx48m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1)
if java -XX:+EnableDynamicAgentLoading -version > /dev/null 2>&1; then
    jvm_options+=(-XX:+EnableDynamicAgentLoading)
fi

# The services stop when their stdin ends: a FIFO this shell holds open for reading and writing
# never ends until the JVMs are killed.
mkfifo "$work/services.in"
exec 3<> "$work/services.in"
for i in 1 2 3; do
    java "${jvm_options[@]}" -cp "$app" io.jlivepatch.demo.DemoService 0 <&3 > "$work/service-$i.log" 2>&1 &
    jvms+=($!)
done

# While they start: the release signs the patch, and the truststore the clean roll-out verifies
# it against is the release keystore (its certificate is the trusted one).
mkdir "$work/signed"
echo release > "$work/release.pw"
keytool -genkeypair -keystore "$work/release.p12" -storetype PKCS12 -storepass:file "$work/release.pw" \
    -alias release -keyalg EC -groupname secp256r1 -dname "CN=fleet test release" -validity 2 2> /dev/null
cp "$patch" "$work/signed/fix-pricing.jar"
jarsigner -keystore "$work/release.p12" -storepass:file "$work/release.pw" "$work/signed/fix-pricing.jar" release \
    > /dev/null
# The clean roll-out and its re-run also take the user's batches: a canary, then the other two.
signed=(-e "jlivepatch_patch=$work/signed/fix-pricing.jar"
    -e "jlivepatch_patch_sha256=$(sha256sum "$work/signed/fix-pricing.jar" | cut -d' ' -f1)"
    -e "jlivepatch_truststore=$work/release.p12" -e "jlivepatch_truststore_password_file=$work/release.pw"
    -e "jlivepatch_signer_alias=release" -e '{"jlivepatch_serial": [1, 2]}')

# await FILE PATTERN SECONDS: the first line of FILE that matches, within SECONDS.
await() {
    local deadline=$((SECONDS + $3)) line
    while ((SECONDS < deadline)); do
        line=$(grep -m1 -E "$2" "$1" 2> /dev/null || true)
        [[ -n "$line" ]] && { echo "$line"; return 0; }
        sleep 0.1
    done
    fail "no '$2' in $1 within $3 s"
}

ports=()
for i in 1 2 3; do
    line=$(await "$work/service-$i.log" 'demo-service listening on port' 30)
    ports+=("$(sed -E 's/.*port ([0-9]+) pid.*/\1/' <<< "$line")")
done
echo "fleet test: services ${jvms[*]} on ports ${ports[*]}"

mkfifo "$work/load.in"
# One thread per service, 5 ms between its requests (about 120 a second to each service): steady
# load that leaves the two cores to the roll-outs.
java -Xmx48m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$app" io.jlivepatch.demo.LoadGenerator --pause-ms 5 1 "${ports[@]}" \
    < "$work/load.in" > "$work/load.log" 2>&1 &
load=$!
jvms+=("$load")
exec 4> "$work/load.in"
await "$work/load.log" '^load on ports' 30 > /dev/null

# The user's health command: the fixed total for the large order, and, when the run is told to,
# a failure on one host (a service that the patch broke, say).
cat > "$work/inventory.yml" << EOF
fleet:
  hosts:
    fleet-1: {jlivepatch_pid: ${jvms[0]}, demo_port: ${ports[0]}}
    fleet-2: {jlivepatch_pid: ${jvms[1]}, demo_port: ${ports[1]}}
    fleet-3: {jlivepatch_pid: ${jvms[2]}, demo_port: ${ports[2]}}
  vars:
    ansible_connection: local
    ansible_python_interpreter: "{{ ansible_playbook_python }}"
    jlivepatch_cli: $cli
    jlivepatch_dest: "$work/dest/{{ inventory_hostname }}"
    jlivepatch_health_url: "http://127.0.0.1:{{ demo_port }}/health"
    jlivepatch_health_retries: 1
    jlivepatch_health_delay: 0
    jlivepatch_health_command: >-
      python3 $here/check_price.py {{ demo_port }} && { test "{{ inventory_hostname }}" != "{{ fail_gate_on | default('') }}"
      || { echo "{{ inventory_hostname }}: orders fail since the patch" >&2; exit 1; }; }
EOF

export ANSIBLE_COLLECTIONS_PATH=$collections ANSIBLE_HOST_KEY_CHECKING=False ANSIBLE_RETRY_FILES_ENABLED=False \
    ANSIBLE_NOCOLOR=1 ANSIBLE_FORKS=5 ANSIBLE_LOCALHOST_WARNING=False ANSIBLE_INVENTORY_UNPARSED_WARNING=False \
    ANSIBLE_DEPRECATION_WARNINGS=False ANSIBLE_PIPELINING=True

# The release's digest, as a user gives it.
sha256=$(sha256sum "$patch" | cut -d' ' -f1)

# play NAME ARGS...: ansible-playbook, bounded, its output kept in $work/NAME.out; its status.
play() {
    local name=$1 status=0
    shift
    echo "== fleet test: $name ($((SECONDS - started)) s)"
    timeout 120 ansible-playbook -i "$work/inventory.yml" "$playbook" -e "jlivepatch_patch=$patch" \
        -e "jlivepatch_patch_sha256=$sha256" "$@" \
        > "$work/$name.out" 2>&1 || status=$?
    [[ $status -ne 124 ]] || fail "$name: ansible-playbook did not end within 120 s"
    sed -n '/^PLAY RECAP/,$p' "$work/$name.out"
    return $status
}

# changed COUNT NAME HOST: the recap of run NAME says HOST changed COUNT things.
changed() {
    grep -qE "^$3 +: ok=[0-9]+ +changed=$1 " "$work/$2.out" || { cat "$work/$2.out"; fail "$2: $3 did not change $1 thing(s)"; }
}

# states: what the agent says of fix-pricing in each service, read without changing it; the
# three commands at once.
states() {
    local i checks=()
    for i in 0 1 2; do
        "$cli" check "${jvms[$i]}" "$patch" > "$work/state-$i" 2>&1 &
        checks+=($!)
    done
    wait "${checks[@]}" || true
    for i in 0 1 2; do
        awk '{print $2}' "$work/state-$i"
    done | tr '\n' ' '
}

play check --check --diff || { cat "$work/check.out"; fail "check mode failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    grep -qE "^$host +: ok=[0-9]+ +changed=[1-9]" "$work/check.out" || { cat "$work/check.out"; fail "check: $host would change nothing"; }
done
grep -qE '^\+pid [0-9]+ \(io.jlivepatch.demo.DemoService\): fix-pricing enabled' "$work/check.out" || { cat "$work/check.out"; fail "check: no diff of the patch state"; }
grep -q 'fix-pricing absent -> enabled (would change)' "$work/check.out" || { cat "$work/check.out"; fail "check: no summary"; }
[[ "$(states)" == "unchecked: unchecked: unchecked: " ]] || fail "check mode touched a JVM: $(states)"

if play gate-fails-on-fleet-3 -e fail_gate_on=fleet-3; then
    cat "$work/gate-fails-on-fleet-3.out"
    fail "the roll-out whose gate fails on fleet-3 succeeded"
fi
summary=$(grep -m1 -o 'jlivepatch roll-out of fix-pricing.jar stopped: .*' "$work/gate-fails-on-fleet-3.out" || true)
echo "$summary"
for expected in "on fleet-3, 'The service's health command' failed" "orders fail since the patch" "pid ${jvms[2]} (io.jlivepatch.demo.DemoService)" \
        "Rolled back (disabled): fleet-1 pid ${jvms[0]} (io.jlivepatch.demo.DemoService), fleet-2 pid ${jvms[1]} (io.jlivepatch.demo.DemoService), fleet-3 pid ${jvms[2]}"; do
    [[ "$summary" == *"$expected"* ]] || { cat "$work/gate-fails-on-fleet-3.out"; fail "the summary does not say '$expected'"; }
done
[[ "$(states)" == "disabled disabled disabled " ]] || fail "after the failed gate, fix-pricing is not disabled everywhere: $(states)"

play clean "${signed[@]}" || { cat "$work/clean.out"; fail "the clean roll-out failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    grep -qE "^$host +: ok=[0-9]+ +changed=[1-9]" "$work/clean.out" || { cat "$work/clean.out"; fail "clean: $host changed nothing"; }
done
verified=$(awk '/^TASK / { task = /Verify the jar.s signature/; next } task && /^(ok|skipping|fatal|changed)/' \
    "$work/clean.out" | grep -c '^ok: ' || true)
[[ $verified -eq 3 ]] || { cat "$work/clean.out"; fail "clean: the signature was verified on $verified host(s), not 3"; }
[[ "$(states)" == "enabled enabled enabled " ]] || fail "after the clean roll-out, fix-pricing is not enabled everywhere: $(states)"

play again "${signed[@]}" || { cat "$work/again.out"; fail "the second roll-out failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    changed 0 again "$host"
done

# Selection by main class: the three services, not the load generator, not the command itself.
selected=$(timeout 60 ansible fleet-1 -i "$work/inventory.yml" -m jlivepatch.fleet.jlivepatch --check \
    -a "jar=$patch main_class=io.jlivepatch.demo.DemoService min_jvms=3 cli=$cli" 2>&1) \
    || { echo "$selected"; fail "selection by main class"; }
[[ $(grep -c '"pid":' <<< "$selected") -eq 3 && "$selected" == *'"changed": false'* ]] \
    || { echo "$selected"; fail "selection by main class did not find the three services, all patched"; }

# state absent on one JVM, by pid: disabled and unloaded, and then the agent, which runs there
# now, answers check with the guard's verdict.
removed=$(timeout 60 ansible fleet-1 -i "$work/inventory.yml" -m jlivepatch.fleet.jlivepatch \
    -a "jar=$patch pid=${jvms[0]} state=absent cli=$cli" 2>&1) || { echo "$removed"; fail "state absent"; }
[[ "$removed" == *'"changed": true'* && "$removed" == *"unload ${jvms[0]} fix-pricing"* ]] \
    || { echo "$removed"; fail "state absent did not disable and unload"; }
[[ "$(states)" == "fits enabled enabled " ]] || fail "after state absent on fleet-1: $(states)"

# The agent's gate with no_not_watching on fleet-2: whether the idle worker's call in its
# quiescent region fell into a transition is chance, so the gate must agree with not-watching.
watching=$("$cli" not-watching "${jvms[1]}")
gate_status=0
gate=$(timeout 60 ansible fleet-2 -i "$work/inventory.yml" -m jlivepatch.fleet.jlivepatch_gate \
    -a "jar=$patch pids=${jvms[1]} no_not_watching=true cli=$cli" 2>&1) || gate_status=$?
if [[ -z "$watching" ]]; then
    [[ $gate_status -eq 0 ]] || { echo "$gate"; fail "the gate failed with no not-watching count"; }
else
    [[ $gate_status -ne 0 && "$gate" == *"not-watching: $(head -1 <<< "$watching")"* ]] \
        || { echo "$gate"; fail "the gate passed with not-watching counts: $watching"; }
fi
echo "fleet test: agent's gate with no_not_watching: status $gate_status, not-watching: ${watching:-none}"

exec 4>&-
timeout 60 tail --pid="$load" -f /dev/null || fail "the load generator did not stop within 60 s"
load_status=0
wait "$load" || load_status=$?
cat "$work/load.log"
[[ $load_status -eq 0 ]] || fail "requests failed during the roll-outs (load generator status $load_status)"
for port in "${ports[@]}"; do
    grep -qE "^port $port requests [1-9][0-9]* failed 0 .*3000000000=[1-9]" "$work/load.log" \
        || fail "port $port: no load, failed requests, or never the fixed total"
done
echo "fleet test: passed in $((SECONDS - started)) s"
