package io.jlivepatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnixClientTest {

    @TempDir
    Path dir;

    /**
     * The surefire JVM opens sun.tools.attach, as the jar's manifest does for java -jar; on JDK 18+
     * the natives are used only with native reflection accessors, as bin/jlivepatch asks.
     */
    @Test
    void theNativesAreUsedWhereThePackageIsOpen() throws IOException {
        boolean cheapReflection = Runtime.version().feature() < 18 || Boolean.getBoolean("jdk.reflect.useNativeAccessorOnly");
        assertEquals(cheapReflection, UnixClient.nativesAvailable(), "on " + Runtime.version());
        assumeTrue(cheapReflection, "JDK 18+ without native reflection accessors: the channel is used");
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = listen(socket); UnixClient client = UnixClient.connect(socket)) {
            assertTrue(client.throughNatives());
        }
    }

    /**
     * Both ways carry every byte value, in requests and answers longer than the natives' 128-byte
     * buffer, read at an offset and one byte at a time, and the end of the stream is -1.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void bytesGoBothWaysWhole(boolean natives) throws Exception {
        assumeTrue(!natives || UnixClient.nativesAvailable(), "no natives here");
        Path socket = dir.resolve("s.sock");
        byte[] request = pattern(1000, 7);
        byte[] answer = pattern(5000, 3);
        try (ServerSocketChannel server = listen(socket)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> serveOnce(server, request.length, answer));
            try (UnixClient client = UnixClient.connect(socket, natives)) {
                assertEquals(natives, client.throughNatives());
                OutputStream out = client.out();
                out.write(request, 0, 10);
                out.write(request[10]);
                out.write(request, 11, request.length - 11);
                InputStream in = client.in();
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                got.write(in.read());
                byte[] buf = new byte[700];
                for (int n; (n = in.read(buf, 100, 600)) > 0; ) {
                    got.write(buf, 100, n);
                }
                assertEquals(-1, in.read());
                assertArrayEquals(answer, got.toByteArray());
            }
            assertArrayEquals(request, received.get(10, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void nobodyListeningIsAnIOException(boolean natives) {
        assertThrows(IOException.class, () -> UnixClient.connect(dir.resolve("none.sock"), natives));
    }

    private static ServerSocketChannel listen(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return server;
    }

    private static byte[] serveOnce(ServerSocketChannel server, int expected, byte[] answer) {
        try (SocketChannel peer = server.accept()) {
            byte[] got = Channels.newInputStream(peer).readNBytes(expected);
            peer.write(ByteBuffer.wrap(answer));
            return got;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] pattern(int length, int step) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * step);
        }
        return b;
    }
}
