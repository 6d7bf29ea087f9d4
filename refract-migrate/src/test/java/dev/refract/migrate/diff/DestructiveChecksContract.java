package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The checks every database shares; subclasses name the database. Inserts use backticks for
 * identifiers, rewritten to the database's quote.
 */
abstract class DestructiveChecksContract {
    private static final String USER = """
            model User {
              id    Int     @id
              email String
              name  String?
            }
            """;

    abstract DestructiveChecksRunner runner();

    @Test
    void droppingAColumnCountsItsValues() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int    @id
                  email String
                }
                """, "INSERT INTO `User` (`id`, `email`, `name`) VALUES (1, 'a@x', 'Ann'), (2, 'b@x', NULL)"))
                .containsExactly("You are about to drop the column `name` on the `User` table, which still contains "
                        + "1 non-null values.");
    }

    @Test
    void droppingAColumnOfNullsIsSafe() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int    @id
                  email String
                }
                """, "INSERT INTO `User` (`id`, `email`) VALUES (1, 'a@x')")).isEmpty();
    }

    @Test
    void droppingATableCountsItsRows() throws SQLException {
        assertThat(runner().messages(USER + """
                model Log {
                  id Int @id
                }
                """, USER, "INSERT INTO `Log` (`id`) VALUES (1), (2), (3)"))
                .containsExactly("You are about to drop the `Log` table, which is not empty (3 rows).");
    }

    @Test
    void droppingAnEmptyTableIsSafe() throws SQLException {
        assertThat(runner().messages(USER + """
                model Log {
                  id Int @id
                }
                """, USER)).isEmpty();
    }

    @Test
    void aRequiredColumnCannotBeAddedToATableWithRows() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int     @id
                  email String
                  name  String?
                  age   Int
                }
                """, "INSERT INTO `User` (`id`, `email`) VALUES (1, 'a@x'), (2, 'b@x')"))
                .containsExactly("Added the required column `age` to the `User` table without a default value. "
                        + "There are 2 rows in this table, it is not possible to execute this step.");
    }

    @Test
    void aRequiredColumnCanBeAddedToAnEmptyTable() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int     @id
                  email String
                  name  String?
                  age   Int
                }
                """)).isEmpty();
    }

    @Test
    void makingAColumnRequiredCountsItsNulls() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int    @id
                  email String
                  name  String
                }
                """, "INSERT INTO `User` (`id`, `email`, `name`) VALUES (1, 'a@x', NULL), (2, 'b@x', 'Bo'), "
                        + "(3, 'c@x', NULL)"))
                .containsExactly("Made the column `name` on table `User` required, but there are 2 existing NULL "
                        + "values.");
    }

    @Test
    void makingAColumnRequiredWithoutNullsIsFine() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int    @id
                  email String
                  name  String
                }
                """, "INSERT INTO `User` (`id`, `email`, `name`) VALUES (1, 'a@x', 'Al')")).isEmpty();
    }

    @Test
    void aNewUniqueConstraintAlwaysWarns() throws SQLException {
        assertThat(runner().messages(USER, """
                model User {
                  id    Int     @id
                  email String  @unique
                  name  String?
                }
                """)).containsExactly("A unique constraint covering the columns `[email]` on the table `User` will "
                        + "be added. If there are existing duplicate values, this will fail.");
    }
}
