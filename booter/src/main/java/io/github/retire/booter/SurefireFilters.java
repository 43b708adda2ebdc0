package io.github.retire.booter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.maven.surefire.api.testset.TestListResolver;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TagFilter;

/**
 * The JUnit Platform filters for what Surefire was told to select (groups, excludedGroups, the
 * engines to include or exclude, the method part of -Dtest), read as stock's JUnit Platform provider
 * reads them. Apart from {@link TestRunner}: the settings' forms are Surefire's, the running is JUnit's.
 */
final class SurefireFilters {
    private SurefireFilters() {
    }

    static List<Filter<?>> of(WorkerConfig config) {
        List<Filter<?>> filters = new ArrayList<>();
        list(config.providerProperty("groups")).ifPresent(tags -> filters.add(TagFilter.includeTags(tags)));
        list(config.providerProperty("excludegroups")).ifPresent(tags -> filters.add(TagFilter.excludeTags(tags)));
        list(config.providerProperty("includejunit5engines"))
                .ifPresent(ids -> filters.add(EngineFilter.includeEngines(ids)));
        list(config.providerProperty("excludejunit5engines"))
                .ifPresent(ids -> filters.add(EngineFilter.excludeEngines(ids)));
        String pattern = config.testFilter();
        if (pattern != null && !pattern.trim().isEmpty()) {
            // Class patterns were applied by Surefire's scan; only method patterns filter here.
            TestListResolver resolver = TestListResolver.optionallyWildcardFilter(new TestListResolver(pattern));
            if (!resolver.isEmpty() && !resolver.isWildcard()) {
                filters.add(methodFilter(resolver));
            }
        }
        return filters;
    }

    /** Keeps the test methods that Surefire's -Dtest pattern selects. */
    private static PostDiscoveryFilter methodFilter(TestListResolver resolver) {
        return descriptor -> {
            Optional<MethodSource> method = descriptor.getSource()
                    .filter(MethodSource.class::isInstance)
                    .map(MethodSource.class::cast);
            if (!method.isPresent()) {
                return FilterResult.included("not a method");
            }
            String classFile = TestListResolver.toClassFileName(method.get().getClassName());
            boolean run = resolver.shouldRun(classFile, method.get().getMethodName());
            return FilterResult.includedIf(run, () -> "selected by -Dtest", () -> "not selected by -Dtest");
        };
    }

    /** A comma-separated setting's items, blanks left out; empty when there are none. */
    static Optional<List<String>> list(String value) {
        if (value == null || value.trim().isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String item : Arrays.asList(value.split(","))) {
            if (!item.trim().isEmpty()) {
                items.add(item.trim());
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }
}
