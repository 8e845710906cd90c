"""
The collection's pure functions: a java command line read as the selection reads it, a line of
jlivepatch list, the commands a state needs. Run by run.sh with the Python that runs Ansible.
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import parse_command_line, parse_list_line  # noqa: E402
from ansible_collections.jlivepatch.fleet.plugins.modules.jlivepatch import plan  # noqa: E402
from ansible_collections.jlivepatch.fleet.plugins.module_utils.jvm import CliError  # noqa: E402
from ansible_collections.jlivepatch.fleet.plugins.modules.jlivepatch_gate import verdict  # noqa: E402


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
                         {'fix-1': {'state': 'enabled', 'replace': False, 'forced': False, 'transition': None}})

    def test_flags_and_transition(self):
        self.assertEqual(parse_list_line('fix-2 disabled replace forced (unpatching: 3/4 threads switched, completing:'
                                         ' waiting for a read section) "d"'),
                         {'fix-2': {'state': 'disabled', 'replace': True, 'forced': True,
                                    'transition': 'unpatching: 3/4 threads switched, completing: waiting for a read section'}})


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

    def test_not_watching_only_when_asked(self):
        lines = ['com.acme.Pricing.total(II)J 1 watch']
        self.assertIsNone(verdict(['fix'], self.patch(), lines, False))
        self.assertEqual(verdict(['fix'], self.patch(), lines, True), 'not-watching: com.acme.Pricing.total(II)J 1 watch')


if __name__ == '__main__':
    unittest.main()
