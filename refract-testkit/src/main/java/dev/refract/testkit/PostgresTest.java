package dev.refract.testkit;

import dev.refract.testkit.internal.PostgresExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own fresh PostgreSQL database, created before the class and
 * dropped after it; declare a {@link TestDatabase} parameter (constructor, lifecycle or test
 * method) to receive it. The server is 127.0.0.1:5432 as {@code postgres}, or
 * {@code REFRACT_TEST_PG_URL} ({@code postgresql://user:password@host:port}). When it does not
 * answer, the test fails under {@code CI=true}; otherwise an embedded PostgreSQL, started once per
 * JVM, stands in, with a notice on stderr.
 *
 * <p>On a parameter, it says which database a class that uses several kinds wants there.
 */
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {
}
