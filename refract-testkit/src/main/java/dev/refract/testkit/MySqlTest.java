package dev.refract.testkit;

import dev.refract.testkit.internal.MySqlExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own fresh MySQL/MariaDB database, created before the class
 * and dropped after it; declare a {@link TestDatabase} parameter (constructor, lifecycle or test
 * method) to receive it. The server is 127.0.0.1:3306 as {@code root} with no password, or
 * {@code REFRACT_TEST_MYSQL_URL} ({@code mysql://user:password@host:port}). When it does not
 * answer, the test fails under {@code CI=true}; otherwise the class is skipped, with a warning on
 * stderr.
 *
 * <p>On a parameter, it says which database a class that uses several kinds wants there.
 */
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MySqlExtension.class)
public @interface MySqlTest {
}
