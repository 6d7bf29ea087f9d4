package dev.refract.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void defaultsAreTheLocalServers() {
        KitEnvironment env = KitEnvironment.from(Map.of());
        assertThat(env.ci()).isFalse();
        assertThat(env.postgres().withDatabase("db").prismaUrl("postgresql"))
                .isEqualTo("postgresql://postgres@127.0.0.1:5432/db");
        assertThat(env.postgres().withDatabase("db").jdbcUrl("postgresql"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/db");
        assertThat(env.mysql().withDatabase("db").prismaUrl("mysql")).isEqualTo("mysql://root@127.0.0.1:3306/db");
        assertThat(env.mysql().jdbcUrl("mariadb")).isEqualTo("jdbc:mariadb://127.0.0.1:3306/");
    }

    @Test
    void environmentOverridesHostPortAndCredentials() {
        KitEnvironment env = KitEnvironment.from(Map.of(
                "CI", "true",
                KitEnvironment.PG_URL, "postgresql://app:s%40cret@db.local:6543",
                KitEnvironment.MYSQL_URL, "mysql://tester@10.0.0.9"));
        assertThat(env.ci()).isTrue();
        assertThat(env.postgres()).isEqualTo(new ServerAddress("db.local", 6543, "app", "s@cret", "postgres"));
        assertThat(env.postgres().withDatabase("x").prismaUrl("postgresql"))
                .isEqualTo("postgresql://app:s%40cret@db.local:6543/x");
        assertThat(env.mysql()).isEqualTo(new ServerAddress("10.0.0.9", 3306, "tester", "", null));
    }

    @Test
    void aUrlOfTheWrongKindIsRefusedByName() {
        assertThatThrownBy(() -> KitEnvironment.from(Map.of(KitEnvironment.PG_URL, "mysql://root@localhost")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KitEnvironment.PG_URL)
                .hasMessageContaining("postgresql://user:password@host:port");
    }

    @Test
    void ciMeansTheWordTrue() {
        assertThat(KitEnvironment.from(Map.of("CI", "TRUE")).ci()).isTrue();
        assertThat(KitEnvironment.from(Map.of("CI", "1")).ci()).isFalse();
        assertThat(KitEnvironment.from(Map.of("CI", "false")).ci()).isFalse();
    }
}
