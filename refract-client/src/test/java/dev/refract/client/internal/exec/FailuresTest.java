package dev.refract.client.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractException;
import dev.refract.dialect.Dialect;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prisma's codes, messages and meta for classified database errors (the ones hard to provoke on a live database). */
class FailuresTest {
    private static final Schema SCHEMA = PrismaSchema.validate("schema.prisma", """
            datasource db {
              provider = "mysql"
              url      = "mysql://localhost/x"
            }
            model User {
              id    Int    @id
              email String @unique
              name  String
              posts Post[]
            }
            model Post {
              id       Int  @id
              author   User @relation(fields: [authorId], references: [id])
              authorId Int
            }
            """).resolved().orElseThrow();
    private static final Dialect MYSQL = Dialect.of(Provider.MYSQL);
    private static final Dialect POSTGRES = Dialect.of(Provider.POSTGRESQL);

    private static Model model(String name) {
        return SCHEMA.model(name).orElseThrow();
    }

    @Test
    void uniqueConstraintNamesResolveToFields() {
        RefractException e = Failures.translate(MYSQL, new SQLException("Duplicate entry 'a' for key 'User_email_key'", "23000", 1062),
                model("User"), "INSERT");
        assertThat(e.code()).isEqualTo("P2002");
        assertThat(e.getMessage()).isEqualTo("Unique constraint failed on the fields: (`email`)");
        assertThat(e.meta()).containsEntry("target", List.of("email")).containsEntry("modelName", "User");
        RefractException pk = Failures.translate(MYSQL, new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062),
                model("User"), "INSERT");
        assertThat(pk.meta()).containsEntry("target", List.of("id"));
    }

    @Test
    void foreignKeyNamesResolveToFields() {
        RefractException e = Failures.translate(MYSQL, new SQLException("Cannot add or update a child row: a foreign key constraint "
                + "fails (`db`.`Post`, CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`))", "23000", 1452),
                model("Post"), "INSERT");
        assertThat(e.code()).isEqualTo("P2003");
        assertThat(e.getMessage()).isEqualTo("Foreign key constraint violated on the fields: (`authorId`)");
        assertThat(e.meta()).containsEntry("field_name", "authorId").containsEntry("modelName", "Post");
    }

    @Test
    void nullViolationsNameTheFields() {
        RefractException e = Failures.translate(MYSQL, new SQLException("Column 'name' cannot be null", "23000", 1048), model("User"), "");
        assertThat(e.code()).isEqualTo("P2011");
        assertThat(e.getMessage()).isEqualTo("Null constraint violation on the fields: (`name`)");
        assertThat(e.meta()).containsEntry("constraint", List.of("name"));
    }

    @Test
    void otherCodes() {
        assertThat(Failures.translate(MYSQL, new SQLException("Data too long for column 'name' at row 1", "22001", 1406), model("User"), "")
                .getMessage()).isEqualTo("The provided value for the column is too long for the column's type. Column: name");
        RefractException p2034 = Failures.translate(POSTGRES, new SQLException("could not serialize access", "40001"), model("User"), "");
        assertThat(p2034.code()).isEqualTo("P2034");
        assertThat(p2034.isRetryable()).isTrue();
        assertThat(Failures.translate(POSTGRES, new SQLException("timeout", "57014"), null, "").code()).isEqualTo("P1008");
        assertThat(Failures.translate(POSTGRES, new SQLException("gone", "08006"), null, "").code()).isEqualTo("P1017");
        assertThat(Failures.translate(POSTGRES, new SQLException("refused", "08001"), null, "").code()).isEqualTo("P1001");
        RefractException other = Failures.translate(POSTGRES, new SQLException("syntax", "42601"), null, "SELECT");
        assertThat(other.code()).isEmpty();
        assertThat(other.meta()).containsEntry("sqlState", "42601");
    }
}
