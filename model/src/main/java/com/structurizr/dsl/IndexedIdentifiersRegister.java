package com.structurizr.dsl;

import com.structurizr.model.DeploymentNode;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import com.structurizr.util.StringUtils;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Structurizr 6.2.2's identifiers register with the same answers in constant time.
 *
 * <p>Why it exists, and why here: the stock register answers every lookup by scanning all identifiers (a
 * registration scans every element to see whether it is already registered, {@code findIdentifier} runs
 * {@code containsValue} and then a key scan, {@code getElement} compares every key case-insensitively), so loading a
 * workspace is quadratic in its elements and relationships: a 16,000-element workspace took minutes (bench/README.md).
 * Structurizr offers no hook to supply a register: the parser is final and creates its own in its constructor, into
 * a private final field, and the register's constructor is package-private. So this class lives in Structurizr's
 * package (the only place a subclass can be written) and {@link #installInto} swaps it in by reflection right after
 * the parser is constructed, before anything is registered; where that is refused it leaves the stock register,
 * which is slow but gives the same results.
 *
 * <p>Same results, not merely the same model: it keeps its identifiers in a {@link HashMap} filled by exactly the
 * puts the stock register makes, in the same order, so {@link #getElementIdentifiers()} iterates in the same order;
 * it throws the same exceptions with the same messages in the same order of checks; and every indexed answer is the
 * one the stock scan gives, for these reasons:
 * <ul>
 *   <li>Element and relationship values: the stock scans compare with {@code equals}. Structurizr's model classes
 *   do not override it (identity), and its {@code DeploymentEnvironment} compares by class and name; values of
 *   those classes are indexed by identity and by name. A value of any other class (one that overrides
 *   {@code equals}) switches the register to the stock scans for good. Registration refuses a value equal to one
 *   already registered, so at most one identifier matches.</li>
 *   <li>Identifiers: the stock lookups compare with {@code equalsIgnoreCase}. For ASCII strings that is ASCII case
 *   folding, so ASCII identifiers are indexed by their ASCII lower case; a lookup for a non-ASCII string, or any
 *   lookup once a non-ASCII identifier is registered, uses the stock scan (Unicode case rules make characters such
 *   as the Kelvin sign equal ASCII letters). Registration refuses an identifier equal, ignoring case, to one already
 *   registered, so at most one identifier matches.</li>
 *   <li>The key sets returned are the maps' own live views, as the stock register returns; a removal through them
 *   leaves an index entry behind, so every index hit is checked against the map before it is used.</li>
 * </ul>
 * The same scans as the stock register are written out below for the cases the indexes do not cover.
 */
public final class IndexedIdentifiersRegister extends IdentifiersRegister {

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}");

    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Relationship> relationships = new HashMap<>();

    /** Identifier by ASCII lower case, while every identifier of either kind is ASCII. */
    private final Map<String, String> elementKeys = new HashMap<>();
    private final Map<String, String> relationshipKeys = new HashMap<>();
    private boolean nonAsciiKey;

    /** Identifier by value: identity for Structurizr's model classes, name for deployment environments. */
    private final Map<Element, String> elementIds = new IdentityHashMap<>();
    private final Map<String, String> environmentIds = new HashMap<>();
    private final Map<Relationship, String> relationshipIds = new IdentityHashMap<>();
    private boolean irregularElement;

    private IndexedIdentifiersRegister() {
    }

    /**
     * Gives a freshly constructed parser this register instead of its own; returns false, leaving the parser as it
     * was, where the JVM or the Structurizr version does not allow it.
     */
    public static boolean installInto(StructurizrDslParser parser) {
        if (!finalFieldMutationQuiet()) {
            return false;
        }
        try {
            Field field = StructurizrDslParser.class.getDeclaredField("identifiersRegister");
            field.setAccessible(true);
            Object current = field.get(parser);
            if (current == null || current.getClass() != IdentifiersRegister.class
                    || !((IdentifiersRegister) current).getElementIdentifiers().isEmpty()
                    || !((IdentifiersRegister) current).getRelationshipIdentifiers().isEmpty()) {
                return false;
            }
            IndexedIdentifiersRegister register = new IndexedIdentifiersRegister();
            register.setIdentifierScope(((IdentifiersRegister) current).getIdentifierScope());
            field.set(parser, register);
            return parser.getIdentifiersRegister() == register;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * From JDK 26 on, changing a final field by reflection prints a warning unless the JVM was started with
     * {@code --enable-final-field-mutation} (JEP 500), and later JDKs refuse it; the stock register is used there
     * unless the JVM allows it.
     */
    private static boolean finalFieldMutationQuiet() {
        if (Runtime.version().feature() <= 25) {
            return true;
        }
        try {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(argument -> argument.startsWith("--enable-final-field-mutation")
                            && argument.contains("ALL-UNNAMED"));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public Set<String> getElementIdentifiers() {
        return elements.keySet();
    }

    @Override
    public Set<String> getRelationshipIdentifiers() {
        return relationships.keySet();
    }

    @Override
    public Element getElement(String identifier) {
        return lookup(elements, elementKeys, identifier);
    }

    @Override
    public Relationship getRelationship(String identifier) {
        return lookup(relationships, relationshipKeys, identifier);
    }

    private <T> T lookup(Map<String, T> values, Map<String, String> keys, String identifier) {
        if (identifier == null) {
            return null;
        }
        String folded = nonAsciiKey ? null : asciiLowerCase(identifier);
        if (folded == null) {
            for (String key : values.keySet()) {
                if (key.equalsIgnoreCase(identifier)) {
                    return values.get(key);
                }
            }
            return null;
        }
        String key = keys.get(folded);
        return key != null && values.containsKey(key) ? values.get(key) : null;
    }

    @Override
    public void register(String identifier, Element element) {
        if (element == null) {
            throw new IllegalArgumentException("An element must be specified");
        }
        identifier = orRandom(identifier);
        if (getIdentifierScope() == IdentifierScope.Hierarchical) {
            identifier = hierarchical(identifier, element);
        }
        if (!regular(element)) {
            irregularElement = true;
        }
        String registered = irregularElement ? registeredElsewhere(elements, element, identifier) : findIdentifier(element);
        if (registered != null && !registered.equalsIgnoreCase(identifier)) {
            throw alreadyRegistered(registered, element.getCanonicalName(), "element");
        }
        add(identifier, element, elements, elementKeys);
        if (element.getClass() == DeploymentEnvironment.class) {
            environmentIds.put(element.getName(), identifier);
        } else {
            elementIds.put(element, identifier);
        }
    }

    @Override
    public void register(String identifier, Relationship relationship) {
        if (relationship == null) {
            throw new IllegalArgumentException("A relationship must be specified");
        }
        identifier = orRandom(identifier);
        String registered = findIdentifier(relationship);
        if (registered != null && !registered.equalsIgnoreCase(identifier)) {
            throw alreadyRegistered(registered, relationship.getCanonicalName(), "relationship");
        }
        add(identifier, relationship, relationships, relationshipKeys);
        relationshipIds.put(relationship, identifier);
    }

    /**
     * The stock register's first check, as it is written there: the first identifier, in the map's order, of a value
     * equal to this one, unless it equals the new identifier ignoring case. With regular values there is at most one
     * such value, which the index finds (see the class comment).
     */
    private static <T> String registeredElsewhere(Map<String, T> values, T value, String identifier) {
        for (String key : values.keySet()) {
            if (values.get(key).equals(value) && !key.equalsIgnoreCase(identifier)) {
                return key;
            }
        }
        return null;
    }

    /** The first check's exceptions. */
    private static RuntimeException alreadyRegistered(String registered, String canonicalName, String kind) {
        if (UUID_PATTERN.matcher(registered).matches()) {
            return new RuntimeException("Please assign an identifier to \"" + canonicalName + "\" before using it");
        }
        return new RuntimeException("The " + kind + " is already registered with an identifier of \"" + registered + "\"");
    }

    /** Like the stock register, an element or relationship without an identifier gets a random one. */
    private static String orRandom(String identifier) {
        return StringUtils.isNullOrEmpty(identifier) ? UUID.randomUUID().toString() : identifier;
    }

    /** The stock register's second check, then the put it makes. */
    private <T> void add(String identifier, T value, Map<String, T> values, Map<String, String> keys) {
        if (getElement(identifier) != null || getRelationship(identifier) != null) {
            throw new RuntimeException("The identifier \"" + identifier.toLowerCase() + "\" is already in use");
        }
        values.put(identifier, value);
        String folded = asciiLowerCase(identifier);
        if (folded == null) {
            nonAsciiKey = true;
        } else {
            keys.put(folded, identifier);
        }
    }

    private String hierarchical(String identifier, Element element) {
        if (element.getParent() == null) {
            if (element instanceof DeploymentNode node) {
                return findIdentifier(new DeploymentEnvironment(node.getEnvironment())) + "." + identifier;
            }
            return identifier;
        }
        return findIdentifier(element.getParent()) + "." + identifier;
    }

    @Override
    public String findIdentifier(Element element) {
        if (element == null) {
            return null;
        }
        if (irregularElement || !regular(element)) {
            return scan(elements, element);
        }
        if (element.getClass() == DeploymentEnvironment.class) {
            String key = environmentIds.get(element.getName());
            Element value = key == null ? null : elements.get(key);
            return value != null && value.equals(element) ? key : null;
        }
        String key = elementIds.get(element);
        return key != null && elements.get(key) == element ? key : null;
    }

    @Override
    public String findIdentifier(Relationship relationship) {
        if (relationship == null) {
            return null;
        }
        // Relationship is final and compares by identity.
        String key = relationshipIds.get(relationship);
        return key != null && relationships.get(key) == relationship ? key : null;
    }

    /** The stock register's lookup by value, as it is written there. */
    private static <T> String scan(Map<String, T> values, T value) {
        if (values.containsValue(value)) {
            for (String key : values.keySet()) {
                if (values.get(key).equals(value)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** Identity equality (Structurizr's model classes) or the deployment environment's equality by name. */
    private static boolean regular(Element element) {
        return element.getClass() == DeploymentEnvironment.class || IDENTITY_EQUALS.get(element.getClass());
    }

    private static final ClassValue<Boolean> IDENTITY_EQUALS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("equals", Object.class).getDeclaringClass() == Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** The string in ASCII lower case, or null if it has a character outside ASCII. */
    private static String asciiLowerCase(String s) {
        char[] folded = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x7f) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = s.toCharArray();
                }
                folded[i] = (char) (c + ('a' - 'A'));
            }
        }
        return folded == null ? s : new String(folded);
    }
}
