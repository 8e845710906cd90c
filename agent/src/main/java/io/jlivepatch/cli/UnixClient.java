package io.jlivepatch.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The command's end of a connection to the agent's control socket: bytes out, then bytes in.
 *
 * <p>Where it can, it connects through the five native methods the JDK's own Attach API uses for
 * its Unix-domain socket on Linux ({@code sun.tools.attach.VirtualMachineImpl}: {@code socket},
 * {@code connect}, {@code write}, {@code read}, {@code close}), and otherwise through a {@link
 * SocketChannel}. The reason is the command's start: the first {@code SocketChannel} for a
 * Unix-domain address initialises {@code sun.nio.ch.UnixDomainSockets}, which makes a {@code
 * SecureRandom} (the {@code SUN} provider, the {@code java.security} file, the {@code KnownOIDs}
 * enum) and spins a lambda form for {@code SelectorProvider}: about 10 ms of CPU of a command that
 * takes 50 in all, measured interleaved on JDK 17 and 25 (README, "The command against Byteman's
 * bmsubmit"). The natives take a file descriptor and a path and nothing else.
 *
 * <p>They are private to {@code jdk.attach}: the jar's manifest opens that package to the command
 * ({@code Add-Opens}, read only for {@code java -jar}, which {@code bin/jlivepatch} uses), and
 * without it, on a JDK without them, when they fail to link, or for a path longer than {@code
 * sun_path} holds, the command takes the channel.
 * On JDK 18 and later, core reflection spins method handles for its first call (JEP 416), which
 * costs more than it saves, unless {@code -Djdk.reflect.useNativeAccessorOnly=true} (the launcher
 * sets it): the natives are used there only with that property.
 */
final class UnixClient implements Closeable {

    /** The natives, or {@code null} when the channel is used. Looked up once, on first use. */
    private static final class Natives {
        static final Method[] METHODS = find();

        private static Method[] find() {
            if (Runtime.version().feature() >= 18 && !Boolean.getBoolean("jdk.reflect.useNativeAccessorOnly")) {
                return null;
            }
            try {
                Class<?> c = Class.forName("sun.tools.attach.VirtualMachineImpl");
                Method[] m = {
                    c.getDeclaredMethod("socket"),
                    c.getDeclaredMethod("connect", int.class, String.class),
                    c.getDeclaredMethod("write", int.class, byte[].class, int.class, int.class),
                    c.getDeclaredMethod("read", int.class, byte[].class, int.class, int.class),
                    c.getDeclaredMethod("close", int.class),
                };
                for (Method each : m) {
                    each.setAccessible(true);
                }
                return m;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
    }

    private static final int SOCKET = 0;
    private static final int CONNECT = 1;
    private static final int WRITE = 2;
    private static final int READ = 3;
    private static final int CLOSE = 4;

    private final SocketChannel channel;
    private final int fd;
    private boolean closed;

    private UnixClient(SocketChannel channel, int fd) {
        this.channel = channel;
        this.fd = fd;
    }

    /** Connects to the Unix-domain socket at {@code path}. */
    static UnixClient connect(Path path) throws IOException {
        return connect(path, Natives.METHODS != null);
    }

    /**
     * Connects through the natives when {@code natives} (and they are there), else the channel.
     * A path longer than {@code sun_path} holds goes to the channel, which refuses it: the native
     * would connect to the path cut short. Natives that fail to link are not tried again.
     */
    static UnixClient connect(Path path, boolean natives) throws IOException {
        if (!natives || !nativesAvailable() || path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH) {
            return new UnixClient(SocketChannel.open(UnixDomainSocketAddress.of(path)), -1);
        }
        int fd;
        try {
            fd = (Integer) call(Natives.METHODS[SOCKET]);
        } catch (LinkageError e) {
            unlinked = true;
            return new UnixClient(SocketChannel.open(UnixDomainSocketAddress.of(path)), -1);
        }
        try {
            call(Natives.METHODS[CONNECT], fd, path.toString());
        } catch (Throwable e) {
            closeQuietly(fd);
            throw e;
        }
        return new UnixClient(null, fd);
    }

    /** The longest path {@code sockaddr_un} holds on Linux, without its terminating zero. */
    private static final int MAX_PATH = 107;

    /** Set when the natives were found but failed to link: the channel from then on. */
    private static volatile boolean unlinked;

    /** Whether connections can go through the Attach API's natives here. */
    static boolean nativesAvailable() {
        return Natives.METHODS != null && !unlinked;
    }

    /** Whether this connection goes through the Attach API's natives. */
    boolean throughNatives() {
        return channel == null;
    }

    /** The bytes to the agent; closing it does not close the connection. */
    OutputStream out() {
        if (channel != null) {
            return Channels.newOutputStream(channel);
        }
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) {
                    call(Natives.METHODS[WRITE], fd, b, off, len);
                }
            }
        };
    }

    /** The bytes from the agent, until it closes the connection. */
    InputStream in() {
        if (channel != null) {
            return Channels.newInputStream(channel);
        }
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                // The native reads into a buffer of its own size at offset 0 of the array it gets.
                if (len == 0) {
                    return 0;
                }
                if (off == 0) {
                    return (Integer) call(Natives.METHODS[READ], fd, b, 0, len);
                }
                byte[] part = new byte[len];
                int n = (Integer) call(Natives.METHODS[READ], fd, part, 0, len);
                if (n > 0) {
                    System.arraycopy(part, 0, b, off, n);
                }
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        } else if (!closed) {
            closed = true;
            call(Natives.METHODS[CLOSE], fd);
        }
    }

    private static void closeQuietly(int fd) {
        try {
            call(Natives.METHODS[CLOSE], fd);
        } catch (IOException | RuntimeException | LinkageError e) {
            // Connecting failed already; that is the error to report.
        }
    }

    /** Calls a native, throwing what it threw. */
    private static Object call(Method method, Object... args) throws IOException {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IOException(cause);
        } catch (IllegalAccessException e) {
            throw new IOException(e);
        }
    }
}
