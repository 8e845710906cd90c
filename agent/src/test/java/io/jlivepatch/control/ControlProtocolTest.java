package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.PatchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request's pid line: sent by the CLI, read by the agent, and left out for an older agent. */
class ControlProtocolTest {

    @Test
    void aRequestCarriesTheClientsPid() throws Exception {
        StringWriter out = new StringWriter();
        ControlProtocol.writeRequest(out, List.of("enable", "fix"), ProcessHandle.current().pid());
        ControlProtocol.Request r = ControlProtocol.readRequest(new BufferedReader(new StringReader(out.toString())));
        assertEquals(List.of("enable", "fix"), r.commandAndArgs());
        assertEquals(ProcessHandle.current().pid(), r.claimedPid());
    }

    @Test
    void aRequestWithoutAPidIsServed() throws Exception {
        StringWriter out = new StringWriter();
        ControlProtocol.writeRequest(out, List.of("list"), -1);
        assertEquals("jlivepatch 1\nlist\n\n", out.toString());
        ControlProtocol.Request r = ControlProtocol.readRequest(new BufferedReader(new StringReader(out.toString())));
        assertEquals(List.of("list"), r.commandAndArgs());
        assertEquals(-1, r.claimedPid());
        ControlProtocol.Request junk = ControlProtocol.readRequest(new BufferedReader(new StringReader(
                "jlivepatch 1\npid me\nlist\n\n")));
        assertEquals(List.of("list"), junk.commandAndArgs());
        assertEquals(-1, junk.claimedPid(), "a pid that is not a number is no pid");
    }

    @Test
    void anOlderAgentsRefusalOfThePidLineIsRecognised() {
        assertTrue(ControlProtocol.refusedPidLine(new IllegalArgumentException("unknown command 'pid 4242'")));
        assertFalse(ControlProtocol.refusedPidLine(new IllegalArgumentException("unknown command 'frob'")));
        assertFalse(ControlProtocol.refusedPidLine(new IllegalArgumentException("no patch 'pid 1' is loaded")));
    }

    /** Review 13: a refusal whose exception has no message (ASM's IllegalArgumentException) must still be answered. */
    @Test
    void aRefusalWithoutAMessageIsStillAnswered() {
        List<String> lines = ControlProtocol.error(null);
        assertEquals("error", lines.get(0));
        assertEquals(2, lines.size());
        assertEquals(List.of("error", "java.lang.IllegalArgumentException"),
                ControlProtocol.refusal(new IllegalArgumentException()));
        assertEquals(List.of("error", "bad jar"), ControlProtocol.refusal(new IllegalArgumentException("bad jar\nmore")));
    }

    /** Review 13 (pidns-impostor.sh, published-path-redirect.sh): the CLI checks who answers. */
    @Test
    void anAgentThatIsAnotherProcessIsRecognised() {
        List<String> identity = ControlProtocol.identity(1, 5000);
        assertEquals(List.of("pid 1", "start 5000"), identity);
        assertNull(ControlProtocol.identityMismatch(identity, 4242, 5000, new long[] {4242, 1}),
                "pid 1 in its own namespace, 4242 in ours");
        assertEquals("it is process 1 started at 5000, not process 4242 started at 5001",
                ControlProtocol.identityMismatch(identity, 4242, 5001, new long[] {4242, 1}),
                "another namespace's pid 1");
        assertEquals("it is process 1 started at 5000, not process 4242 started at 5000",
                ControlProtocol.identityMismatch(identity, 4242, 5000, new long[] {4242}));
        assertEquals("its answer does not say which process it is",
                ControlProtocol.identityMismatch(List.of("loaded patch 'fix-1' (1 function), enabled"), 4242, 5000,
                        new long[] {4242}), "a listener that says ok to anything");
    }

    /** Review 13 (socket-flood.sh): an endless line is refused once it passes the bound, not buffered whole. */
    @Test
    void anEndlessLineIsRefusedWithoutBeingBuffered() throws Exception {
        long[] read = {0};
        String hello = "jlivepatch 1\nload\n";
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    long at = read[0]++;
                    buffer[offset + i] = at < hello.length() ? hello.charAt((int) at) : 'a';
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
        IOException tooLong = assertThrows(IOException.class,
                () -> ControlProtocol.readRequest(new BufferedReader(endless)));
        assertEquals("request too large: a line longer than 8192 characters", tooLong.getMessage());
        assertTrue(read[0] <= 4 * ControlProtocol.MAX_LINE, read[0] + " characters read");
        assertEquals("a", ControlProtocol.readLine(new BufferedReader(new StringReader("a\r\nb"))));
    }

    /** Review 13: {@code set log=info,log=warn} reported {@code log=warn (was debug)} for the first key. */
    @Test
    void aKeyGivenTwiceIsRefused() {
        assertEquals("agent argument 'log' is given twice", ControlProtocol.repeatedKey("log=info, log = warn"));
        assertNull(ControlProtocol.repeatedKey("log=info,transition-timeout=5"));
        assertNull(ControlProtocol.repeatedKey("patch=a.jar,patch=b.jar"), "attach may load several jars");
        assertNull(ControlProtocol.repeatedKey(null));
    }

    /** The identity's numbers are read as the regular expressions they replace read them. */
    @Test
    void numbersAreOneToEighteenDigitsSignedOnlyWhereAsked() {
        for (String yes : List.of("0", "7", "123456789012345678")) {
            assertTrue(ControlProtocol.number(yes, false), yes);
            assertTrue(ControlProtocol.number(yes, true), yes);
            assertTrue(ControlProtocol.number("-" + yes, true), "-" + yes);
            assertFalse(ControlProtocol.number("-" + yes, false), "-" + yes);
        }
        for (String no : List.of("", "-", "--1", "+1", "1234567890123456789", " 1", "1 ", "1a", "\u0661")) {
            assertFalse(ControlProtocol.number(no, false), no);
            assertFalse(ControlProtocol.number(no, true), no);
        }
        assertEquals("its answer does not say which process it is",
                ControlProtocol.identityMismatch(List.of("pid 12a", "start 5"), 12, 5, new long[] {12}));
        assertNull(ControlProtocol.identityMismatch(List.of("pid 12", "start -1"), 12, -1, new long[] {3, 12}));
    }

    /** Found by review: a path the JVM cannot take was refused in the JDK's words alone. */
    @Test
    void aJarPathThisJvmCannotTakeIsNamed() {
        PatchException e = assertThrows(PatchException.class, () -> ControlProtocol.jarPath("/srv/fix\u0000.jar"));
        assertEquals("patch jar /srv/fix\\x00.jar is not a path this JVM can open: Nul character not allowed (its file"
                + " names are encoded in " + System.getProperty("sun.jnu.encoding") + ")", e.getMessage());
    }
}
