package io.github.retire.booter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Turns a JUnit Platform test identifier into the four names Surefire's reporters print
 * (class name and its display text, test name and its display text), following the conventions
 * stock Surefire's JUnit Platform provider established, so that reports read the same:
 * <ul>
 *   <li>the class is the top-level test class, also for tests in {@code @Nested} classes;</li>
 *   <li>a plain test method is named by its method name; an invocation of a parameterized,
 *       repeated or template test by its legacy reporting name, e.g. {@code test(int)[2]};</li>
 *   <li>tests without a method source (dynamic tests, other engines) by their display name.</li>
 * </ul>
 * A display text equal to its name is left out (null), as Surefire expects.
 */
final class Naming {
    private static final String PARAMETERIZED_CONTAINER = "^\\[.+]$";
    private static final String INVOCATION = "^.*\\[\\d+]$";

    private final TestPlan plan;

    Naming(TestPlan plan) {
        this.plan = plan;
    }

    static final class Names {
        final String sourceName;
        final String sourceText;
        final String name;
        final String nameText;

        Names(String sourceName, String sourceText, String name, String nameText) {
            this(sourceName, sourceText, name, nameText, false);
        }

        /**
         * @param test a test's class text stays even when it equals the class name, as stock's: the
         *             XML report's {@code classname} is then that text, not the class name with
         *             {@code reportNameSuffix} appended (which only the test suite's name carries)
         */
        Names(String sourceName, String sourceText, String name, String nameText, boolean test) {
            this.sourceName = sourceName;
            this.sourceText = !test && Objects.equals(sourceName, sourceText) ? null : sourceText;
            this.name = name;
            this.nameText = Objects.equals(name, nameText) ? null : nameText;
        }
    }

    /** True for a container whose source is a class: a test class or a nested class. */
    static boolean isClass(TestIdentifier id) {
        return id.isContainer() && id.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /** True for the container of a top-level class: a class directly below its engine. */
    boolean isTopLevelClass(TestIdentifier id) {
        return isClass(id) && plan.getParent(id).map(p -> !plan.getParent(p).isPresent()).orElse(false);
    }

    java.util.Set<TestIdentifier> children(TestIdentifier id) {
        return plan.getChildren(id);
    }

    /** The names of a test, or of a container that failed or was skipped. */
    Names of(TestIdentifier id) {
        Optional<TestSource> source = id.getSource();
        String topClass = topLevelClassName(id);
        if (source.filter(MethodSource.class::isInstance).isPresent()) {
            return method(id, (MethodSource) source.get(), topClass);
        }
        if (source.filter(ClassSource.class::isInstance).isPresent()) {
            String className = ((ClassSource) source.get()).getClassName();
            String shown = displayNameAnnotation(id).orElse(className);
            return new Names(topClass != null ? topClass : className, classText(id, shown), null, null,
                    id.isTest());
        }
        String parentDisplay = plan.getParent(id).map(TestIdentifier::getDisplayName).orElse(id.getDisplayName());
        return new Names(topClass != null ? topClass : parentDisplay, classText(id, parentDisplay),
                id.getDisplayName(), id.getDisplayName(), id.isTest());
    }

    /** The names for a class-level entry (test set start and end) of a top-level class. */
    Names ofClass(TestIdentifier classContainer) {
        String className = ((ClassSource) classContainer.getSource().get()).getClassName();
        return new Names(className, displayNameAnnotation(classContainer).orElse(null), null, null);
    }

    private Names method(TestIdentifier id, MethodSource source, String topClass) {
        List<TestIdentifier> ancestors = ancestors(id);
        String methodName = source.getMethodName();
        String legacy = id.getLegacyReportingName();

        boolean parameterized = !isBlank(source.getMethodParameterTypes())
                || legacy.matches(INVOCATION)
                || ancestors.stream()
                        .anyMatch(a -> !a.getSource().isPresent()
                                && a.getLegacyReportingName().matches(PARAMETERIZED_CONTAINER));
        String name = parameterized ? legacy : methodName;

        StringBuilder outer = new StringBuilder();
        for (TestIdentifier a : ancestors) {
            if (a.getSource().filter(MethodSource.class::isInstance).isPresent()) {
                outer.append(outer.length() == 0 ? "" : " ").append(a.getDisplayName());
            }
        }
        String display = id.getDisplayName();
        String shown = outer.length() > 0 && !display.startsWith("[") ? outer + " " + display : outer + display;
        boolean plainName = shown.equals(legacy) && legacy.startsWith(methodName + "(");
        String nameText = plainName ? name : shown;

        String className = topClass != null ? topClass : source.getClassName();
        return new Names(className, classText(id, nearestClassName(ancestors, source.getClassName())), name,
                nameText, id.isTest());
    }

    /** Tests show the display name of their nearest class; containers the text they were given. */
    private String classText(TestIdentifier id, String fallback) {
        if (!id.isTest()) {
            return fallback;
        }
        TestIdentifier nearest = nearestClass(id);
        return nearest == null ? fallback
                : displayNameAnnotation(nearest).orElse(nearest.getLegacyReportingName());
    }

    private String nearestClassName(List<TestIdentifier> ancestors, String fallback) {
        for (TestIdentifier a : ancestors) {
            if (isClass(a)) {
                return ((ClassSource) a.getSource().get()).getClassName();
            }
        }
        return fallback;
    }

    private TestIdentifier nearestClass(TestIdentifier id) {
        for (TestIdentifier a = id; a != null; a = plan.getParent(a).orElse(null)) {
            if (isClass(a)) {
                return a;
            }
        }
        return null;
    }

    /** Nearest first. */
    private List<TestIdentifier> ancestors(TestIdentifier id) {
        List<TestIdentifier> list = new ArrayList<>();
        for (Optional<TestIdentifier> p = plan.getParent(id); p.isPresent(); p = plan.getParent(p.get())) {
            list.add(p.get());
        }
        return list;
    }

    private String topLevelClassName(TestIdentifier id) {
        TestIdentifier top = id;
        while (true) {
            Optional<TestIdentifier> parent = plan.getParent(top);
            if (!parent.isPresent() || !plan.getParent(parent.get()).isPresent()) {
                break;
            }
            top = parent.get();
        }
        return isClass(top) ? ((ClassSource) top.getSource().get()).getClassName() : null;
    }

    private static Optional<String> displayNameAnnotation(TestIdentifier id) {
        Optional<Class<?>> type = id.getSource()
                .filter(ClassSource.class::isInstance)
                .map(s -> ((ClassSource) s).getJavaClass());
        if (!type.isPresent()) {
            return Optional.empty();
        }
        for (Annotation a : type.get().getAnnotations()) {
            if (a.annotationType().getName().equals("org.junit.jupiter.api.DisplayName")) {
                try {
                    Method value = a.annotationType().getMethod("value");
                    return Optional.ofNullable((String) value.invoke(a));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
