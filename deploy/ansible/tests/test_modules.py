"""
The collection's pure functions: a java command line read as the selection reads it, a line of
jlivepatch list, the commands a state needs. Run by run.sh with the Python that runs Ansible.
"""
import os
import shutil
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from ansible_collections.jlivepatch.fleet.plugins.module_utils import jvm  # noqa: E402
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import (  # noqa: E402
    CliError, maps_libjvm, parse_check_line, parse_command_line, parse_list_line, select)
from ansible_collections.jlivepatch.fleet.plugins.modules.jlivepatch import plan, restore_state  # noqa: E402
from ansible_collections.jlivepatch.fleet.plugins.modules.jlivepatch_gate import grown, verdict  # noqa: E402


class CommandLineTest(unittest.TestCase):

    def test_main_class_after_options_with_and_without_values(self):
        self.assertEqual(parse_command_line(['java', '-Xmx1g', '-cp', 'a.jar:lib/b.jar', '-Dx=y', '--add-opens',
                                             'java.base/java.lang=ALL-UNNAMED', 'com.acme.Main', 'arg']),
                         ('com.acme.Main', None, ['a.jar', 'lib/b.jar']))

    def test_jar(self):
        self.assertEqual(parse_command_line(['/usr/bin/java', '-XX:+UseG1GC', '-jar', '/srv/app.jar', '--port', '8080']),
                         (None, '/srv/app.jar', []))

    def test_module(self):
        self.assertEqual(parse_command_line(['java', '-p', 'mods', '-m', 'com.acme/com.acme.Main'])[0], 'com.acme.Main')
        self.assertEqual(parse_command_line(['java', '--module=com.acme/com.acme.Main'])[0], 'com.acme.Main')


class ListLineTest(unittest.TestCase):

    def test_enabled_with_a_description_that_has_parentheses(self):
        self.assertEqual(parse_list_line('fix-1 enabled "a fix (the big one)"'),
                         {'fix-1': {'state': 'enabled', 'replace': False, 'forced': False, 'transition': None,
                                    'replaced_by': None, 'replacer_gone': False}})

    def test_flags_and_transition(self):
        self.assertEqual(parse_list_line('fix-2 disabled replace forced (unpatching: 3/4 threads switched, completing:'
                                         ' waiting for a read section) "d"'),
                         {'fix-2': {'state': 'disabled', 'replace': True, 'forced': True,
                                    'transition': 'unpatching: 3/4 threads switched, completing: waiting for a read section',
                                    'replaced_by': None, 'replacer_gone': False}})

    def test_a_replaced_patch_is_not_in_transition(self):
        # 'replaced by' is never in parentheses, which would read as a transition in flight.
        self.assertEqual(parse_list_line("fix-3 disabled replace replaced by 'cum', since unloaded \"(d)\""),
                         {'fix-3': {'state': 'disabled', 'replace': True, 'forced': False, 'transition': None,
                                    'replaced_by': 'cum', 'replacer_gone': True}})


class PlanTest(unittest.TestCase):

    def test_enabled(self):
        self.assertEqual(plan('enabled', {'a': 'absent', 'b': 'absent'}),
                         ([('load', None)], {'a': 'enabled', 'b': 'enabled'}))
        self.assertEqual(plan('enabled', {'a': 'disabled', 'b': 'enabled'}),
                         ([('enable', 'a')], {'a': 'enabled', 'b': 'enabled'}))
        self.assertEqual(plan('enabled', {'a': 'enabled'}), ([], {'a': 'enabled'}))

    def test_a_half_loaded_jar_is_refused(self):
        self.assertRaises(CliError, plan, 'enabled', {'a': 'absent', 'b': 'disabled'})

    def test_disabled_and_absent_newest_first(self):
        self.assertEqual(plan('disabled', {'a': 'enabled', 'b': 'disabled'}),
                         ([('disable', 'a')], {'a': 'disabled', 'b': 'disabled'}))
        self.assertEqual(plan('absent', {'a': 'enabled', 'b': 'disabled'}),
                         ([('unload', 'b'), ('disable', 'a'), ('unload', 'a')], {'a': 'absent', 'b': 'absent'}))
        self.assertEqual(plan('absent', {'a': 'absent'}), ([], {'a': 'absent'}))


class CheckLineTest(unittest.TestCase):

    def test_a_loaded_patch_names_its_jar(self):
        self.assertEqual(parse_check_line('fix enabled: from sha256:ab12'), ('fix', 'enabled', 'ab12', ''))
        self.assertEqual(parse_check_line('fix enabled: from sha256:ab12; this jar: refused: its bytecode differs'),
                         ('fix', 'enabled', 'ab12', 'this jar: refused: its bytecode differs'))
        self.assertEqual(parse_check_line('fix disabled: from sha256:ab12; this jar: fits'),
                         ('fix', 'disabled', 'ab12', 'this jar: fits'))
        self.assertEqual(parse_check_line('fix disabled'), ('fix', 'disabled', None, ''))
        self.assertEqual(parse_check_line('fix refused: cannot patch a.B.c()V: x'),
                         ('fix', 'refused', None, 'cannot patch a.B.c()V: x'))
        self.assertEqual(parse_check_line('fix unchecked: the agent does not run in process 4; y'),
                         ('fix', 'unchecked', None, 'the agent does not run in process 4; y'))
        self.assertEqual(jvm.agent_absence('unchecked', 'the agent does not run in process 4; y'), jvm.NO_AGENT)
        self.assertEqual(jvm.agent_absence('unchecked', "no agent's socket is at its default path in process 4"),
                         jvm.NO_AGENT_SEEN)
        self.assertIsNone(jvm.agent_absence('unchecked', 'the command is older than check'))
        self.assertIsNone(jvm.agent_absence('fits', ''))


class ForeignJarTest(unittest.TestCase):
    """Review 16 F1: a patch of the same id loaded from another jar is replaced, not enabled."""

    def test_enabled_replaces_a_patch_of_another_jar(self):
        self.assertEqual(plan('enabled', {'a': 'disabled'}, ['a']),
                         ([('unload', 'a'), ('load', None)], {'a': 'enabled'}))
        self.assertEqual(plan('enabled', {'a': 'enabled', 'b': 'disabled'}, ['a', 'b']),
                         ([('unload', 'b'), ('disable', 'a'), ('unload', 'a'), ('load', None)],
                          {'a': 'enabled', 'b': 'enabled'}))

    def test_an_agent_attached_with_its_arguments_before_the_first_load(self):
        self.assertEqual(plan('enabled', {'a': 'absent'}, attach='require-signed=/t.p12'),
                         ([('attach', 'require-signed=/t.p12'), ('load', None)], {'a': 'enabled'}))

    def test_roll_back_restores_what_was_found(self):
        self.assertEqual(restore_state({'a': 'absent'}, []), 'absent')
        self.assertEqual(restore_state({'a': 'disabled'}, []), 'disabled')
        self.assertEqual(restore_state({'a': 'disabled'}, ['a']), 'absent')


class NotWatchingTest(unittest.TestCase):
    """Review 16 F4: the gate counts what grew during the run, not the agent's lifetime."""

    def test_only_grown_counts(self):
        before = ['a.B.c()V 1 watch', 'a.B.d()V 2 watch']
        self.assertEqual(grown(before, before), [])
        self.assertEqual(grown(before, ['a.B.c()V 1 watch', 'a.B.d()V 3 watch', 'a.B.e()V 1 watch']),
                         ['a.B.d()V 3 watch', 'a.B.e()V 1 watch'])


class SelectionTest(unittest.TestCase):
    """Selection over a made-up /proc: review 16 F2 (replaced libjvm.so), F5 (other uids), F12 (the CLI)."""

    def setUp(self):
        self.proc = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.proc)
        self.euid = os.geteuid

    def tearDown(self):
        os.geteuid = self.euid

    def process(self, pid, argv, maps=b'7f00-7f01 r-xp 0 08:01 1 /usr/lib/jvm/17/lib/server/libjvm.so\n'):
        d = os.path.join(self.proc, str(pid))
        os.mkdir(d)
        os.mkdir(os.path.join(d, 'cwd'))
        with open(os.path.join(d, 'cmdline'), 'wb') as f:
            f.write(b'\0'.join(a.encode() for a in argv) + b'\0')
        if maps is not None:
            with open(os.path.join(d, 'maps'), 'wb') as f:
                f.write(maps)
        return d

    def pids(self, **criteria):
        return [j.pid for j in select(proc=self.proc, **criteria)]

    def test_a_jvm_whose_libjvm_was_replaced_on_disk(self):
        self.assertTrue(maps_libjvm(b'7f00-7f01 r-xp 0 08:01 1 /opt/jdk/lib/server/libjvm.so (deleted)\n'))
        self.assertFalse(maps_libjvm(b'7f00-7f01 r-xp 0 08:01 1 /opt/jdk/lib/server/libjvm.so.bak\n'))
        self.process(10, ['java', 'com.acme.Main'],
                     b'7f00-7f01 r-xp 0 08:01 1 /opt/jdk/lib/server/libjvm.so (deleted)\n')
        self.assertEqual(self.pids(main_class='com.acme.Main'), [10])

    def test_a_matching_process_that_cannot_be_told_a_jvm_is_reported(self):
        self.process(11, ['java', 'com.acme.Main'], maps=None)
        os.mkdir(os.path.join(self.proc, '11', 'maps'))  # unreadable as a file
        unconfirmed = []
        self.assertEqual(select(main_class='com.acme.Main', unconfirmed=unconfirmed, proc=self.proc), [])
        self.assertEqual(len(unconfirmed), 1)
        self.assertIn('pid 11 (com.acme.Main)', unconfirmed[0])

    def test_without_user_only_the_effective_uids_jvms(self):
        self.process(12, ['java', 'com.acme.Main'])
        mine = os.stat(self.proc).st_uid
        self.assertEqual(self.pids(main_class='com.acme.Main'), [12])
        os.geteuid = lambda: mine + 1
        self.assertEqual(self.pids(main_class='com.acme.Main'), [])
        try:
            name = jvm.pwd.getpwuid(mine).pw_name
        except KeyError:
            name = str(mine)
        self.assertEqual(self.pids(main_class='com.acme.Main', user=name), [12])
        # A pid given that is another user's: the failure says whose, and what to give.
        self.assertIn('pid 12 is a process of user %s: give that user' % name,
                      jvm.why_not_selected(12, proc=self.proc))
        self.assertEqual(jvm.why_not_selected(12, user=name, proc=self.proc), '')
        self.assertEqual(jvm.why_not_selected(99, proc=self.proc), '; no process 99 runs here')

    def test_the_command_is_never_selected_whatever_its_jar_is_called(self):
        d = self.process(13, ['java', '-jar', 'jlivepatch-0.1.0.jar', 'list', '1'])
        with zipfile.ZipFile(os.path.join(d, 'cwd', 'jlivepatch-0.1.0.jar'), 'w') as z:
            z.writestr('META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\nMain-Class: io.jlivepatch.cli.Main\n')
        self.process(14, ['java', '-cp', 'x.jar', 'io.jlivepatch.cli.Main', 'list', '1'])
        self.process(15, ['java', '-jar', 'app.jar'])
        self.assertEqual(self.pids(pid=None), [15])


class PlaybookTest(unittest.TestCase):

    def test_the_roll_out_pins_the_linear_strategy(self):
        # Review 16 F3: the roll-back is run_once; under a user's free strategy it ran while other
        # hosts of its batch were still patching, and rolled back none of them.
        import yaml
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ansible_collections', 'jlivepatch',
                            'fleet', 'playbooks', 'rollout.yml')
        with open(path) as f:
            plays = yaml.safe_load(f)
        self.assertEqual([p.get('strategy') for p in plays if 'roles' in p], ['linear'])


class GateTest(unittest.TestCase):

    @staticmethod
    def patch(state='enabled', forced=False, transition=None):
        return {'fix': {'state': state, 'replace': False, 'forced': forced, 'transition': transition}}

    def test_each_reason(self):
        self.assertIsNone(verdict(['fix'], self.patch(), [], True))
        self.assertEqual(verdict(['fix'], {}, [], False), "patch 'fix' is not loaded")
        self.assertEqual(verdict(['fix'], self.patch(transition='patching: 1/2 threads switched'), [], False),
                         "patch 'fix' is in transition (patching: 1/2 threads switched)")
        self.assertIn('reversed', verdict(['fix'], self.patch(state='disabled'), [], False))
        self.assertIn('forced', verdict(['fix'], self.patch(forced=True), [], False))
        replaced = self.patch(state='disabled')
        replaced['fix']['replaced_by'] = 'cum'
        self.assertEqual(verdict(['fix'], replaced, [], False), "patch 'fix' was replaced by the cumulative patch 'cum'")
        running = self.patch()
        running['fix']['targets'] = [('a.B.m()V', 'pending'), ('a.C.n()V', 'patched')]
        self.assertIsNone(verdict(['fix'], running, [], False), 'a target pending beside one patched')
        nowhere = self.patch()
        nowhere['fix']['targets'] = [('a.B.m()V', 'pending')]
        self.assertIn('runs nowhere', verdict(['fix'], nowhere, [], False))
        self.assertIsNone(verdict(['fix'], nowhere, [], False, allow_pending=True))
        self.assertEqual(verdict(['fix'], self.patch(), [], False, origins={'fix': ('76d4', '54ff')}),
                         "patch 'fix' is loaded from another jar (sha256 76d4), not this one (sha256 54ff)")
        self.assertIsNone(verdict(['fix'], self.patch(), [], False, origins={'fix': ('54ff', '54ff')}))
        self.assertIsNone(verdict(['fix'], self.patch(), [], False, origins={'fix': (None, '54ff')}), 'an older agent')
        failed = self.patch()
        failed['fix']['targets'] = [('a.B.m()V', 'patched'), ('a.C.n()V', 'failed: its class loader cannot see the agent')]
        self.assertEqual(verdict(['fix'], failed, [], False),
                         "patch 'fix' does not run in a.C.n()V: failed: its class loader cannot see the agent")

    def test_not_watching_only_when_asked(self):
        lines = ['com.acme.Pricing.total(II)J 1 watch']
        self.assertIsNone(verdict(['fix'], self.patch(), lines, False))
        self.assertEqual(verdict(['fix'], self.patch(), lines, True), 'not-watching: com.acme.Pricing.total(II)J 1 watch')


if __name__ == '__main__':
    unittest.main()
