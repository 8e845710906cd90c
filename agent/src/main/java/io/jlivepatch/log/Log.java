package io.jlivepatch.log;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place the agent gets its logger from. */
public final class Log {

    private Log() {
    }

    public static Logger get(Class<?> owner) {
        return LoggerFactory.getLogger(owner);
    }

    /** Sets the lowest level that is written: {@code debug}, {@code info} (default), {@code warn}. */
    public static void setLevel(String level) {
        StderrLogger.setLevel(level);
    }

    /** The lowest level that is written, lower case: {@code debug}, {@code info}, ... */
    public static String level() {
        return StderrLogger.level();
    }
}
