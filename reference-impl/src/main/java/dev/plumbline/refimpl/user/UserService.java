package dev.plumbline.refimpl.user;

import dev.plumbline.refimpl.bus.Bus;
import dev.plumbline.refimpl.rejection.Rejection;
import dev.plumbline.refimpl.storage.Database;
import dev.plumbline.refimpl.storage.StorageException;
import dev.plumbline.refimpl.storage.TimeOrderedIds;
import dev.plumbline.refimpl.tracing.Architecture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The User Service: accounts with validated, unique emails and bcrypt-hashed passwords, login with signed,
 * expiring JWTs, and the user details other services may ask for.
 */
public final class UserService {

    public static final String ELEMENT = "userService";
    static final String STORE = "userDB";

    /** A created account, as the API returns it. */
    public record User(String id, String email, String name) { }

    /** A signed token and when it stops being accepted. */
    public record Login(String token, java.time.Instant expiresAt) { }

    private final Database database;
    private final Bus bus;
    private final Architecture architecture;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final BCryptPasswordEncoder passwords;
    private final Tokens tokens;
    /** Compared against when the email is unknown, so a login takes as long whether the account exists or not. */
    private final String unknownUserHash;

    public UserService(Database database, Bus bus, Architecture architecture, Clock clock, byte[] signingKey,
                       Duration tokenLifetime, int bcryptStrength) {
        this.database = Objects.requireNonNull(database, "database");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.architecture = Objects.requireNonNull(architecture, "architecture");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = new TimeOrderedIds(clock);
        this.passwords = new BCryptPasswordEncoder(bcryptStrength);
        this.tokens = new Tokens(signingKey, tokenLifetime, clock);
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Creates an account: validation, uniqueness, hashing, {@code USER_CREATED}, in one transaction. */
    public User register(String email, String name, String password) {
        String normalized = architecture.step(ELEMENT, ELEMENT, "Validate Input",
                () -> Credentials.validate(email, name, password));
        String hash = passwords.encode(password);
        User user = new User(ids.next(), normalized, name.strip());
        try {
            return database.inTransaction(tx -> {
                boolean taken = architecture.step(ELEMENT, STORE, "Check Uniqueness", () -> exists(tx, normalized));
                if (taken) {
                    throw Rejection.conflict("email", "an account with this email exists");
                }
                architecture.step(ELEMENT, STORE, "Save User", () -> insert(tx, user, hash));
                bus.publish(tx, ELEMENT, "USER_CREATED", user.id(),
                        Map.of("userId", user.id(), "email", user.email(), "name", user.name()));
                return user;
            });
        } catch (StorageException e) {
            if (Database.isDuplicateKey(e.sqlCause())) {
                // Another request created the same email between our check and our insert.
                throw Rejection.conflict("email", "an account with this email exists");
            }
            throw e;
        }
    }

    /** Checks the password and issues a token; {@code USER_LOGGED_IN} is published with it. */
    public Login login(String email, String password) {
        if (email == null || password == null) {
            throw Rejection.unauthorized("wrong email or password");
        }
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return database.inTransaction(tx -> {
            Optional<String[]> found = architecture.step(ELEMENT, STORE, "Verify Credentials",
                    () -> credentials(tx, normalized));
            String hash = found.map(row -> row[1]).orElse(unknownUserHash);
            if (!passwords.matches(password, hash) || found.isEmpty()) {
                throw Rejection.unauthorized("wrong email or password");
            }
            String userId = found.get()[0];
            bus.publish(tx, ELEMENT, "USER_LOGGED_IN", userId, Map.of("userId", userId));
            return tokens.issue(userId);
        });
    }

    /** The user a bearer token was issued to, if it is ours, untampered and unexpired. */
    public String authenticate(String token) {
        return tokens.verify(token);
    }

    /** The email and name of a user, for the services that write to them. */
    public Optional<User> details(String userId) {
        return database.inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT id, email, name FROM users WHERE id = ?")) {
                select.setString(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new User(rows.getString(1), rows.getString(2), rows.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    private static boolean exists(Connection tx, String email) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM users WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private Void insert(Connection tx, User user, String hash) throws SQLException {
        try (PreparedStatement insert = tx.prepareStatement(
                "INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, user.id());
            insert.setString(2, user.email());
            insert.setString(3, user.name());
            insert.setString(4, hash);
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
        return null;
    }

    private static Optional<String[]> credentials(Connection tx, String email) throws SQLException {
        try (PreparedStatement select = tx.prepareStatement("SELECT id, password_hash FROM users WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new String[] {rows.getString(1), rows.getString(2)})
                        : Optional.empty();
            }
        }
    }
}
