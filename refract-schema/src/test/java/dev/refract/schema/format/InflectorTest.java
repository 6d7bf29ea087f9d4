package dev.refract.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names of generated relation fields: the camelCase and plural rules Prisma's inflector applies. */
class InflectorTest {

    @ParameterizedTest
    @CsvSource({
        "User, user",
        "PostableEntity, postableEntity",
        "Post2, post2",
        "FOO_BAR, fooBar",
        "foo-bar, fooBar",
        "user_account, userAccount",
        "APIKey, apikey",
        "aBC, aBC",
    })
    void camelCase(String name, String expected) {
        assertThat(Inflector.camelCase(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "post, posts",
        "postableEntity, postableEntities",
        "post2, post2s",
        "category, categories",
        "person, people",
        "mouse, mice",
        "box, boxes",
        "status, statuses",
        "news, news",
        "series, series",
        "datum, data",
        "child, children",
        "knife, knives",
        "ox, oxen",
        "apikey, apikeys",
        "userAccount, userAccounts",
    })
    void plural(String word, String expected) {
        assertThat(Inflector.plural(word)).isEqualTo(expected);
    }
}
