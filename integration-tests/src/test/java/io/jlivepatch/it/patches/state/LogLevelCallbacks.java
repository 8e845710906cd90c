package io.jlivepatch.it.patches.state;

import io.jlivepatch.api.SystemState;
import io.jlivepatch.it.fixture.LogLevel;

/**
 * The callbacks of the kernel's {@code test_klp_state*.c}, shared by the three state patches: a
 * helper class of each patch jar (each patch gets its own copy). {@code takesOver}: the version-2
 * modules, which take the state over from a previous patch and hand it back.
 */
final class LogLevelCallbacks {

    /** The kernel's {@code CONSOLE_LOGLEVEL_STATE}. */
    static final long CONSOLE_LOGLEVEL_STATE = 1;
    /** The kernel's {@code CONSOLE_LOGLEVEL_MOTORMOUTH}. */
    static final int MOTORMOUTH = 15;

    private LogLevelCallbacks() {
    }

    static void log(String module, String line) {
        System.err.println(module + ": " + line);
    }

    static boolean allocate(String module, boolean takesOver) {
        SystemState state = SystemState.get(CONSOLE_LOGLEVEL_STATE);
        if (state == null) {
            return false;
        }
        SystemState prev = takesOver ? SystemState.previous(CONSOLE_LOGLEVEL_STATE) : null;
        if (prev != null) {
            state.setData(prev.data());
            log(module, "allocate_loglevel_state: space to store console_loglevel already allocated");
            return true;
        }
        log(module, "allocate_loglevel_state: allocating space to store console_loglevel");
        state.setData(new int[1]);
        return true;
    }

    static void fix(String module, boolean takesOver) {
        if (takesOver && SystemState.previous(CONSOLE_LOGLEVEL_STATE) != null) {
            log(module, "fix_console_loglevel: taking over the console_loglevel change");
            return;
        }
        log(module, "fix_console_loglevel: fixing console_loglevel");
        ((int[]) SystemState.get(CONSOLE_LOGLEVEL_STATE).data())[0] = LogLevel.console;
        LogLevel.console = MOTORMOUTH;
    }

    static void restore(String module, boolean takesOver) {
        if (takesOver && SystemState.previous(CONSOLE_LOGLEVEL_STATE) != null) {
            log(module, "restore_console_loglevel: passing the console_loglevel change back to the old livepatch");
            return;
        }
        log(module, "restore_console_loglevel: restoring console_loglevel");
        LogLevel.console = ((int[]) SystemState.get(CONSOLE_LOGLEVEL_STATE).data())[0];
    }

    static void free(String module, boolean takesOver) {
        if (takesOver && SystemState.previous(CONSOLE_LOGLEVEL_STATE) != null) {
            log(module, "free_loglevel_state: keeping space to store console_loglevel");
            return;
        }
        log(module, "free_loglevel_state: freeing space for the stored console_loglevel");
        SystemState.get(CONSOLE_LOGLEVEL_STATE).setData(null);
    }
}
