package io.jlivepatch.junit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent writes: every line of this JVM's standard error that starts with
 * {@code jlivepatch: }, in order, from the moment the extension first runs. Standard error is
 * replaced by a stream that passes every byte on to the stream it replaced and keeps the agent's
 * lines; the agent reads {@code System.err} at each line, so it writes through it.
 *
 * <p>A test that replaces {@code System.err} itself hides the agent's lines from the transcript
 * until the extension's next callback puts the tee back in front.
 */
final class AgentLines {

    private static final String PREFIX = "jlivepatch: ";

    /** Guarded by the class: the agent's lines so far. */
    private static final List<String> LINES = new ArrayList<>();

    private static Tee tee;

    private AgentLines() {
    }

    /** Puts the tee in front of standard error, unless it is there already. */
    static synchronized void capture() {
        if (tee != null && System.err == tee.stream) {
            return;
        }
        tee = new Tee(System.err);
        System.setErr(tee.stream);
    }

    /** How many lines the agent has written so far: a mark for {@link #since}. */
    static synchronized int mark() {
        return LINES.size();
    }

    /** The agent's lines from {@code mark} on. */
    static synchronized List<String> since(int mark) {
        return List.copyOf(LINES.subList(Math.min(mark, LINES.size()), LINES.size()));
    }

    private static synchronized void add(String line) {
        if (line.startsWith(PREFIX)) {
            LINES.add(line);
        }
    }

    /** Passes bytes on, and cuts them into lines. */
    private static final class Tee extends OutputStream {
        private final PrintStream next;
        private final PrintStream stream;
        private final Charset charset = Charset.defaultCharset();
        /** Guarded by this: the line being written. */
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Tee(PrintStream next) {
            this.next = next;
            this.stream = new PrintStream(this, true, charset);
        }

        @Override
        public synchronized void write(int b) {
            next.write(b);
            take(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            next.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                take(b[i]);
            }
        }

        @Override
        public void flush() {
            next.flush();
        }

        private void take(int b) {
            if (b == '\n') {
                String s = line.toString(charset);
                line.reset();
                add(s.endsWith("\r") ? s.substring(0, s.length() - 1) : s);
            } else {
                line.write(b);
            }
        }
    }
}
