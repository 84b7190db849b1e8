package dev.plumbline.diagrams.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.diagrams.export.ViewExporter.Format;
import dev.plumbline.model.ModelWorkspace;
import dev.plumbline.model.Workspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated sources set against the seed diagrams' own text, line for line where the conventions keep it. */
class SeedSpotCheckTest {

    private static ModelWorkspace events;

    @BeforeAll
    static void load() throws Exception {
        events = Workspaces.loadResource("plumbline/workspaces/event-registration-platform.dsl");
    }

    private static String export(ModelWorkspace workspace, String key, Format format) {
        return ViewExporter.export(workspace, workspace.view(key).orElseThrow(), format);
    }

    @Test
    void user_registration_flow_reads_like_its_seed_in_plantuml() {
        String text = export(events, "events-user-registration-flow", Format.PLANTUML);

        assertThat(text).contains("""
                !theme aws-orange
                title Complete User Registration and Event Registration Flow
                actor "User" as user
                participant "Frontend\\n(Next.js)" as frontend
                """);
        // the seed's "Gateway\nService" only wraps a name; its databases stay databases
        assertThat(text).contains("participant \"Gateway Service\" as gateway\n")
                .contains("database \"PostgreSQL (Users)\" as userDB\n");
        assertThat(text).contains("""
                == User Account Creation ==
                user -> frontend : 1. Register Account
                frontend -> gateway : 2. POST /api/users
                gateway -> userService : 3. Create User Request
                userService -> userService : 4. Validate Input\\n(Email, Username)
                userService -> userDB : 5. Check Uniqueness
                userDB -> userService : 6. Validation Result
                alt Validation Success
                  userService -> userDB : 7. Save User
                  userDB -> userService : 8. User Created
                """);
        assertThat(text).contains("""
                else Login Failed
                  userService -> gateway : 23. Authentication Failed
                  gateway -> frontend : 24. 401 Unauthorized
                  frontend -> user : 25. Invalid Credentials
                end
                == Event Registration ==
                user -> frontend : 26. Register for Event
                """);
    }

    @Test
    void user_registration_flow_keeps_dividers_and_fragments_in_mermaid() {
        String text = export(events, "events-user-registration-flow", Format.MERMAID);

        assertThat(text).contains("""
                  Note over user,auditDB: == User Account Creation ==
                  user->>frontend: 1. Register Account
                """);
        assertThat(text).contains("""
                  alt Validation Success
                    userService->>userDB: 7. Save User
                    userDB->>userService: 8. User Created
                """);
        assertThat(text).contains("""
                  else Login Failed
                    userService->>gateway: 23. Authentication Failed
                    gateway->>frontend: 24. 401 Unauthorized
                    frontend->>user: 25. Invalid Credentials
                  end
                """);
    }
}
