package org.hearth.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text messages to people (invitations, password resets) through SMTP with Jakarta
 * Mail when {@code HEARTH_SMTP_HOST} is set; otherwise, and whenever the server refuses, the
 * message goes to the {@link Outbox} folder so that nothing is lost and the log says where.
 */
@ApplicationScoped
public class Mail {

    private static final Logger LOG = Logger.getLogger(Mail.class.getName());

    /** Where a message ended up: sent to the mail server, or written to this outbox file. */
    public record Delivery(boolean sent, String outboxFile) {

        static Delivery outbox(java.nio.file.Path file) {
            return new Delivery(false, file.toString());
        }
    }

    @Inject
    @ConfigProperty(name = "hearth.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hearth.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "hearth.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "hearth.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hearth.smtp.from", defaultValue = "Hearth <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "hearth.smtp.starttls", defaultValue = "true")
    boolean startTls;

    public Delivery send(String to, String subject, String body) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return Delivery.outbox(Outbox.write(to, subject, body));
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return new Delivery(true, null);
        } catch (MessagingException refused) {
            LOG.log(Level.SEVERE, "The mail server " + host.get() + ":" + port + " did not take the message to " + to
                    + "; it is kept in the outbox instead", refused);
            return Delivery.outbox(Outbox.write(to, subject, body));
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (user.filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }
}
