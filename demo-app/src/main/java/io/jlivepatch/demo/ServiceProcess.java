package io.jlivepatch.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link DemoService} running in a JVM of its own, started without any agent. */
final class ServiceProcess {

    private static final Pattern LISTENING = Pattern.compile("demo-service listening on port (\\d+) pid (\\d+)");

    private final Process process;
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    private ServiceProcess(Process process) {
        this.process = process;
    }

    /** The command line that {@link #start} runs. */
    static List<String> command(JavaLauncher java, Path classPath) {
        List<String> arguments = new ArrayList<>(java.dynamicAgentOptions());
        arguments.addAll(List.of("-cp", classPath.toString(), DemoService.class.getName(), "0"));
        return java.command(arguments);
    }

    /** Starts the service; its stdout and stderr, where the agent logs, are pumped to ours. */
    static ServiceProcess start(List<String> command, String outputPrefix) throws IOException {
        ServiceProcess service = new ServiceProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        OutputPump.start(service.process.getInputStream(), outputPrefix, service::onLine);
        service.process.onExit().thenAccept(exited -> service.port.completeExceptionally(
                new IOException("the service exited with status " + exited.exitValue() + " before it listened")));
        return service;
    }

    long pid() {
        return process.pid();
    }

    /** The port the service listens on, once it has said so. */
    int awaitPort(Duration timeout) throws IOException, InterruptedException {
        try {
            return port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the service did not say it listened within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Stops the service the polite way, by closing its stdin, then by force.
     *
     * @return whether it exited by itself within {@code grace}
     */
    boolean stop(Duration grace) throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // a stdin that cannot be closed is a service that is gone or about to be destroyed
        }
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return true;
        }
        destroy();
        return false;
    }

    /** Ends the service now; safe to call from a shutdown hook and more than once. */
    void destroy() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    private void onLine(String line) {
        Matcher matcher = LISTENING.matcher(line);
        if (!matcher.matches()) {
            return;
        }
        long announcedPid = Long.parseLong(matcher.group(2));
        if (announcedPid != process.pid()) {
            port.completeExceptionally(new IOException(
                    "the service says its pid is " + announcedPid + ", but it was started as " + process.pid()));
            return;
        }
        port.complete(Integer.parseInt(matcher.group(1)));
    }
}
