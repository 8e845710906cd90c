package io.jlivepatch.it.support;

import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Talks to the agent's control socket straight from the test JVM, without starting a CLI JVM per
 * request: for tests that toggle a patch many times, where the CLI's start-up would dominate.
 * The wire format is the agent's {@code ControlProtocol}; the CLI itself is tested elsewhere.
 */
public final class ControlClient {

    private final long pid;
    private final String socket;

    private ControlClient(long pid, String socket) {
        this.pid = pid;
        this.socket = socket;
    }

    /** The control socket of a JVM whose agent is loaded already. */
    public static ControlClient of(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
            try {
                String path = vm.getSystemProperties().getProperty("jlivepatch.control");
                if (path == null) {
                    throw new AssertionError("no agent control socket in process " + pid);
                }
                return new ControlClient(pid, path);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            throw new AssertionError("cannot attach to " + pid + ": " + e, e);
        }
    }

    /**
     * Runs one request, waiting for its transition unless it says {@code --no-wait}, and answers
     * its output; fails the test on an error answer.
     */
    public List<String> run(String... commandAndArgs) {
        Answer answer = request(commandAndArgs);
        if (!answer.ok()) {
            throw new AssertionError(String.join(" ", commandAndArgs) + " failed: " + answer.status() + " "
                    + answer.lines());
        }
        return answer.lines();
    }

    /**
     * Runs one request and answers how it ended, an error answer included. Bounded by
     * {@link Cli#TIMEOUT}; a request that outlasts it fails with thread dumps of the target and
     * of this JVM.
     */
    public Answer request(String... commandAndArgs) {
        String shown = String.join(" ", commandAndArgs);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                answer.complete(exchange(commandAndArgs));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }, "control-client " + shown);
        t.setDaemon(true);
        t.start();
        try {
            return answer.get(Cli.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("'" + shown + "' got no answer within " + Cli.TIMEOUT.toSeconds() + " s"
                    + ThreadDumps.forFailure(pid));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError a ? a : new AssertionError(shown + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for '" + shown + "'" + ThreadDumps.forFailure(pid), e);
        } finally {
            t.interrupt();
        }
    }

    private Answer exchange(String... commandAndArgs) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Writer out = new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8);
            out.write("jlivepatch 1\n");
            for (String line : commandAndArgs) {
                out.write(line + "\n");
            }
            out.write("\n");
            out.flush();
            channel.shutdownOutput();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            // A transition that takes longer than the agent's progress tick streams progress lines
            // (the word, then its text) before the status: waiting is not failing.
            while ("progress".equals(status)) {
                in.readLine();
                status = in.readLine();
            }
            List<String> lines = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
            return new Answer(status, lines);
        } catch (java.io.IOException e) {
            throw new AssertionError(String.join(" ", commandAndArgs) + ": " + e, e);
        }
    }

    /** Polls {@code threads} until thread {@code name} is listed in {@code state} ({@code patched}, ...). */
    public void awaitThreadState(String name, String state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String last = "(never listed)";
        String suffix = " \"" + name + "\"";
        while (System.nanoTime() < deadline) {
            for (String line : run("threads")) {
                if (line.endsWith(suffix)) {
                    String idAndState = line.substring(0, line.length() - suffix.length());
                    last = idAndState.substring(idAndState.indexOf(' ') + 1);
                }
            }
            if (last.equals(state)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("thread '" + name + "' stayed " + last + ", never " + state + ThreadDumps.forFailure(pid));
    }

    /** Polls {@code threads} until no transition is in flight. */
    public void awaitNoTransition() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = run("threads").get(0);
            if (last.equals("no transition")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("a transition is left: " + last + ThreadDumps.forFailure(pid));
    }

    /**
     * The agent's answer: its status line, {@code ok} or {@code error}, and the lines after it
     * (the output, or the one-line reason).
     */
    public record Answer(String status, List<String> lines) {

        public boolean ok() {
            return "ok".equals(status);
        }
    }
}
