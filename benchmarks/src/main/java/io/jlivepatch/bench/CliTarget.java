package io.jlivepatch.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.concurrent.locks.LockSupport;

/**
 * The JVM that {@link CliBenchmark} patches: {@code threads} threads call {@link #price} in a
 * loop, yielding a core now and then as a service's request threads would. Commands on standard
 * input: {@code price} prints {@code price(21)=...}, {@code idle} stops the threads, {@code exit}.
 */
public final class CliTarget {

    private static volatile boolean busy = true;
    /** Keeps the threads' answers alive, so that the JIT cannot drop the calls. */
    static volatile int sink;

    private CliTarget() {
    }

    /** The method both tools fix: it should double its argument. */
    public static int price(int quantity) {
        return quantity * 2 + 1;
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(CliTarget::work, "busy-" + i);
            t.setDaemon(true);
            t.start();
        }
        System.out.println("cli target ready pid " + ProcessHandle.current().pid());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            switch (line) {
                case "price" -> System.out.println("price(21)=" + price(21));
                case "idle" -> {
                    busy = false;
                    System.out.println("idle");
                }
                case "exit" -> {
                    return;
                }
                default -> System.out.println("unknown command " + line);
            }
        }
    }

    private static void work() {
        int v = (int) Thread.currentThread().getId();
        long n = 0;
        while (busy) {
            v += price(v & 1023);
            if (++n % 1024 == 0) {
                sink = v;
                LockSupport.parkNanos(100_000);
            }
        }
    }
}
