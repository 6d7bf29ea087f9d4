package dev.refract.schema.model;

import static dev.refract.schema.model.RelationTest.field;
import static dev.refract.schema.model.RelationTest.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Effective referential actions, Prisma's defaults included, seen from both sides of a relation. */
class RelationFieldTest {
    private static String schemaWith(String datasource, String authorField, String authorIdType) {
        return datasource + """
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId %s
                  %s

                  @@index([authorId])
                }
                """.formatted(authorIdType, authorField);
    }

    private static final String PG = "datasource db {\n  provider = \"postgresql\"\n}\n";

    @Test
    void requiredRelationDefaultsToRestrictOnDeleteAndCascadeOnUpdate() {
        Schema s = schema(schemaWith(PG, "author User @relation(fields: [authorId], references: [id])", "Int"));
        RelationField author = field(s, "Post", "author");
        assertThat(author.explicitOnDelete()).isEmpty();
        assertThat(author.effectiveOnDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(author.effectiveOnUpdate()).isEqualTo(ReferentialAction.CASCADE);
        // the back side reports the relation's actions
        assertThat(field(s, "User", "posts").effectiveOnDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(field(s, "User", "posts").effectiveOnUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void optionalRelationDefaultsToSetNullOnDelete() {
        Schema s = schema(schemaWith(PG, "author User? @relation(fields: [authorId], references: [id])", "Int?"));
        assertThat(field(s, "Post", "author").effectiveOnDelete()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(field(s, "Post", "author").effectiveOnUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void optionalRelationOverARequiredColumnIsRequiredForTheDefault() {
        Schema s = schema(schemaWith(PG, "author User? @relation(fields: [authorId], references: [id])", "Int"));
        RelationField author = field(s, "Post", "author");
        assertThat(author.referentialArity().isRequired()).isTrue();
        assertThat(author.effectiveOnDelete()).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void explicitActionsWin() {
        Schema s = schema(schemaWith(PG,
                "author User @relation(fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction)",
                "Int"));
        assertThat(field(s, "Post", "author").effectiveOnDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(field(s, "Post", "author").effectiveOnUpdate()).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(field(s, "User", "posts").effectiveOnDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void relationModePrismaKeepsTheDefaultsTheClientEmulates() {
        String ds = "datasource db {\n  provider     = \"mysql\"\n  relationMode = \"prisma\"\n}\n";
        Schema s = schema(schemaWith(ds, "author User @relation(fields: [authorId], references: [id])", "Int"));
        assertThat(s.relationMode()).isEqualTo(RelationMode.PRISMA);
        assertThat(field(s, "Post", "author").effectiveOnDelete()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(field(s, "Post", "author").effectiveOnUpdate()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void withoutADatasourceTheDefaultsAreTheSame() {
        Schema s = schema(schemaWith("", "author User? @relation(fields: [authorId], references: [id])", "Int?"));
        assertThat(field(s, "Post", "author").effectiveOnDelete()).isEqualTo(ReferentialAction.SET_NULL);
    }

    @Test
    void foreignKeyNameDefaultsToTableColumnsFkeyWithMappedNames() {
        Schema s = schema(PG + """
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId Int  @map("author_id")
                  author   User @relation(fields: [authorId], references: [id])

                  @@map("posts")
                }
                """);
        assertThat(field(s, "Post", "author").constraintName(63)).isEqualTo("posts_author_id_fkey");
        assertThat(field(s, "User", "posts").constraintName(63)).isEqualTo("posts_author_id_fkey");
    }

    @Test
    void foreignKeyNameIsCutBeforeTheSuffixAndMapWins() {
        String longColumn = "a".repeat(70);
        Schema s = schema(PG + """
                model User {
                  id    Int    @id
                  posts Post[]
                  other Post[] @relation("other")
                }
                model Post {
                  id       Int  @id
                  %s Int
                  otherId  Int
                  author   User @relation(fields: [%s], references: [id])
                  owner    User @relation("other", fields: [otherId], references: [id], map: "owner_fk")
                }
                """.formatted(longColumn, longColumn));
        String name = field(s, "Post", "author").constraintName(63);
        assertThat(name).isEqualTo(("Post_" + longColumn).substring(0, 58) + "_fkey").hasSize(63);
        assertThat(field(s, "Post", "owner").constraintName(63)).isEqualTo("owner_fk");
    }
}
