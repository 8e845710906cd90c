package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.patch.PatchException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit: its line, its file (appended, mode 0600), and a file that cannot be written. */
class OperationsTest {

    @TempDir
    Path dir;

    private static final Peer ALICE = new Peer("socket", "alice", 1000, 4242, Peer.PidCheck.UID_MATCHED);

    @Test
    void lineFormat() {
        Instant t = Instant.parse("2026-12-05T23:41:07.412Z");
        assertEquals("2026-12-05T23:41:07.412Z op=load patch=fix-1 sha256=3a6b via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok jar=\"/srv/a \\\"b\\\".jar\"",
                Operations.line(t, "load", "fix-1", "3a6b", ALICE, "ok", null, null, "/srv/a \"b\".jar"));
        assertEquals("2026-12-05T23:41:07.412Z op=enable patch=nope sha256=- via=jmx user=- uid=- pid=- pid-check=none"
                + " result=refused reason=\"no patch 'nope' is loaded\"",
                Operations.line(t, "enable", "nope", null, Peer.jmx(), "refused", null, "no patch 'nope' is loaded", null));
        assertEquals("2026-12-05T23:41:07.412Z op=enable patch=a?b sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok", Operations.line(t, "enable", "a b", null, ALICE, "ok", null, null, null),
                "a token never holds a space");
        // Found by review: a forced load was audited as a plain one, and a path's escape sequence
        // went to the file raw.
        assertEquals("2026-12-05T23:41:07.412Z op=load patch=fix-2 sha256=9c1d via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok jar=\"/srv/a\\x1b[2Jb\\tc\\nd.jar\" options=force-fingerprint",
                Operations.line(t, "load", "fix-2", "9c1d", ALICE, "ok", null, null, "/srv/a\u001b[2Jb\tc\nd.jar",
                        "force-fingerprint"));
    }

    /**
     * Second review: an escape sequence in an id or a command reached the file raw, a line
     * separator split the quoted reason for readers that split lines by Unicode, and a JMX load
     * of a jar named "--force-fingerprint" was audited as forced, without its jar.
     */
    @Test
    void tokensAndReasonsCarryNoControlCharacterAndJmxHasNoOptions() throws Exception {
        Instant t = Instant.parse("2026-12-05T23:41:07.412Z");
        assertEquals("2026-12-05T23:41:07.412Z op=?[31mevil patch=a?b?c sha256=- via=jmx user=- uid=- pid=-"
                + " pid-check=none result=refused reason=\"x\\u2028y\\x85z\"", Operations.line(t, "\u001b[31mevil",
                        "a\u2028b\u0007c", null, Peer.jmx(), "refused", null, "x\u2028y\u0085z", null));
        Path file = dir.resolve("jmx.log");
        Operations ops = new Operations(file);
        ops.run(Peer.jmx(), List.of("load", "--force-fingerprint"), () -> List.of(), null);
        ops.run(ALICE, List.of("enable", "--no-such-option", "a"), () -> List.of(), null);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).endsWith(" via=jmx user=- uid=- pid=- pid-check=none result=ok jar=\"--force-fingerprint\""),
                lines.get(0));
        assertTrue(lines.get(1).contains(" op=enable patch=a ") && lines.get(1).endsWith(" options=no-such-option"),
                "on the socket an argument that begins with -- is an option: " + lines.get(1));
        // Third review: a Peer without a way in (a public record) audited, not thrown.
        ops.run(new Peer(null, null, -1, -1, Peer.PidCheck.NONE), List.of("enable", "--no-wait", "b"), () -> List.of(), null);
        assertTrue(Files.readAllLines(file).get(2).contains(" op=enable patch=--no-wait sha256=- via=null "), Files.readAllLines(file)
                .get(2));
        assertEquals("2026-12-05T23:41:07.412Z op=a?b patch=- sha256=- via=jmx user=- uid=- pid=- pid-check=none result=ok",
                Operations.line(t, "a\u202eb", null, null, Peer.jmx(), "ok", null, null, null), "a bidirectional override");
    }

    /** Second review: a busy refusal's audit read the load's jar for its digest, seconds under a flood. */
    @Test
    void aChangeRefusedUnrunIsAuditedWithoutReadingItsJar() throws Exception {
        Path file = dir.resolve("busy.log");
        Path jar = Files.write(dir.resolve("fix.jar"), new byte[] {1, 2, 3});
        new Operations(file).refusedUnrun(ALICE, List.of("load", "--force-fingerprint", jar.toString()), "busy");
        String line = Files.readAllLines(file).get(0);
        assertTrue(line.endsWith(" op=load patch=- sha256=- via=socket user=alice uid=1000 pid=4242 pid-check=uid-matched"
                + " result=refused reason=\"busy\" jar=\"" + jar + "\" options=force-fingerprint"), line);
    }

    @Test
    void aRequestsOptionsAreAudited() throws Exception {
        Path file = dir.resolve("options.log");
        Operations ops = new Operations(file);
        ops.run(ALICE, List.of("enable", "--no-wait", "a"), () -> List.of("enabling patch 'a'"), null);
        ops.run(ALICE, List.of("enable", "a"), () -> List.of("enabled patch 'a'"), null);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).endsWith(" op=enable patch=a sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok options=no-wait"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" result=ok"), lines.get(1));
    }

    /** Review 13: settings are not a patch; {@code set log=debug} said {@code patch=log?debug}. */
    @Test
    void settingsHaveTheirOwnField() throws Exception {
        Path file = dir.resolve("settings.log");
        Operations ops = new Operations(file);
        ops.run(ALICE, List.of("set", "log=debug,transition-timeout=30"), () -> List.of("log=debug"), null);
        ops.run(ALICE, List.of("configure", "audit=/x y"), () -> List.of(), null);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).endsWith(" op=set patch=- sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok settings=\"log=debug,transition-timeout=30\""), lines.get(0));
        assertTrue(lines.get(1).endsWith(" op=configure patch=- sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok settings=\"audit=/x y\""), lines.get(1));
    }

    @Test
    void appendsOneLinePerOperationToAFileOnlyItsOwnerReads() throws Exception {
        Path file = dir.resolve("audit.log");
        Operations ops = new Operations(file);
        assertEquals(List.of("enabled patch 'a'"), ops.run(ALICE, List.of("enable", "a"), () -> List.of("enabled patch 'a'"),
                null));
        PatchException refused = new PatchException("no patch 'b' is loaded");
        assertThrows(PatchException.class, () -> ops.run(ALICE, List.of("disable", "b"), () -> {
            throw refused;
        }, null));
        ops.run(ALICE, List.of("list"), () -> List.of("no patches loaded"), null);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), "reads are not audited: " + lines);
        assertTrue(lines.get(0).endsWith(" op=enable patch=a sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=ok"), lines.get(0));
        assertTrue(lines.get(1).endsWith(" op=disable patch=b sha256=- via=socket user=alice uid=1000 pid=4242"
                + " pid-check=uid-matched result=refused reason=\"no patch 'b' is loaded\""), lines.get(1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        new Operations(file).run(ALICE, List.of("unload", "a"), () -> List.of(), null);
        assertEquals(3, Files.readAllLines(file).size(), "appended, never truncated");
    }

    @Test
    void aRefusedLoadRecordsTheJarsDigest() throws Exception {
        Path file = dir.resolve("audit.log");
        Path jar = Files.write(dir.resolve("x.jar"), new byte[] {1, 2, 3});
        assertThrows(PatchException.class, () -> new Operations(file).run(ALICE, List.of("load", jar.toString()), () -> {
            throw new PatchException("patch jar " + jar + " is not a jar file");
        }, new Operations.LoadResult()));
        String line = Files.readAllLines(file).get(0);
        assertTrue(line.contains(" op=load patch=- sha256=039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81 "),
                line);
        assertTrue(line.endsWith(" jar=\"" + jar + "\""), line);
    }

    @Test
    void aFileThatCannotBeWrittenIsWarnedOnceAndFailsNothing() throws Exception {
        Path notAFile = Files.createDirectory(dir.resolve("a-directory"));
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Operations ops = new Operations(notAFile);
            assertEquals(List.of("x"), ops.run(ALICE, List.of("enable", "a"), () -> List.of("x"), null));
            assertEquals(List.of("y"), ops.run(ALICE, List.of("disable", "a"), () -> List.of("y"), null));
        } finally {
            System.setErr(saved);
        }
        List<String> warnings = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("jlivepatch: warning: audit file " + notAFile
                + " is refused: it is not a regular file"), warnings.get(0));
    }
}
