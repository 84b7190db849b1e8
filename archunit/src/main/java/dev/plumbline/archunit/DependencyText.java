package dev.plumbline.archunit;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitReference;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A code dependency in the words a reviewer reads: {@code OrderService.place(..) calls PaymentClient.charge(..)
 * (OrderService.java:42)}. Classes go by their name inside their package, parameter lists by {@code (..)}: a frozen
 * violation then survives an added parameter and a moved line (ArchUnit's freezing ignores line numbers).
 */
final class DependencyText {

    private static final Pattern PACKAGE_PREFIX = Pattern.compile("(?<![\\w$])(?:[a-z_][\\w$]*\\.)+(?=[A-Z_$])");
    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");

    private DependencyText() {
    }

    static String of(Dependency dependency) {
        Set<JavaAccess> accesses = dependency.convertTo(JavaAccess.class);
        if (!accesses.isEmpty()) {
            return access(accesses.iterator().next());
        }
        // Not an access (a supertype, a field or parameter type, an annotation...): ArchUnit's own words, shortened.
        String description = dependency.getDescription();
        description = BRACKETED.matcher(description).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                PACKAGE_PREFIX.matcher(m.group(1)).replaceAll("")));
        return description.replace(" in (", " (");
    }

    private static String access(JavaAccess<?> access) {
        String verb = switch (access) {
            case JavaFieldAccess field -> field.getAccessType() == JavaFieldAccess.AccessType.SET ? "writes" : "reads";
            case JavaCodeUnitReference<?> reference -> "references";
            default -> "calls";
        };
        return codeUnit(access.getOrigin()) + " " + verb + " " + target(access.getTarget()) + " "
                + access.getSourceCodeLocation();
    }

    private static String codeUnit(JavaCodeUnit unit) {
        return member(unit.getOwner(), unit.getName(), true);
    }

    private static String target(AccessTarget target) {
        return member(target.getOwner(), target.getName(), !(target instanceof AccessTarget.FieldAccessTarget));
    }

    private static String member(JavaClass owner, String name, boolean codeUnit) {
        String type = inPackage(owner);
        if (!codeUnit) {
            return type + "." + name;
        }
        return switch (name) {
            case "<init>" -> "new " + type + "(..)";
            case "<clinit>" -> type + ".<clinit>()";
            default -> type + "." + name + "(..)";
        };
    }

    /** The class's name inside its package: {@code Order$Line} for a nested class. */
    static String inPackage(JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        String pkg = base.getPackageName();
        return pkg.isEmpty() ? base.getName() : base.getName().substring(pkg.length() + 1);
    }
}
