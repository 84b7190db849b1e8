package dev.plumbline.refimpl.user;

import dev.plumbline.refimpl.rejection.Rejection;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules an account's email, name and password must follow. */
final class Credentials {

    static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD = 64;
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)+");

    private Credentials() {
    }

    /** Validates the three and returns the email as stored (trimmed, lower case). */
    static String validate(String email, String name, String password) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            throw Rejection.invalid("email", "not a valid email address");
        }
        if (name.isBlank() || name.strip().length() > 100) {
            throw Rejection.invalid("name", "a name has 1 to 100 characters");
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw Rejection.invalid("password",
                    "a password has " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw Rejection.invalid("password", "a password has at least one letter and one digit");
        }
        String local = normalized.substring(0, normalized.indexOf('@'));
        if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
            throw Rejection.invalid("password", "a password must not contain the email's name");
        }
        return normalized;
    }
}
