package io.jlivepatch.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentArgsTest {

    @Test
    void noArguments() {
        AgentArgs a = AgentArgs.parse(null);
        assertEquals(List.of(), a.patches());
        assertNull(a.logLevel());
        assertFalse(a.bootOnBootstrapPath());
        assertEquals("watch", a.notWatching());
        assertEquals(List.of(), a.problems());
    }

    @Test
    void patchesInOrderAndOptions() {
        AgentArgs a = AgentArgs.parse("patch=/a.jar, patch=b.jar,log=debug,bootstrap=boot,barrier=volatile,not-watching=rollback");
        assertEquals(List.of("/a.jar", "b.jar"), a.patches());
        assertEquals("debug", a.logLevel());
        assertTrue(a.bootOnBootstrapPath());
        assertEquals("volatile", a.barrier());
        assertEquals("rollback", a.notWatching());
        assertEquals(List.of(), a.problems());
    }

    @Test
    void problemsAreReportedNotFatal() {
        AgentArgs a = AgentArgs.parse("patch=,log=loud,colour=blue,bootstrap=elsewhere,patch=ok.jar,barrier=fence,not-watching=ignore");
        assertEquals(List.of("ok.jar"), a.patches());
        assertEquals(List.of(
                "agent argument 'patch' needs a jar path",
                "agent argument 'log' must be debug, info, warn or error, not 'loud'",
                "unknown agent argument 'colour'",
                "agent argument 'bootstrap' must be system or boot, not 'elsewhere'",
                "agent argument 'barrier' must be membarrier, safepoint, handshake or volatile, not 'fence'",
                "agent argument 'not-watching' must be watch, trylock, original, rollback or warn, not 'ignore'"),
                a.problems());
        assertEquals("watch", a.notWatching(), "the default stands");
    }

    @Test
    void auditAndSignatures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String audit = dir.resolve("audit.log").toString();
        AgentArgs a = AgentArgs.parse("audit=" + audit + ",require-signed=/etc/trust.p12:release,"
                + "require-signed-password-file=/etc/trust.pw,require-signed-tsa=/etc/tsa.p12");
        assertEquals(audit, a.audit());
        assertEquals("/etc/trust.p12:release", a.requireSigned());
        assertEquals("/etc/trust.pw", a.requireSignedPasswordFile());
        assertEquals("/etc/tsa.p12", a.requireSignedTsa());
        assertEquals(List.of(), a.problems());
        assertNull(AgentArgs.parse("require-signed=/etc/trust.p12").requireSignedTsa(), "timestamps ignored by default");
    }

    /** Review 13b F4: the authorities trusted for timestamps are named apart from the signers, or none is. */
    @Test
    void timeStampingAuthorityProblems() {
        AgentArgs empty = AgentArgs.parse("require-signed=/etc/trust.p12,require-signed-tsa=");
        assertNull(empty.requireSignedTsa());
        assertEquals(List.of("agent argument 'require-signed-tsa' needs a keystore of time-stamping authorities, as"
                + " KEYSTORE[:ALIAS]; timestamps are ignored"), empty.problems());
        AgentArgs alone = AgentArgs.parse("require-signed-tsa=/etc/tsa.p12");
        assertNull(alone.requireSignedTsa());
        assertEquals(List.of("agent argument 'require-signed-tsa' applies to require-signed only; ignored"),
                alone.problems());
        assertEquals("'require-signed-tsa' is fixed at start: only the agent's first start can choose it",
                AgentArgs.notSettable("require-signed-tsa"));
    }

    @Test
    void auditAndSignatureProblems(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        AgentArgs a = AgentArgs.parse("audit=" + dir.resolve("no/such/dir/audit.log") + ",audit=" + dir
                + ",require-signed=,require-signed-password-file=");
        assertNull(a.audit());
        assertEquals("", a.requireSigned(), "kept, so that every load is refused rather than the requirement waived");
        assertEquals(List.of(
                "agent argument 'audit' names " + dir.resolve("no/such/dir/audit.log") + ", whose directory does not exist;"
                        + " ignored",
                "agent argument 'audit' names " + dir + ", which is a directory; ignored",
                "agent argument 'require-signed' needs a keystore, as KEYSTORE[:ALIAS]; every patch jar is refused",
                "agent argument 'require-signed-password-file' needs a file"), a.problems());
    }
}
