#!/bin/bash
# usage: run1.sh SCENARIO [defines...]
sc=$1; shift
d=$(mktemp -d); cp transition.pml $d/; cd $d
spin -DSCENARIO=$sc "$@" -a transition.pml >/dev/null || exit 2
gcc -O2 -w -DSAFETY -DCOLLAPSE -o pan pan.c || exit 2
./pan -m200000 > out.txt 2>&1
grep -E "errors:|states, stored|assertion viol|invalid end|pan:1|total actual" out.txt
[ -f transition.pml.trail ] && spin -DSCENARIO=$sc "$@" -t -p -g -l transition.pml > trail.txt 2>&1
echo "dir $d"
