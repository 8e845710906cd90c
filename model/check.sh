#!/usr/bin/env bash
# Model-checks the transition protocol (model/transition.pml) with Spin: each scenario with every
# fix must verify with no error, exhaustively; with each fix switched off, its scenario must fail
# with its counterexample. See model/README.md. Needs spin and gcc.
#
# With --if-changed (what CI runs) the exhaustive runs are skipped when model/verified records a
# full pass of this very model: the same transition.pml, this same script and the same Spin (and
# a record of all six runs). No code of the agent goes into their verdict (gcc and the memory a
# run gets do, beside those three), and they take about 20 CPU-minutes, which CI spent proving
# again what nothing had changed. The counterexamples run every time. A full pass (either way)
# writes model/verified, to commit with the model.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if_changed=0
[[ ${1:-} == --if-changed ]] && if_changed=1
fingerprint=$(cat transition.pml check.sh <(spin -V 2>&1) | sha256sum | cut -d' ' -f1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp transition.pml "$work/"

# verify <name> <expect: ok, or the text the violated property's line contains> <spin -D flags...>
# Writes its verdict to $work/<name>.verdict (PASS or FAIL) and prints one line. A safety check;
# with LIVE=1 in its environment, the liveness check of the ltl formula `ends` under weak fairness.
verify() {
    local name=$1 expect=$2; shift 2
    # -w27: a hash table of 2^27 slots (1 GB) from the start. pan starts smaller and resizes
    # once, to 2^26; the exhaustive runs store 28-156 million states, and the larger table cuts
    # their hash conflicts by five and their time by a fifth (scenario 1: 120-125 s -> 95 s,
    # 0.4 GB more).
    local cflags="-DSAFETY" panflags="-m300000 -w27"
    if [[ ${LIVE:-0} == 1 ]]; then
        cflags="-DNFAIR=3" panflags="-a -f -m500000 -w27 -N ends"
    fi
    local dir="$work/${name// /_}"
    local verdict=FAIL
    mkdir -p "$dir" && cp "$work/transition.pml" "$dir/"
    local start=$SECONDS
    if (cd "$dir" && spin "$@" -a transition.pml > spin.log 2>&1 \
            && gcc -O2 -w $cflags -DCOLLAPSE -o pan pan.c > gcc.log 2>&1); then
        (cd "$dir" && ./pan $panflags > pan.log 2>&1) || true
        local errors states what
        errors=$(sed -n 's/.*errors: \([0-9]*\).*/\1/p' "$dir/pan.log")
        states=$(sed -n 's/^ *\([0-9.e+]*\) states, stored.*/\1/p' "$dir/pan.log")
        what=$(grep -m1 -E '^pan:1: ' "$dir/pan.log" | sed 's/ (at depth [0-9]*)//' || true)
        if grep -qE 'max search depth too small|out of memory|aborted' "$dir/pan.log"; then
            what="search incomplete: $(grep -m1 -E 'max search depth too small|out of memory|aborted' "$dir/pan.log")"
        elif [[ $expect == ok && $errors == 0 ]]; then
            verdict=PASS
        elif [[ $expect != ok && ${errors:-0} != 0 && $what == *"$expect"* ]]; then
            verdict=PASS
        fi
        printf '%-4s %-30s errors=%-2s states=%-11s %4ss %s\n' "$verdict" "$name" "${errors:-?}" "${states:-?}" \
            $((SECONDS - start)) "$what"
        if [[ $verdict == FAIL && -f "$dir/transition.pml.trail" ]]; then
            (cd "$dir" && spin "$@" -t -p -g -l transition.pml | tail -60) || true
        fi
    else
        printf 'FAIL %-30s spin or gcc failed\n' "$name"
        cat "$dir/spin.log" "$dir/gcc.log" 2>/dev/null | tail -20 || true
    fi
    echo "$verdict" > "$work/${name// /_}.verdict"
}

consistent='exempt[i]||((vo==1)'
names=()
# A counterexample run, two at a time (each takes seconds, one core): its line is printed once
# all have ended, in order.
run() {
    names+=("$1")
    verify "$@" > "$work/${1// /_}.out" 2>&1 &
    if (( $(jobs -rp | wc -l) >= 2 )); then
        wait -n || true
    fi
}

echo "== each fix switched off: its scenario's counterexample (calls per thread: 1/1)"
run "1 FIX_KEEP_LOWER=0"   'stk[0]==snap[0]'  -DSCENARIO=1 -DCALLS=1 -DCALLS1=1 -DFIX_KEEP_LOWER=0
run "1 FIX_CONFIRM=0"      "$consistent"      -DSCENARIO=1 -DCALLS=1 -DCALLS1=1 -DFIX_CONFIRM=0
run "2 FIX_LINK=0"         'invalid end state' -DSCENARIO=2 -DCALLS=1 -DCALLS1=1 -DFIX_LINK=0
run "3 FIX_LOAD_STEP=0"    'pend[1]==0'       -DSCENARIO=3 -DCALLS=1 -DCALLS1=1 -DFIX_LOAD_STEP=0
run "3 FIX_ROLLBACK=0"     '!(loaded[1])'     -DSCENARIO=3 -DCALLS=1 -DCALLS1=1 -DFIX_ROLLBACK=0
run "4 FIX_GRACE=0"        '(vo!=7)'          -DSCENARIO=4 -DCALLS=1 -DCALLS1=1 -DFIX_GRACE=0
run "4 FIX_ERROR_EXIT=0"   'depth[i]==0'      -DSCENARIO=4 -DCALLS=1 -DCALLS1=1 -DFIX_ERROR_EXIT=0
run "5 FIX_ERROR_EXIT=0"   'depth[i]==0'      -DSCENARIO=5 -DCALLS=1 -DCALLS1=1 -DFIX_ERROR_EXIT=0
# Issue 14's early drain, done wrong: a completion that waits for no section.
run "4 EARLY_DRAIN=2"      '(vo!=7)'          -DSCENARIO=4 -DCALLS=1 -DCALLS1=1 -DEARLY_DRAIN=2
live=(-DSCENARIO=6 -DLOOP -DCALLS1=1 -DNO_GP_TIMEOUT -DLIVENESS)
LIVE=1 run "6 liveness SELF_SWITCH=0" 'acceptance cycle' "${live[@]}" -DSELF_SWITCH=0

wait || true
for n in "${names[@]}"; do
    cat "$work/${n// /_}.out"
done

exhaustive_names=("1 reversal" "2 late link, force" "3 load of two" "4 grace, errors"
    "5 load, late link, errors" "6 liveness")
# Whether model/verified records a full pass of this model: its fingerprint, and each exhaustive
# run's PASS line with no error (a file cut short or edited by hand does not count).
recorded() {
    [[ -f verified ]] && [[ $(sed -n 's/^fingerprint //p' verified) == "$fingerprint" ]] || return 1
    local n
    for n in "${exhaustive_names[@]}"; do
        grep -q "^PASS $n  *errors=0 " verified || return 1
    done
}

if [[ $if_changed == 1 ]] && recorded; then
    echo "== every fix: exhaustive, no error: not run, model/verified records a full pass of this model"
    sed -n '/^PASS /p' verified
    exhaustive=0
else
    exhaustive=1
fi

# An exhaustive run: its line is kept for model/verified and printed when it ends.
full() {
    verify "$@" > "$work/${1// /_}.out" 2>&1
    cat "$work/${1// /_}.out"
}

if [[ $exhaustive == 1 ]]; then
    echo "== every fix: exhaustive, no error (two at a time)"
    names+=("${exhaustive_names[@]}")
    full "3 load of two"       ok -DSCENARIO=3 -DCALLS=1 -DCALLS1=1 &
    full "2 late link, force"  ok -DSCENARIO=2 -DCALLS=1 -DCALLS1=1
    full "1 reversal"          ok -DSCENARIO=1 -DCALLS=1 -DCALLS1=1
    wait
    LIVE=1 full "6 liveness"   ok "${live[@]}" &
    full "5 load, late link, errors" ok -DSCENARIO=5 -DCALLS=1 -DCALLS1=1
    full "4 grace, errors"     ok -DSCENARIO=4 -DCALLS=1 -DCALLS1=1
    wait
fi

# Every run must have left its verdict, and every verdict must be PASS.
ok=1
for n in "${names[@]}"; do
    v=$(cat "$work/${n// /_}.verdict" 2>/dev/null || echo MISSING)
    [[ $v == PASS ]] || { echo "not passed: $n ($v)"; ok=0; }
done
if [[ $ok != 1 ]]; then
    echo "model check FAILED"
    exit 1
fi
if [[ $exhaustive == 1 ]]; then
    {
        echo "fingerprint $fingerprint"
        echo "# model/check.sh's full pass of this model (transition.pml, check.sh, $(spin -V 2>&1 | head -1))"
        echo "# on $(date -u +%Y-%m-%d); check.sh --if-changed skips the exhaustive runs while this matches"
        for n in "${exhaustive_names[@]}"; do
            # Without the run's seconds: the record says what was proved, not how fast.
            sed 's/ *[0-9]*s $//' "$work/${n// /_}.out"
        done
    } > verified.tmp
    # Whole or not at all: a pass interrupted while writing leaves the last record.
    mv verified.tmp verified
fi
echo "model check passed"
