package dev.plumbline.refimpl.notification;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends an email over SMTP, or, with no SMTP host configured, only logs it (the notification is recorded anyway). */
public sealed interface Mailer {

    /** The transport's name as the notifications table records it. */
    String transport();

    void send(String to, String subject, String body) throws MessagingException;

    static Mailer smtp(String host, int port, String from) {
        return new Smtp(host, port, from);
    }

    static Mailer logOnly() {
        return new LogOnly();
    }

    /** Angus Mail over plain SMTP with short timeouts, so a dead server fails a delivery instead of hanging it. */
    record Smtp(String host, int port, String from) implements Mailer {
        @Override
        public String transport() {
            return "smtp";
        }

        @Override
        public void send(String to, String subject, String body) throws MessagingException {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host);
            properties.put("mail.smtp.port", Integer.toString(port));
            properties.put("mail.smtp.connectiontimeout", "2000");
            properties.put("mail.smtp.timeout", "5000");
            properties.put("mail.smtp.writetimeout", "5000");
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        }
    }

    /** No SMTP: the email is logged and recorded, which is what a developer's machine wants. */
    record LogOnly() implements Mailer {
        private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

        @Override
        public String transport() {
            return "log";
        }

        @Override
        public void send(String to, String subject, String body) {
            LOG.info("email to {}: {}", to, subject);
        }
    }
}
