package io.jlivepatch.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * Copies a child process's output to ours, line by line behind a prefix, so the reader can tell
 * who said what. Lines go through {@link System#out}'s lock, so they never interleave mid-line.
 */
final class OutputPump {

    private OutputPump() {
    }

    /** Starts a daemon thread that pumps {@code in} until end of file and hands each line on. */
    static Thread start(InputStream in, String prefix, Consumer<String> onLine) {
        Thread thread = new NamedDaemonThreads("pump" + prefix.strip()).newThread(() -> pump(in, prefix, onLine));
        thread.start();
        return thread;
    }

    private static void pump(InputStream in, String prefix, Consumer<String> onLine) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println(prefix + line);
                onLine.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the output of a child process", e);
        }
    }
}
