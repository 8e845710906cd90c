#!/usr/bin/env bash
# The fleet test of issue 16, for real: ansible-playbook against three aliases of localhost
# (ansible_connection=local), each a demo service JVM under load from the demo's load generator.
#
#   1. check mode: every host would change, and no JVM is attached to (so no agent loaded);
#   2. a signed roll-out whose health gate fails on the third JVM: the agents it attaches require
#      signed jars; the first, of an earlier batch, the second, of the same batch, and the third are rolled back to the
#      state found (absent: unloaded), the run stops, the summary names host, JVM, reason;
#   3. a clean roll-out over a JVM that has another jar of the same patch id loaded: that one is
#      replaced, and every JVM runs the rolled-out jar (its sha256, as check reports it);
#   4. the same roll-out again: nothing changed;
#   5. the module alone (selection, state absent) and the gate on not-watching counts that grew;
#   6. the load generator's count of failed requests over all of it: zero.
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

# The services stop when their stdin ends: a FIFO they read and only this shell writes, so they
# end with it, also when it is killed with SIGKILL and no trap runs (review 16 F11).
mkfifo "$work/services.in"
for i in 1 2 3; do
    java "${jvm_options[@]}" -cp "$app" io.jlivepatch.demo.DemoService 0 < "$work/services.in" > "$work/service-$i.log" 2>&1 &
    jvms+=($!)
done
exec 3> "$work/services.in"

# While they start: the release signs the patch, and the truststore the clean roll-out verifies
# it against is the release keystore (its certificate is the trusted one).
# Last month's version of the fix is signed too: the same id, another jar.
mkdir "$work/signed" "$work/old"
echo release > "$work/release.pw"
tool_options=(-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC)
keytool "${tool_options[@]}" -genkeypair -keystore "$work/release.p12" -storetype PKCS12 -storepass:file "$work/release.pw" \
    -alias release -keyalg EC -groupname secp256r1 -dname "CN=fleet test release" -validity 2 2> /dev/null
cp "$patch" "$work/signed/fix-pricing.jar"
cp "$patch" "$work/old/fix-pricing.jar"
printf 'Implementation-Version: last month\n' > "$work/old.mf"
jar --update --file "$work/old/fix-pricing.jar" --manifest "$work/old.mf"
for jar in "$work/signed/fix-pricing.jar" "$work/old/fix-pricing.jar"; do
    jarsigner "${tool_options[@]}" -keystore "$work/release.p12" -storepass:file "$work/release.pw" "$jar" release > /dev/null
done
signed_sha256=$(sha256sum "$work/signed/fix-pricing.jar" | cut -d' ' -f1)
[[ $signed_sha256 != "$(sha256sum "$work/old/fix-pricing.jar" | cut -d' ' -f1)" ]] || fail "the old jar is the new one"
# The signed roll-outs take the user's batches (but the first): a canary, then the other two.
signed=(-e "jlivepatch_patch=$work/signed/fix-pricing.jar" -e "jlivepatch_patch_sha256=$signed_sha256"
    -e "jlivepatch_truststore=$work/release.p12" -e "jlivepatch_truststore_password_file=$work/release.pw"
    -e "jlivepatch_signer_alias=release")

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

# states: what the agent says of the signed fix-pricing in each service, read without changing
# it (the three commands at once): the verdict, and for a loaded patch the jar it came from,
# "new" for the signed jar, "old" for another.
states() {
    local i checks=()
    for i in 0 1 2; do
        timeout 30 "$cli" check "${jvms[$i]}" "$work/signed/fix-pricing.jar" > "$work/state-$i" 2>&1 &
        checks+=($!)
    done
    wait "${checks[@]}" || true
    for i in 0 1 2; do
        awk -v new="sha256:$signed_sha256" '{print $3 != "from" ? $2 : substr($2, 1, length($2) - 1) ($4 == new ? "-new" : "-old")}' "$work/state-$i"
    done | tr '\n' ' '
}

# Neither the dry run nor a re-run needs a canary: one batch.
play check --check --diff -e '{"jlivepatch_serial": [3]}' || { cat "$work/check.out"; fail "check mode failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    grep -qE "^$host +: ok=[0-9]+ +changed=[1-9]" "$work/check.out" || { cat "$work/check.out"; fail "check: $host would change nothing"; }
done
grep -qE '^\+pid [0-9]+ \(io.jlivepatch.demo.DemoService\): fix-pricing enabled' "$work/check.out" || { cat "$work/check.out"; fail "check: no diff of the patch state"; }
grep -q 'fix-pricing absent -> enabled (would change)' "$work/check.out" || { cat "$work/check.out"; fail "check: no summary"; }
# Nor did it attach (review 16 F8): on JDK 17 an attach leaves the JVM's /tmp/.java_pid<pid>.
for pid in "${jvms[@]:0:3}"; do
    [[ ! -e /proc/$pid/root/tmp/.java_pid$pid ]] || fail "check mode attached to JVM $pid"
done
[[ "$(states)" == "unchecked: unchecked: unchecked: " ]] || fail "check mode loaded an agent: $(states)"

# Batches [1, 2]: fleet-3 fails in the batch of fleet-2, whose block must have ended before the
# roll-back runs (strategy linear), and after fleet-1's batch.
if play gate-fails-on-fleet-3 "${signed[@]}" -e '{"jlivepatch_serial": [1, 2]}' -e fail_gate_on=fleet-3; then
    cat "$work/gate-fails-on-fleet-3.out"
    fail "the roll-out whose gate fails on fleet-3 succeeded"
fi
summary=$(grep -m1 -o 'jlivepatch roll-out of fix-pricing.jar stopped: .*' "$work/gate-fails-on-fleet-3.out" || true)
echo "$summary"
for expected in "on fleet-3, 'The service's health command' failed" "orders fail since the patch" "pid ${jvms[2]} (io.jlivepatch.demo.DemoService)" \
        "Rolled back: fleet-1 pid ${jvms[0]} (io.jlivepatch.demo.DemoService) (absent), fleet-2 pid ${jvms[1]} (io.jlivepatch.demo.DemoService) (absent), fleet-3 pid ${jvms[2]} (io.jlivepatch.demo.DemoService) (absent)"; do
    [[ "$summary" == *"$expected"* ]] || { cat "$work/gate-fails-on-fleet-3.out"; fail "the summary does not say '$expected'"; }
done
# Rolled back to the state found: absent, so unloaded, and the agents it attached answer check.
[[ "$(states)" == "fits fits fits " ]] || fail "after the failed gate, fix-pricing is not unloaded everywhere: $(states)"
# The agents the roll-out attached require the release's signature (review 16 F7).
grep -qx "require-signed=$work/release.p12:release (fixed at start)" <("$cli" settings "${jvms[0]}") \
    || { "$cli" settings "${jvms[0]}"; fail "the attached agent does not require signed jars"; }

# fleet-2 runs last month's jar of the same patch id, disabled (review 16 F1).
"$cli" load "${jvms[1]}" "$work/old/fix-pricing.jar" > /dev/null && "$cli" disable "${jvms[1]}" fix-pricing > /dev/null \
    || fail "loading the old jar on fleet-2"
play clean "${signed[@]}" -e '{"jlivepatch_serial": [1, 2]}' || { cat "$work/clean.out"; fail "the clean roll-out failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    grep -qE "^$host +: ok=[0-9]+ +changed=[1-9]" "$work/clean.out" || { cat "$work/clean.out"; fail "clean: $host changed nothing"; }
done
grep -q "fleet-2 pid ${jvms[1]} (io.jlivepatch.demo.DemoService): fix-pricing disabled (from another jar) -> enabled (changed)" \
    "$work/clean.out" || { cat "$work/clean.out"; fail "clean: the summary does not say fleet-2's jar was another"; }
# The signature is verified once per run, on the controller: in the first batch only.
verified=$(awk '/^TASK / { task = /Verify the jar.s signature/; next } task && /^(ok|skipping|fatal|changed)/' \
    "$work/clean.out" | grep -c '^ok: ' || true)
[[ $verified -eq 1 ]] || { cat "$work/clean.out"; fail "clean: the signature was verified $verified time(s), not once"; }
[[ "$(states)" == "enabled-new enabled-new enabled-new " ]] || fail "after the clean roll-out, fix-pricing is not the new jar's, enabled, everywhere: $(states)"

# With the gate on not-watching counts: the clean roll-out's transitions may have counted some,
# and a re-run that runs none must not fail on them (review 16 F4).
play again "${signed[@]}" -e '{"jlivepatch_serial": [3]}' -e jlivepatch_gate_no_not_watching=true \
    || { cat "$work/again.out"; fail "the second roll-out failed"; }
for host in fleet-1 fleet-2 fleet-3; do
    changed 0 again "$host"
done

# The module alone and the gate, in one playbook: selection by main class (the three services,
# not the load generator, not the command itself); state absent on fleet-1 by pid (disabled and
# unloaded); the agent's gate with no_not_watching on fleet-2, given the counts as they are now:
# nothing grew since, so it passes, whatever the agent counted before (review 16 F4).
watching=$(timeout 30 "$cli" not-watching "${jvms[1]}")
watching_yaml=$(awk 'NF { printf "%s\"%s\"", n++ ? ", " : "", $0 }' <<< "$watching")
cat > "$work/module.yml" << EOF
- hosts: fleet-1
  gather_facts: false
  tasks:
    - jlivepatch.fleet.jlivepatch: {jar: "$work/signed/fix-pricing.jar", main_class: io.jlivepatch.demo.DemoService, min_jvms: 3, cli: "$cli"}
      check_mode: true
      register: selected
    - jlivepatch.fleet.jlivepatch: {jar: "$work/signed/fix-pricing.jar", pid: ${jvms[0]}, state: absent, cli: "$cli"}
      register: removed
    - jlivepatch.fleet.jlivepatch_gate:
        jar: "$work/signed/fix-pricing.jar"
        pids: [${jvms[1]}]
        no_not_watching: true
        not_watching_before: {"${jvms[1]}": [$watching_yaml]}
        cli: "$cli"
      register: gate
      ignore_errors: true
    - ansible.builtin.copy:
        dest: "$work/module.json"
        content: "{{ {'selected': selected.jvms | map(attribute='pid') | list, 'selected_changed': selected.changed,
                      'removed': removed.jvms[0].commands, 'removed_changed': removed.changed,
                      'gate_failed': gate.failed, 'gate_msg': gate.msg | default('')} | to_json }}"
EOF
echo "== fleet test: module and gate ($((SECONDS - started)) s)"
timeout 120 ansible-playbook -i "$work/inventory.yml" "$work/module.yml" > "$work/module.out" 2>&1 \
    || { cat "$work/module.out"; fail "the module and gate playbook failed"; }
module=$(cat "$work/module.json")
expected_pids=$(printf '%s, ' "${jvms[@]:0:3}")
[[ "$module" == *"\"selected\": [${expected_pids%, }], \"selected_changed\": false"* ]] \
    || { cat "$work/module.out"; fail "selection by main class did not find the three services, all patched: $module"; }
[[ "$module" == *"\"removed_changed\": true"* && "$module" == *"unload ${jvms[0]} fix-pricing"* ]] \
    || { cat "$work/module.out"; fail "state absent did not disable and unload: $module"; }
[[ "$module" == *'"gate_failed": false'* ]] || { cat "$work/module.out"; fail "the gate failed on counts that did not grow: $module"; }
[[ "$(states)" == "fits enabled-new enabled-new " ]] || fail "after state absent on fleet-1: $(states)"
echo "fleet test: agent's gate with no_not_watching: passed, not-watching before: ${watching:-none}"

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
