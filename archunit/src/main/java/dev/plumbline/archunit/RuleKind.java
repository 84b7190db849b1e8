package dev.plumbline.archunit;

/** The five rules. The ids name them in reports and baselines; the descriptions are the ArchRules' stable names. */
enum RuleKind {
    ONE_ELEMENT("every-class-in-one-element", "every class belongs to exactly one of the %s"),
    DECLARED("dependencies-declared", "code dependencies between the %s are relationships of the model"),
    STALE("relationships-in-code", "every relationship between the %s has a code dependency"),
    CYCLES("no-undeclared-cycles", "the %s form no dependency cycle the model does not declare"),
    CODE_EXISTS("every-element-has-code", "every one of the %s and each of its package patterns has a class");

    private final String id;
    private final String description;

    RuleKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    String id() {
        return id;
    }

    String description(Scope scope) {
        return String.format(description, scope.described());
    }
}
