package io.careops.scheduling.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server inside the test JVM (GreenMail) on a free loopback port, and the scheduling
 * service's mailer pointed at it, not mocked. Tests may stop it ({@link #down()}) and start it
 * again on the same port ({@link #up()}) to see a send fail and be retried.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    static final String FROM = "no-reply@careops.test";
    private static volatile GreenMail smtp;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
        return Map.ofEntries(
                Map.entry("quarkus.mailer.mock", "false"),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", Integer.toString(port)),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("quarkus.mailer.from", "CareOps <" + FROM + ">"),
                Map.entry("careops.notifications.mail.every", "1s"),
                Map.entry("careops.notifications.mail.delay", "1s"),
                Map.entry("careops.notifications.mail.backoff", "PT1S"),
                Map.entry("careops.notifications.mail.max-attempts", "5"));
    }

    @Override
    public void stop() {
        down();
    }

    /** Starts the server on the port the mailer was given. */
    static synchronized void up() {
        if (smtp == null) {
            GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            smtp = server;
        }
    }

    /** Stops it: nothing listens on the port until {@link #up()}; what it had received is gone. */
    static synchronized void down() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** Mails received for this address (the test database is shared, so tests look at their own people only). */
    static List<MimeMessage> mailsTo(String address) {
        GreenMail server = smtp;
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of a plain-text mail, line ends as \n. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                content = multipart.getBodyPart(0).getContent();
            }
            return content.toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
