#!/usr/bin/env bash
# Model-checks the transition protocol (model/transition.pml) with Spin: each scenario with every
# fix must verify with no error; with each fix switched off, its scenario must fail (the
# counterexample of the safety issue's scenario). See model/README.md. Needs spin and gcc.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp transition.pml "$work/"
fails="$work/failed"

# verify <name> <expect: ok|error> <spin -D flags...>
verify() {
    local name=$1 expect=$2; shift 2
    local dir="$work/$name"
    mkdir -p "$dir" && cp "$work/transition.pml" "$dir/"
    (cd "$dir" && spin "$@" -a transition.pml > spin.log && gcc -O2 -w -DSAFETY -DCOLLAPSE -o pan pan.c)
    local start=$SECONDS
    (cd "$dir" && ./pan -m300000 > pan.log 2>&1) || true
    local errors states
    errors=$(sed -n 's/.*errors: \([0-9]*\).*/\1/p' "$dir/pan.log")
    states=$(sed -n 's/^ *\([0-9.e+]*\) states, stored.*/\1/p' "$dir/pan.log")
    local what
    what=$(grep -m1 -E '^pan:1: ' "$dir/pan.log" | sed 's/ (at depth [0-9]*)//' || true)
    printf '%-34s %-6s errors=%-2s states=%-10s %3ss %s\n' "$name" "$expect" "${errors:-?}" "${states:-?}" \
        $((SECONDS - start)) "$what"
    if [[ $expect == ok && $errors != 0 ]] || [[ $expect == error && ${errors:-0} == 0 ]]; then
        touch "$fails"
        if [[ -f "$dir/transition.pml.trail" ]]; then
            (cd "$dir" && spin "$@" -t -p -g -l transition.pml | tail -60)
        fi
        tail -20 "$dir/pan.log"
    fi
}

# Two at a time (two cores); each prints its line when done.
echo "== the protocol with every fix, then each fix switched off (its scenario's counterexample)"
verify "1 FIX_KEEP_LOWER=0"           error -DSCENARIO=1 -DCALLS=2 -DCALLS1=1 -DFIX_KEEP_LOWER=0
verify "2 FIX_LINK=0"                 error -DSCENARIO=2 -DCALLS=1 -DCALLS1=1 -DFIX_LINK=0
verify "3 FIX_LOAD_STEP=0"            error -DSCENARIO=3 -DCALLS=1 -DCALLS1=1 -DFIX_LOAD_STEP=0
verify "4 FIX_GRACE=0"                error -DSCENARIO=4 -DCALLS=2 -DCALLS1=1 -DFIX_GRACE=0
verify "4 FIX_ERROR_EXIT=0"           error -DSCENARIO=4 -DCALLS=2 -DCALLS1=1 -DFIX_ERROR_EXIT=0
verify "1 reversal (calls 2/1)"       ok    -DSCENARIO=1 -DCALLS=2 -DCALLS1=1 &
verify "2 late link (calls 1/1)"      ok    -DSCENARIO=2 -DCALLS=1 -DCALLS1=1
wait
verify "3 load of two (calls 1/1)"    ok    -DSCENARIO=3 -DCALLS=1 -DCALLS1=1 &
verify "4 grace, errors (calls 2/1)"  ok    -DSCENARIO=4 -DCALLS=2 -DCALLS1=1
wait

if [[ -e $fails ]]; then
    echo "model check FAILED"
    exit 1
fi
echo "model check passed"
