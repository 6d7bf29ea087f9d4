package dev.refract.testkit;

import dev.refract.testkit.internal.SqliteExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives the annotated test class its own fresh SQLite database file in a temporary folder,
 * deleted after the class; declare a {@link TestDatabase} parameter (constructor, lifecycle or
 * test method) to receive it.
 *
 * <p>On a parameter, it says which database a class that uses several kinds wants there.
 */
@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SqliteExtension.class)
public @interface SqliteTest {
}
