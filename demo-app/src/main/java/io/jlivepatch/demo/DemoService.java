package io.jlivepatch.demo;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The service the demo patches: {@code GET /price?unit=<cents>&qty=<n>} answers the total in cents
 * as plain text, {@code GET /health} answers {@code ok}. An {@link IdleWorker} prices a standing
 * order in the background, so the patched method also runs on a thread that is idle most of the
 * time.
 *
 * <p>Run as a program it listens on 127.0.0.1 (the port from the first argument, or an ephemeral
 * one), prints one line {@code demo-service listening on port N pid P} and serves until its
 * standard input reaches end of file or the process is killed.
 */
public final class DemoService implements AutoCloseable {

    private static final int HTTP_WORKERS = 8;

    private final HttpServer server;
    private final ExecutorService httpWorkers;
    private final IdleWorker idleWorker;

    private DemoService(HttpServer server, ExecutorService httpWorkers, IdleWorker idleWorker) {
        this.server = server;
        this.httpWorkers = httpWorkers;
        this.idleWorker = idleWorker;
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (DemoService service = start(port)) {
            System.out.println("demo-service listening on port " + service.port()
                    + " pid " + ProcessHandle.current().pid());
            System.out.flush();
            drain(System.in);
        }
    }

    /** Starts the service on 127.0.0.1; port 0 picks an ephemeral port. */
    public static DemoService start(int port) throws IOException {
        disableNagle();
        Pricing pricing = new Pricing();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService httpWorkers = new ThreadPoolExecutor(HTTP_WORKERS, HTTP_WORKERS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new NamedDaemonThreads("http-worker"));
        server.setExecutor(httpWorkers);
        server.createContext("/price", new PriceEndpoint(pricing));
        server.createContext("/health", new HealthEndpoint());
        IdleWorker idleWorker = new IdleWorker(pricing, Order.LARGE);
        server.start();
        idleWorker.start();
        return new DemoService(server, httpWorkers, idleWorker);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public IdleWorker idleWorker() {
        return idleWorker;
    }

    @Override
    public void close() {
        server.stop(0);
        idleWorker.close();
        httpWorkers.shutdown();
        try {
            if (!httpWorkers.awaitTermination(2, TimeUnit.SECONDS)) {
                httpWorkers.shutdownNow();
            }
        } catch (InterruptedException e) {
            httpWorkers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The JDK's server writes headers and body apart; with Nagle's algorithm on, each response
     * then waits out the client's delayed acknowledgement, about 40 ms, and the load generator
     * measures that instead of the patched method. Read once, when the server's first class loads.
     */
    private static void disableNagle() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Blocks until end of input: the parent that started us closes our stdin to stop us. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) != -1) {
            // input carries no commands; only its end matters
        }
    }
}
