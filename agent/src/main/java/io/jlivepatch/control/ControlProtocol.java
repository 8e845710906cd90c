package io.jlivepatch.control;

import io.jlivepatch.log.Log;
import io.jlivepatch.patch.PatchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The CLI's wire format over the control socket: UTF-8 lines.
 *
 * <pre>
 * request:  jlivepatch 1 / [pid N /] command / argument... / (empty line)
 * response: (progress / text)... then   ok / output line...   or   error / message
 * identity: request "identify", response  ok / pid P / start T
 * </pre>
 * The CLI asks {@code identify} before any other request, on a connection of its own, and sends
 * nothing more when the answer is not the process it means ({@link #identityMismatch}): a
 * socket's path alone does not prove whose it is. P is the agent's pid in its own pid namespace,
 * T its start time ({@link ControlPath#startTime}), the same in every namespace.
 * Progress lines come while the agent waits for a transition.
 * An argument is one line, so a path may hold any character but a line break. {@code pid N} is
 * the client's own process id as it claims it, for the audit line: the socket tells the agent
 * the peer's user (kernel-verified), not its pid ({@link Peer}). A request without it is served
 * all the same, audited with no pid.
 */
public final class ControlProtocol {

    static final String HELLO = "jlivepatch 1";
    static final String PROGRESS = "progress";
    /** The request that asks the agent which process it is. */
    public static final String IDENTIFY = "identify";
    /**
     * The commands that only read, for the agent (not audited, their own permits) and for the CLI
     * (its shorter wait, what it sends where it cannot verify the listener); {@code check} reads a
     * jar and the loaded classes' files.
     */
    public static final Set<String> READS = Set.of("list", "threads", "stacks", "settings", "requests", "check",
            "not-watching");
    private static final String START = "start ";
    private static final String PID = "pid ";
    private static final int MAX_LINES = 64;
    static final int MAX_LINE = 8192;

    private ControlProtocol() {
    }

    /**
     * Writes a request that claims {@code pid}, or none when it is negative (an agent older than
     * the pid line). The command passes its pid as it read it from {@code /proc/self}: {@link
     * ProcessHandle}'s class initialisation builds a thread pool, a part of a short command's time.
     */
    public static void writeRequest(Writer out, List<String> commandAndArgs, long pid) throws IOException {
        for (String a : commandAndArgs) {
            if (holdsLineBreak(a)) {
                // Would be two lines, or lose its last character: another request than the one asked.
                throw new IllegalArgumentException("an argument may not hold a line break or a carriage return");
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(HELLO);
        if (pid >= 0) {
            lines.add(PID + pid);
        }
        lines.addAll(commandAndArgs);
        lines.add("");
        write(out, lines);
    }

    /**
     * Whether {@code argument} holds a line feed or a carriage return, which a request cannot
     * carry: an argument is a line, and the reader drops a carriage return that ends one. The
     * command refuses such an argument as a usage error, and {@link #writeRequest} never writes one.
     */
    public static boolean holdsLineBreak(String argument) {
        return argument.indexOf('\n') >= 0 || argument.indexOf('\r') >= 0;
    }

    /**
     * A request: the command and its arguments, and the pid the client claims, or -1.
     *
     * @param commandAndArgs the command, then its arguments
     * @param claimedPid the client's pid as it says, not verified here; -1 when it said none
     */
    record Request(List<String> commandAndArgs, long claimedPid) {
    }

    /**
     * Whether {@code refusal} is an agent older than the pid line refusing it as a command: it
     * refused before doing anything, so the request may be sent again without it.
     */
    public static boolean refusedPidLine(IllegalArgumentException refusal) {
        return String.valueOf(refusal.getMessage()).startsWith("unknown command '" + PID);
    }

    /**
     * Why {@code pairs} ({@code key=value,...}) cannot be applied as one change: a key other than
     * {@code patch} given twice, which would be applied twice and reported twice ({@code
     * log=info,log=warn} said {@code log=warn (was debug)}, then {@code (unchanged)}); {@code
     * null} when no key repeats. Refused, not resolved: which of the two was meant is the caller's.
     */
    public static String repeatedKey(String pairs) {
        List<String> seen = new ArrayList<>();
        if (pairs != null) {
            for (String part : pairs.split(",")) {
                int eq = part.indexOf('=');
                String key = (eq < 0 ? part : part.substring(0, eq)).trim();
                if (key.isEmpty() || key.equals("patch")) {
                    continue;
                }
                if (seen.contains(key)) {
                    return "agent argument '" + key + "' is given twice";
                }
                seen.add(key);
            }
        }
        return null;
    }

    /**
     * Whether {@code refusal} is an agent refusing a request it does not know: an agent older
     * than the request, which refused before doing anything.
     */
    public static boolean refusedAsUnknown(IllegalArgumentException refusal) {
        return String.valueOf(refusal.getMessage()).startsWith("unknown command '");
    }

    /**
     * Reads a request: at most {@value #MAX_LINES} lines of at most {@value #MAX_LINE} characters,
     * each read with that bound, so that a client sending an endless line costs the host no more.
     */
    static Request readRequest(BufferedReader in) throws IOException {
        String hello = readLine(in);
        if (!HELLO.equals(hello)) {
            throw new IOException("not a jlivepatch request: " + hello);
        }
        List<String> lines = new ArrayList<>();
        long pid = -1;
        for (String line; (line = readLine(in)) != null && !line.isEmpty(); ) {
            if (lines.size() == MAX_LINES) {
                throw new IOException("request too large: more than " + MAX_LINES + " lines");
            }
            if (lines.isEmpty() && pid == -1 && line.startsWith(PID)) {
                // No command starts with "pid ", so the line cannot be one.
                pid = number(line.substring(PID.length()), false) ? Long.parseLong(line.substring(PID.length()))
                        : -1;
                continue;
            }
            lines.add(line);
        }
        if (lines.isEmpty()) {
            throw new IOException("empty request");
        }
        return new Request(List.copyOf(lines), pid);
    }

    /**
     * One line without its terminator ({@code \n}, or {@code \r\n}), or {@code null} at the end
     * of the stream; refused as soon as it is longer than {@value #MAX_LINE} characters.
     */
    static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1; ) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("request too large: a line longer than " + MAX_LINE + " characters");
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /**
     * The path a client named for a patch jar. One this JVM cannot take (a non-ASCII name in a
     * JVM started in the POSIX locale on JDK 17, a NUL) is refused naming the jar, why, and the
     * JVM's file name encoding, where the JDK's own message named neither (found by review).
     */
    static Path jarPath(String path) throws PatchException {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new PatchException("patch jar " + Log.printable(path) + " is not a path this JVM can open: "
                    + e.getReason() + " (its file names are encoded in "
                    + System.getProperty("sun.jnu.encoding", "an unknown encoding") + ")");
        }
    }

    /** The answer to {@link #IDENTIFY}'s output lines: the agent's pid and start time. */
    static List<String> identity(long pid, long startTime) {
        return List.of(PID + pid, START + startTime);
    }

    /**
     * Whether {@code s} is one to eighteen ASCII digits, after a minus sign when {@code signed}:
     * what {@link Long#parseLong} takes without overflow. Not a regular expression: the command's
     * first one compiles and spins classes, a few ms of an interpreted command.
     */
    static boolean number(String s, boolean signed) {
        int from = signed && s.startsWith("-") ? 1 : 0;
        int length = s.length() - from;
        if (length < 1 || length > 18) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the agent that answered {@code identity} to {@link #IDENTIFY} is not process {@code
     * pid}, or {@code null} when it is: its start time is not {@code startTime} (read by the
     * caller from {@code /proc/<pid>/stat}, -1 when it could not be), or its pid is none of
     * {@code pids}, the process's pids in the namespaces the caller sees ({@link
     * ControlPath#namespacePids}).
     */
    public static String identityMismatch(List<String> identity, long pid, long startTime, long[] pids) {
        long claimedPid = -2;
        long claimedStart = -2;
        for (String line : identity) {
            if (line.startsWith(PID) && number(line.substring(PID.length()), false)) {
                claimedPid = Long.parseLong(line.substring(PID.length()));
            } else if (line.startsWith(START) && number(line.substring(START.length()), true)) {
                claimedStart = Long.parseLong(line.substring(START.length()));
            }
        }
        if (claimedPid == -2 || claimedStart == -2) {
            return "its answer does not say which process it is";
        }
        boolean pidMatches = false;
        for (long p : pids) {
            pidMatches |= p == claimedPid;
        }
        if (!pidMatches || (startTime >= 0 && claimedStart != startTime)) {
            return "it is process " + claimedPid + " started at " + claimedStart + ", not process " + pid
                    + " started at " + startTime;
        }
        return null;
    }

    static List<String> ok(List<String> output) {
        List<String> lines = new ArrayList<>();
        lines.add("ok");
        lines.addAll(output);
        return lines;
    }

    /** An error answer: the first line of {@code message}, never empty, so the CLI has a reason to show. */
    static List<String> error(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return List.of("error", line.isBlank() ? "refused without a reason" : line);
    }

    /**
     * An error answer for {@code refusal}: its message, or its class's name when it has none (ASM
     * refuses a corrupt method body with a bare {@link IllegalArgumentException}).
     */
    static List<String> refusal(Exception refusal) {
        String message = refusal.getMessage();
        return error(message == null || message.isBlank() ? refusal.getClass().getName() : message);
    }

    static void writeProgress(Writer out, String text) throws IOException {
        write(out, List.of(PROGRESS, text));
    }

    static void write(Writer out, List<String> lines) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        out.flush();
    }

    /**
     * Reads a response.
     *
     * @return the output lines
     * @throws IllegalArgumentException with the agent's message when the operation failed
     */
    public static List<String> readResponse(BufferedReader in) throws IOException {
        return readResponse(in, p -> { });
    }

    /** Reads a response, handing each progress line's text to {@code progress} as it comes. */
    public static List<String> readResponse(BufferedReader in, Consumer<String> progress) throws IOException {
        String status = in.readLine();
        while (PROGRESS.equals(status)) {
            String text = in.readLine();
            if (text != null) {
                progress.accept(text);
            }
            status = in.readLine();
        }
        List<String> lines = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            lines.add(line);
        }
        if ("ok".equals(status)) {
            return lines;
        }
        if ("error".equals(status) && !lines.isEmpty()) {
            throw new IllegalArgumentException(lines.get(0));
        }
        throw new IOException("the agent closed the connection without an answer");
    }
}
