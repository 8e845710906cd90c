package io.jlivepatch.cli;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.jlivepatch.agent.Agent;
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
import java.io.PushbackInputStream;
import java.io.Writer;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The option that sends a mutating request to an agent the CLI cannot verify is the target's
     * (one older than {@code identify}, or where {@code /proc} cannot tell who listens); reads
     * never need it.
     */
    static final String TRUST_PUBLISHED = "--trust-published";

    /**
     * {@code check} without the Attach API: where no agent's socket is at its default path, the
     * patches are {@code unchecked} rather than the JVM attached to learn where an agent published
     * one (an attach starts the JVM's Attach Listener for good; review 16 F8, a dry run).
     */
    static final String NO_ATTACH = "--no-attach";

    /** How long an {@code identify} and a read may take to answer, from the connect. */
    static final long READ_MILLIS = 15_000;

    /** {@link #READ_MILLIS}, shorter in a test that waits for it to pass. */
    static long readMillis = READ_MILLIS;

    /**
     * How long a mutating request may take to its first byte: the agent's bounded wait for the
     * patch lock (10 s) and a load's own work (reading, verifying, defining and retransforming)
     * before its first progress line. Afterwards nothing is bounded here: the transition's own
     * timeout bounds it, and an operator who stops waiting leaves it going on in the agent.
     */
    private static final long MUTATING_FIRST_BYTE_MILLIS = 120_000;

    /** A method, not a constant: building it loads classes that most runs never need. */
    private static String usage() {
        return String.join("\n",
            "usage: java -jar jlivepatch.jar <command> <pid> [argument]",
            "  load <pid> <patch.jar>   load the patches of a jar into JVM <pid> and enable them;",
            "                           --force-fingerprint applies a patch built against other code",
            "  check <pid> <patch.jar>  what load would do, changing nothing: per patch of the jar",
            "                           enabled|disabled: from sha256:<its jar> (loaded), fits,",
            "                           refused: why (the fingerprint guard), or unchecked (the agent",
            "                           does not run there); --no-attach: where no agent's socket is",
            "                           at its default path, unchecked, without attaching",
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
            TRUST_PUBLISHED + " sends a command that changes something to an agent this command cannot",
            "                           verify (an older agent, or /proc that cannot tell who listens)",
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
            String unreadable = Agent.unreadableJar(Main.class);
            if (unreadable != null) {
                // The build reads the patch access template from it (found by review).
                err.println("jlivepatch: cannot build with this command's jar: " + unreadable + "; move it elsewhere");
                return FAILED;
            }
            return BuildCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean noWait = rest.remove(ControlSocket.NO_WAIT);
        boolean forceFingerprint = rest.remove(ControlSocket.FORCE_FINGERPRINT);
        boolean trust = rest.remove(TRUST_PUBLISHED);
        boolean noAttach = rest.remove(NO_ATTACH);
        // No lambdas and no regular expressions on the way to the socket: the first of each
        // spins classes up at run time, a few ms of an interpreted command.
        args = rest.toArray(new String[0]);
        if (args.length < 2) {
            err.println("jlivepatch: missing " + (args.length == 0 ? "command" : "pid") + " (see --help)");
            return USAGE;
        }
        // The command is the first word that is not a flag: a flag may come before it (found by
        // review: '--no-wait enable' said --no-wait applies to enable and disable only).
        String command = args[0];
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
        if (noAttach && !command.equals("check")) {
            err.println("jlivepatch: " + NO_ATTACH + " applies to check only (see --help)");
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
        if (argument != null && ControlProtocol.holdsLineBreak(argument)) {
            // A request is a line per argument: a line break would end this one and make the rest
            // another (found by review: "x\n--force-fingerprint" loaded x with its guard
            // overridden), and the agent drops a carriage return that ends a line.
            err.println("jlivepatch: an argument may not hold a line break or a carriage return");
            return USAGE;
        }
        if (argument != null && (command.equals("enable") || command.equals("disable") || command.equals("unload")
                || command.equals("force")) && !isPatchId(argument)) {
            // No loaded patch has such an id; one longer than a request line holds ended in "the
            // agent closed the connection without an answer" (found by review).
            err.println("jlivepatch: '" + (argument.length() > 200 ? argument.substring(0, 200) + "..." : argument)
                    + "' is not a patch id (letters, digits, . _ -; at most 128)");
            return USAGE;
        }
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
                output = command.equals("attach") ? attachCommand(pid, argument, progress, trust)
                        : command.equals("check") ? checkCommand(pid, argument, progress, noAttach)
                        : execute(pid, command, argument, noWait ? ControlSocket.NO_WAIT
                                : forceFingerprint ? ControlSocket.FORCE_FINGERPRINT : null, progress, trust);
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
        if (Files.isDirectory(jar)) {
            throw new CliException(jar + " is a directory, not a patch jar");
        }
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
    private static List<String> attachCommand(long pid, String pairs, Progress progress, boolean trust)
            throws Exception {
        try {
            return attachCommand(pid, pairs, progress, trust, true);
        } catch (CliException e) {
            if (!e.notTheTarget) {
                throw e;
            }
            // Nothing was sent there: the attach finds the target's own socket.
            return attachCommand(pid, pairs, progress, trust, false);
        }
    }

    private static List<String> attachCommand(long pid, String pairs, Progress progress, boolean trust,
            boolean derived) throws Exception {
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
        Path socket = derived ? derivedAgent(pid, "configure", trust) : null;
        boolean viaDerived = socket != null;
        String name = viaDerived ? socket.toString() : null;
        boolean loaded = false;
        boolean rebound = false;
        if (socket == null) {
            Attached attached = attachForSocket(pid, agentArgs);
            loaded = attached.loaded();
            rebound = attached.rebound();
            socket = publishedAgent(pid, attached.socket(), "configure", trust);
            name = attached.name();
        }
        if (loaded) {
            output.add("loaded the agent into process " + pid + (agentArgs.isEmpty() ? "" : " with " + agentArgs));
        } else {
            output.add("the agent runs in process " + pid + " already");
            if (rebound) {
                output.add("its control socket was gone; it listens again at " + socket);
            }
            if (!agentArgs.isEmpty()) {
                output.addAll(exchange(pid, socket, name, List.of("configure", agentArgs), progress, trust,
                        viaDerived));
            }
        }
        for (String jar : patches) {
            output.addAll(exchange(pid, socket, name, List.of("load", jar), progress, trust,
                    viaDerived));
        }
        return output;
    }

    /**
     * {@code check} sent to the agent at {@code socket}. An agent older than {@code check} (review
     * 16 F6: a JVM patched by an earlier release) is asked {@code list} instead, and the jar is read
     * here: a patch loaded there is {@code <id> enabled} or {@code <id> disabled}, with no digest
     * (such an agent does not say which jar it came from), any other {@code <id> unchecked: why}.
     */
    private static List<String> checkAt(long pid, Path socket, String name, String jar, Progress progress,
            boolean derived) throws Exception {
        try {
            return exchange(pid, socket, name, List.of("check", jar), progress, false, derived);
        } catch (IllegalArgumentException e) {
            if (!String.valueOf(e.getMessage()).startsWith("unknown command 'check'")) {
                throw e;
            }
        }
        Map<String, String> states = new HashMap<>();
        for (String line : exchange(pid, socket, name, List.of("list"), progress, false, derived)) {
            String[] words = line.split(" ", 3);
            if (words.length >= 2 && !line.startsWith(" ") && (words[1].equals("enabled") || words[1].equals("disabled"))) {
                states.put(words[0], words[1]);
            }
        }
        List<String> lines = new ArrayList<>();
        for (PatchDefinition patch : PatchJar.read(Path.of(jar))) {
            String state = states.get(patch.id());
            lines.add(patch.id() + (state != null ? " " + state : " unchecked: the agent in process " + pid
                    + " predates check; a load checks the fingerprints then"));
        }
        return lines;
    }

    /**
     * {@code check}: what a load of {@code jar} would do, asked of the agent where it runs. Where
     * it does not, nothing is loaded to find out: the attach reads one system property (where the
     * agent would publish its socket), the jar is read here, and each of its patches is {@code
     * <id> unchecked: why}, since the fingerprint guard needs the agent's view of the classes.
     */
    private static List<String> checkCommand(long pid, String jar, Progress progress, boolean noAttach)
            throws Exception {
        Path socket = derivedAgent(pid, "check", false);
        if (socket != null) {
            try {
                return checkAt(pid, socket, nameInTarget(pid, socket), jar, progress, true);
            } catch (CliException e) {
                if (!e.notTheTarget) {
                    throw e;
                }
                // Nothing was sent there: the target's own socket is where it published it.
            }
        }
        if (noAttach) {
            return unchecked(jar, "no agent's socket is at its default path in process " + pid
                    + ", and " + NO_ATTACH + " does not attach to look further; a load checks the fingerprints");
        }
        String path;
        VirtualMachine vm = attach(pid);
        try {
            path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
        } finally {
            vm.detach();
        }
        if (path != null) {
            socket = publishedAgent(pid, publishedSocket(pid, path), "check", false);
            return checkAt(pid, socket, path, jar, progress, false);
        }
        return unchecked(jar, "the agent does not run in process " + pid
                + "; a load attaches it and checks the fingerprints then");
    }

    /** {@code <id> unchecked: why} for each patch of {@code jar}, read here. */
    private static List<String> unchecked(String jar, String why) throws Exception {
        List<String> lines = new ArrayList<>();
        for (PatchDefinition patch : PatchJar.read(Path.of(jar))) {
            lines.add(patch.id() + " unchecked: " + why);
        }
        return lines;
    }

    private static List<String> execute(long pid, String command, String argument, String option,
            Progress progress, boolean trust) throws Exception {
        List<String> request = new ArrayList<>();
        request.add(command);
        if (option != null) {
            request.add(option);
        }
        if (argument != null) {
            request.add(argument);
        }
        Path socket = derivedAgent(pid, command, trust);
        if (socket != null) {
            try {
                return exchange(pid, socket, nameInTarget(pid, socket), request, progress, trust, true);
            } catch (CliException e) {
                if (!e.notTheTarget) {
                    throw e;
                }
                // Nothing was sent there: the attach finds the target's own socket.
            }
        }
        Attached attached = attachForSocket(pid, "");
        socket = publishedAgent(pid, attached.socket(), command, trust);
        return exchange(pid, socket, attached.name(), request, progress, trust, false);
    }

    /**
     * The derived socket of JVM {@code pid} ({@link #derivedSocket}) if its agent listens there
     * and says it is process {@code pid}'s ({@link #identify}); {@code null} when the CLI is to
     * attach instead. A socket nobody listens on is stale (its JVM died and another took the pid,
     * or its agent's socket was removed) and removed; one that accepts is never removed, and when
     * another process answers there (a JVM of another pid namespace that has the same name) the
     * attach finds the target's own.
     */
    private static Path derivedAgent(long pid, String command, boolean trust) throws Exception {
        Path socket = derivedSocket(pid);
        if (socket == null) {
            return null;
        }
        String mismatch;
        try {
            mismatch = identify(pid, socket, command, trust);
        } catch (ConnectException e) {
            // The identify's own connect is the probe: a second look through a channel decides,
            // as for the agent's own clean-up, since the natives' errors are only their text.
            if (!ControlPath.dead(socket)) {
                // Something else went wrong (descriptors exhausted, say): the command's error, not
                // an attach, which would start the JVM's Attach Listener for good.
                throw e;
            }
            Files.deleteIfExists(socket);
            return null;
        }
        return mismatch == null ? socket : null;
    }

    /** {@code socket}, the path JVM {@code pid} published, once its agent has said it is {@code pid}'s. */
    private static Path publishedAgent(long pid, Path socket, String command, boolean trust) throws Exception {
        String mismatch = identify(pid, socket, command, trust);
        if (mismatch != null) {
            throw new CliException("refusing the control socket " + socket + " for process " + pid + ": " + mismatch);
        }
        return socket;
    }

    /**
     * Sends one request to JVM {@code pid}'s agent at {@code socket}, bound there as {@code name}
     * (the path as the target sees it), and reads the answer; again without the pid line when the
     * agent is older than that line and refuses it as a command. The listener is verified on the
     * connection that carries the request ({@link #verify}).
     *
     * @param derived the socket is the derived one: a listener that is not the target's is a
     *     {@link CliException#notTheTarget}, and the caller attaches instead
     */
    private static List<String> exchange(long pid, Path socket, String name, List<String> request,
            Progress progress, boolean trust, boolean derived) throws Exception {
        try {
            return send(socket, request, true, progress, pid, name, trust, derived);
        } catch (IllegalArgumentException e) {
            if (!ControlProtocol.refusedPidLine(e)) {
                throw e;
            }
            return send(socket, request, false, progress, pid, name, trust, derived);
        }
    }

    /**
     * Refuses to send {@code command} on a connection to {@code socket} unless JVM {@code pid}
     * holds its listener ({@link ControlPath#listenerProblem}): an {@code identify} is only the
     * listener's own claim (review 13b F5). Where that cannot be told, a read goes on, and a
     * command that changes something only with {@link #TRUST_PUBLISHED}.
     */
    private static void verify(long pid, Path socket, String name, String command, boolean trust, boolean derived)
            throws CliException {
        String problem = ControlPath.listenerProblem(pid, identifiedStartTime(pid), name);
        if (problem == null) {
            return;
        }
        if (problem.startsWith(ControlPath.CANNOT_TELL)) {
            // check sends a jar path: like a command that changes something, not to an unverified listener.
            if (trust || (readOnly(command) && !command.equals("check"))) {
                return;
            }
            throw new CliException("cannot verify that process " + pid + " listens at " + socket + ": " + problem
                    + "; refusing to send it '" + command + "' (" + TRUST_PUBLISHED + " sends it all the same)");
        }
        CliException refused = new CliException("refusing the control socket " + socket + " for process " + pid + ": "
                + problem);
        refused.notTheTarget = derived;
        throw refused;
    }

    /**
     * Asks the agent at {@code socket} which process it is: why it is not {@code pid}, or {@code
     * null} when it is. Nothing else is sent before, so that no jar path reaches a listener that
     * is not the target's. An agent older than {@code identify} is believed for requests that only
     * read, and refused the others unless {@link #TRUST_PUBLISHED} is given. The answer is only
     * the listener's claim, against honest collisions; who holds the listener is checked on the
     * request's own connection ({@link #verify}). A start time that differs by the target's
     * time-namespace offset is its own ({@link ControlPath#startTimeInItsTimeNamespace}).
     */
    private static String identify(long pid, Path socket, String command, boolean trust) throws Exception {
        long startTime = ControlPath.startTime(pid);
        identified = null;
        List<String> identity;
        try {
            identity = send(socket, List.of(ControlProtocol.IDENTIFY), true, null, pid, null, trust, false);
        } catch (IllegalArgumentException e) {
            if (!ControlProtocol.refusedAsUnknown(e)) {
                throw e;
            }
            if (!readOnly(command) && !trust) {
                throw new CliException("the agent at " + socket + " is older than this command and cannot say that it"
                        + " is process " + pid + "'s; refusing to send it '" + command + "' (" + TRUST_PUBLISHED
                        + " sends it all the same, or use the older jlivepatch.jar)");
            }
            identified = new long[] {pid, startTime};
            return null;
        }
        long[] pids = ControlPath.namespacePids(pid);
        String mismatch = ControlProtocol.identityMismatch(identity, pid, startTime, pids);
        if (mismatch != null) {
            // A target in another time namespace reads its own start time shifted (review 13b F11).
            long shifted = ControlPath.startTimeInItsTimeNamespace(pid);
            if (shifted >= 0 && shifted != startTime) {
                for (long t = shifted - 1; t <= shifted + 1 && mismatch != null; t++) {
                    mismatch = ControlProtocol.identityMismatch(identity, pid, t, pids);
                }
            }
        }
        if (mismatch == null) {
            identified = new long[] {pid, startTime};
        }
        return mismatch;
    }

    /**
     * The pid and start time (as this process reads {@code /proc/<pid>/stat}) of the process the
     * last {@link #identify} accepted, or {@code null}: {@link #verify} checks that the process it
     * scans is still that one (review 13c, pid reuse between the two connections). The command
     * runs one identify, then its request, on its main thread's call chain.
     */
    private static volatile long[] identified;

    /** The start time {@link #identify} accepted for {@code pid}, or -1 (no check) when it accepted none. */
    private static long identifiedStartTime(long pid) {
        long[] id = identified;
        return id != null && id[0] == pid ? id[1] : -1;
    }

    private static boolean readOnly(String command) {
        return ControlProtocol.READS.contains(command);
    }

    /**
     * One request on a connection of its own. With {@code name}, the listener is verified first
     * ({@link #verify}). The connect, the check, the request and the answer's first byte are
     * bounded ({@link #READ_MILLIS}, {@link #MUTATING_FIRST_BYTE_MILLIS}): an agent that accepts
     * nothing or never answers must not hang the command for ever (review 13b F8).
     *
     * @throws ConnectException when nobody accepts the connection at {@code socket}
     */
    private static List<String> send(Path socket, List<String> request, boolean withPid, Progress progress, long pid,
            String name, boolean trust, boolean derived) throws Exception {
        String command = request.get(0);
        long limit = readOnly(command) || command.equals(ControlProtocol.IDENTIFY) ? readMillis
                : MUTATING_FIRST_BYTE_MILLIS;
        Opening opening = new Opening(socket, request, withPid, pid, name, trust, derived);
        opening.start();
        opening.join(limit);
        if (opening.isAlive()) {
            // Left blocked, not closed: a descriptor closed under a blocked read may be reused
            // before the read returns. The command ends now and the thread with it.
            throw new CliException("the agent at " + socket + " did not answer '" + command + "' within "
                    + limit / 1000 + " s");
        }
        if (opening.failure instanceof Exception e) {
            throw e;
        }
        if (opening.failure instanceof Error e) {
            throw e;
        }
        try (UnixClient client = opening.client) {
            PushbackInputStream rest = new PushbackInputStream(client.in(), 1);
            if (opening.first >= 0) {
                rest.unread(opening.first);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(rest, StandardCharsets.UTF_8));
            // No lambda on the CLI's path (see Progress); an identify shows no progress.
            return ControlProtocol.readResponse(in, progress != null ? progress : new Progress(null, false));
        }
    }

    /**
     * The bounded part of a request, on a thread of its own that {@link #send} waits for: a
     * blocked connect (a listener that accepts nothing, its backlog full) or read cannot be
     * interrupted, nor, through the Attach API's natives ({@link UnixClient}), closed from
     * another thread. What it made or threw is read after {@link #join}, which orders it.
     */
    private static final class Opening extends Thread {
        private final Path socket;
        private final List<String> request;
        private final boolean withPid;
        private final long pid;
        private final String name;
        private final boolean trust;
        private final boolean derived;
        UnixClient client;
        int first = -1;
        Throwable failure;

        Opening(Path socket, List<String> request, boolean withPid, long pid, String name, boolean trust,
                boolean derived) {
            super("jlivepatch-request");
            setDaemon(true);
            this.socket = socket;
            this.request = request;
            this.withPid = withPid;
            this.pid = pid;
            this.name = name;
            this.trust = trust;
            this.derived = derived;
        }

        @Override
        public void run() {
            UnixClient c = null;
            try {
                try {
                    c = UnixClient.connect(socket);
                } catch (IOException e) {
                    throw new ConnectException("cannot connect to " + socket + ": "
                            + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
                }
                if (name != null) {
                    verify(pid, socket, name, request.get(0), trust, derived);
                }
                // The request ends with its empty line: the agent reads nothing after it, so the
                // output is not shut down (the Attach API's natives have no shutdown).
                Writer out = new OutputStreamWriter(c.out(), StandardCharsets.UTF_8);
                ControlProtocol.writeRequest(out, request, withPid ? ownPid() : -1);
                first = c.in().read();
                client = c;
            } catch (Throwable t) {
                failure = t;
                if (c != null) {
                    try {
                        c.close();
                    } catch (IOException | RuntimeException e) {
                        // The failure is what the command reports.
                    }
                }
            }
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
        Path derived = derivedPath(pid);
        if (isSelf(pid)) {
            throw new CliException("cannot patch the jlivepatch command itself (pid " + pid + ")");
        }
        if (derived == null) {
            return null;
        }
        // In another mount namespace (systemd PrivateTmp=, a container) our path may be another
        // file: the target's own is under /proc/PID/root, checked there as ours would be, and its
        // listener checked under the name the target bound (nameInTarget). Review 13c F8: without
        // it, a JDK whose attach cannot cross the namespaces made the target print thread dumps.
        Path socket = resolve(pid, derived.toString());
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * {@link PatchJar#isValidId}, without its regular expression: none on the way to the socket
     * (see run; found by review: 25 classes of java.util.regex and the jar reader's loaded).
     */
    static boolean isPatchId(String s) {
        if (s.isEmpty() || s.length() > 128) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '.' && c != '_' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /** One to eighteen ASCII digits. */
    private static boolean isPid(String s) {
        // 18 digits at most: every such number is a long (found by review: 19 nines printed the
        // parser's 'For input string').
        if (s.isEmpty() || s.length() > 18) {
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
     * The name JVM {@code pid} bound {@code socket} as: without the {@code /proc/PID/root} that
     * {@link #resolve} put before it.
     */
    private static String nameInTarget(long pid, Path socket) {
        String root = "/proc/" + pid + "/root/";
        String path = socket.toString();
        return path.startsWith(root) ? path.substring(root.length() - 1) : path;
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
    private record Attached(Path socket, String name, boolean loaded, boolean rebound) {
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
                ByteBuddyAgent.attach(ownJar(true).toFile(), Long.toString(pid), agentArgs.isEmpty() ? null : agentArgs);
                loaded = true;
                path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            } else if (!Files.exists(resolve(pid, path), LinkOption.NOFOLLOW_LINKS)
                    || ControlPath.dead(publishedSocket(pid, path))) {
                // Checked before the probe: not even a connection goes to a path that is not trusted.
                // The agent runs: its classes are loaded, and this jar's need not be readable.
                ByteBuddyAgent.attach(ownJar(false).toFile(), Long.toString(pid), (String) null);
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
        return new Attached(publishedSocket(pid, path), path, loaded, rebound);
    }

    /**
     * {@code path} as JVM {@code pid} sees it: through {@code /proc/PID/root} alone when its mount
     * namespace is not ours (review 13b F5: a file at the same path in ours may be anyone's of our
     * uid), else as it is.
     */
    private static Path resolve(long pid, String path) {
        return ControlPath.otherMountNamespace(pid) && path.startsWith("/") ? Path.of("/proc/" + pid + "/root" + path)
                : Path.of(path);
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
        String unreachable = AttachReach.problem(pid);
        if (unreachable != null) {
            throw new CliException("cannot attach to process " + pid + ": " + unreachable);
        }
        try {
            return VirtualMachine.attach(id);
        } catch (Exception e) {
            throw new CliException("cannot attach to process " + pid + ": " + reason(e));
        }
    }

    /**
     * This command's jar, to attach as the agent; {@code first}: the agent's first start in the
     * target, which reads its resources from it.
     */
    static Path ownJar(boolean first) throws Exception {
        String unreadable = first ? Agent.unreadableJar(Main.class) : null;
        if (unreadable != null) {
            throw new CliException("the agent cannot be loaded from this command's jar: " + unreadable
                    + "; move it elsewhere");
        }
        return checkedJar(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }

    /** {@code jar}, where this command's classes are, if a JVM can load the agent from it. */
    static Path checkedJar(Path jar) throws CliException {
        if (Files.isDirectory(jar)) {
            // Found by review: the JDK said "Agent JAR not found", which names no fix.
            throw new CliException("this command runs from " + jar + ", not from the agent jar, and a JVM loads an"
                    + " agent only from a jar; run it as java -jar jlivepatch.jar");
        }
        if (!Files.isRegularFile(jar)) {
            throw new CliException("this command's jar " + jar + " is gone (moved or deleted since it started);"
                    + " run the command again from where the jar is");
        }
        if (jar.toString().contains("=")) {
            // Found by review: the target printed the JDK's "Error opening zip file" on its
            // stderr, and this command said "Agent JAR not found".
            throw new CliException("the agent cannot be loaded from this command's jar: its path " + jar
                    + " holds '=', where the JDK's agent loading ends the jar's path and begins the agent's"
                    + " arguments; move it elsewhere");
        }
        return jar;
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

    static final class CliException extends Exception {
        private static final long serialVersionUID = 1L;

        /** The derived socket's listener is not the target's; nothing was sent to it. */
        boolean notTheTarget;

        CliException(String message) {
            super(message);
        }
    }
}
