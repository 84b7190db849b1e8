package com.structurizr.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.structurizr.Workspace;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.Model;
import com.structurizr.model.Person;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The indexed register against Structurizr's own, operation by operation: the same sequence of registrations,
 * lookups and removals on both, with identifiers that differ in case, Unicode letters that equal ASCII ones ignoring
 * case, deployment environments (equal by name), a class that overrides {@code equals}, and both identifier scopes;
 * every answer, every exception message and the iteration order of both identifier sets must be the same.
 */
class IndexedIdentifiersRegisterTest {

    private static final List<String> IDENTIFIERS = List.of("a", "A", "b", "web", "Web", "WEB", "api", "k", "K",
            "\u212A", "i", "I", "\u0131", "\u0130", "s", "\u017F", "db.replica", "DB.Replica", "x-1", "x_1", "n\u00E9",
            "N\u00C9", "\uD801\uDC00", "\uD801\uDC28", "live", "Live", "null.web", "a.b", "A.B", "s0c1", "S0C1");

    @Test
    void answers_every_operation_as_structurizrs_register_does() {
        for (int seed = 0; seed < 400; seed++) {
            compare(seed, seed % 3 == 0 ? IdentifierScope.Hierarchical : IdentifierScope.Flat);
        }
    }

    private static void compare(int seed, IdentifierScope scope) {
        Random random = new Random(seed);
        Model model = new Workspace("w", "").getModel();
        List<Element> elements = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            SoftwareSystem system = model.addSoftwareSystem("System " + s);
            elements.add(system);
            for (int c = 0; c < 3; c++) {
                elements.add(system.addContainer("Container " + s + "." + c));
            }
        }
        Person person = model.addPerson("User");
        elements.add(person);
        DeploymentNode live = model.addDeploymentNode("Live", "Server", "", "");
        elements.add(live);
        elements.add(live.addDeploymentNode("Inner"));
        elements.add(model.addDeploymentNode("Test", "Server", "", ""));
        elements.add(new DeploymentEnvironment("Live"));
        elements.add(new DeploymentEnvironment("Live"));
        elements.add(new DeploymentEnvironment("Test"));
        if (seed % 5 == 4) {
            elements.add(new EqualByName("System 0"));
            elements.add(new EqualByName("System 0"));
        }
        List<Relationship> relationships = new ArrayList<>();
        for (int i = 0; i + 1 < elements.size() && relationships.size() < 8; i++) {
            if (elements.get(i) instanceof Container from && elements.get(i + 1) instanceof Container to) {
                relationships.add(from.uses(to, "Calls " + i));
            }
        }
        relationships.add(person.uses((SoftwareSystem) elements.get(0), "Uses"));

        IdentifiersRegister stock = new IdentifiersRegister();
        StructurizrDslParser parser = new StructurizrDslParser();
        assertThat(IndexedIdentifiersRegister.installInto(parser)).isTrue();
        IdentifiersRegister indexed = parser.getIdentifiersRegister();
        assertThat(indexed).isInstanceOf(IndexedIdentifiersRegister.class);
        stock.setIdentifierScope(scope);
        indexed.setIdentifierScope(scope);

        for (int step = 0; step < 250; step++) {
            String id = IDENTIFIERS.get(random.nextInt(IDENTIFIERS.size()));
            Element element = elements.get(random.nextInt(elements.size()));
            Relationship relationship = relationships.get(random.nextInt(relationships.size()));
            String where = "seed " + seed + ", step " + step;
            DeploymentEnvironment environment = new DeploymentEnvironment(random.nextBoolean() ? "Live" : "live");
            switch (random.nextInt(9)) {
                case 0, 1 -> same(where, r -> { r.register(id, element); return null; }, stock, indexed);
                case 2 -> same(where, r -> { r.register(id, relationship); return null; }, stock, indexed);
                case 3 -> same(where, r -> r.getElement(id), stock, indexed);
                case 4 -> same(where, r -> r.getRelationship(id), stock, indexed);
                case 5 -> same(where, r -> r.findIdentifier(element), stock, indexed);
                case 6 -> same(where, r -> r.findIdentifier(relationship), stock, indexed);
                case 7 -> same(where, r -> r.findIdentifier(environment), stock, indexed);
                default -> {
                    if (random.nextInt(6) == 0 && !stock.getElementIdentifiers().isEmpty()) {
                        String key = new ArrayList<>(stock.getElementIdentifiers())
                                .get(random.nextInt(stock.getElementIdentifiers().size()));
                        same(where, r -> r.getElementIdentifiers().remove(key), stock, indexed);
                    } else if (random.nextInt(6) == 0 && !stock.getRelationshipIdentifiers().isEmpty()) {
                        String key = stock.getRelationshipIdentifiers().iterator().next();
                        same(where, r -> r.getRelationshipIdentifiers().remove(key), stock, indexed);
                    } else {
                        same(where, r -> r.getElement(id.toUpperCase()), stock, indexed);
                    }
                }
            }
            assertThat(new ArrayList<>(indexed.getElementIdentifiers())).as(where)
                    .containsExactlyElementsOf(new ArrayList<>(stock.getElementIdentifiers()));
            assertThat(new ArrayList<>(indexed.getRelationshipIdentifiers())).as(where)
                    .containsExactlyElementsOf(new ArrayList<>(stock.getRelationshipIdentifiers()));
        }
        for (String id : IDENTIFIERS) {
            assertThat(indexed.getElement(id)).isSameAs(stock.getElement(id));
            assertThat(indexed.getRelationship(id)).isSameAs(stock.getRelationship(id));
        }
    }

    /** Runs the operation on both; the same value (the same object) or the same exception type and message. */
    private static void same(String where, Function<IdentifiersRegister, Object> operation, IdentifiersRegister stock,
            IdentifiersRegister indexed) {
        Object expected;
        try {
            expected = operation.apply(stock);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> operation.apply(indexed)).as(where).isExactlyInstanceOf(e.getClass())
                    .hasMessage(e.getMessage());
            return;
        }
        Object actual = operation.apply(indexed);
        if (expected instanceof String || expected instanceof Boolean) {
            assertThat(actual).as(where).isEqualTo(expected);
        } else {
            assertThat(actual).as(where).isSameAs(expected);
        }
    }

    @Test
    void refuses_a_taken_identifier_in_any_case_with_structurizrs_message() {
        IdentifiersRegister register = indexedRegister();
        Model model = new Workspace("w", "").getModel();
        register.register("Web", model.addSoftwareSystem("Web"));

        assertThatThrownBy(() -> register.register("WEB", model.addSoftwareSystem("Other")))
                .isExactlyInstanceOf(RuntimeException.class).hasMessage("The identifier \"web\" is already in use");
        assertThat(register.getElement("wEb").getName()).isEqualTo("Web");
        assertThat(register.getElement("unknown")).isNull();
    }

    @Test
    void refuses_an_element_registered_twice_with_structurizrs_messages() {
        IdentifiersRegister register = indexedRegister();
        Model model = new Workspace("w", "").getModel();
        SoftwareSystem named = model.addSoftwareSystem("Named");
        SoftwareSystem anonymous = model.addSoftwareSystem("Anonymous");
        register.register("named", named);
        register.register(null, anonymous);

        assertThatThrownBy(() -> register.register("again", named))
                .hasMessage("The element is already registered with an identifier of \"named\"");
        assertThatThrownBy(() -> register.register("late", anonymous))
                .hasMessage("Please assign an identifier to \"SoftwareSystem://Anonymous\" before using it");
        assertThat(register.findIdentifier(anonymous)).matches("[a-f0-9-]{36}");
    }

    private static IdentifiersRegister indexedRegister() {
        StructurizrDslParser parser = new StructurizrDslParser();
        assertThat(IndexedIdentifiersRegister.installInto(parser)).isTrue();
        return parser.getIdentifiersRegister();
    }

    @Test
    void is_installed_only_into_a_parser_that_has_registered_nothing() throws Exception {
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.parse("""
                workspace {
                    model {
                        a = person "A"
                    }
                }
                """);

        assertThat(IndexedIdentifiersRegister.installInto(parser)).isFalse();
        assertThat(parser.getIdentifiersRegister().getClass()).isEqualTo(IdentifiersRegister.class);
    }

    /** An element class that overrides equals, as a plugin's might: the register falls back to the stock scans. */
    private static final class EqualByName extends Element {
        private final String label;

        EqualByName(String label) {
            this.label = label;
            setId("odd-" + label);
        }

        @Override
        public Element getParent() {
            return null;
        }

        @Override
        public String getCanonicalName() {
            return "Odd://" + label;
        }

        @Override
        public Set<String> getDefaultTags() {
            return Set.of();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Element e && Objects.equals(e.getName(), label);
        }

        @Override
        public int hashCode() {
            return label.hashCode();
        }
    }
}
