package dev.refract.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {
    @Test
    void sha256HexZeroPadded() {
        assertThat(Checksums.of("hello")).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(Checksums.of("abcd")).hasSize(64);
        assertThat(Checksums.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void utf8TextIsHashedAsUtf8() {
        assertThat(Checksums.of("é")).isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void lineEndingsDoNotMatter() {
        String[][] groups = {
            {"ab\ncd\nef\ngh\rab", "ab\r\ncd\r\nef\r\ngh\rab"},
            {"ab\ncd\nef\ngh\rab\n", "ab\r\ncd\r\nef\r\ngh\rab\r\n"},
        };
        for (String[] group : groups) {
            for (String script : group) {
                for (String other : group) {
                    assertThat(Checksums.matches(script, Checksums.of(other))).as("%s vs %s", script, other).isTrue();
                }
            }
        }
    }

    @Test
    void otherTextDoesNotMatch() {
        assertThat(Checksums.matches("abc", Checksums.of("abcd"))).isFalse();
        assertThat(Checksums.matches("abc\n", Checksums.of("abc"))).isFalse();
    }

    @Test
    void unpaddedChecksumsOfOldEnginesStillMatch() {
        // sha256("hello") has the bytes 0x0e and 0x04, written "e" and "4" by engines before the fix
        String old = "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824";
        assertThat(old).hasSizeLessThan(64);
        assertThat(Checksums.matches("hello", old)).isTrue();
    }
}
