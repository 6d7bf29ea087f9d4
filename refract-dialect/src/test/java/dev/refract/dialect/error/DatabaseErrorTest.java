package dev.refract.dialect.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.DatabaseError.Kind;
import dev.refract.schema.model.Provider;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each dialect's reading of its drivers' exceptions (messages as the drivers word them). */
class DatabaseErrorTest {
    private static final Dialect POSTGRES = Dialect.of(Provider.POSTGRESQL);
    private static final Dialect MYSQL = Dialect.of(Provider.MYSQL);
    private static final Dialect SQLITE = Dialect.of(Provider.SQLITE);

    @Test
    void postgres() {
        DatabaseError unique = POSTGRES.classify(new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"User_email_key\"\n  Detail: Key (email)=(a@x.io) already exists.", "23505"));
        assertThat(unique).isEqualTo(new DatabaseError(Kind.UNIQUE_VIOLATION, "User_email_key", List.of("email"), null));
        DatabaseError compound = POSTGRES.classify(new SQLException("ERROR: duplicate key value violates unique constraint "
                + "\"A_x_y_key\"\n  Detail: Key (x, \"y\")=(1, 2) already exists.", "23505"));
        assertThat(compound.columns()).containsExactly("x", "y");
        DatabaseError fk = POSTGRES.classify(new SQLException("ERROR: insert or update on table \"Post\" violates foreign key "
                + "constraint \"Post_authorId_fkey\"\n  Detail: Key (\"authorId\")=(9) is not present in table \"User\".", "23503"));
        assertThat(fk).isEqualTo(new DatabaseError(Kind.FOREIGN_KEY_VIOLATION, "Post_authorId_fkey", List.of("authorId"), "Post"));
        DatabaseError nul = POSTGRES.classify(new SQLException("ERROR: null value in column \"password\" of relation \"User\" "
                + "violates not-null constraint", "23502"));
        assertThat(nul).isEqualTo(new DatabaseError(Kind.NULL_VIOLATION, null, List.of("password"), "User"));
        assertThat(POSTGRES.classify(new SQLException("ERROR: value too long for type character varying(5)", "22001")).kind())
                .isEqualTo(Kind.VALUE_TOO_LONG);
        assertThat(POSTGRES.classify(new SQLException("could not serialize access", "40001")).kind()).isEqualTo(Kind.SERIALIZATION_FAILURE);
        assertThat(POSTGRES.classify(new SQLException("deadlock detected", "40P01")).kind()).isEqualTo(Kind.SERIALIZATION_FAILURE);
        assertThat(POSTGRES.classify(new SQLException("canceling statement due to statement timeout", "57014")).kind())
                .isEqualTo(Kind.TIMED_OUT);
        assertThat(POSTGRES.classify(new SQLException("terminating connection due to administrator command", "57P01")).kind())
                .isEqualTo(Kind.CONNECTION_CLOSED);
        assertThat(POSTGRES.classify(new SQLException("An I/O error occurred while sending to the backend.", "08006")).kind())
                .isEqualTo(Kind.CONNECTION_CLOSED);
        assertThat(POSTGRES.classify(new SQLException("Connection refused", "08001")).kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(POSTGRES.classify(new SQLException("syntax error", "42601")).kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void mysqlAndMariaDb() {
        assertThat(MYSQL.classify(new SQLException("Duplicate entry 'a@x.io' for key 'User_email_key'", "23000", 1062)))
                .isEqualTo(new DatabaseError(Kind.UNIQUE_VIOLATION, "User_email_key", List.of(), null));
        assertThat(MYSQL.classify(new SQLException("Duplicate entry 'a@x.io' for key 'User.User_email_key'", "23000", 1062)).constraint())
                .isEqualTo("User_email_key");
        DatabaseError fk = MYSQL.classify(new SQLException("Cannot add or update a child row: a foreign key constraint fails "
                + "(`db`.`Post`, CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User` (`id`) ON UPDATE CASCADE)",
                "23000", 1452));
        assertThat(fk).isEqualTo(new DatabaseError(Kind.FOREIGN_KEY_VIOLATION, "Post_authorId_fkey", List.of("authorId"), "Post"));
        assertThat(MYSQL.classify(new SQLException("Field 'password' doesn't have a default value", "HY000", 1364)).columns())
                .containsExactly("password");
        assertThat(MYSQL.classify(new SQLException("Column 'password' cannot be null", "23000", 1048)).kind()).isEqualTo(Kind.NULL_VIOLATION);
        assertThat(MYSQL.classify(new SQLException("Data too long for column 'name' at row 1", "22001", 1406)))
                .isEqualTo(new DatabaseError(Kind.VALUE_TOO_LONG, null, List.of("name"), null));
        assertThat(MYSQL.classify(new SQLException("Deadlock found when trying to get lock", "40001", 1213)).kind())
                .isEqualTo(Kind.SERIALIZATION_FAILURE);
        assertThat(MYSQL.classify(new SQLException("Lock wait timeout exceeded", "HY000", 1205)).kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(MYSQL.classify(new SQLException("Server has gone away", "08S01", 2006)).kind()).isEqualTo(Kind.CONNECTION_CLOSED);
    }

    @Test
    void sqlite() {
        assertThat(SQLITE.classify(new SQLException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: User.email)", null, 2067)))
                .isEqualTo(new DatabaseError(Kind.UNIQUE_VIOLATION, null, List.of("email"), "User"));
        assertThat(SQLITE.classify(new SQLException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: A.x, A.y)", null, 2067)).columns()).containsExactly("x", "y");
        assertThat(SQLITE.classify(new SQLException("[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed "
                + "(FOREIGN KEY constraint failed)", null, 787)).kind()).isEqualTo(Kind.FOREIGN_KEY_VIOLATION);
        assertThat(SQLITE.classify(new SQLException("[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed "
                + "(NOT NULL constraint failed: User.password)", null, 1299)).columns()).containsExactly("password");
        assertThat(SQLITE.classify(new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)", null, 5)).kind())
                .isEqualTo(Kind.TIMED_OUT);
    }
}
