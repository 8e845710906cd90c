package io.jlivepatch.cli;

import com.sun.tools.attach.VirtualMachine;
import com.sun.tools.attach.VirtualMachineDescriptor;
import io.jlivepatch.build.BuildCommand;
import io.jlivepatch.control.ControlProtocol;
import io.jlivepatch.control.ControlSocket;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar jlivepatch.jar <command> <pid> [argument]}. Exit status 0 on success, 1 when
 * the operation failed, 2 for a usage error; every failure is one line on standard error.
 *
 * <p>It attaches to the target to load the agent if needed and to learn where the agent's
 * control socket is, then talks to the agent over that Unix-domain socket.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join("\n",
            "usage: java -jar jlivepatch.jar <command> <pid> [argument]",
            "  load <pid> <patch.jar>   load the patches of a jar into JVM <pid> and enable them;",
            "                           --force-fingerprint applies a patch built against other code",
            "  list <pid>               the patches, their state and their target methods",
            "  enable <pid> <id>        enable a loaded patch, or reverse its unpatching",
            "  disable <pid> <id>       disable a patch, or reverse its patching; its methods run the",
            "                           code below it again",
            "  force <pid> <id>         complete the patch's transition now, whatever the threads run;",
            "                           the patch can never be unloaded afterwards",
            "  unload <pid> <id>        forget a disabled patch",
            "  threads <pid>            each thread's patch state during a transition",
            "load, enable and disable wait for their transition, showing its progress on a terminal;",
            "enable --no-wait and disable --no-wait return once it has started.",
            BuildCommand.USAGE);

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help"))) {
            out.println(USAGE_TEXT);
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
        args = rest.toArray(String[]::new);
        int wantArgs = switch (command) {
            case "list", "threads" -> 2;
            case "load", "enable", "disable", "unload", "force" -> 3;
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
        if (!args[1].matches("[0-9]{1,19}")) {
            err.println("jlivepatch: '" + args[1] + "' is not a process id");
            return USAGE;
        }
        try {
            long pid = Long.parseLong(args[1]);
            String argument = wantArgs == 3 ? args[2] : null;
            if (command.equals("load")) {
                Path jar = Path.of(argument).toAbsolutePath().normalize();
                if (!Files.isRegularFile(jar)) {
                    throw new CliException("patch jar " + jar + " does not exist");
                }
                argument = jar.toString();
            }
            Progress progress = new Progress(err, System.console() != null);
            List<String> output;
            try {
                output = execute(pid, command, argument, noWait ? ControlSocket.NO_WAIT
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

    private static List<String> execute(long pid, String command, String argument, String option,
            Progress progress) throws Exception {
        Path socket = controlSocket(pid);
        List<String> request = new ArrayList<>();
        request.add(command);
        if (option != null) {
            request.add(option);
        }
        if (argument != null) {
            request.add(argument);
        }
        try {
            return send(socket, request, true, progress);
        } catch (IllegalArgumentException e) {
            if (!ControlProtocol.refusedPidLine(e)) {
                throw e;
            }
            return send(socket, request, false, progress);
        }
    }

    private static List<String> send(Path socket, List<String> request, boolean withPid, Progress progress)
            throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
            ControlProtocol.writeRequest(out, request, withPid);
            channel.shutdownOutput();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8));
            return ControlProtocol.readResponse(in, progress::show);
        }
    }

    /**
     * The agent's control socket in JVM {@code pid}, loading the agent there first if it has not
     * been loaded. The path is the target's own; through {@code /proc/PID/root} when this process
     * sees another file system (a container).
     */
    private static Path controlSocket(long pid) throws Exception {
        VirtualMachine vm = attach(pid);
        String path;
        try {
            path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            if (path == null) {
                vm.loadAgent(ownJar().toString());
                path = vm.getSystemProperties().getProperty(ControlSocket.PROPERTY);
            }
        } finally {
            vm.detach();
        }
        if (path == null) {
            throw new CliException("the agent did not start in process " + pid + "; see its standard error");
        }
        Path socket = Path.of(path);
        Path viaProc = Path.of("/proc/" + pid + "/root" + path);
        return Files.exists(socket) || !Files.exists(viaProc) ? socket : viaProc;
    }

    /**
     * Attaches only to processes that announce themselves as JVMs: the attach handshake signals
     * its target with SIGQUIT, which would end a process that is not a JVM.
     */
    private static VirtualMachine attach(long pid) throws Exception {
        if (ProcessHandle.of(pid).isEmpty()) {
            throw new CliException("no process with pid " + pid);
        }
        if (pid == ProcessHandle.current().pid()) {
            throw new CliException("cannot patch the jlivepatch command itself (pid " + pid + ")");
        }
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
    private static final class Progress {
        private final PrintStream err;
        private final boolean terminal;
        private boolean shown;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void show(String text) {
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
