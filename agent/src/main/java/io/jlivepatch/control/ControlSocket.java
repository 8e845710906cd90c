package io.jlivepatch.control;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.TransitionRequest;
import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The agent's end of the CLI: a Unix-domain socket in a directory only this user can enter, so
 * that nothing listens on a network port. The JDK's local JMX connector would do the same job,
 * but it listens on a TCP port of every interface (refusing remote clients only after accepting
 * them), which DESIGN §7 forbids.
 *
 * <p>The socket's path is published as the system property {@value #PROPERTY}, which the CLI
 * reads through the Attach API. One request per connection, each served on a daemon thread of
 * its own, so that a transition one client waits for can be reversed or forced by another; the
 * patch lock serialises the operations themselves. See {@link ControlProtocol}.
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

    private final PatchManager manager;
    private final Operations operations;
    private final ServerSocketChannel server;

    private ControlSocket(PatchManager manager, Operations operations, ServerSocketChannel server) {
        this.manager = manager;
        this.operations = operations;
        this.server = server;
    }

    /** Opens the socket, publishes its path and starts serving; every request goes through {@code operations}. */
    public static void start(PatchManager manager, Operations operations) throws IOException {
        Path dir = Files.createTempDirectory("jlivepatch-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = dir.resolve("control.sock");
        // Deleted in reverse order of registration: the socket, then its directory.
        dir.toFile().deleteOnExit();
        socket.toFile().deleteOnExit();
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        ControlSocket control = new ControlSocket(manager, operations, server);
        Thread t = new Thread(control::serve, "jlivepatch-control");
        t.setDaemon(true);
        t.start();
        System.setProperty(PROPERTY, socket.toString());
    }

    private void serve() {
        int served = 0;
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread t = new Thread(() -> serve(client), "jlivepatch-control-" + ++served);
                t.setDaemon(true);
                t.start();
            } catch (IOException | RuntimeException e) {
                LOG.debug("control connection failed: {}", e.toString());
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            handle(client);
        } catch (IOException | RuntimeException e) {
            LOG.debug("control connection failed: {}", e.toString());
        }
    }

    private void handle(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(Channels.newOutputStream(client), StandardCharsets.UTF_8);
        ControlProtocol.Request read = ControlProtocol.readRequest(in);
        List<String> request = read.commandAndArgs();
        Peer peer = Peer.of(client, read.claimedPid());
        Operations.LoadResult loaded = new Operations.LoadResult();
        List<String> response;
        try {
            response = ControlProtocol.ok(operations.run(peer, request, () -> execute(request, out, loaded), loaded));
        } catch (UncheckedIOException e) {
            // The client went away while waiting; the transition goes on without it.
            LOG.debug("control client left: {}", e.getCause().toString());
            return;
        } catch (PatchException | IllegalArgumentException e) {
            // The caller's alone: the host's stderr gets lifecycle lines only (Operations).
            response = ControlProtocol.error(e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("internal error", e);
            response = ControlProtocol.error("internal error in the agent: " + e);
        }
        ControlProtocol.write(out, response);
    }

    private List<String> execute(List<String> request, Writer out, Operations.LoadResult loaded)
            throws PatchException {
        String command = request.get(0);
        List<String> args = new ArrayList<>(request.subList(1, request.size()));
        boolean wait = !args.remove(NO_WAIT);
        boolean forceFingerprint = args.remove(FORCE_FINGERPRINT);
        int want = switch (command) {
            case "list", "threads", "stacks" -> 0;
            case "load", "enable", "disable", "unload", "force" -> 1;
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
        Consumer<String> progress = text -> {
            try {
                ControlProtocol.writeProgress(out, text + " threads switched");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return switch (command) {
            case "list" -> Listing.list(manager);
            case "threads" -> Listing.threads(manager.threads());
            case "stacks" -> Listing.stacks(manager.stacks());
            case "load" -> Listing.loaded(loaded.of(manager.load(Path.of(args.get(0)), forceFingerprint, progress)));
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

    private static List<String> answer(TransitionRequest request, boolean wait, Consumer<String> progress,
            String started) throws PatchException {
        if (!wait && !request.isDone()) {
            return List.of(started + "; the transition goes on (" + request.progress() + " threads switched)");
        }
        return request.await(PROGRESS_TICK, progress);
    }
}
