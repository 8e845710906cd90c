package io.jlivepatch.build;

import io.jlivepatch.patch.PatchException;
import io.jlivepatch.patch.PatchJar;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's {@code build} command: {@code build --old A --new B --id ID -o out.jar
 * [--description D] [--leave-out-refused]}, {@code --old} and {@code --new} repeatable. It prints
 * the report on standard output, then writes the jar only when nothing was refused (or it was
 * told to leave that out), and reads the jar back as a load would, so that what it writes loads.
 * Exit status: 0 when the jar was written, 1 when it was not (something refused, nothing
 * changed, an input unreadable), 2 for a usage error; each failure one line on standard error.
 */
public final class BuildCommand {

    public static final String USAGE = String.join("\n",
            "  build --old <jar|dir>... --new <jar|dir>... --id <id> -o <patch.jar> [--description <text>]",
            "        [--leave-out-refused]   make the patch that takes a running old build to the new",
            "                                build's behaviour; prints what it replaces, carries and refuses");

    private static final int OK = 0;
    private static final int FAILED = 1;
    private static final int USAGE_ERROR = 2;

    private BuildCommand() {
    }

    /** Runs {@code args}, which follow the word {@code build}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> oldBuild = new ArrayList<>();
        List<Path> newBuild = new ArrayList<>();
        String id = null;
        String description = "";
        Path output = null;
        boolean leaveOut = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--leave-out-refused")) {
                leaveOut = true;
                continue;
            }
            if (i + 1 == args.size()) {
                err.println("jlivepatch: build: " + (a.startsWith("-") ? a + " needs a value" : "unexpected '" + a + "'")
                        + " (see --help)");
                return USAGE_ERROR;
            }
            String value = args.get(++i);
            switch (a) {
                case "--old" -> oldBuild.add(Path.of(value));
                case "--new" -> newBuild.add(Path.of(value));
                case "--id" -> id = value;
                case "--description" -> description = value;
                case "-o", "--output" -> output = Path.of(value);
                default -> {
                    err.println("jlivepatch: build: unknown option '" + a + "' (see --help)");
                    return USAGE_ERROR;
                }
            }
        }
        if (oldBuild.isEmpty() || newBuild.isEmpty() || id == null || output == null) {
            err.println("jlivepatch: build needs --old, --new, --id and -o (see --help)");
            return USAGE_ERROR;
        }
        PatchBuild.Result result;
        try {
            result = PatchBuild.build(oldBuild, newBuild, id, description, leaveOut);
        } catch (BuildException e) {
            err.println("jlivepatch: build: " + e.getMessage());
            return FAILED;
        }
        result.report().forEach(out::println);
        if (result.refused() > 0 && !leaveOut) {
            err.println("jlivepatch: build: " + result.refused() + " change(s) cannot be made live; nothing written"
                    + " (--leave-out-refused writes the patch of the rest)");
            return FAILED;
        }
        if (result.jar() == null) {
            err.println("jlivepatch: build: no method to replace; nothing written");
            return FAILED;
        }
        try {
            Files.write(output, result.jar());
            PatchJar.read(output);
        } catch (IOException e) {
            err.println("jlivepatch: build: cannot write " + output + ": " + e);
            return FAILED;
        } catch (PatchException e) {
            err.println("jlivepatch: build: the patch written does not read back: " + e.getMessage());
            return FAILED;
        }
        out.println("wrote " + output + " (patch '" + id + "', class " + result.patchClass() + ")");
        return OK;
    }
}
