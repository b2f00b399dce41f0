package io.careops.scheduling.drill;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The compliance service as the rota-health drill needs it, on one real port, which can be made to
 * fail the ways a remote service fails. {@link Fault} says how; the port never changes, so the
 * scheduling service keeps the URL it was started with.
 */
public class ComplianceFaults implements QuarkusTestResourceLifecycleManager {

    /** What the compliance service does when asked. */
    enum Fault {
        /** answers at once: nothing lapsed */
        NONE,
        /** answers after 2 s, inside the 3 s read timeout */
        SLOW_BUT_IN_TIME,
        /** accepts the request and never answers: the 3 s read timeout ends the wait */
        HANGS,
        /** answers 503 at once */
        ERRORS,
        /** nothing listens on the port: connection refused at once */
        DOWN,
        /** the port accepts no new connection (a full accept queue, as a host gone dark): the 1 s connect timeout ends the wait */
        UNREACHABLE
    }

    static final AtomicInteger ASKED = new AtomicInteger();
    private static volatile Fault fault = Fault.NONE;
    private static int port;
    private static HttpServer server;
    private static ServerSocket blackHole;
    private static final List<Socket> QUEUE_FILLERS = new ArrayList<>();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "compliance-faults");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Map<String, String> start() {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        set(Fault.NONE);
        return Map.of("careops.compliance.url", "http://localhost:" + port);
    }

    @Override
    public void stop() {
        closeAll();
    }

    static synchronized void set(Fault wanted) {
        closeAll();
        fault = wanted;
        try {
            switch (wanted) {
                case DOWN -> {
                }
                case UNREACHABLE -> {
                    blackHole = new ServerSocket();
                    blackHole.setReuseAddress(true);
                    blackHole.bind(new InetSocketAddress("localhost", port), 1);
                    // Never accepted: once these fill the queue, a new connection waits for its timeout.
                    for (int i = 0; i < 2; i++) {
                        Socket filler = new Socket();
                        filler.connect(new InetSocketAddress("localhost", port), 1000);
                        QUEUE_FILLERS.add(filler);
                    }
                }
                default -> serve();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve() throws IOException {
        server = HttpServer.create();
        server.bind(new InetSocketAddress("localhost", port), 50);
        server.setExecutor(WORKERS);
        server.createContext("/api/v1/staff-status", exchange -> {
            ASKED.incrementAndGet();
            try {
                switch (fault) {
                    case SLOW_BUT_IN_TIME -> Thread.sleep(2000);
                    case HANGS -> Thread.sleep(60_000);
                    default -> {
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (fault == Fault.ERRORS) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String date = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s).*\"date\"\\s*:\\s*\"([0-9-]+)\".*", "$1");
            byte[] body = ("{\"date\": \"" + date + "\", \"staff\": []}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    private static void closeAll() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        for (Socket filler : QUEUE_FILLERS) {
            try {
                filler.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        QUEUE_FILLERS.clear();
        if (blackHole != null) {
            try {
                blackHole.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            blackHole = null;
        }
    }
}
