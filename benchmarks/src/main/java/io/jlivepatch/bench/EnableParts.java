package io.jlivepatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits each measured {@code EnableBenchmark.enable} of a run into its parts, from the agent's
 * debug lines in the run's output, and prints their medians: the README's table of where an
 * enable's time goes. The run:
 * <pre>
 * java -Djlivepatch.bench.log=debug -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.Run 'EnableBenchmark.enable' \
 *     -p load=platform-requests -f 1 -wi 3 -i 20 &gt; run.log 2&gt;&amp;1
 * java -cp benchmarks/target/benchmarks.jar io.jlivepatch.bench.EnableParts run.log
 * </pre>
 * The agent's lines come on standard error: both streams go to the file. One set of parameters
 * per run (a run with several {@code load}s or none given is refused: the parts would be pooled
 * across loads); several forks of it are pooled. A measured iteration whose enable lacks its
 * lines is counted out, and the count says so. The parts, each in milliseconds:
 * <ul>
 *   <li>{@code arm}: putting the trampolines back ("put back into ... in N µs"), 0 when the
 *       method kept them (a linger);
 *   <li>{@code in}: switching the call sites to the transition path at the start;
 *   <li>{@code start}: the transition's start after that, before its first round (the threads
 *       alive then, virtual ones walked from JDK 21; 0 where the agent's lines do not say it);
 *   <li>{@code rounds}: the last round's time from the start ("round at N ms");
 *   <li>{@code grace}: the completion's grace period;
 *   <li>{@code out}: switching the call sites off the transition path at the completion;
 *   <li>{@code other}: the enable's own time (JMH's "N ms/op") less the five parts: what the
 *       lines leave out.
 * </ul>
 * Then, where the lines say them: the CPU time the enable's rounds took on their thread, summed
 * (against {@code rounds}, how much of the rounds was waiting for a core), and the load's rate of
 * calls during the enable against its rate in the second before ({@code EnableBenchmark}'s own
 * line, with a settle): what the enable cost the application while it ran.
 *
 * <p>An enable per JVM, the way a patch comes to a service in its steady state, is a run of
 * forks of one measured iteration each ({@code -f 12 -wi 0 -i 1 -p settle=5000}): in one JVM an
 * enable after many others finds the load's code still deoptimized by them.
 */
public final class EnableParts {

    /** The parts, in the order of {@link Enable#parts}. */
    static final List<String> PARTS = List.of("arm", "in", "start", "rounds", "grace", "out", "other");

    private static final Pattern ARM = Pattern.compile("put back into \\d+ class\\(es\\) in (\\d+) µs");
    private static final Pattern IN = Pattern.compile(
            "'bench-busy': call sites of \\d+ method\\(s\\) switched to the transition path in (\\d+) µs");
    private static final Pattern START = Pattern.compile("'bench-busy': patching transition started in (\\d+) µs");
    private static final Pattern ROUND = Pattern.compile("'bench-busy': patching transition round at (\\d+) ms");
    private static final Pattern ROUND_CPU = Pattern.compile("the round took \\d+ µs, (\\d+) of them on a core");
    private static final Pattern GRACE = Pattern.compile(
            "'bench-busy': grace period of the patching transition's completion: (\\d+) µs");
    private static final Pattern OUT = Pattern.compile(
            "'bench-busy': call sites of \\d+ method\\(s\\) switched off the transition path in (\\d+) µs");
    /** The score, on a line of its own after the agent's lines, or on the iteration's line. */
    private static final Pattern TOTAL = Pattern.compile("(?:^|: )([\\d.,]+) ms/op$");
    private static final String PARAMETERS = "# Parameters: ";
    /** {@code EnableBenchmark.report}'s line for the measured enable. */
    private static final Pattern LOAD = Pattern.compile("^bench: the load during the enable: .* (\\d+)% of its rate before");

    private EnableParts() {
    }

    /**
     * One measured enable: its total and its parts, in milliseconds; the load's rate of calls
     * while it ran, in percent of its rate just before ({@code NaN}: not printed, the run had no
     * settle); and the CPU time of its rounds, summed, in milliseconds ({@code NaN}: the agent's
     * lines do not say it).
     */
    record Enable(double total, double[] parts, double loadPercent, double roundsCpu) {
    }

    /**
     * What a run's output holds: the measured enables with their lines, how many measured
     * iterations there were, and the sets of parameters the run went through.
     */
    record Run(List<Enable> enables, int measuredIterations, List<String> parameterSets) {
    }

    /**
     * The measured enables of a run's output, in order. An enable's lines follow the disable of
     * the invocation's set-up ("initializing unpatching transition"); warm-up iterations ("#
     * Warmup Iteration") are left out.
     */
    static Run parse(List<String> lines) {
        List<Enable> enables = new ArrayList<>();
        List<String> parameterSets = new ArrayList<>();
        int iterations = 0;
        boolean measured = false;
        double[] cur = null;
        boolean graced = false;
        double load = Double.NaN;
        double roundsCpu = Double.NaN;
        for (String line : lines) {
            if (line.startsWith("# Warmup Iteration")) {
                measured = false;
            } else if (line.startsWith("Iteration ")) {
                measured = true;
                iterations++;
            } else if (line.startsWith(PARAMETERS) && !parameterSets.contains(line)) {
                parameterSets.add(line);
            }
            if (line.contains("'bench-busy': initializing unpatching transition")) {
                cur = new double[PARTS.size()];
                graced = false;
                load = Double.NaN;
                roundsCpu = Double.NaN;
            }
            if (cur == null) {
                continue;
            }
            Matcher m;
            if ((m = ARM.matcher(line)).find()) {
                cur[0] = micros(m);
            } else if ((m = IN.matcher(line)).find()) {
                // The disable's own switch comes first; the enable's, later, is the one kept.
                cur[1] = micros(m);
            } else if ((m = START.matcher(line)).find()) {
                cur[2] = micros(m);
            } else if ((m = ROUND.matcher(line)).find()) {
                cur[3] = Double.parseDouble(m.group(1));
                Matcher cpu = ROUND_CPU.matcher(line);
                if (cpu.find()) {
                    roundsCpu = (Double.isNaN(roundsCpu) ? 0 : roundsCpu) + micros(cpu);
                }
            } else if ((m = GRACE.matcher(line)).find()) {
                cur[4] = micros(m);
                graced = true;
            } else if (graced && (m = OUT.matcher(line)).find()) {
                cur[5] = micros(m);
            } else if ((m = LOAD.matcher(line)).find()) {
                load = Double.parseDouble(m.group(1));
            } else if ((m = TOTAL.matcher(line.trim())).find() && graced) {
                // JMH formats the score in the default locale: a decimal comma is one.
                double total = Double.parseDouble(m.group(1).replace(',', '.'));
                double parts = 0;
                for (int i = 0; i < cur.length - 1; i++) {
                    parts += cur[i];
                }
                cur[cur.length - 1] = total - parts;
                if (measured) {
                    enables.add(new Enable(total, cur, load, roundsCpu));
                }
                cur = null;
            }
        }
        return new Run(enables, iterations, parameterSets);
    }

    private static double micros(Matcher m) {
        return Long.parseLong(m.group(1)) / 1000.0;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /**
     * The line printed for a run: how many measured enables had their lines, of how many, and the
     * medians of the total and of each part.
     */
    static String summary(Run run) {
        List<Enable> enables = run.enables();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d enables", enables.size()));
        if (run.measuredIterations() != enables.size()) {
            b.append(String.format(Locale.ROOT, " (of %d measured iterations: the others lack the agent's lines)",
                    run.measuredIterations()));
        }
        b.append(String.format(Locale.ROOT, ", median ms: enable %.1f",
                median(enables.stream().mapToDouble(Enable::total).toArray())));
        for (int i = 0; i < PARTS.size(); i++) {
            int part = i;
            b.append(String.format(Locale.ROOT, ", %s %.1f", PARTS.get(i),
                    median(enables.stream().mapToDouble(e -> e.parts()[part]).toArray())));
        }
        double[] cpu = enables.stream().mapToDouble(Enable::roundsCpu).filter(v -> !Double.isNaN(v)).toArray();
        if (cpu.length > 0) {
            b.append(String.format(Locale.ROOT, "; the rounds' own CPU time, median %.1f ms", median(cpu)));
        }
        double[] load = enables.stream().mapToDouble(Enable::loadPercent).filter(v -> !Double.isNaN(v)).toArray();
        if (load.length > 0) {
            b.append(String.format(Locale.ROOT, "; the load's rate during the enable, median %.0f%% of its rate before"
                    + " (min %.0f%%, %d enables)", median(load), Arrays.stream(load).min().getAsDouble(), load.length));
        }
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: EnableParts <output of an EnableBenchmark.enable run with -Djlivepatch.bench.log=debug>...");
            System.exit(2);
        }
        for (String file : args) {
            Run run = parse(Files.readAllLines(Path.of(file)));
            if (run.parameterSets().size() > 1) {
                System.err.println(file + ": " + run.parameterSets().size() + " sets of parameters in one run ("
                        + String.join("; ", run.parameterSets()) + "): give one load with -p load=...");
                System.exit(1);
            }
            if (run.enables().isEmpty()) {
                System.err.println(file + ": no measured enable with the agent's debug lines (both streams of the run,"
                        + " with -Djlivepatch.bench.log=debug?)");
                System.exit(1);
            }
            System.out.println(file + ": " + summary(run));
        }
    }
}
