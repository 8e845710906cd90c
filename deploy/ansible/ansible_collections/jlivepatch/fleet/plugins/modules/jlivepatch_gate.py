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
  - Fails unless every patch of C(jar) is enabled on every JVM the selection names, its
    transition complete (none in flight, so none stalled; a reversed one leaves the patch
    disabled), and not forced.
  - With C(no_not_watching), also fails when the agent counted a patched method running on a
    thread in a quiescent region during a transition (its C(not-watching) warnings).
  - Changes nothing. The failure message names the JVM and the reason, one line.
version_added: "0.1.0"
author: jlivepatch
options:
  jar:
    description: The patch jar whose patches must be enabled.
    type: path
    required: true
  pids:
    description: Gate exactly these JVMs (those a roll-out patched), instead of a selection.
    type: list
    elements: int
  ids:
    description: The ids of the jar's patches, as M(jlivepatch.fleet.jlivepatch) returns them in
      C(patch_ids); read from the jar (the command's C(check)) when not given.
    type: list
    elements: str
  no_not_watching:
    description: Fail on any not-watching count of the agent.
    type: bool
    default: false
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
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import JVM_ARGUMENTS, Cli, CliError, select


def verdict(patch_ids, patches, not_watching, no_not_watching):
    """Why the gate fails for one JVM, or None."""
    for patch_id in patch_ids:
        p = patches.get(patch_id)
        if p is None:
            return "patch '%s' is not loaded" % patch_id
        if p['transition'] is not None:
            return "patch '%s' is in transition (%s)" % (patch_id, p['transition'])
        if p['state'] != 'enabled':
            return "patch '%s' is %s (its transition was reversed, or it was disabled)" % (patch_id, p['state'])
        if p['forced']:
            return "patch '%s' was forced: its transition did not complete by itself" % patch_id
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
            timeout=dict(type='int', default=60),
            **JVM_ARGUMENTS
        ),
        required_one_of=[('pids', 'pid', 'main_class', 'jar_name', 'user')],
        mutually_exclusive=[('pids', 'pid'), ('pids', 'main_class'), ('pids', 'jar_name'), ('pids', 'user')],
        supports_check_mode=True,
    )
    p = module.params
    cli = Cli(p['cli'], p['java'], p['timeout'])
    if p['pids'] is not None:
        jvms = []
        for pid in p['pids']:
            found = select(pid=pid)
            if not found:
                module.fail_json(msg='pid %d: the JVM is gone' % pid, jvms=[])
            jvms.extend(found)
    else:
        jvms = select(p['pid'], p['main_class'], p['jar_name'], p['user'])
    results = []
    for jvm in jvms:
        result = jvm.as_dict()
        results.append(result)
        try:
            patch_ids = p['ids'] if p['ids'] else [v[0] for v in cli.check(jvm.pid, p['jar'])]
            result['patches'] = cli.states(jvm.pid)
            result['not_watching'] = cli.run('not-watching', jvm.pid) if p['no_not_watching'] else []
        except CliError as e:
            module.fail_json(msg='%s: %s' % (jvm.describe(), e), jvms=results, pid=jvm.pid)
        why = verdict(patch_ids, result['patches'], result['not_watching'], p['no_not_watching'])
        if why is not None:
            module.fail_json(msg='%s: %s' % (jvm.describe(), why), jvms=results, pid=jvm.pid)
    module.exit_json(changed=False, jvms=results)


if __name__ == '__main__':
    main()
