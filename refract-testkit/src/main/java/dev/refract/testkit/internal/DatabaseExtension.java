package dev.refract.testkit.internal;

import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What the three database extensions share: one database per kind and per outermost test class,
 * created before the class (so a missing server fails the class as a whole), kept in the class's
 * store and dropped when JUnit closes that store after the class. A kind that may be skipped
 * disables the class up front instead, so that its tests are reported as skipped.
 */
abstract class DatabaseExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(DatabaseExtension.class);
    private static final List<Class<? extends Annotation>> MARKERS =
            List.of(PostgresTest.class, MySqlTest.class, SqliteTest.class);

    private final Class<? extends Annotation> marker;

    DatabaseExtension(Class<? extends Annotation> marker) {
        this.marker = marker;
    }

    /** Creates a fresh database for the class labelled {@code label}. */
    abstract TestDatabase create(String label);

    /** Why the class {@code label} is to be skipped rather than run; empty to run it (the default). */
    Optional<String> skipReason(String label) {
        return Optional.empty();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()
                || outermostClass(context) != context) {
            return ConditionEvaluationResult.enabled(null);
        }
        return skipReason(context.getRequiredTestClass().getSimpleName())
                .map(ConditionEvaluationResult::disabled)
                .orElse(ConditionEvaluationResult.enabled(null));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() != TestDatabase.class) {
            return false;
        }
        if (parameter.isAnnotated(marker)) {
            return true;
        }
        if (MARKERS.stream().anyMatch(parameter::isAnnotated)) {
            return false;
        }
        // an unqualified parameter belongs to the first kind declared on the class; that extension
        // explains in resolveParameter when the class declares several
        List<Class<? extends Annotation>> declared = markersOn(context);
        return !declared.isEmpty() && declared.get(0) == marker;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (!parameter.isAnnotated(marker) && markersOn(context).size() > 1) {
            throw new ParameterResolutionException(context.getRequiredTestClass().getName()
                    + " uses several test databases " + names(markersOn(context)) + ": annotate the TestDatabase"
                    + " parameter (#" + (parameter.getIndex() + 1) + " of " + parameter.getDeclaringExecutable().getName()
                    + ") with one of them to say which.");
        }
        return database(context);
    }

    private TestDatabase database(ExtensionContext context) {
        ExtensionContext owner = outermostClass(context);
        String label = owner.getRequiredTestClass().getSimpleName();
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(marker, key -> new DroppedAfterClass(create(label)), DroppedAfterClass.class)
                .database();
    }

    /** Nested classes share their outer class's database: the unit is the top-level test class. */
    private static ExtensionContext outermostClass(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent() && current.getParent().get() != current.getRoot()) {
            current = current.getParent().get();
        }
        return current;
    }

    private static List<Class<? extends Annotation>> markersOn(ExtensionContext context) {
        List<Class<? extends Annotation>> found = new ArrayList<>();
        for (Class<? extends Annotation> candidate : MARKERS) {
            for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
                if (AnnotationSupport.isAnnotated(c, candidate)) {
                    found.add(candidate);
                    break;
                }
            }
        }
        return found;
    }

    private static String names(List<Class<? extends Annotation>> markers) {
        return markers.stream().map(m -> "@" + m.getSimpleName()).toList().toString();
    }

    /** Drops the database when JUnit closes the class's store. */
    private record DroppedAfterClass(TestDatabase database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            database.close();
        }
    }
}
