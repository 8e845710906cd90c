package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.TransitionRequest;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchJar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The agent's end of the CLI: a Unix-domain socket in a directory only this user can enter, so
 * that nothing listens on a network port. The JDK's local JMX connector would do the same job,
 * but it listens on a TCP port of every interface (refusing remote clients only after accepting
 * them), which DESIGN §7 forbids.
 *
 * <p>The socket is where the CLI finds it from the pid alone ({@link ControlPath}), so that only
 * its first contact attaches; its path is also published as the system property {@value
 * #PROPERTY}, which the CLI reads through the Attach API when it cannot derive it (another
 * {@code java.io.tmpdir}, a container, a shared directory that is not private). Each request's
 * handling is timed, from the accept to the answer written, for {@code requests}.
 *
 * <p>One request per connection, each served on a daemon thread of its own, so that a transition
 * one client waits for can be reversed or forced by another; the patch lock serialises the
 * operations themselves. See {@link ControlProtocol}. A client must not be able to exhaust the
 * host: at most {@value #MAX_CONNECTIONS} connections wait for their request at once (one more is
 * answered busy and closed), a request must arrive within {@link #REQUEST_TIMEOUT}, and its lines
 * are read with a bound ({@link ControlProtocol}). Once read, a read request ({@code list} ...)
 * is answered at once, at most {@value #MAX_READS} at a time (one more is answered busy); at most
 * {@value #MAX_OPERATIONS} mutating ones run or wait for the patch lock (which each waits for a
 * bounded time, see {@link PatchManager}), one more is answered busy; the wait for a transition is
 * not bounded. A load is a read until its jar is read ({@link io.jlivepatch.patch.JarReads} bounds
 * those), an operation only then, so a read that blocks holds no operation permit. An answer not
 * taken within {@link #WRITE_TIMEOUT} closes its connection. The accept loop survives any failure, an Error
 * included, and closes the client it could not serve.
 */
public final class ControlSocket {

    /** The system property that holds the socket's path. */
    public static final String PROPERTY = "jlivepatch.control";

    /** The option that makes enable and disable answer once their transition has started. */
    public static final String NO_WAIT = "--no-wait";

    /**
     * The option that makes a load apply a patch where a target's bytecode differs from the build
     * the patch was made against, with a warning, instead of refusing it.
     */
    public static final String FORCE_FINGERPRINT = "--force-fingerprint";

    private static final Duration PROGRESS_TICK = Duration.ofMillis(500);

    private static final Logger LOG = Log.get(ControlSocket.class);

    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    /** How many connections are served at once; one more is answered busy and closed. */
    static final int MAX_CONNECTIONS = 16;

    /**
     * How many mutating requests may run or wait for the patch lock at once; one more is answered
     * busy. Separate from {@link #MAX_CONNECTIONS}, which counts only connections whose request has
     * not arrived, so that waiting operations never starve {@code list} and the other reads.
     */
    static final int MAX_OPERATIONS = 8;

    /**
     * How many read requests ({@link ControlProtocol#READS}, and a load while it reads its jar) may run
     * at once; one more is answered busy. Without it, a read's thread, and the answer it holds,
     * lived as long as its client cared not to read the answer (review 13c F3: 300 threads).
     */
    static final int MAX_READS = 16;

    /**
     * How long a client has to take its answer: a connection whose answer is not written by then
     * (the client reads nothing, the socket's buffer is full) is closed, its thread freed.
     */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    /** The longest pause of the accept loop after a failure that repeats. */
    private static final long MAX_BACK_OFF_MILLIS = 1000;

    /** The kinds of Error the accept loop has reported: one warning each. */
    private static final Set<String> FAILURES_SAID = ConcurrentHashMap.newKeySet();

    /** How long a connection may take to send its request before it is closed. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** Closes the connections whose request did not arrive in time: one daemon thread for all. */
    private static final Timer TIMEOUTS = new Timer("jlivepatch-control-timeout", true);

    /** How many handled requests {@code requests} lists. */
    private static final int REQUESTS_KEPT = 32;

    private final PatchManager manager;
    private final Operations operations;
    private final Settings settings;
    /** The socket this agent listens on, and its path; replaced by {@link #rebindIfGone}. */
    private volatile ServerSocketChannel server;
    private volatile Path path;
    /** The one instance of this JVM, once started; guarded by {@code ControlSocket.class}. */
    private static ControlSocket current;
    /** Permits for the connections being served ({@link #MAX_CONNECTIONS}). */
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS);
    /** Permits for the mutating requests running or waiting ({@link #MAX_OPERATIONS}). */
    private final Semaphore operationPermits = new Semaphore(MAX_OPERATIONS);
    /** Permits for the reads running ({@link #MAX_READS}). */
    private final Semaphore readPermits = new Semaphore(MAX_READS);
    /** The last requests handled and how long each took, oldest first; guarded by itself. */
    private final ArrayDeque<String> handled = new ArrayDeque<>();

    ControlSocket(PatchManager manager, Operations operations, Settings settings) {
        this.manager = manager;
        this.operations = operations;
        this.settings = settings;
    }

    /**
     * Opens the socket where the CLI derives it ({@link ControlPath}), removing the sockets of
     * JVMs that are gone; in a private directory of its own when the shared one cannot be trusted
     * or made. Publishes the path in either case, and starts serving; every request goes through
     * {@code operations}.
     */
    public static synchronized void start(PatchManager manager, Operations operations, Settings settings)
            throws IOException {
        ControlSocket control = new ControlSocket(manager, operations, settings);
        control.listen();
        current = control;
    }

    /**
     * Binds again when this agent's socket file is gone or nobody listens on it (a {@code /tmp}
     * cleaner, an {@code rm}): a later attach calls it, which is how the CLI reaches an agent whose
     * socket was removed. Never throws; a failure is said at debug level, and the CLI says it.
     */
    public static synchronized void rebindIfGone() {
        ControlSocket control = current;
        if (control == null || !ControlPath.dead(control.path)) {
            return;
        }
        try {
            ServerSocketChannel old = control.server;
            control.listen();
            old.close();
            LOG.debug("the control socket was gone; listening again at {}", control.path);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot listen again: {}", e.toString());
        }
    }

    /** Binds a new socket, publishes its path, and serves it on a thread of its own. */
    private void listen() throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Path socket = derivedSocket();
        if (socket == null || !bind(channel, socket)) {
            Path dir = Files.createTempDirectory("jlivepatch-", PRIVATE_DIRECTORY);
            dir.toFile().deleteOnExit();
            socket = dir.resolve("control.sock");
            channel.bind(UnixDomainSocketAddress.of(socket));
        }
        // The socket is deleted at exit; the shared directory stays for the other JVMs' sockets.
        socket.toFile().deleteOnExit();
        // The directory admits only this user already; the mode says so to the CLI's check too.
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        server = channel;
        path = socket;
        Thread t = new Thread(() -> serve(channel), "jlivepatch-control");
        t.setDaemon(true);
        t.start();
        System.setProperty(PROPERTY, socket.toString());
    }

    /**
     * Binds {@code server} to {@code socket}; false when another process bound it first (an agent
     * of the same user, pid and start time in another pid namespace, or a race of two binds).
     */
    private static boolean bind(ServerSocketChannel server, Path socket) throws IOException {
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (BindException e) {
            LOG.debug("cannot bind {}: {}", socket, e.toString());
            return false;
        }
    }

    /**
     * This JVM's socket in the shared directory, made private if it is new, with stale sockets
     * removed; {@code null} when that directory is not this user's alone, so that nothing of ours
     * goes where another user could read it, or when a live socket has this socket's name. A file
     * of that name that nobody listens on is a leftover of an earlier JVM and removed; one that
     * accepts a connection is another process's, perhaps in a pid namespace this JVM cannot see.
     */
    private static Path derivedSocket() {
        long uid = ControlPath.ownUid();
        long startTime = ControlPath.ownStartTime();
        if (uid < 0 || startTime < 0) {
            return null;
        }
        Path dir = ControlPath.directory(System.getProperty("java.io.tmpdir"), uid);
        try {
            Files.createDirectory(dir, PRIVATE_DIRECTORY);
        } catch (FileAlreadyExistsException e) {
            // Made by another JVM of this user, or by someone else: the check below tells.
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot make {}: {}", dir, e.toString());
            return null;
        }
        String untrusted = ControlPath.untrustedDirectory(dir, uid);
        if (untrusted != null) {
            // Debug, not a warning: another user who makes this directory first must not put a line
            // of theirs in every JVM's stderr. The private directory is as good, only found by attaching.
            LOG.debug("not using {} for the control socket: {}; the jlivepatch command will attach to find it",
                    dir, untrusted);
            return null;
        }
        Path socket = ControlPath.socket(dir, ControlPath.ownPid(), startTime);
        if (Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (!ControlPath.dead(socket)) {
                LOG.debug("{} is another process's live socket; using a private directory", socket);
                return null;
            }
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                LOG.debug("cannot remove {}: {}", socket, e.toString());
            }
        }
        ControlPath.removeStale(dir);
        return socket;
    }

    private void serve(ServerSocketChannel server) {
        ThreadFactory threads = new ThreadFactory() {
            private int served;

            @Override
            public Thread newThread(Runnable connection) {
                Thread t = new Thread(connection, "jlivepatch-control-" + ++served);
                t.setDaemon(true);
                return t;
            }
        };
        long backOff = 0;
        while (server.isOpen()) {
            boolean served;
            try {
                served = serve(server.accept(), System.nanoTime(), threads);
            } catch (Throwable e) {
                if (!server.isOpen()) {
                    return;
                }
                failed(e);
                served = false;
            }
            if (served) {
                backOff = 0;
            } else {
                // A cause that repeats (no threads, no descriptors) must not spin this thread.
                backOff = Math.min(MAX_BACK_OFF_MILLIS, Math.max(10, backOff * 2));
                LockSupport.parkNanos(backOff * 1_000_000L);
            }
        }
    }

    /**
     * Serves {@code client}, accepted at {@code accepted}, on a thread of {@code threads}, or
     * answers it busy; false when it could not be served. Never throws, an Error included
     * (Thread.start's "unable to create native thread" under host distress): the accept loop is
     * the only way in, so it must outlive any one connection. A client that could not be served
     * is closed and its permit given back.
     */
    boolean serve(SocketChannel client, long accepted, ThreadFactory threads) {
        boolean permit = false;
        try {
            if (!connections.tryAcquire()) {
                refuseBusy(client);
                return true;
            }
            permit = true;
            threads.newThread(new Connection(client, accepted)).start();
            return true;
        } catch (Throwable e) {
            if (permit) {
                connections.release();
            }
            closeQuietly(client);
            failed(e);
            return false;
        }
    }

    /** One connection served on a thread of its own, holding a connection permit until its request is read. */
    private final class Connection implements Runnable {
        private final SocketChannel client;
        private final long accepted;
        private boolean permitHeld = true;

        Connection(SocketChannel client, long accepted) {
            this.client = client;
            this.accepted = accepted;
        }

        /** Gives the connection permit back once the request is read; called on this connection's thread only. */
        void requestRead() {
            if (permitHeld) {
                permitHeld = false;
                connections.release();
            }
        }

        @Override
        public void run() {
            try (client) {
                handle(this, client, accepted);
            } catch (IOException | RuntimeException e) {
                LOG.debug("control connection failed: {}", e.toString());
            } catch (Throwable e) {
                // Never to the default handler, which prints to the host's stderr each time.
                failed(e);
            } finally {
                requestRead();
            }
        }
    }

    /**
     * Says a failure of the control plane itself: an I/O or runtime failure of one connection at
     * debug level, any other kind (an Error) as one warning per kind for the process's lifetime.
     */
    private static void failed(Throwable e) {
        if (e instanceof IOException || e instanceof RuntimeException) {
            LOG.debug("control connection failed: {}", e.toString());
        } else if (FAILURES_SAID.add(e.getClass().getName())) {
            LOG.warn("the control socket could not serve a connection: {}; it goes on serving"
                    + " (later failures of this kind are not reported)", e.toString());
        }
    }

    private static void closeQuietly(SocketChannel client) {
        if (client != null) {
            try {
                client.close();
            } catch (IOException | RuntimeException e) {
                // Nothing more to do for a client we could not serve.
            }
        }
    }

    /**
     * Answers a connection beyond {@value #MAX_CONNECTIONS} with a refusal and closes it, without
     * reading it: idle clients must not pin a thread each. The answer is a few bytes into a new
     * socket's empty buffer, so the write does not block the accepting thread.
     */
    private static void refuseBusy(SocketChannel client) {
        try (client) {
            Writer out = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
            ControlProtocol.write(out, ControlProtocol.error("the agent is busy: " + MAX_CONNECTIONS
                    + " connections are open; try again"));
        } catch (IOException | RuntimeException e) {
            LOG.debug("control connection failed: {}", e.toString());
        }
    }

    private void handle(Connection connection, SocketChannel client, long accepted) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
        // The request must arrive in time; once read, the answer may take as long as its transition.
        TimerTask closeIdle = closeAfter(client, REQUEST_TIMEOUT);
        ControlProtocol.Request read;
        try {
            read = ControlProtocol.readRequest(in);
        } finally {
            closeIdle.cancel();
        }
        // Only the request's arrival counts against the connections cap: a read must be answered
        // while operations wait for the patch lock, which have their own cap.
        connection.requestRead();
        List<String> request = read.commandAndArgs();
        if (request.equals(List.of(ControlProtocol.IDENTIFY))) {
            // Changes nothing and names nothing of the caller's: neither audited nor kept.
            ControlProtocol.write(out, ControlProtocol.ok(ControlProtocol.identity(ControlPath.ownPid(),
                    ControlPath.ownStartTime())));
            return;
        }
        String command = request.isEmpty() ? "" : request.get(0);
        // A load counts as a read until its jar is read, and only then as an operation
        // (Permit.becomeOperation), so that a read that blocks holds no operation permit.
        boolean reading = ControlProtocol.READS.contains(command) || command.equals("load");
        Permit permit = new Permit(reading ? readPermits : operationPermits);
        if (!permit.tryAcquire()) {
            String busy = reading ? busyReading() : busyOperating();
            if (!ControlProtocol.READS.contains(command)) {
                // A change refused before it ran is audited as any refusal is (found by review: a
                // load refused busy left no line).
                operations.refusedUnrun(Peer.of(client, read.claimedPid()), request, busy);
            }
            writeAndRecord(client, out, ControlProtocol.error(busy), request, "refused", accepted);
            return;
        }
        try {
            answer(client, out, read, request, accepted, permit);
        } finally {
            permit.release();
        }
    }

    private static String busyReading() {
        return "the agent is busy: " + MAX_READS + " reads are running; try again";
    }

    private static String busyOperating() {
        return "the agent is busy: " + MAX_OPERATIONS + " operations are running or waiting for the patch lock; try again";
    }

    /** The one permit a request holds: a read's, then, for a load whose jar is read, an operation's. */
    private final class Permit {
        private Semaphore held;
        private final Semaphore wanted;

        Permit(Semaphore wanted) {
            this.wanted = wanted;
        }

        boolean tryAcquire() {
            if (!wanted.tryAcquire()) {
                return false;
            }
            held = wanted;
            return true;
        }

        /** Trades the read permit for an operation permit; refuses the request busy when none is free. */
        void becomeOperation() throws PatchException {
            if (held == operationPermits) {
                return;
            }
            release();
            if (!operationPermits.tryAcquire()) {
                throw new PatchException(busyOperating());
            }
            held = operationPermits;
        }

        void release() {
            if (held != null) {
                held.release();
                held = null;
            }
        }
    }

    /** Closes {@code client} after {@code timeout}, unless the task answered is cancelled first. */
    private static TimerTask closeAfter(SocketChannel client, Duration timeout) {
        TimerTask close = new TimerTask() {
            @Override
            public void run() {
                try {
                    client.close();
                } catch (IOException e) {
                    // Closed already.
                }
            }
        };
        TIMEOUTS.schedule(close, timeout.toMillis());
        return close;
    }

    /**
     * Writes {@code lines}, closing {@code client} if they are not taken within
     * {@link #WRITE_TIMEOUT}: a client that does not read must not keep this thread, nor the
     * answer it holds (review 13c F3).
     */
    private static void writeWithin(SocketChannel client, Writer out, List<String> lines) throws IOException {
        TimerTask close = closeAfter(client, WRITE_TIMEOUT);
        try {
            ControlProtocol.write(out, lines);
        } finally {
            close.cancel();
        }
    }

    private void answer(SocketChannel client, Writer out, ControlProtocol.Request read, List<String> request,
            long accepted, Permit permit) throws IOException {
        Peer peer = Peer.of(client, read.claimedPid());
        Operations.LoadResult loaded = new Operations.LoadResult();
        List<String> response;
        String result = "ok";
        try {
            response = ControlProtocol.ok(operations.run(peer, request, () -> execute(request, client, out, loaded, permit), loaded));
        } catch (PatchException | IllegalArgumentException e) {
            // The caller's alone: the host's stderr gets lifecycle lines only (Operations).
            response = ControlProtocol.refusal(e);
            result = "refused";
        } catch (RuntimeException | Error e) {
            LOG.error("internal error", e);
            response = ControlProtocol.error("internal error in the agent: " + e);
            result = "failed";
        }
        writeAndRecord(client, out, response, request, result, accepted);
    }

    /**
     * Writes the answer, then keeps the request for {@code requests}, timed from the accept to the
     * answer written: {@code result, answer lost} when the write failed (found by review: a
     * request was kept {@code ok} before its answer was written, and a client that left still
     * counted as answered). An answer the socket's buffer took is written as far as the agent can
     * know. Throws when the client left: the operation is over and audited, only its answer is lost.
     */
    private void writeAndRecord(SocketChannel client, Writer out, List<String> response, List<String> request,
            String result, long accepted) throws IOException {
        try {
            writeWithin(client, out, response);
        } catch (Throwable e) {
            // An Error too (an OutOfMemoryError encoding a big answer): kept, then rethrown.
            recordHandled(request, result + ", answer lost", System.nanoTime() - accepted);
            throw e;
        }
        recordHandled(request, result, System.nanoTime() - accepted);
    }

    /** Keeps what {@code requests} answers: the request, its result, and the agent's time on it. */
    private void recordHandled(List<String> request, String result, long nanos) {
        String line = String.format(Locale.ROOT, "%.3f ms %s: %s", nanos / 1e6, result, String.join(" ", request));
        synchronized (handled) {
            if (handled.size() == REQUESTS_KEPT) {
                handled.removeFirst();
            }
            handled.addLast(line);
        }
    }

    /** How many reads hold a permit now; for tests. */
    int readsRunning() {
        return MAX_READS - readPermits.availablePermits();
    }

    List<String> handledRequests() {
        synchronized (handled) {
            return List.copyOf(handled);
        }
    }

    private List<String> execute(List<String> request, SocketChannel client, Writer out, Operations.LoadResult loaded,
            Permit permit)
            throws PatchException {
        String command = request.get(0);
        List<String> args = new ArrayList<>(request.subList(1, request.size()));
        boolean wait = !args.remove(NO_WAIT);
        boolean forceFingerprint = args.remove(FORCE_FINGERPRINT);
        int want = switch (command) {
            case "list", "threads", "stacks", "settings", "requests", "not-watching" -> 0;
            case "load", "enable", "disable", "unload", "force", "set", "configure", "check" -> 1;
            default -> throw new IllegalArgumentException("unknown command '" + command + "'");
        };
        if (args.size() != want) {
            throw new IllegalArgumentException(command + " takes " + want + " argument(s)");
        }
        if (!wait && !command.equals("enable") && !command.equals("disable")) {
            throw new IllegalArgumentException(NO_WAIT + " applies to enable and disable only");
        }
        if (forceFingerprint && !command.equals("load")) {
            throw new IllegalArgumentException(FORCE_FINGERPRINT + " applies to load only");
        }
        if (command.equals("set") || command.equals("configure")) {
            String repeated = ControlProtocol.repeatedKey(args.get(0));
            if (repeated != null) {
                throw new IllegalArgumentException(repeated);
            }
        }
        Consumer<String> progress = new ClientProgress(out, client);
        return switch (command) {
            case "list" -> Listing.list(manager);
            case "threads" -> Listing.threads(manager.threads());
            case "stacks" -> Listing.stacks(manager.stacks());
            case "settings" -> settings.current();
            case "requests" -> handledRequests();
            case "check" -> manager.check(ControlProtocol.jarPath(args.get(0)));
            case "not-watching" -> manager.notWatching();
            case "set" -> settings.apply(args.get(0), true);
            case "configure" -> settings.apply(args.get(0), false);
            case "load" -> {
                Path jar = ControlProtocol.jarPath(args.get(0));
                PatchJar.Contents contents = manager.read(jar);
                permit.becomeOperation();
                yield Listing.loaded(loaded.of(manager.load(jar, contents, forceFingerprint, progress)));
            }
            case "enable" -> answer(manager.enable(args.get(0)), wait, progress, "enabling patch '" + args.get(0) + "'");
            case "disable" -> answer(manager.disable(args.get(0)), wait, progress,
                    "disabling patch '" + args.get(0) + "'");
            case "force" -> {
                manager.force(args.get(0));
                yield List.of("forced the transition of patch '" + args.get(0) + "'");
            }
            default -> {
                manager.unload(args.get(0));
                yield List.of("unloaded patch '" + args.get(0) + "'");
            }
        };
    }

    /**
     * Writes a transition's progress to the client, and never throws into the operation: a client
     * that left (Ctrl-C) must not cut a load short between its enable and its roll-back, nor lose
     * its audit line. After the first failed write, nothing more is written.
     */
    static final class ClientProgress implements Consumer<String> {
        private final Writer out;
        /** Closed when a line is not taken within {@link #WRITE_TIMEOUT}; {@code null}: no deadline. */
        private final SocketChannel client;
        private boolean gone;

        ClientProgress(Writer out) {
            this(out, null);
        }

        ClientProgress(Writer out, SocketChannel client) {
            this.out = out;
            this.client = client;
        }

        @Override
        public void accept(String text) {
            if (gone) {
                return;
            }
            // A client that reads nothing fills the socket's buffer in time (a line every half
            // second): then the operation's thread, the transition's waiter, must not block in write.
            TimerTask close = client == null ? null : closeAfter(client, WRITE_TIMEOUT);
            try {
                ControlProtocol.writeProgress(out, text + " threads switched");
            } catch (IOException | RuntimeException e) {
                gone = true;
                LOG.debug("control client left: {}; the operation goes on without it", e.toString());
            } finally {
                if (close != null) {
                    close.cancel();
                }
            }
        }

        boolean clientGone() {
            return gone;
        }
    }

    private static List<String> answer(TransitionRequest request, boolean wait, Consumer<String> progress,
            String started) throws PatchException {
        if (!wait && !request.isDone()) {
            return List.of(started + "; the transition goes on (" + request.progress() + " threads switched)");
        }
        return request.await(PROGRESS_TICK, progress);
    }
}
