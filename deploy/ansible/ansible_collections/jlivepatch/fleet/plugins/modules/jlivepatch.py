#!/usr/bin/python
# -*- coding: utf-8 -*-
# jlivepatch: a patch jar enabled, disabled or absent on the JVMs a host selects.

from __future__ import absolute_import, division, print_function

import os

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
  - A patch is known by its id and by the jar it was loaded from (C(check) gives that jar's
    sha256). A patch of the same id loaded from another jar (an earlier version of the fix) is not
    in the state C(enabled) asks for; it is disabled and unloaded, then the jar is loaded. For
    C(disabled) and C(absent), the id decides, whatever jar it came from.
  - An agent older than C(check) is asked C(list); its patches' origin is unknown (their verdict
    has no sha256) and taken to be this jar.
  - When a command fails (or exceeds C(timeout)), the JVM's patches are read again, and the JVM is
    C(changed) when they differ from before (or cannot be read), so that a roll-back visits it.
  - In check mode nothing is sent to a JVM that would change it. C(check) answers whether a
    load would pass the fingerprint guard (the patch was built against the code that runs),
    where the agent runs already; a patch the guard would refuse fails the task, in check mode
    too. Where no agent runs, the guard cannot be asked without loading one, and the result
    says C(unchecked).
  - In check mode, C(check --no-attach) - where no agent's socket is at its default path, the
    patches are C(unchecked) without an attach (which would start the JVM's C(Attach Listener)
    thread for good). An agent started with its own C(control-socket) path is then not seen. A
    command older than C(--no-attach) is asked without it, and attaches there.
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
  sha256:
    description: The hex sha256 the jar must have; the task fails before touching a JVM when it has
      another. The agent reads the jar again when it loads it, so C(jar) must be in a directory only
      trusted users can write (see the role's C(jlivepatch_dest)).
    type: str
  agent_args:
    description:
      - The agent's arguments (C(key=value,...), as C(attach <pid> key=value,...) takes them, e.g.
        C(require-signed=/etc/jlivepatch/trust.p12:release,require-signed-password-file=/etc/jlivepatch/trust.pw)),
        given to C(attach) before the first C(load) where no agent runs yet.
      - Where an agent runs already, its arguments fixed at start stand; when C(agent_args) asks for
        C(require-signed) and that agent runs without it, the task warns (fails with
        C(require_agent_args)).
    type: str
  require_agent_args:
    description: Fail, rather than warn, on a JVM whose running agent lacks the C(require-signed)
      that C(agent_args) asks for.
    type: bool
    default: false
  not_watching:
    description: Read the agent's not-watching counts before the first command that changes a JVM,
      returned per JVM as C(not_watching_before), for the gate to count only what grew.
    type: bool
    default: false
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
      foreign: []
      restore: absent
      not_watching_before: []
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
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import (
    JVM_ARGUMENTS, Cli, CliError, agent_absence, parse_not_watching, select, sha256_of, why_not_selected)

ABSENT = 'absent'

# How the agent ends a refusal that --force-fingerprint overrides (the fingerprint guard's).
GUARD_OVERRIDABLE = 'load --force-fingerprint applies it all the same'


def plan(state, before, foreign=(), attach=None):
    """
    The commands that bring the patches from before ({id: enabled|disabled|absent}) to state, as
    (verb, patch id, the jar (None) or the agent's arguments), and the states they lead to.
    foreign: the ids loaded from another jar than this one (another version under the same id),
    which enabled takes out (disable, unload) and loads again from this jar. attach: the agent's
    arguments, attached first where a load is the first command (no agent runs yet).
    """
    after = dict(before)
    commands = []
    if state == 'enabled':
        missing = [i for i, s in before.items() if s == ABSENT or i in foreign]
        if missing and len(missing) < len(before):
            # load takes the whole jar and refuses an id that is loaded: a half-loaded jar is an
            # operator's mix that this module does not guess its way out of.
            raise CliError('only some patches of the jar are loaded from it (%s absent or from another jar, %s'
                           ' loaded); unload them first' % (', '.join(missing),
                                                            ', '.join(i for i in before if i not in missing)))
        if missing:
            for patch_id in reversed(list(before)):
                if before[patch_id] == 'enabled':
                    commands.append(('disable', patch_id))
                if before[patch_id] != ABSENT:
                    commands.append(('unload', patch_id))
            if attach:
                commands.append(('attach', attach))
            commands.append(('load', None))
        for patch_id, s in before.items():
            if s == 'disabled' and patch_id not in foreign:
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


def restore_state(before, foreign):
    """
    The state a roll-back brings this jar's patches to: absent where one was absent before the run
    or loaded from another jar (the run unloaded that one, and a roll-back cannot load it again),
    else disabled.
    """
    return ABSENT if any(s == ABSENT or i in foreign for i, s in before.items()) else 'disabled'


def describe_states(jvm, states, foreign=(), reloaded=()):
    return ''.join('%s: %s %s%s\n' % (jvm.describe(), i, s, ' (replaced by a cumulative patch since unloaded)'
                                      if i in reloaded else ' (from another jar)' if i in foreign else '')
                   for i, s in states.items())


def main():
    module = AnsibleModule(
        argument_spec=dict(
            jar=dict(type='path', required=True),
            state=dict(type='str', default='enabled', choices=['enabled', 'disabled', ABSENT]),
            min_jvms=dict(type='int', default=1),
            force_fingerprint=dict(type='bool', default=False),
            timeout=dict(type='int', default=300),
            sha256=dict(type='str'),
            agent_args=dict(type='str'),
            require_agent_args=dict(type='bool', default=False),
            not_watching=dict(type='bool', default=False),
            **JVM_ARGUMENTS
        ),
        required_one_of=[('pid', 'main_class', 'jar_name', 'user')],
        supports_check_mode=True,
    )
    p = module.params
    cli = Cli(p['cli'], p['java'], p['timeout'])
    unconfirmed = []
    jvms = select(p['pid'], p['main_class'], p['jar_name'], p['user'], unconfirmed)
    for line in unconfirmed:
        module.warn('not selected, though its command line matches: ' + line)
    results = []
    criteria = ', '.join('%s=%s' % (k, p[k]) for k in ('pid', 'main_class', 'jar_name', 'user') if p[k] is not None)
    if len(jvms) < p['min_jvms']:
        module.fail_json(msg='%d JVM(s) of %s match %s, fewer than min_jvms=%d%s' % (
            len(jvms), p['user'] or 'uid %d' % os.geteuid(), criteria, p['min_jvms'],
            ''.join('; ' + line for line in unconfirmed)
            + (why_not_selected(p['pid'], p['user']) if p['pid'] is not None and not jvms else '')), jvms=results)
    try:
        jar_sha256 = sha256_of(p['jar'])
    except (IOError, OSError) as e:
        module.fail_json(msg='cannot read %s: %s' % (p['jar'], e), jvms=results)
    if p['sha256'] and p['sha256'].lower() != jar_sha256:
        module.fail_json(msg='%s has sha256 %s, not %s' % (p['jar'], jar_sha256, p['sha256']), jvms=results)
    patch_ids = []
    diff_before = ''
    diff_after = ''
    for jvm in jvms:
        result = jvm.as_dict()
        result.update(before={}, after={}, check={}, commands=[], changed=False, foreign=[], not_watching_before=[],
                      replaced=[], reloaded=[])
        results.append(result)
        jvm_cli = cli.for_jvm(jvm)
        before = {}
        origins = {}
        sent = False
        try:
            verdicts = jvm_cli.check(jvm.pid, p['jar'], attach=not module.check_mode)
            patch_ids = [v[0] for v in verdicts]
            agent_runs = True
            for patch_id, verdict, origin, detail in verdicts:
                before[patch_id] = verdict if verdict in ('enabled', 'disabled') else ABSENT
                origins[patch_id] = origin
                if origin is not None and origin != jar_sha256:
                    result['foreign'].append(patch_id)
                if agent_absence(verdict, detail) is not None:
                    agent_runs = False
                result['check'][patch_id] = (verdict + (' (from the jar of sha256 %s)' % origin if origin else '')
                                             + (': ' + detail if detail else ''))
                # force_fingerprint overrides the guard's refusal only (review: any refusal was
                # passed over, and a working fix of another jar taken out for a load that failed).
                forced = p['force_fingerprint'] and detail.endswith(GUARD_OVERRIDABLE)
                if verdict == 'refused' and p['state'] == 'enabled' and not forced:
                    raise CliError('jlivepatch: ' + detail)
                if detail.startswith('this jar: refused: ') and p['state'] == 'enabled' and not forced:
                    # Before the other jar's patch is taken out (found by a hunt: a jar the guard
                    # refused took a working fix out first, and then failed to load).
                    raise CliError('jlivepatch: %s is loaded from another jar; this one would be refused: %s'
                                   % (patch_id, detail[len('this jar: refused: '):]))
            if agent_runs and p['state'] == 'enabled' and any(s == 'disabled' for s in before.values()):
                # A patch a cumulative patch replaced is disabled for good: the agent enables it no
                # more. Its replacer loaded, this jar would run beneath it, or above it in its
                # place: refused. Its replacer unloaded since (a roll-back of it, say), this jar
                # is loaded again, as for another jar's patch (found by a hunt: every roll-out of
                # the jar failed there for good, 'it can only be unloaded').
                listed = jvm_cli.states(jvm.pid)
                for patch_id in patch_ids:
                    q = listed.get(patch_id) or {}
                    if q.get('replaced_by') and not q.get('replacer_gone'):
                        raise CliError("jlivepatch: patch '%s' was replaced by the cumulative patch '%s', which is"
                                       " loaded: roll that one out, or unload it first" % (patch_id, q['replaced_by']))
                    if q.get('replaced_by') and patch_id not in result['foreign']:
                        result['foreign'].append(patch_id)
                        result['reloaded'].append(patch_id)
            result['before'] = before
            result['restore'] = restore_state(before, result['foreign'])
            if agent_runs and p['agent_args'] and 'require-signed=' in p['agent_args']:
                settings = jvm_cli.run('settings', jvm.pid)
                if any(line.startswith('require-signed=null') for line in settings):
                    why = ('the agent runs without require-signed (it is fixed when the agent starts), so it'
                           ' loads unsigned jars too')
                    if p['require_agent_args']:
                        raise CliError(why)
                    module.warn('%s: %s' % (jvm.describe(), why))
            commands, predicted = plan(p['state'], before, result['foreign'],
                                       p['agent_args'] if not agent_runs else None)
            # Every JVM the gate will see, changed or not: the agent's counts are since it started.
            if agent_runs and p['not_watching'] and not module.check_mode:
                result['not_watching_before'] = jvm_cli.run('not-watching', jvm.pid)
            for verb, patch_id in ((c[0], c[1]) for c in commands):
                if verb == 'attach':
                    args = ['attach', jvm.pid, patch_id]
                else:
                    args = [verb, jvm.pid, patch_id if patch_id is not None else p['jar']]
                if verb == 'load' and p['force_fingerprint']:
                    args.append('--force-fingerprint')
                result['commands'].append(' '.join(str(a) for a in args))
                if not module.check_mode:
                    sent = True
                    jvm_cli.run(*args)
            if commands and not module.check_mode:
                listed = jvm_cli.states(jvm.pid)
                result['after'] = dict((i, listed[i]['state'] if i in listed else ABSENT) for i in patch_ids)
                # Patches of other ids that this jar's cumulative patch replaced: a roll-back
                # cannot enable them again, and says so.
                result['replaced'] = sorted(i for i, q in listed.items()
                                            if i not in patch_ids and q.get('replaced_by') in patch_ids
                                            and not q.get('replacer_gone'))
            else:
                result['after'] = predicted
            result['changed'] = result['after'] != before or bool(result['foreign'] and commands)
        except CliError as e:
            line = str(e)
            if not line.startswith('jlivepatch:'):
                line = 'jlivepatch: ' + line
            if sent:
                # The command failed or timed out, but the agent may have gone on (a load whose
                # client was killed, a patch that could not be taken back): what it holds now
                # decides whether the roll-back must visit this JVM. Unknown counts as changed.
                # check, not list: it names the jar each loaded patch came from, so a patch of
                # another jar that is still there, as it was, is no change (found by a hunt: a
                # first command that failed, changing nothing, had the roll-back unload a fix the
                # run never touched).
                try:
                    # attach=True: a JVM with a java.io.tmpdir of its own keeps its socket there,
                    # which only the attach tells (review); an agent runs, commands were sent.
                    now = Cli(p['cli'], p['java'], min(p['timeout'], 30)).for_jvm(jvm).check(jvm.pid, p['jar'])
                    if any(v[1] == 'unchecked' for v in now):
                        raise CliError('the patches cannot be read')
                    found = dict((v[0], v) for v in now)
                    result['after'] = dict((i, found[i][1] if i in found and found[i][1] in ('enabled', 'disabled')
                                            else ABSENT) for i in patch_ids)
                    result['changed'] = (result['after'] != before
                                         or any(found[i][2] != origins.get(i) for i in patch_ids
                                                if i in found and before.get(i) != ABSENT))
                except CliError:
                    result['changed'] = True
            module.fail_json(msg='%s: %s' % (jvm.describe(), line), jvms=results, patch_ids=patch_ids,
                             changed=any(r['changed'] for r in results))
        diff_before += describe_states(jvm, result['before'], result['foreign'], result['reloaded'])
        diff_after += describe_states(jvm, result['after'])
    module.exit_json(changed=any(r['changed'] for r in results), jvms=results, patch_ids=patch_ids,
                     jar_sha256=jar_sha256,
                     diff=dict(before=diff_before, after=diff_after,
                               before_header='patch states', after_header='patch states'))


if __name__ == '__main__':
    main()
