package io.jlivepatch.log;

import java.util.Locale;
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

    /**
     * {@code text} with its control characters and line separators written out ({@code \n},
     * {@code \r}, {@code \t}, else a hexadecimal escape): for a value a client chose, a jar's
     * path say, in a line of the host's standard error or of the audit, where a line break would
     * forge a line of its own and an escape sequence would rewrite the terminal (found by review).
     */
    public static String printable(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // C0, DEL and C1; the line and paragraph separators, which readers that split lines
            // by Unicode (and PatchJar.isOneLine) take as line breaks; format characters, whose
            // bidirectional overrides reorder a line on a terminal.
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            if (control && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b == null) {
                continue;
            }
            if (!control) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x100) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b == null ? text : b.toString();
    }

    /** The lowest level that is written, lower case: {@code debug}, {@code info}, ... */
    public static String level() {
        return StderrLogger.level();
    }
}
