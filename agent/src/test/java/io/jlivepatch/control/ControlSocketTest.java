package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
