package io.jlivepatch.agent;

import io.jlivepatch.bootstrap.NotWatchingPolicy;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's arguments: {@code key=value} pairs separated by commas, as in
 * {@code -javaagent:jlivepatch.jar=patch=fix.jar,log=debug}.
 *
 * <ul>
 *   <li>{@code patch=PATH}: load and enable the patch jar at start-up; may be repeated;
 *   <li>{@code log=debug|info|warn|error}: the lowest level of the agent's lines (info);
 *       {@code jlivepatch set} changes it at run time;
 *   <li>{@code bootstrap=system|boot}: where the trampoline support lives. {@code system}
 *       (default): with the agent, on the system class path; classes of the application and
 *       its class loaders can be patched. {@code boot}: appended to the bootstrap class path, so
 *       that JDK classes can be patched too; the JVM then prints a warning of its own when class
 *       data sharing is on. Only the first start of the agent in a JVM chooses.
 *   <li>{@code barrier=membarrier|safepoint|handshake|volatile}: how grace periods make readers'
 *       announcements visible (default: membarrier where it links without a warning, else
 *       handshake on JDK 19+, safepoint before); {@code handshake} fences each online thread
 *       alone up to 16 of them and runs one safepoint past that; {@code volatile} makes every
 *       reader fence instead. Only the first start chooses.
 *   <li>{@code transition-timeout=SECONDS}: how long a transition may stall before it is backed
 *       out (60; 0: never). {@code jlivepatch set} changes it at run time.
 *   <li>{@code not-watching=watch|trylock|original|rollback|warn}: what a patched method in
 *       transition does on a thread in a quiescent region, for patches that name no policy
 *       (watch). {@code jlivepatch set} changes it at run time.
 *   <li>{@code stall-report=SECONDS}: how often a stalled transition names the threads that hold
 *       it (10). {@code jlivepatch set} changes it at run time.
 *   <li>{@code grace-period-timeout=SECONDS}: how long a grace period waits for a reader before it
 *       gives up (60); a completing transition then stays in flight until one succeeds. Only the first start
 *       chooses.
 *   <li>{@code audit=PATH}: append one line per operation on patches to this file, created with
 *       mode 0600 (also recorded as the JFR event {@code io.jlivepatch.Audit}). Only the first
 *       start chooses.
 *   <li>{@code audit-max-bytes=BYTES}: the audit file's bound (64 MB); a full file moves to
 *       {@code <file>.1} and a new one starts. Only the first start chooses.
 *   <li>{@code require-signed=KEYSTORE[:ALIAS]}: refuse every patch jar not signed by a
 *       certificate of the keystore (or the one under ALIAS). A later start may set it when the
 *       first did not, never change it.
 *   <li>{@code require-signed-password-file=PATH}: the keystore's password is this file's first
 *       line (default: no password).
 *   <li>{@code require-signed-tsa=KEYSTORE[:ALIAS]}: the time-stamping authorities whose timestamp
 *       says when a jar was signed, so that a signer's certificate that expired since still counts;
 *       read with the same password. Without it, timestamps are ignored and certificates must be
 *       valid now. Fixed like require-signed.
 * </ul>
 *
 * @param patches the patch jars to load, in order
 * @param logLevel the log level, or null to keep the current one
 * @param bootOnBootstrapPath whether the trampoline support goes on the bootstrap class path
 * @param barrier the grace periods' barrier ({@code membarrier}, {@code safepoint},
 *     {@code handshake} or {@code volatile}), or null for the JVM's default
 * @param transitionTimeout seconds a transition may stall before it is backed out; 0: never
 * @param stallReport seconds between two reports of a stalled transition
 * @param gracePeriodTimeout seconds a grace period waits before it gives up
 * @param notWatching the default not-watching policy
 * @param problems what could not be understood, one line each
 * @param audit the audit file, or null
 * @param auditMaxBytes the bound of the audit file's size
 * @param requireSigned {@code keystore[:alias]} every patch jar must be signed by, or null
 * @param requireSignedPasswordFile the file holding the keystore's password, or null
 * @param requireSignedTsa {@code keystore[:alias]} of the trusted time-stamping authorities, or null
 */
public record AgentArgs(List<String> patches, String logLevel, boolean bootOnBootstrapPath, String barrier,
        long transitionTimeout, long stallReport, long gracePeriodTimeout, String notWatching, List<String> problems,
        String audit, long auditMaxBytes, String requireSigned, String requireSignedPasswordFile,
        String requireSignedTsa) {

    /**
     * The keys that {@code jlivepatch set} may change while the agent runs. The others are fixed
     * by the agent's first start: the barrier and the bootstrap class path shape what is already
     * instrumented, and the epoch domain is built with its grace-period timeout.
     */
    public static final List<String> RUNTIME_KEYS = List.of("log", "transition-timeout", "stall-report", "not-watching");

    /** The key of a patch jar to load, which is an operation rather than a setting. */
    public static final String PATCH = "patch";

    /**
     * Why {@code key} cannot be set while the agent runs, or {@code null} when it can. The CLI
     * says it before it sends anything, the agent again when a request names it.
     */
    public static String notSettable(String key) {
        if (key.equals(PATCH)) {
            return "'patch' is not a setting: load the jar with jlivepatch load";
        }
        return RUNTIME_KEYS.contains(key) ? null
                : "'" + key + "' is fixed at start: only the agent's first start can choose it";
    }

    /** The keys of {@code args} in order, repeats included, valid or not. */
    public static List<String> keysOf(String args) {
        List<String> keys = new ArrayList<>();
        if (args != null) {
            for (String part : args.split(",")) {
                String item = part.trim();
                if (!item.isEmpty()) {
                    int eq = item.indexOf('=');
                    keys.add(eq < 0 ? item : item.substring(0, eq).trim());
                }
            }
        }
        return keys;
    }

    /**
     * Whether {@code args} ask for {@code bootstrap=boot}, read without {@link #parse}: that
     * answer is needed before the bootstrap part is in place, and parsing loads classes that link
     * against it.
     */
    static boolean wantsBootstrapPath(String args) {
        if (args == null) {
            return false;
        }
        boolean boot = false;
        for (String part : args.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equals("bootstrap")) {
                boot = part.substring(eq + 1).trim().equals("boot");
            }
        }
        return boot;
    }

    /**
     * Parses {@code args}; what cannot be understood is left at its default and named in
     * {@link #problems()}, so that the agent starts anyway and the CLI can refuse it.
     */
    public static AgentArgs parse(String args) {
        List<String> patches = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String log = null;
        boolean boot = false;
        String barrier = null;
        long timeout = 60;
        long stallReport = 10;
        long gracePeriodTimeout = 60;
        String notWatching = "watch";
        String audit = null;
        long auditMaxBytes = 64L << 20;
        String requireSigned = null;
        String passwordFile = null;
        String tsa = null;
        if (args != null) {
            for (String part : args.split(",")) {
                String item = part.trim();
                if (item.isEmpty()) {
                    continue;
                }
                int eq = item.indexOf('=');
                String key = eq < 0 ? item : item.substring(0, eq).trim();
                String value = eq < 0 ? "" : item.substring(eq + 1).trim();
                switch (key) {
                    case "patch" -> {
                        if (value.isEmpty()) {
                            problems.add("agent argument 'patch' needs a jar path");
                        } else {
                            patches.add(value);
                        }
                    }
                    case "log" -> {
                        if (value.matches("(?i)trace|debug|info|warn|error")) {
                            log = value;
                        } else {
                            problems.add("agent argument 'log' must be debug, info, warn or error, not '"
                                    + value + "'");
                        }
                    }
                    case "bootstrap" -> {
                        if (value.equals("boot") || value.equals("system")) {
                            boot = value.equals("boot");
                        } else {
                            problems.add("agent argument 'bootstrap' must be system or boot, not '" + value + "'");
                        }
                    }
                    case "barrier" -> {
                        if (value.matches("membarrier|safepoint|handshake|volatile")) {
                            barrier = value;
                        } else {
                            problems.add("agent argument 'barrier' must be membarrier, safepoint, handshake or volatile, not '"
                                    + value + "'");
                        }
                    }
                    case "transition-timeout" -> {
                        if (value.matches("[0-9]{1,6}")) {
                            timeout = Long.parseLong(value);
                        } else {
                            problems.add("agent argument 'transition-timeout' must be whole seconds, not '" + value + "'");
                        }
                    }
                    case "stall-report" -> {
                        if (value.matches("[0-9]{1,6}") && Long.parseLong(value) > 0) {
                            stallReport = Long.parseLong(value);
                        } else {
                            problems.add("agent argument 'stall-report' must be whole seconds above 0, not '"
                                    + value + "'");
                        }
                    }
                    case "grace-period-timeout" -> {
                        if (value.matches("[0-9]{1,6}") && Long.parseLong(value) > 0) {
                            gracePeriodTimeout = Long.parseLong(value);
                        } else {
                            problems.add("agent argument 'grace-period-timeout' must be whole seconds above 0, not '"
                                    + value + "'");
                        }
                    }
                    case "not-watching" -> {
                        if (NotWatchingPolicy.of(value) != null) {
                            notWatching = value;
                        } else {
                            problems.add("agent argument 'not-watching' must be " + NotWatchingPolicy.choices()
                                    + ", not '" + value + "'");
                        }
                    }
                    case "audit" -> {
                        String problem = fileProblem(key, value);
                        if (problem == null) {
                            audit = value;
                        } else {
                            problems.add(problem);
                        }
                    }
                    case "audit-max-bytes" -> {
                        if (value.matches("[0-9]{1,15}") && Long.parseLong(value) >= 4096) {
                            auditMaxBytes = Long.parseLong(value);
                        } else {
                            problems.add("agent argument 'audit-max-bytes' must be a number of bytes, at least 4096, not '"
                                    + value + "'");
                        }
                    }
                    case "require-signed" -> {
                        // Kept even when it names nothing readable: every load is then refused,
                        // saying why, rather than the requirement waived.
                        if (value.isEmpty()) {
                            problems.add("agent argument 'require-signed' needs a keystore, as KEYSTORE[:ALIAS];"
                                    + " every patch jar is refused");
                            requireSigned = "";
                        } else {
                            requireSigned = value;
                        }
                    }
                    case "require-signed-password-file" -> {
                        if (value.isEmpty()) {
                            problems.add("agent argument 'require-signed-password-file' needs a file");
                        } else {
                            passwordFile = value;
                        }
                    }
                    case "require-signed-tsa" -> {
                        // Left out when it names nothing: timestamps are then ignored, the strict choice.
                        if (value.isEmpty()) {
                            problems.add("agent argument 'require-signed-tsa' needs a keystore of time-stamping"
                                    + " authorities, as KEYSTORE[:ALIAS]; timestamps are ignored");
                        } else {
                            tsa = value;
                        }
                    }
                    default -> problems.add("unknown agent argument '" + key + "'");
                }
            }
        }
        if (passwordFile != null && requireSigned == null) {
            problems.add("agent argument 'require-signed-password-file' applies to require-signed only; ignored");
        }
        if (tsa != null && requireSigned == null) {
            problems.add("agent argument 'require-signed-tsa' applies to require-signed only; ignored");
            tsa = null;
        }
        return new AgentArgs(List.copyOf(patches), log, boot, barrier, timeout, stallReport, gracePeriodTimeout,
                notWatching, List.copyOf(problems), audit, auditMaxBytes, requireSigned, passwordFile, tsa);
    }

    /** Why {@code value} cannot name a file to write, or null: it must be given, and its directory exist. */
    private static String fileProblem(String key, String value) {
        if (value.isEmpty()) {
            return "agent argument '" + key + "' needs a file path";
        }
        Path file;
        try {
            file = Path.of(value);
        } catch (InvalidPathException e) {
            return "agent argument '" + key + "' is not a file path: " + e.getMessage() + "; ignored";
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "agent argument '" + key + "' names " + value + ", whose directory does not exist; ignored";
        }
        if (Files.isDirectory(file)) {
            return "agent argument '" + key + "' names " + value + ", which is a directory; ignored";
        }
        return null;
    }
}
