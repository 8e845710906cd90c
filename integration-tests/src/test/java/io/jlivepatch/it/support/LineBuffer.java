package io.jlivepatch.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines of one output stream of a child process, pumped by a daemon thread so the child never
 * blocks on a full pipe, kept for assertions and echoed to the test log with a prefix.
 */
public final class LineBuffer {

    private final String prefix;
    private final List<String> lines = new ArrayList<>();
    private boolean closed;

    private LineBuffer(String prefix) {
        this.prefix = prefix;
    }

    public static LineBuffer pump(InputStream in, String prefix, PrintStream echo) {
        LineBuffer buffer = new LineBuffer(prefix);
        Thread pump = new Thread(() -> buffer.drain(in, echo), "pump " + prefix);
        pump.setDaemon(true);
        pump.start();
        return buffer;
    }

    private void drain(InputStream in, PrintStream echo) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (echo != null) {
                    echo.println(prefix + line);
                }
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; what was read so far stays.
        } finally {
            synchronized (this) {
                closed = true;
                notifyAll();
            }
        }
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized int size() {
        return lines.size();
    }

    /**
     * Waits for the first line at or after index {@code from} that matches, and returns its index;
     * -1 when the time is up or the stream ended without one.
     */
    synchronized int await(int from, Predicate<String> matcher, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = from;
        while (true) {
            for (; next < lines.size(); next++) {
                if (matcher.test(lines.get(next))) {
                    return next;
                }
            }
            long left = deadline - System.nanoTime();
            if (closed || left <= 0) {
                return -1;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until the stream has ended; false when the time is up first. */
    synchronized boolean awaitClosed(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized String get(int index) {
        return lines.get(index);
    }
}
