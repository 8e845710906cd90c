package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The setting that keeps idle trampolines for a while ({@code -Djlivepatch.prologueLingerMillis}; PrologueIT). */
class PrologueLingerTest {

    @Test
    void noSettingTakesThemOutAtOnce() {
        assertEquals(0, TransitionDriver.prologueLinger(null));
    }

    @Test
    void millisecondsAreTaken() {
        assertEquals(60_000, TransitionDriver.prologueLinger("60000"));
        assertEquals(250, TransitionDriver.prologueLinger(" 250 "));
        assertEquals(0, TransitionDriver.prologueLinger("0"));
        assertEquals(86_400_000, TransitionDriver.prologueLinger("86400000"));
    }

    @Test
    void anythingElseTakesThemOutAtOnce() {
        for (String bad : new String[] {"", "-1", "1s", "1.5", "86400001", "99999999999999999999"}) {
            assertEquals(0, TransitionDriver.prologueLinger(bad), bad);
        }
    }
}
