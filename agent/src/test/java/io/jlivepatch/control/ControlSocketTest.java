package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.patch.JarReads;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control socket's pieces that need no JVM of their own; the socket itself runs in ControlSocketIT. */
class ControlSocketTest {

    @TempDir
    Path tmp;

    /**
     * Review 13b F10: a client that left during a load made the progress write throw out of the
     * load, past its roll-back and its audit. Now a failed write only stops the writing.
     */
    @Test
    void aClientThatLeftStopsTheProgressAndNeverFailsTheOperation() {
        int[] writes = {0};
        Writer gone = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void close() {
            }
        };
        ControlSocket.ClientProgress progress = new ControlSocket.ClientProgress(gone);
        progress.accept("1/4");
        int tried = writes[0];
        progress.accept("2/4");
        assertTrue(progress.clientGone());
        assertEquals(tried, writes[0], "nothing more is written to a client that left");

        StringWriter here = new StringWriter();
        new ControlSocket.ClientProgress(here).accept("3/4");
        assertTrue(here.toString().contains("3/4 threads switched"), here.toString());
    }

    /**
     * Review 13b F8: an Error from Thread.start ("unable to create native thread") killed the
     * accept loop, kept the connection's permit and left the client open, so every CLI hung.
     * Now the client is closed, the permit given back: after more failures than there are
     * permits, a connection is still served.
     */
    @Test
    void aConnectionWhoseThreadCannotStartIsClosedAndItsPermitGivenBack() throws Exception {
        ControlSocket control = new ControlSocket(null, null, null);
        ThreadFactory exhausted = r -> new Thread(r) {
            @Override
            public synchronized void start() {
                throw new OutOfMemoryError("unable to create native thread: possibly out of memory");
            }
        };
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            for (int i = 0; i <= ControlSocket.MAX_CONNECTIONS; i++) {
                try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                    assertFalse(control.serve(server.accept(), System.nanoTime(), exhausted));
                    assertEquals(-1, Channels.newInputStream(client).read(), "closed, not left hanging");
                }
            }
            try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                assertTrue(control.serve(server.accept(), System.nanoTime(), Thread::new));
                client.write(StandardCharsets.UTF_8.encode("jlivepatch 1\nidentify\n\n"));
                client.shutdownOutput();
                String answer = new String(Channels.newInputStream(client).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("ok\npid " + ProcessHandle.current().pid() + "\n"), answer);
            }
        }
    }

    /** Accepts one connection on {@code server}, whose answer fills a send buffer of a few kB, and serves it. */
    private static void serveSmallBuffered(ControlSocket control, ServerSocketChannel server, List<Thread> threads)
            throws IOException {
        SocketChannel accepted = server.accept();
        accepted.setOption(StandardSocketOptions.SO_SNDBUF, 4096);
        assertTrue(control.serve(accepted, System.nanoTime(), r -> {
            Thread t = new Thread(r, "control-test-" + threads.size());
            t.setDaemon(true);
            threads.add(t);
            return t;
        }));
    }

    private static SocketChannel send(Path socket, String... request) throws IOException {
        SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        client.write(StandardCharsets.UTF_8.encode("jlivepatch 1\n" + String.join("\n", request) + "\n\n"));
        return client;
    }

    private static String answer(SocketChannel client) throws IOException {
        return new String(Channels.newInputStream(client).readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Fills the {@code requests} list with a few 8 kB lines, so that its answer is bigger than a small send buffer. */
    private static void fillRequests(ControlSocket control, ServerSocketChannel server, Path socket) throws IOException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try (SocketChannel client = send(socket, "x".repeat(8000) + i)) {
                serveSmallBuffered(control, server, threads);
                assertTrue(answer(client).startsWith("error\nunknown command"));
            }
        }
    }

    /**
     * Review 13c F3: a client that sent a read and never took its answer kept the agent's thread
     * blocked in write for ever (300 such: 300 threads). Now the connection is closed once
     * {@link ControlSocket#WRITE_TIMEOUT} has passed, and its thread ends.
     */
    @Test
    void aClientThatDoesNotTakeItsAnswerIsClosedAndItsThreadEnds() throws Exception {
        ControlSocket control = new ControlSocket(null, new Operations((Path) null), null);
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            fillRequests(control, server, socket);
            List<Thread> threads = new ArrayList<>();
            try (SocketChannel client = send(socket, "requests")) {
                serveSmallBuffered(control, server, threads);
                threads.get(0).join(ControlSocket.WRITE_TIMEOUT.toMillis() * 3);
                assertFalse(threads.get(0).isAlive(), "the thread of a client that does not read still writes");
            }
        }
        List<String> kept = control.handledRequests();
        assertTrue(kept.get(kept.size() - 1).matches("[0-9.]+ ms ok, answer lost: requests"), kept.toString());
    }

    /**
     * helper-68: {@code requests} kept a request {@code ok} before its answer was written, so a
     * client that had left counted as answered. Now it is kept once written, or as {@code ok,
     * answer lost}.
     */
    @Test
    void aRequestWhoseClientLeftIsKeptWithItsAnswerLost() throws Exception {
        ControlSocket control = new ControlSocket(null, new Operations((Path) null), null);
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            List<Thread> threads = new ArrayList<>();
            send(socket, "requests").close();
            serveSmallBuffered(control, server, threads);
            threads.get(0).join(30_000);
            try (SocketChannel client = send(socket, "requests")) {
                serveSmallBuffered(control, server, threads);
                assertTrue(answer(client).matches("ok\n[0-9.]+ ms ok, answer lost: requests\n\n?"), "answered");
            }
            threads.get(1).join(30_000);
        }
        List<String> kept = control.handledRequests();
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(kept.get(0).matches("[0-9.]+ ms ok, answer lost: requests"), kept.toString());
        assertTrue(kept.get(1).matches("[0-9.]+ ms ok: requests"), kept.toString());
    }

    /**
     * Review 13c F3: reads had no cap once their request was read. Now at most
     * {@value ControlSocket#MAX_READS} run at once (here, answers that wait for their client to
     * take them), one more is answered busy.
     */
    @Test
    void readsBeyondTheirCapAreAnsweredBusy() throws Exception {
        Path audit = tmp.resolve("audit.log");
        ControlSocket control = new ControlSocket(null, new Operations(audit), null);
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            fillRequests(control, server, socket);
            List<SocketChannel> silent = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            try {
                for (int i = 0; i < ControlSocket.MAX_READS; i++) {
                    silent.add(send(socket, "requests"));
                    serveSmallBuffered(control, server, threads);
                }
                // Each holds its read permit while it waits for its client to take the answer.
                while (control.readsRunning() < ControlSocket.MAX_READS) {
                    Thread.sleep(10);
                }
                try (SocketChannel client = send(socket, "requests")) {
                    serveSmallBuffered(control, server, threads);
                    assertEquals("error\nthe agent is busy: " + ControlSocket.MAX_READS + " reads are running;"
                            + " try again\n", answer(client));
                }
                // A load counts as a read until its jar is read: refused busy too, and, a change,
                // audited (found by review: it left no line), where the read above is not.
                try (SocketChannel client = send(socket, "load", tmp.resolve("fix.jar").toString())) {
                    serveSmallBuffered(control, server, threads);
                    assertEquals("error\nthe agent is busy: " + ControlSocket.MAX_READS + " reads are running;"
                            + " try again\n", answer(client));
                }
                // The last line: fillRequests's requests (unknown commands) are audited before it.
                List<String> lines = Files.readAllLines(audit);
                String last = lines.get(lines.size() - 1);
                assertTrue(last.contains(" op=load patch=- sha256=- via=socket ") && last.endsWith(" result=refused"
                        + " reason=\"the agent is busy: " + ControlSocket.MAX_READS + " reads are running; try again\" jar=\""
                        + tmp.resolve("fix.jar") + "\""), last.length() > 400 ? last.substring(0, 400) : last);
                assertFalse(lines.stream().anyMatch(l -> l.contains(" op=requests ")), "reads are not audited");
            } finally {
                for (SocketChannel c : silent) {
                    c.close();
                }
            }
        }
    }

    /**
     * Review 13c F4: a load whose jar read blocked (a FIFO's open, a hung mount) held an operation
     * permit, so eight of them made {@code disable}, {@code force} and {@code set} busy for ever.
     * Now a load takes its operation permit once its jar is read: with every jar read slot held
     * (as by reads that block) and {@value ControlSocket#MAX_OPERATIONS} loads waiting for one,
     * a {@code disable} is served. Its refusal (nothing is loaded) comes from the patch manager.
     */
    @Test
    void loadsWaitingForTheirJarHoldNoOperationPermit() throws Exception {
        PatchManager manager = new PatchManager(null, null);
        ControlSocket control = new ControlSocket(manager, new Operations((Path) null), null);
        Path socket = tmp.resolve("s.sock");
        Path jar = tmp.resolve("stuck.jar");
        List<JarReads.Slot> stuck = new ArrayList<>();
        List<SocketChannel> loads = new ArrayList<>();
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            for (int i = 0; i < JarReads.MAX_READS; i++) {
                stuck.add(JarReads.acquire(jar));
            }
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < ControlSocket.MAX_OPERATIONS; i++) {
                loads.add(send(socket, "load", jar.toString()));
                serveSmallBuffered(control, server, threads);
            }
            // Each load has its request and waits for a read slot.
            for (Thread t : threads) {
                while (t.getState() != Thread.State.TIMED_WAITING) {
                    Thread.sleep(10);
                }
            }
            try (SocketChannel client = send(socket, "disable", "nosuch")) {
                serveSmallBuffered(control, server, new ArrayList<>());
                assertEquals("error\nno patch 'nosuch' is loaded\n", answer(client));
            }
        } finally {
            stuck.forEach(JarReads.Slot::close);
            for (SocketChannel c : loads) {
                c.close();
            }
        }
    }

    /**
     * Review 13c F3: a client that reads nothing during a long transition would, once the socket's
     * buffer is full, block the operation's thread in a progress write for ever. Now the
     * connection is closed after {@link ControlSocket#WRITE_TIMEOUT}, and the progress stops.
     */
    @Test
    void aProgressLineNotTakenClosesTheConnectionAndTheOperationGoesOn() throws Exception {
        Path socket = tmp.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            client.connect(UnixDomainSocketAddress.of(socket));
            try (SocketChannel accepted = server.accept()) {
                accepted.setOption(StandardSocketOptions.SO_SNDBUF, 4096);
                ControlSocket.ClientProgress progress = new ControlSocket.ClientProgress(
                        new java.io.OutputStreamWriter(Channels.newOutputStream(accepted), StandardCharsets.UTF_8),
                        accepted);
                Thread operation = new Thread(() -> {
                    for (int i = 0; i < 100 && !progress.clientGone(); i++) {
                        progress.accept("x".repeat(8000));
                    }
                }, "operation");
                operation.setDaemon(true);
                operation.start();
                operation.join(ControlSocket.WRITE_TIMEOUT.toMillis() * 3);
                assertFalse(operation.isAlive(), "the operation's thread still writes to a client that reads nothing");
                assertTrue(progress.clientGone());
            }
        }
    }
}
