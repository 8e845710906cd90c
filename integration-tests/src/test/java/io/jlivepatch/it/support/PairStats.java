package io.jlivepatch.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fixture's busy threads counted in pair mode, the answer to {@code call stats}:
 * {@code stats=calls <n> o1:i1 <n> o2:i2 <n> o3:i3 <n> mixed <n> exceptions <n> first-failure <text>}.
 * A mixed pair is an answer of no version, such as {@code o1:i2}.
 */
public record PairStats(long calls, long original, long patched, long patchedAgain, long mixed, long exceptions,
        String firstFailure, String line) {

    /** What {@link #failures()} answers when there were none. */
    public static final String NO_FAILURES = "0 mixed, 0 exceptions, first failure none";

    private static final Pattern STATS = Pattern.compile("^stats=calls (\\d+) o1:i1 (\\d+) o2:i2 (\\d+) o3:i3 (\\d+)"
            + " mixed (\\d+) exceptions (\\d+) first-failure (.*)$");

    public static PairStats parse(String line) {
        Matcher m = STATS.matcher(line);
        if (!m.matches()) {
            throw new AssertionError("not the stats of the pair mode: " + line);
        }
        return new PairStats(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), m.group(7), line);
    }

    /** The failures in one comparable string: {@code 0 mixed, 0 exceptions, first failure none} when none. */
    public String failures() {
        return mixed + " mixed, " + exceptions + " exceptions, first failure " + firstFailure;
    }
}
