#!/usr/bin/python
# -*- coding: utf-8 -*-
# jlivepatch: a patch jar enabled, disabled or absent on the JVMs a host selects.

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
---
module: jlivepatch
short_description: Enable, disable or remove a live patch on the running JVMs of a host
description:
  - Brings every patch of a patch jar to C(state) on the JVMs of the host that the selection
    names (C(pid), C(main_class), C(jar_name), C(user); all the criteria given must match),
    through the C(jlivepatch) command (C(load), C(enable), C(disable), C(unload)).
  - Idempotent. The states are read before (the command's C(check), which loads no agent) and
    after (its C(list)); the task is C(changed) only when a patch's state changed on some JVM.
  - In check mode nothing is sent to a JVM that would change it. C(check) answers whether a
    load would pass the fingerprint guard (the patch was built against the code that runs),
    where the agent runs already; a patch the guard would refuse fails the task, in check mode
    too. Where no agent runs, the guard cannot be asked without loading one, and the result
    says C(unchecked).
  - In diff mode, the patches' states before and after, per JVM.
version_added: "0.1.0"
author: jlivepatch
options:
  jar:
    description: The patch jar on the host. Its patches are the ones brought to C(state).
    type: path
    required: true
  state:
    description:
      - C(enabled) loads the jar (and so enables its patches) where none of them is loaded, and
        enables those that are loaded and disabled.
      - C(disabled) disables the jar's patches that are enabled; a JVM without them is left alone.
      - C(absent) disables and unloads them.
    type: str
    choices: [enabled, disabled, absent]
    default: enabled
  min_jvms:
    description: Fail when the selection matches fewer JVMs, so that a mistyped main class is not a
      quiet success.
    type: int
    default: 1
  force_fingerprint:
    description: Load a patch whose targets' code differs from the build it was made against
      (C(load --force-fingerprint)), with the agent's warning.
    type: bool
    default: false
  timeout:
    description: Seconds each jlivepatch command may take; a transition that stalls is backed out
      by the agent's own C(transition-timeout) first.
    type: int
    default: 300
extends_documentation_fragment:
  - jlivepatch.fleet.jvm
notes:
  - Supports check mode and diff mode.
seealso:
  - module: jlivepatch.fleet.jlivepatch_gate
'''

EXAMPLES = r'''
- name: Enable fix-pricing on every JVM of the pricing service
  jlivepatch.fleet.jlivepatch:
    jar: /var/lib/jlivepatch/patches/fix-pricing.jar
    main_class: com.acme.pricing.Main
    state: enabled
  become: true
  become_user: pricing

- name: Take it back on one JVM
  jlivepatch.fleet.jlivepatch:
    jar: /var/lib/jlivepatch/patches/fix-pricing.jar
    pid: 4242
    state: disabled

- name: Remove it from every JVM of user batch, launcher with its CDS archive
  jlivepatch.fleet.jlivepatch:
    jar: /var/lib/jlivepatch/patches/fix-pricing.jar
    user: batch
    state: absent
    cli: /opt/jlivepatch/bin/jlivepatch
'''

RETURN = r'''
jvms:
  description: Each JVM selected, with the jar's patches before and after, what was run, and what
    C(check) said of each patch (the fingerprint guard's verdict).
  returned: always
  type: list
  elements: dict
  sample:
    - pid: 4242
      user: pricing
      main_class: com.acme.pricing.Main
      jar: null
      before: {fix-pricing: absent}
      after: {fix-pricing: enabled}
      check: {fix-pricing: "unchecked: the agent does not run in process 4242; a load attaches it and checks the fingerprints then"}
      commands: ["load 4242 /var/lib/jlivepatch/patches/fix-pricing.jar"]
      changed: true
patch_ids:
  description: The ids of the patches of the jar.
  returned: when a JVM was selected
  type: list
  elements: str
  sample: [fix-pricing]
msg:
  description: On failure, the JVM and the jlivepatch command's one line.
  returned: failure
  type: str
  sample: "pid 4242 (com.acme.pricing.Main): jlivepatch: patch 'fix-pricing': cannot patch com.acme.Pricing.total(II)J: its bytecode differs from the build the patch was made against (expected sha256:f0ba..., found sha256:569f...); load --force-fingerprint applies it all the same"
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import JVM_ARGUMENTS, Cli, CliError, select

ABSENT = 'absent'


def plan(state, before):
    """
    The commands that bring the patches from before ({id: enabled|disabled|absent}) to state, as
    (verb, patch id or None for the jar), and the states they lead to.
    """
    after = dict(before)
    commands = []
    if state == 'enabled':
        missing = [i for i, s in before.items() if s == ABSENT]
        if missing and len(missing) < len(before):
            # load takes the whole jar and refuses an id that is loaded: a half-loaded jar is an
            # operator's mix that this module does not guess its way out of.
            raise CliError('only some patches of the jar are loaded (%s absent, %s loaded); unload them first'
                           % (', '.join(missing), ', '.join(i for i in before if i not in missing)))
        if missing:
            commands.append(('load', None))
        for patch_id, s in before.items():
            if s == 'disabled':
                commands.append(('enable', patch_id))
            after[patch_id] = 'enabled'
    else:
        for patch_id, s in reversed(list(before.items())):
            if s == 'enabled':
                commands.append(('disable', patch_id))
                after[patch_id] = 'disabled'
            if state == ABSENT and s != ABSENT:
                commands.append(('unload', patch_id))
                after[patch_id] = ABSENT
    return commands, after


def describe_states(jvm, states):
    return ''.join('%s: %s %s\n' % (jvm.describe(), i, s) for i, s in states.items())


def main():
    module = AnsibleModule(
        argument_spec=dict(
            jar=dict(type='path', required=True),
            state=dict(type='str', default='enabled', choices=['enabled', 'disabled', ABSENT]),
            min_jvms=dict(type='int', default=1),
            force_fingerprint=dict(type='bool', default=False),
            timeout=dict(type='int', default=300),
            **JVM_ARGUMENTS
        ),
        required_one_of=[('pid', 'main_class', 'jar_name', 'user')],
        supports_check_mode=True,
    )
    p = module.params
    cli = Cli(p['cli'], p['java'], p['timeout'])
    jvms = select(p['pid'], p['main_class'], p['jar_name'], p['user'])
    results = []
    if len(jvms) < p['min_jvms']:
        module.fail_json(msg='%d JVM(s) match %s, fewer than min_jvms=%d' % (
            len(jvms), ', '.join('%s=%s' % (k, p[k]) for k in ('pid', 'main_class', 'jar_name', 'user')
                                 if p[k] is not None), p['min_jvms']), jvms=results)
    patch_ids = []
    diff_before = ''
    diff_after = ''
    for jvm in jvms:
        result = jvm.as_dict()
        result.update(before={}, after={}, check={}, commands=[], changed=False)
        results.append(result)
        try:
            verdicts = cli.check(jvm.pid, p['jar'])
            patch_ids = [v[0] for v in verdicts]
            before = {}
            for patch_id, verdict, detail in verdicts:
                before[patch_id] = verdict if verdict in ('enabled', 'disabled') else ABSENT
                result['check'][patch_id] = verdict + (': ' + detail if detail else '')
                if verdict == 'refused' and p['state'] == 'enabled' and not p['force_fingerprint']:
                    raise CliError('jlivepatch: ' + detail)
            result['before'] = before
            commands, predicted = plan(p['state'], before)
            for verb, patch_id in commands:
                args = [verb, jvm.pid, patch_id if patch_id is not None else p['jar']]
                if verb == 'load' and p['force_fingerprint']:
                    args.append('--force-fingerprint')
                result['commands'].append(' '.join(str(a) for a in args))
                if not module.check_mode:
                    cli.run(*args)
                    result['changed'] = True
            if commands and not module.check_mode:
                listed = cli.states(jvm.pid)
                result['after'] = dict((i, listed[i]['state'] if i in listed else ABSENT) for i in patch_ids)
            else:
                result['after'] = predicted
            result['changed'] = result['after'] != before
        except CliError as e:
            line = str(e)
            if not line.startswith('jlivepatch:'):
                line = 'jlivepatch: ' + line
            module.fail_json(msg='%s: %s' % (jvm.describe(), line), jvms=results, patch_ids=patch_ids,
                             changed=any(r['changed'] or (r['commands'] and not module.check_mode) for r in results))
        diff_before += describe_states(jvm, result['before'])
        diff_after += describe_states(jvm, result['after'])
    module.exit_json(changed=any(r['changed'] for r in results), jvms=results, patch_ids=patch_ids,
                     diff=dict(before=diff_before, after=diff_after,
                               before_header='patch states', after_header='patch states'))


if __name__ == '__main__':
    main()
