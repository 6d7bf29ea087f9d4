package dev.refract.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractClient;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The cell editors in headless Chromium: each fits its type and refuses values that do not fit. */
@SqliteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioEditorsBrowserTest {
    private final TestDatabase db;
    private RefractClient client;
    private Studio studio;
    private Browser browser;

    StudioEditorsBrowserTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(StudioEditorsBrowserTest.class);
        client = TypesFixture.create(db, Provider.SQLITE);
        client.execute("Thing", "create", Map.of("data", Map.of("label", "one", "price", "2.50", "blob", "AAEC")));
        client.execute("Doc", "createMany", Map.of("data", List.of(Map.of("id", 1))));
        studio = Studio.start(client, StudioOptions.defaults().withPort(0));
        browser.andWaitForRows(() -> browser.driver.get(studio.url() + "#/Thing"));
    }

    @AfterAll
    void stop() throws Exception {
        if (studio != null) {
            studio.close();
        }
        if (client != null) {
            client.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private WebElement edit(String field) {
        browser.find("#grid tr[data-key='[1]'] td[data-field=" + field + "]").click();
        return browser.find("#editor-input");
    }

    private void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    void eachTypeHasAFittingEditorThatRefusesWhatDoesNotFit() throws Exception {
        assertThat(browser.text("#grid tr[data-key='[1]'] td[data-field=blob]")).isEqualTo("3 bytes · AAEC");

        WebElement bytes = edit("blob");
        assertThat(bytes.getTagName()).isEqualTo("textarea");
        assertThat(browser.text("#editor-hint")).isEqualTo("3 bytes (base64)");
        type(bytes, "not base64!");
        assertThat(browser.text("#editor-hint")).startsWith("Base64 text is expected");
        assertThat(browser.find("#editor-ok").isEnabled()).isFalse();
        type(bytes, "AAECAw==");
        assertThat(browser.text("#editor-hint")).isEqualTo("4 bytes (base64)");
        browser.click("#editor-ok");

        WebElement price = edit("price");
        type(price, "12,5");
        assertThat(browser.text("#editor-hint")).startsWith("A decimal number");
        type(price, "12.50");
        browser.click("#editor-ok");

        WebElement big = edit("big");
        type(big, "1.5");
        assertThat(browser.find("#editor-ok").isEnabled()).isFalse();
        type(big, "9007199254740993");
        browser.click("#editor-ok");

        WebElement mood = edit("mood");
        assertThat(mood.getTagName()).isEqualTo("select");
        assertThat(mood.findElements(org.openqa.selenium.By.tagName("option"))).extracting(WebElement::getText).containsExactly("HAPPY", "SAD");
        browser.click("#editor-cancel");

        assertThat(edit("at").getDomAttribute("type")).isEqualTo("datetime-local");
        assertThat(browser.text("#editor-hint")).isEqualTo("UTC");
        browser.click("#editor-cancel");

        edit("note");
        assertThat(browser.find("#editor-null").isDisplayed()).isTrue();
        browser.click("#editor-cancel");
        edit("label");
        assertThat(browser.find("#editor-null").isDisplayed()).as("a required field cannot be set to null").isFalse();
        browser.click("#editor-cancel");

        browser.screenshot("editors-staged");
        browser.click("#save");
        browser.until(() -> browser.find("#changes-bar").getDomAttribute("hidden") != null, "the save");
        assertThat(BlogFixture.scalar(db, "SELECT hex(blob) FROM Thing WHERE id = 1")).isEqualTo("00010203");
        assertThat(BlogFixture.scalar(db, "SELECT CAST(big AS TEXT) FROM Thing WHERE id = 1")).isEqualTo("9007199254740993");
        assertThat(new java.math.BigDecimal(String.valueOf(BlogFixture.scalar(db, "SELECT price FROM Thing WHERE id = 1")))).isEqualByComparingTo("12.5");
    }

    @Test
    void theJsonEditorValidatesAsYouType() throws Exception {
        browser.andWaitForRows(() -> browser.driver.get(studio.url() + "#/Doc"));
        WebElement json = edit("meta");
        assertThat(json.getTagName()).isEqualTo("textarea");
        type(json, "{\"a\": [1, 2");
        assertThat(browser.text("#editor-hint")).startsWith("Invalid JSON");
        assertThat(json.getDomAttribute("class")).contains("invalid");
        assertThat(browser.find("#editor-ok").isEnabled()).isFalse();
        type(json, "{\"a\": [1, 2]}");
        assertThat(browser.text("#editor-hint")).isEqualTo("JSON");
        assertThat(browser.find("#editor-ok").isEnabled()).isTrue();
        browser.screenshot("json-editor");
        browser.click("#editor-cancel");
    }
}
