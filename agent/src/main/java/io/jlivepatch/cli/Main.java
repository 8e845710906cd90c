package io.jlivepatch.cli;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.jlivepatch.agent.AgentArgs;
import io.jlivepatch.build.BuildCommand;
import io.jlivepatch.control.ControlPath;
import io.jlivepatch.control.ControlProtocol;
import io.jlivepatch.control.ControlSocket;
import io.jlivepatch.patch.PatchDefinition;
import io.jlivepatch.patch.PatchJar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * {@code java -jar jlivepatch.jar <command> <pid> [argument]}. Exit status 0 on success, 1 when
 * the operation failed, 2 for a usage error; every failure is one line on standard error.
 *
 * <p>It talks to the agent over its Unix-domain control socket, found from the pid alone
 * ({@link ControlPath}) once the agent runs. Only the first contact attaches: to load the agent
 * and to learn where its socket is.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** A method, not a constant: building it loads classes that most runs never need. */
    private static String usage() {
        return String.join("\n",
            "usage: java -jar jlivepatch.jar <command> <pid> [argument]",
            "  load <pid> <patch.jar>   load the patches of a jar into JVM <pid> and enable them;",
            "                           --force-fingerprint applies a patch built against other code",
            "  check <pid> <patch.jar>  what load would do, changing nothing: per patch of the jar",
            "                           enabled, disabled (loaded), fits, refused: why (the fingerprint",
            "                           guard), or unchecked (the agent does not run there)",
            "  list <pid>               the patches, their state and their target methods",
            "  enable <pid> <id>        enable a loaded patch, or reverse its unpatching",
            "  disable <pid> <id>       disable a patch, or reverse its patching; its methods run the",
            "                           code below it again",
            "  force <pid> <id>         complete the patch's transition now, whatever the threads run;",
            "                           the patch can never be unloaded afterwards",
            "  unload <pid> <id>        forget a disabled patch",
            "  threads <pid>            each thread's patch state during a transition",
            "  stacks <pid>             each target method's stack of patches",
            "  attach <pid> [key=value,...]  load the agent with these arguments (those of -javaagent);",
            "                           when it runs already: set what may change, load the patches",
            "  set <pid> key=value[,...]     change a setting while the agent runs: "
                    + String.join(", ", AgentArgs.RUNTIME_KEYS),
            "  settings <pid>           the agent's settings",
            "  requests <pid>           the agent's last requests and its time on each",
            "  not-watching <pid>       each patched method that ran on a thread in a quiescent region",
            "                           during a transition: method, calls, policy",
            "load, enable and disable wait for their transition, showing its progress on a terminal;",
            "enable --no-wait and disable --no-wait return once it has started.",
            BuildCommand.USAGE);
    }

    private Main() {
    }

    public static void main(String[] args) {
        selectorProvider();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * On Linux, names the JDK's own default selector provider, the one that opens the socket
     * channel, so that the JDK does not first look for another through a {@link
     * java.util.ServiceLoader} (which opens the runtime image's reader and scans the jar): about
     * 8 ms of an interpreted command, in -Xlog:class+load. A provider the user named is kept.
     */
    private static void selectorProvider() {
        String key = "java.nio.channels.spi.SelectorProvider";
        if (System.getProperty(key) == null && "Linux".equals(System.getProperty("os.name"))) {
            System.setProperty(key, "sun.nio.ch.EPollSelectorProvider");
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help"))) {
            out.println(usage());
            return OK;
        }
        if (args.length > 0 && args[0].equals("build")) {
            return BuildCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
        }
        if (args.length < 2) {
            err.println("jlivepatch: missing " + (args.length == 0 ? "command" : "pid") + " (see --help)");
            return USAGE;
        }
        String command = args[0];
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean noWait = rest.remove(ControlSocket.NO_WAIT);
        boolean forceFingerprint = rest.remove(ControlSocket.FORCE_FINGERPRINT);
        // No lambdas and no regular expressions on the way to the socket: the first of each
        // spins classes up at run time, a few ms of an interpreted command.
        args = rest.toArray(new String[0]);
        int wantArgs = switch (command) {
            case "list", "threads", "stacks", "settings", "requests", "not-watching" -> 2;
            case "load", "enable", "disable", "unload", "force", "set", "check" -> 3;
            case "attach" -> args.length == 2 ? 2 : 3;
            default -> -1;
        };
        if (noWait && !command.equals("enable") && !command.equals("disable")) {
            err.println("jlivepatch: " + ControlSocket.NO_WAIT + " applies to enable and disable only (see --help)");
            return USAGE;
        }
        if (forceFingerprint && !command.equals("load")) {
            err.println("jlivepatch: " + ControlSocket.FORCE_FINGERPRINT + " applies to load only (see --help)");
            return USAGE;
        }
        if (wantArgs < 0) {
            err.println("jlivepatch: unknown command '" + command + "' (see --help)");
            return USAGE;
        }
        if (args.length != wantArgs) {
            err.println("jlivepatch: " + command + " takes " + (wantArgs - 2) + " argument"
                    + (wantArgs == 3 ? "" : "s") + " after the pid (see --help)");
            return USAGE;
        }
        if (!isPid(args[1])) {
            err.println("jlivepatch: '" + args[1] + "' is not a process id");
            return USAGE;
        }
        String argument = wantArgs == 3 ? args[2] : null;
        if (command.equals("attach") || command.equals("set")) {
            String problem = settingsProblem(command, argument);
            if (problem != null) {
                err.println("jlivepatch: " + problem);
                return USAGE;
            }
        }
        try {
            long pid = Long.parseLong(args[1]);
            if (command.equals("load") || command.equals("check")) {
                argument = existingJar(argument);
            }
            Progress progress = new Progress(err, System.console() != null);
            List<String> output;
            try {
                output = command.equals("attach") ? attachCommand(pid, argument, progress)
                        : command.equals("check") ? checkCommand(pid, argument, progress)
                        : execute(pid, command, argument, noWait ? ControlSocket.NO_WAIT
                                : forceFingerprint ? ControlSocket.FORCE_FINGERPRINT : null, progress);
            } finally {
                progress.end();
            }
            for (String line : output) {
                out.println(line);
            }
            return OK;
        } catch (CliException e) {
            err.println("jlivepatch: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("jlivepatch: " + reason(e));
            return FAILED;
        }
    }

    /**
     * What is wrong with the arguments of {@code attach} or {@code set}, checked by the code that
     * parses {@code -javaagent}'s, so that a typo is this command's error and never a warning in
     * the application's standard error; {@code null} when nothing is.
     */
    static String settingsProblem(String command, String pairs) {
        AgentArgs parsed = AgentArgs.parse(pairs);
        if (!parsed.problems().isEmpty()) {
            return parsed.problems().get(0);
        }
        String repeated = ControlProtocol.repeatedKey(pairs);
        if (repeated != null) {
            return repeated;
        }
        if (command.equals("set")) {
            List<String> keys = AgentArgs.keysOf(pairs);
            if (keys.isEmpty()) {
                return "set needs key=value (see --help)";
            }
            for (String key : keys) {
                String refused = AgentArgs.notSettable(key);
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }

    private static String existingJar(String path) throws CliException {
        Path jar = Path.of(path).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new CliException("patch jar " + jar + " does not exist");
        }
        return jar.toString();
    }

    /**
     * {@code attach}: loads the agent with the arguments that are settings, then each patch
     * through the socket, so that a failed load is this command's error and not a line in the
     * application's standard error. When the agent runs already, its settings are changed instead
     * (a fixed one only if given the value it has).
     */
    private static List<String> attachCommand(long pid, String pairs, Progress progress) throws Exception {
        List<String> settings = new ArrayList<>();
        List<String> patches = new ArrayList<>();
        if (pairs != null) {
            for (String part : pairs.split(",")) {
                String item = part.trim();
                if (!item.isEmpty()) {
                    if (AgentArgs.keysOf(item).get(0).equals(AgentArgs.PATCH)) {
                        patches.add(existingJar(item.substring(item.indexOf('=') + 1).trim()));
                    } else {
                        settings.add(item);
                    }
                }
            }
        }
        String agentArgs = String.join(",", settings);
        List<String> output = new ArrayList<>();
        Path socket = derivedAgent(pid, "configure");
        boolean loaded = false;
        boolean rebound = false;
        if (socket == null) {
            Attached attached = attachForSocket(pid, agentArgs);
            loaded = attached.loaded();
            rebound = attached.rebound();
            socket = publishedAgent(pid, attached.socket(), "configure");
        }
        if (loaded) {
            output.add("loaded the agent into process " + pid + (agentArgs.isEmpty() ? "" : " with " + agentArgs));
        } else {
            output.add("the agent runs in process " + pid + " already");
            if (rebound) {
                output.add("its control socket was gone; it listens again at " + socket);
            }
            if (!agentArgs.isEmpty()) {
                output.addAll(exchange(socket, List.of("configure", agentArgs), progress));
            }
        }
        for (String jar : patches) {
            output.addAll(exchange(socket, List.of("load", jar), progress));
        }
        return output;
    }

    /**
     * {@code check}: what a load of {@code jar} would do, asked of the agent where it runs. Where
     * it does not, nothing is loaded to find out: the attach reads one system property (where the
     * agent would publish its socket), the jar is read here, and each of its patches is {@code
     * <id> unchecked: why}, since the fingerprint guard needs the agent's view of the classes.
     */
    private static List<String> checkCommand(long pid, String jar, Progress progress) throws Exception {
        Path socket = derivedAgent(pid, "check");
        if (socket == null) {
            String path;
            VirtualMachine vm = attach(pid);
            try {
                path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            } finally {
                vm.detach();
            }
            if (path != null) {
                socket = publishedAgent(pid, publishedSocket(pid, path), "check");
            }
        }
        if (socket != null) {
            return exchange(socket, List.of("check", jar), progress);
        }
        List<String> lines = new ArrayList<>();
        for (PatchDefinition patch : PatchJar.read(Path.of(jar))) {
            lines.add(patch.id() + " unchecked: the agent does not run in process " + pid
                    + "; a load attaches it and checks the fingerprints then");
        }
        return lines;
    }

    private static List<String> execute(long pid, String command, String argument, String option,
            Progress progress) throws Exception {
        List<String> request = new ArrayList<>();
        request.add(command);
        if (option != null) {
            request.add(option);
        }
        if (argument != null) {
            request.add(argument);
        }
        Path socket = derivedAgent(pid, command);
        if (socket == null) {
            socket = publishedAgent(pid, attachForSocket(pid, "").socket(), command);
        }
        return exchange(socket, request, progress);
    }

    /**
     * The derived socket of JVM {@code pid} ({@link #derivedSocket}) if its agent listens there
     * and says it is process {@code pid}'s ({@link #identify}); {@code null} when the CLI is to
     * attach instead. A socket nobody listens on is stale (its JVM died and another took the pid,
     * or its agent's socket was removed) and removed; one that accepts is never removed, and when
     * another process answers there (a JVM of another pid namespace that has the same name) the
     * attach finds the target's own.
     */
    private static Path derivedAgent(long pid, String command) throws Exception {
        Path socket = derivedSocket(pid);
        if (socket == null) {
            return null;
        }
        if (ControlPath.dead(socket)) {
            Files.deleteIfExists(socket);
            return null;
        }
        return identify(pid, socket, command) == null ? socket : null;
    }

    /** {@code socket}, the path JVM {@code pid} published, once its agent has said it is {@code pid}'s. */
    private static Path publishedAgent(long pid, Path socket, String command) throws Exception {
        String mismatch = identify(pid, socket, command);
        if (mismatch != null) {
            throw new CliException("refusing the control socket " + socket + " for process " + pid + ": " + mismatch);
        }
        return socket;
    }

    /**
     * Sends one request and reads the answer; again without the pid line when the agent is older
     * than that line and refuses it as a command.
     */
    private static List<String> exchange(Path socket, List<String> request, Progress progress) throws Exception {
        try {
            return send(socket, request, true, progress);
        } catch (IllegalArgumentException e) {
            if (!ControlProtocol.refusedPidLine(e)) {
                throw e;
            }
            return send(socket, request, false, progress);
        }
    }

    /**
     * Asks the agent at {@code socket} which process it is: why it is not {@code pid}, or {@code
     * null} when it is. Nothing else is sent before, so that no jar path reaches a listener that
     * is not the target's. An agent older than {@code identify} is believed for requests that only
     * read, and refused the others.
     */
    private static String identify(long pid, Path socket, String command) throws Exception {
        long startTime = ControlPath.startTime(pid);
        List<String> identity;
        try {
            identity = send(socket, List.of(ControlProtocol.IDENTIFY), true, null);
        } catch (IllegalArgumentException e) {
            if (!ControlProtocol.refusedAsUnknown(e)) {
                throw e;
            }
            if (!readOnly(command)) {
                throw new CliException("the agent at " + socket + " is older than this command and cannot say that it"
                        + " is process " + pid + "'s; refusing to send it '" + command + "'");
            }
            return null;
        }
        return ControlProtocol.identityMismatch(identity, pid, startTime, ControlPath.namespacePids(pid));
    }

    private static boolean readOnly(String command) {
        return command.equals("list") || command.equals("threads") || command.equals("stacks")
                || command.equals("settings") || command.equals("requests") || command.equals("check")
                || command.equals("not-watching");
    }

    private static List<String> send(Path socket, List<String> request, boolean withPid, Progress progress)
            throws Exception {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
            ControlProtocol.writeRequest(out, request, withPid ? ownPid() : -1);
            channel.shutdownOutput();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8));
            // No lambda on the CLI's path (see Progress); an identify shows no progress.
            return ControlProtocol.readResponse(in, progress != null ? progress : new Progress(null, false));
        }
    }

    /**
     * JVM {@code pid}'s control socket where its agent makes it ({@link ControlPath}), if it is
     * there and can be trusted; {@code null} when it is not there (the first contact, or a JVM
     * whose temporary directory differs from ours) or cannot be trusted: another user could listen
     * on it, and the attach finds the path the agent published instead. This is the path that needs
     * no attach.
     */
    private static Path derivedSocket(long pid) throws CliException {
        if (!running(pid)) {
            throw new CliException("no process with pid " + pid);
        }
        Path socket = derivedPath(pid);
        if (isSelf(pid)) {
            throw new CliException("cannot patch the jlivepatch command itself (pid " + pid + ")");
        }
        if (socket == null || !Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        // Not trusted, it is not used: another user may have made the directory or the file first.
        // The attach finds the agent's socket where the agent published it, checked there.
        return ControlPath.untrusted(socket.getParent(), socket, ControlPath.ownUid()) == null ? socket : null;
    }

    /**
     * Whether process {@code pid} runs. Through {@code /proc} where there is one: {@link
     * ProcessHandle} starts a thread pool and loads a hundred classes, a good part of this
     * command's own time.
     */
    private static boolean running(long pid) {
        Path proc = Path.of("/proc");
        return Files.isDirectory(proc) ? Files.isDirectory(proc.resolve(Long.toString(pid)))
                : ProcessHandle.of(pid).isPresent();
    }

    private static boolean isSelf(long pid) {
        return ownPid() == pid;
    }

    /** This process's pid, from {@code /proc/self} where there is one (see {@link #running}). */
    private static long ownPid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid();
        }
    }

    /** One to nineteen ASCII digits. */
    private static boolean isPid(String s) {
        if (s.isEmpty() || s.length() > 19) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where JVM {@code pid}'s agent puts its socket, or {@code null} when our uid or the process's
     * start time is unknown.
     */
    private static Path derivedPath(long pid) {
        long uid = ControlPath.ownUid();
        long startTime = ControlPath.startTime(pid);
        return uid < 0 || startTime < 0 ? null
                : ControlPath.socket(ControlPath.directory(System.getProperty("java.io.tmpdir"), uid), pid, startTime);
    }

    /**
     * What an attach found: the agent's socket, whether this attach loaded the agent, and whether
     * it had the agent bind its socket again.
     */
    private record Attached(Path socket, boolean loaded, boolean rebound) {
    }

    /**
     * Attaches to JVM {@code pid}, loads the agent there with {@code agentArgs} if it is not there
     * yet, and reads where its control socket is. When nobody listens at the published path (the
     * file was removed), the agent is attached once more, which makes it bind again.
     */
    private static Attached attachForSocket(long pid, String agentArgs) throws Exception {
        VirtualMachine vm = attach(pid);
        boolean loaded = false;
        boolean rebound = false;
        String path;
        try {
            path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            if (path == null) {
                // Byte Buddy's attach: the JDK's attach API where there is one, its emulation where
                // there is not; its failure names the cause, which reason() reads.
                ByteBuddyAgent.attach(ownJar().toFile(), Long.toString(pid), agentArgs.isEmpty() ? null : agentArgs);
                loaded = true;
                path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            } else if (!Files.exists(resolve(pid, path), LinkOption.NOFOLLOW_LINKS)
                    || ControlPath.dead(publishedSocket(pid, path))) {
                // Checked before the probe: not even a connection goes to a path that is not trusted.
                ByteBuddyAgent.attach(ownJar().toFile(), Long.toString(pid), (String) null);
                rebound = true;
                path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
                if (path == null || !Files.exists(resolve(pid, path), LinkOption.NOFOLLOW_LINKS)
                        || ControlPath.dead(publishedSocket(pid, path))) {
                    throw new CliException("the agent in process " + pid + " does not listen at " + path
                            + " (the file was removed?) and did not bind again (an agent older than this command);"
                            + " restart the process to reach it");
                }
            }
        } finally {
            vm.detach();
        }
        return new Attached(publishedSocket(pid, path), loaded, rebound);
    }

    /** {@code path} as JVM {@code pid} sees it: through {@code /proc/PID/root} when ours differs. */
    private static Path resolve(long pid, String path) {
        Path socket = Path.of(path);
        Path viaProc = Path.of("/proc/" + pid + "/root" + path);
        return Files.exists(socket, LinkOption.NOFOLLOW_LINKS) || !Files.exists(viaProc, LinkOption.NOFOLLOW_LINKS)
                ? socket : viaProc;
    }

    /**
     * The socket path the agent of JVM {@code pid} published; through {@code /proc/PID/root} when
     * this process sees another file system (a container). The path is the target's to set (any
     * {@code -Djlivepatch.control=}), so it is checked as the derived one is, with the target
     * process's user as the owner that the socket and its directory must have ({@link
     * ControlPath#untrusted}); who listens on it is checked by {@link #identify}.
     */
    private static Path publishedSocket(long pid, String path) throws CliException {
        if (path == null) {
            throw new CliException("the agent did not start in process " + pid + "; see its standard error");
        }
        Path found = resolve(pid, path);
        long owner = ControlPath.uidOf(pid);
        if (owner < 0) {
            owner = ControlPath.ownUid();
        }
        String untrusted = found.getParent() == null ? found + " is not in a directory"
                : ControlPath.untrusted(found.getParent(), found, owner);
        if (untrusted != null) {
            throw new CliException("refusing the control socket that process " + pid + " names (" + path + "): "
                    + untrusted);
        }
        return found;
    }

    /**
     * Attaches only to processes that announce themselves as JVMs: the attach handshake signals
     * its target with SIGQUIT, which would end a process that is not a JVM.
     */
    private static VirtualMachine attach(long pid) throws Exception {
        String id = Long.toString(pid);
        boolean isJvm = false;
        for (VirtualMachineDescriptor d : VirtualMachine.list()) {
            isJvm |= d.id().equals(id);
        }
        if (!isJvm) {
            throw new CliException("process " + pid + " is not a Java virtual machine this user can attach to");
        }
        try {
            return VirtualMachine.attach(id);
        } catch (Exception e) {
            throw new CliException("cannot attach to process " + pid + ": " + reason(e));
        }
    }

    private static Path ownJar() throws Exception {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The one line that says why {@code e} happened, from the innermost cause that has one. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t instanceof UndeclaredThrowableException u) {
                t = u.getUndeclaredThrowable();
                continue;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t instanceof IllegalArgumentException || t instanceof CliException
                        ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
            }
            if (t instanceof IllegalArgumentException) {
                break;
            }
            t = t.getCause();
        }
        return message == null ? e.toString() : message.lines().findFirst().orElse(message);
    }

    /** The progress of a transition, rewritten in place on a terminal and not shown otherwise. */
    private static final class Progress implements Consumer<String> {
        private final PrintStream err;
        private final boolean terminal;
        private boolean shown;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void accept(String text) {
            if (terminal) {
                err.print("\r\u001b[Kjlivepatch: transition: " + text);
                err.flush();
                shown = true;
            }
        }

        void end() {
            if (shown) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }

    private static final class CliException extends Exception {
        private static final long serialVersionUID = 1L;

        CliException(String message) {
            super(message);
        }
    }
}
