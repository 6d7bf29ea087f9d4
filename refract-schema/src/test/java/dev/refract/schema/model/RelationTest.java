package dev.refract.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import org.junit.jupiter.api.Test;

/** The resolved relations downstream code relies on: kinds, model A/B, join tables, referencing sides. */
class RelationTest {
    static Schema schema(String text) {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        assertThat(result.render(false)).isEmpty();
        return result.resolved().orElseThrow();
    }

    static RelationField field(Schema schema, String model, String field) {
        return schema.model(model).orElseThrow().relationFields().stream().filter(f -> f.name().equals(field))
                .findFirst().orElseThrow();
    }

    private static final String PG = "datasource db {\n  provider = \"postgresql\"\n}\n";

    @Test
    void oneToManyHasTheReferencingModelAsModelA() {
        Schema s = schema(PG + """
                model User {
                  id    Int    @id
                  posts Post[]
                }
                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        assertThat(s.relations()).hasSize(1);
        Relation r = s.relations().get(0);
        assertThat(r.kind()).isEqualTo(Relation.Kind.ONE_TO_MANY);
        assertThat(r.name()).isEqualTo("PostToUser");
        assertThat(r.isExplicitlyNamed()).isFalse();
        assertThat(r.modelA().name()).isEqualTo("Post");
        assertThat(r.modelB().name()).isEqualTo("User");
        assertThat(r.referencingModel().name()).isEqualTo("Post");
        assertThat(r.forwardField()).isSameAs(field(s, "Post", "author"));
        assertThat(r.backField()).isSameAs(field(s, "User", "posts"));
        assertThat(r.referencingSide()).isSameAs(field(s, "Post", "author"));
        assertThat(r.joinTableName()).isNull();
        assertThat(field(s, "User", "posts").relation()).isSameAs(r);
        assertThat(field(s, "User", "posts").opposite()).isSameAs(field(s, "Post", "author"));
        assertThat(field(s, "Post", "author").isForward()).isTrue();
        assertThat(field(s, "User", "posts").isForward()).isFalse();
        assertThat(field(s, "Post", "author").fields()).extracting(ScalarField::name).containsExactly("authorId");
        assertThat(field(s, "Post", "author").references()).extracting(ScalarField::name).containsExactly("id");
    }

    @Test
    void optionalOneToOneTakesModelAFromTheSideWithFields() {
        Schema s = schema(PG + """
                model Account {
                  id   Int   @id
                  user User?
                }
                model User {
                  id        Int      @id
                  accountId Int?     @unique
                  account   Account? @relation(fields: [accountId], references: [id])
                }
                """);
        Relation r = s.relations().get(0);
        assertThat(r.kind()).isEqualTo(Relation.Kind.ONE_TO_ONE);
        assertThat(r.modelA().name()).isEqualTo("User");
        assertThat(r.fieldA().name()).isEqualTo("account");
        assertThat(r.fieldB().name()).isEqualTo("user");
        assertThat(r.name()).isEqualTo("AccountToUser");
    }

    @Test
    void forwardOnlyRelationOverAUniqueFieldIsOneToOne() {
        // Invalid (no back side) but inferred as Prisma does: unique `fields` make it one-to-one.
        ValidationResult result = PrismaSchema.validate("schema.prisma", PG + """
                model User {
                  id Int @id
                }
                model Profile {
                  id     Int  @id
                  userId Int  @unique
                  user   User @relation(fields: [userId], references: [id])
                }
                """);
        assertThat(result.render(false)).contains("missing an opposite relation field");
    }

    @Test
    void implicitManyToManyPutsTheModelNameSortingFirstInColumnA() {
        Schema s = schema(PG + """
                model Zebra {
                  id     Int     @id
                  apples Apple[]
                }
                model Apple {
                  id     Int     @id
                  zebras Zebra[]
                }
                """);
        Relation r = s.relations().get(0);
        assertThat(r.kind()).isEqualTo(Relation.Kind.IMPLICIT_MANY_TO_MANY);
        assertThat(r.modelA().name()).isEqualTo("Apple");
        assertThat(r.fieldA()).isSameAs(field(s, "Apple", "zebras"));
        assertThat(r.modelB().name()).isEqualTo("Zebra");
        assertThat(r.name()).isEqualTo("AppleToZebra");
        assertThat(r.joinTableName()).isEqualTo("_AppleToZebra");
        assertThat(r.referencingSide()).isNull();
        assertThat(field(s, "Zebra", "apples").effectiveOnDelete()).isEqualTo(ReferentialAction.CASCADE);
    }

    @Test
    void namedSelfManyToManyOrdersByFieldName() {
        Schema s = schema(PG + """
                model User {
                  id        Int    @id
                  following User[] @relation("follows")
                  followers User[] @relation("follows")
                }
                """);
        assertThat(s.relations()).hasSize(1);
        Relation r = s.relations().get(0);
        assertThat(r.isSelfRelation()).isTrue();
        assertThat(r.fieldA().name()).isEqualTo("followers");
        assertThat(r.fieldB().name()).isEqualTo("following");
        assertThat(r.joinTableName()).isEqualTo("_follows");
    }

    @Test
    void selfOneToManyIsOneRelation() {
        Schema s = schema(PG + """
                model Folder {
                  id       Int      @id
                  parentId Int?
                  parent   Folder?  @relation("tree", fields: [parentId], references: [id])
                  children Folder[] @relation("tree")
                }
                """);
        assertThat(s.relations()).hasSize(1);
        Relation r = s.relations().get(0);
        assertThat(r.kind()).isEqualTo(Relation.Kind.ONE_TO_MANY);
        assertThat(r.name()).isEqualTo("tree");
        assertThat(r.fieldA().name()).isEqualTo("parent");
        assertThat(r.fieldB().name()).isEqualTo("children");
    }
}
