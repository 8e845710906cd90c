package io.jlivepatch.log;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes one line per event to the host's standard error: {@code jlivepatch: message}, with
 * {@code warning: } or {@code error: } before the message at those levels, the way the kernel's
 * {@code pr_warn} and {@code pr_err} lines read.
 */
final class StderrLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "jlivepatch: ";

    private static volatile int threshold = Level.INFO.toInt();

    StderrLogger(String name) {
        this.name = name;
    }

    static void setLevel(String level) {
        threshold = Level.valueOf(level.trim().toUpperCase(Locale.ROOT)).toInt();
    }

    static String level() {
        int t = threshold;
        for (Level level : Level.values()) {
            if (level.toInt() == t) {
                return level.name().toLowerCase(Locale.ROOT);
            }
        }
        return Integer.toString(t);
    }

    private static boolean enabled(Level level) {
        return level.toInt() >= threshold;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
            Object[] arguments, Throwable throwable) {
        StringBuilder line = new StringBuilder(PREFIX);
        if (level == Level.WARN) {
            line.append("warning: ");
        } else if (level == Level.ERROR) {
            line.append("error: ");
        }
        line.append(MessageFormatter.basicArrayFormat(pattern, arguments));
        // System.err is read at each call: the host may replace it, and we follow.
        PrintStream err = System.err;
        synchronized (err) {
            err.println(line);
            if (throwable != null) {
                throwable.printStackTrace(err);
            }
        }
    }
}
