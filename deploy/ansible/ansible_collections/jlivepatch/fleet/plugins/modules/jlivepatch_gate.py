#!/usr/bin/python
# -*- coding: utf-8 -*-
# jlivepatch_gate: the agent's own health gate after a roll-out batch.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
---
module: jlivepatch_gate
short_description: The agent's health gate for a live patch on the JVMs of a host
description:
  - Fails unless every patch of C(jar) is enabled on every JVM the selection names, loaded from
    this jar (not another jar of the same patch id), its
    transition complete (none in flight, so none stalled; a reversed one leaves the patch
    disabled), not forced, not replaced by a cumulative patch, and running somewhere: none of its
    targets failed in every class of its name, and not every target is pending (no class of
    theirs has run since the load: the wrong JVM, or a patch made for another application).
  - With C(no_not_watching), also fails when the agent counted a patched method running on a
    thread in a quiescent region during a transition (its C(not-watching) warnings).
  - Changes nothing, and never loads the agent (where none runs, it only attaches to read the
    JVM's C(java.io.tmpdir), not in check mode; nothing of the jar is loaded there: the gate
    fails). The failure message names the JVM and the reason, one line.
version_added: "0.1.0"
author: jlivepatch
options:
  jar:
    description: The patch jar whose patches must be enabled.
    type: path
    required: true
  pids:
    description: Gate exactly these JVMs (those a roll-out patched), instead of a selection; with
      C(user), JVMs of that user (else of the module's effective uid).
    type: list
    elements: int
  ids:
    description: The ids of the jar's patches, as M(jlivepatch.fleet.jlivepatch) returns them in
      C(patch_ids); read from the jar (the command's C(check)) when not given.
    type: list
    elements: str
  no_not_watching:
    description: Fail on a not-watching count of the agent that grew during this run (see
      C(not_watching_before)).
    type: bool
    default: false
  allow_pending:
    description: Pass a patch whose targets are all pending, for classes that load only later
      on purpose.
    type: bool
    default: false
  not_watching_before:
    description:
      - The agent's not-watching lines per pid (a string key) before this run changed anything, as
        M(jlivepatch.fleet.jlivepatch) returns them in C(not_watching_before) with C(not_watching=true).
        The counts are the agent's since it started, so only those that grew since count against
        the gate; a pid not given counts from zero.
    type: dict
    default: {}
  timeout:
    description: Seconds each jlivepatch command may take.
    type: int
    default: 60
extends_documentation_fragment:
  - jlivepatch.fleet.jvm
notes:
  - Supports check mode (it reads only).
'''

EXAMPLES = r'''
- name: The agent's gate on the JVMs this batch patched
  jlivepatch.fleet.jlivepatch_gate:
    jar: /var/lib/jlivepatch/patches/fix-pricing.jar
    pids: "{{ result.jvms | map(attribute='pid') | list }}"
    no_not_watching: true
'''

RETURN = r'''
jvms:
  description: Each JVM gated, with its patches as list shows them, and its not-watching lines.
  returned: always
  type: list
  elements: dict
  sample:
    - pid: 4242
      main_class: com.acme.pricing.Main
      patches: {fix-pricing: {state: enabled, replace: false, forced: false, transition: null}}
      not_watching: []
msg:
  description: On failure, the JVM and why.
  returned: failure
  type: str
  sample: "pid 4242 (com.acme.pricing.Main): patch 'fix-pricing' is in transition (patching: 12/14 threads switched)"
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import (
    JVM_ARGUMENTS, NO_AGENT, NO_AGENT_SEEN, Cli, CliError, agent_absence, parse_not_watching, select, sha256_of)


def grown(before, after):
    """The not-watching lines of after whose count is higher than in before (lines, both)."""
    counts = parse_not_watching(before)
    return [line for line in after
            if line.split() and parse_not_watching([line]).get(line.split()[0], 0) > counts.get(line.split()[0], 0)]


def verdict(patch_ids, patches, not_watching, no_not_watching, allow_pending=False, origins=None):
    """
    Why the gate fails for one JVM, or None. not_watching: the lines whose count grew in this run.
    A patch runs nowhere when a target failed in every class of its name, or when every target is
    pending (no class of theirs has run since the load: the wrong JVM, or a patch for another
    application; allow_pending for a patch of classes that load late on purpose). origins: {id:
    (the sha256 of the jar it is loaded from, this jar's)}, as check says; another jar fails.
    """
    for patch_id in patch_ids:
        p = patches.get(patch_id)
        if p is None:
            return "patch '%s' is not loaded" % patch_id
        loaded_from, this_jar = (origins or {}).get(patch_id, (None, None))
        if loaded_from is not None and loaded_from != this_jar:
            return "patch '%s' is loaded from another jar (sha256 %s), not this one (sha256 %s)" % (
                patch_id, loaded_from, this_jar)
        if p['transition'] is not None:
            return "patch '%s' is in transition (%s)" % (patch_id, p['transition'])
        if p.get('replaced_by'):
            return "patch '%s' was replaced by the cumulative patch '%s'" % (patch_id, p['replaced_by'])
        if p['state'] != 'enabled':
            return "patch '%s' is %s (its transition was reversed, or it was disabled)" % (patch_id, p['state'])
        if p['forced']:
            return "patch '%s' was forced: its transition did not complete by itself" % patch_id
        targets = p.get('targets') or []
        failed = [t for t in targets if t[1].startswith('failed')]
        if failed:
            return "patch '%s' does not run in %s: %s" % (patch_id, failed[0][0], failed[0][1])
        if targets and not allow_pending and all(t[1] == 'pending' for t in targets):
            return ("patch '%s' runs nowhere: none of its classes has run since it was loaded (is this the JVM it"
                    " was made for? allow_pending: true if its classes load later)" % patch_id)
    if no_not_watching and not_watching:
        return 'not-watching: %s' % not_watching[0]
    return None


def main():
    module = AnsibleModule(
        argument_spec=dict(
            jar=dict(type='path', required=True),
            pids=dict(type='list', elements='int'),
            ids=dict(type='list', elements='str'),
            no_not_watching=dict(type='bool', default=False),
            allow_pending=dict(type='bool', default=False),
            not_watching_before=dict(type='dict', default={}),
            timeout=dict(type='int', default=60),
            **JVM_ARGUMENTS
        ),
        required_one_of=[('pids', 'pid', 'main_class', 'jar_name', 'user')],
        mutually_exclusive=[('pids', 'pid'), ('pids', 'main_class'), ('pids', 'jar_name')],
        supports_check_mode=True,
    )
    p = module.params
    base_cli = Cli(p['cli'], p['java'], p['timeout'])
    if p['pids'] is not None:
        jvms = []
        for pid in p['pids']:
            found = select(pid=pid, user=p['user'])
            if not found:
                module.fail_json(msg='pid %d: the JVM is gone' % pid, jvms=[])
            jvms.extend(found)
    else:
        jvms = select(p['pid'], p['main_class'], p['jar_name'], p['user'])
    try:
        jar_sha256 = sha256_of(p['jar'])
    except (IOError, OSError) as e:
        module.fail_json(msg='cannot read %s: %s' % (p['jar'], e), jvms=[])
    results = []
    for jvm in jvms:
        result = jvm.as_dict()
        results.append(result)
        cli = base_cli.for_jvm(jvm)
        try:
            # Never the agent loaded (found by a hunt: list loaded it into a JVM where none ran,
            # in check mode too): check first, which where no agent runs only attaches to read
            # where its socket would be (a JVM's own java.io.tmpdir: review), and in check mode
            # not even that; with no agent, nothing of the jar is loaded.
            verdicts = cli.check(jvm.pid, p['jar'], attach=not module.check_mode)
            patch_ids = p['ids'] if p['ids'] else [v[0] for v in verdicts]
            absent = set(agent_absence(v[1], v[3]) for v in verdicts)
            if NO_AGENT_SEEN in absent:
                module.warn("%s: no agent's socket at its default path, and check mode does not attach to"
                            " look further: not gated" % jvm.describe())
                continue
            if NO_AGENT in absent:
                module.fail_json(msg="%s: no jlivepatch agent runs there, so patch '%s' is not loaded"
                                 % (jvm.describe(), "', '".join(patch_ids)), jvms=results, pid=jvm.pid)
            result['patches'] = cli.states(jvm.pid)
            result['not_watching'] = cli.run('not-watching', jvm.pid) if p['no_not_watching'] else []
            result['not_watching_grown'] = grown(p['not_watching_before'].get(str(jvm.pid)) or [],
                                                 result['not_watching'])
        except CliError as e:
            module.fail_json(msg='%s: %s' % (jvm.describe(), e), jvms=results, pid=jvm.pid)
        why = verdict(patch_ids, result['patches'], result['not_watching_grown'], p['no_not_watching'],
                      p['allow_pending'], dict((v[0], (v[2], jar_sha256)) for v in verdicts))
        if why is not None:
            module.fail_json(msg='%s: %s' % (jvm.describe(), why), jvms=results, pid=jvm.pid)
    module.exit_json(changed=False, jvms=results)


if __name__ == '__main__':
    main()
