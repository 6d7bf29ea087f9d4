package dev.refract.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractClient;
import dev.refract.schema.model.Provider;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Studio in headless Chromium on the seeded blog database (SQLite): the steps a user takes, in
 * order, each checked on the page and then in the database with JDBC. Screenshots of every step
 * are kept under target/studio-e2e.
 */
@SqliteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioBrowserTest {
    private final TestDatabase db;
    private RefractClient client;
    private Studio studio;
    private Browser browser;

    StudioBrowserTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(StudioBrowserTest.class);
        client = BlogFixture.create(db, Provider.SQLITE);
        studio = Studio.start(client, StudioOptions.defaults().withPort(0));
        browser.andWaitForRows(() -> browser.driver.get(studio.url().toString()));
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

    private Object db(String sql) throws Exception {
        return BlogFixture.scalar(db, sql);
    }

    private long dbLong(String sql) throws Exception {
        return ((Number) db(sql)).longValue();
    }

    private void open(String model) {
        browser.andWaitForRows(() -> browser.click("#models a[data-model=" + model + "]"));
        browser.until(() -> browser.text("#title").equals(model), model + " to open");
    }

    private void waitForSave() {
        browser.until(() -> !browser.find("#save").isEnabled() || browser.all("#changes-bar[hidden]").size() == 1
                || !browser.all("tr.row-error").isEmpty(), "the save to finish");
        browser.until(() -> browser.find("#save").isEnabled(), "the save button to come back");
    }

    private void save() {
        browser.click("#save");
        waitForSave();
    }

    @Test
    @Order(1)
    void opensOnTheFirstModelWithEveryModelsRowCount() throws Exception {
        browser.until(() -> browser.text("#models a[data-model=Post] .count").equals("30"), "model counts");
        assertThat(browser.text("#title")).isEqualTo("User");
        assertThat(browser.text("#models a[data-model=User] .count")).isEqualTo(String.valueOf(dbLong("SELECT COUNT(*) FROM \"User\"")));
        assertThat(browser.text("#models a[data-model=Category] .count")).isEqualTo("2");
        assertThat(browser.text("#total")).isEqualTo("12 rows");
        assertThat(browser.all("#grid tbody tr[data-key]")).hasSize(12);
        assertThat(browser.driver.getCurrentUrl()).contains("?token=" + studio.token()).endsWith("#/User");
        assertThat(browser.text("#grid tr[data-key='[1]'] td[data-field=profile]")).isEqualTo("Profile 1 →");
        assertThat(browser.text("#grid tr[data-key='[2]'] td[data-field=profile]")).isEqualTo("null");
        browser.screenshot("users");
    }

    @Test
    @Order(2)
    void navigatesToPostsAndPagesOnTheServer() throws Exception {
        open("Post");
        assertThat(browser.text("#total")).isEqualTo(dbLong("SELECT COUNT(*) FROM \"Post\"") + " rows");
        browser.andWaitForRows(() -> new Select(browser.find("#page-size")).selectByVisibleText("25"));
        assertThat(browser.text("#pager-info")).startsWith("Rows 1–25 of 30");
        assertThat(browser.all("#grid tbody tr[data-key]")).hasSize(25);
        browser.andWaitForRows(() -> browser.click("#next"));
        assertThat(browser.text("#pager-info")).startsWith("Rows 26–30 of 30 · page 2 of 2");
        assertThat(browser.all("#grid tbody tr[data-key]")).hasSize(5);
        assertThat(browser.driver.getCurrentUrl()).contains("page=2").contains("size=25");
        assertThat(browser.find("#next").isEnabled()).isFalse();
        browser.screenshot("posts-page-2");
        browser.andWaitForRows(() -> browser.click("#prev"));
        assertThat(browser.text("#pager-info")).startsWith("Rows 1–25 of 30");
    }

    @Test
    @Order(3)
    void sortsByAColumn() throws Exception {
        browser.andWaitForRows(() -> browser.click("#grid th[data-field=title]"));
        assertThat(browser.text("#grid tbody tr[data-key] td[data-field=title]")).isEqualTo("Post 01");
        browser.andWaitForRows(() -> browser.click("#grid th[data-field=title]"));
        assertThat(browser.text("#grid tbody tr[data-key] td[data-field=title]")).isEqualTo("Post 30");
        assertThat(browser.text("#grid th[data-field=title]")).contains("▼");
        assertThat(browser.driver.getCurrentUrl()).contains("order=title:desc");
        browser.screenshot("posts-sorted");
    }

    @Test
    @Order(4)
    void filtersByFieldTypeAndHidesAColumn() throws Exception {
        browser.click("#filter-toggle");
        browser.click("#add-filter");
        WebElement row = browser.find("#filter-rows .filter-row");
        new Select(row.findElement(org.openqa.selenium.By.cssSelector(".f-field"))).selectByVisibleText("published");
        row = browser.find("#filter-rows .filter-row");
        new Select(row.findElement(org.openqa.selenium.By.cssSelector(".f-value"))).selectByVisibleText("true");
        browser.click("#add-filter");
        WebElement second = browser.all("#filter-rows .filter-row").get(1);
        new Select(second.findElement(org.openqa.selenium.By.cssSelector(".f-field"))).selectByVisibleText("title");
        second = browser.all("#filter-rows .filter-row").get(1);
        new Select(second.findElement(org.openqa.selenium.By.cssSelector(".f-op"))).selectByVisibleText("contains");
        second = browser.all("#filter-rows .filter-row").get(1);
        second.findElement(org.openqa.selenium.By.cssSelector(".f-value")).sendKeys("Post 1");
        browser.andWaitForRows(() -> browser.click("#apply-filters"));
        long expected = dbLong("SELECT COUNT(*) FROM \"Post\" WHERE published = 1 AND title LIKE '%Post 1%'");
        assertThat(expected).isEqualTo(5);
        assertThat(browser.text("#total")).isEqualTo(expected + " rows");
        assertThat(browser.all("#chips .chip")).hasSize(2);
        assertThat(browser.driver.getCurrentUrl()).contains("filters=");
        browser.click("#columns-toggle");
        browser.andWaitForRows(() -> browser.click("#columns input[data-column=content]"));
        assertThat(browser.all("#grid th[data-field=content]")).isEmpty();
        assertThat(browser.driver.getCurrentUrl()).contains("hide=content");
        browser.click("#columns-toggle");
        browser.screenshot("posts-filtered");

        // the URL is the view: opening it again shows the same rows
        String url = browser.driver.getCurrentUrl();
        browser.andWaitForRows(() -> browser.driver.navigate().refresh());
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);
        assertThat(browser.text("#total")).isEqualTo(expected + " rows");
        assertThat(browser.all("#grid th[data-field=content]")).isEmpty();
    }

    @Test
    @Order(41)
    void filtersNumberRangesAndNulls() throws Exception {
        String back = browser.driver.getCurrentUrl();
        browser.andWaitForRows(() -> browser.driver.get(studio.url() + "#/Post"));
        browser.click("#filter-toggle");
        browser.click("#add-filter");
        WebElement row = browser.find("#filter-rows .filter-row");
        new Select(row.findElement(org.openqa.selenium.By.cssSelector(".f-field"))).selectByVisibleText("id");
        new Select(browser.find("#filter-rows .f-op")).selectByVisibleText("between");
        browser.find("#filter-rows .f-value").sendKeys("5");
        browser.find("#filter-rows .f-value2").sendKeys("14");
        browser.click("#add-filter");
        WebElement second = browser.all("#filter-rows .filter-row").get(1);
        new Select(second.findElement(org.openqa.selenium.By.cssSelector(".f-field"))).selectByVisibleText("content");
        second = browser.all("#filter-rows .filter-row").get(1);
        new Select(second.findElement(org.openqa.selenium.By.cssSelector(".f-op"))).selectByVisibleText("is null");
        browser.andWaitForRows(() -> browser.click("#apply-filters"));
        long expected = dbLong("SELECT COUNT(*) FROM \"Post\" WHERE id BETWEEN 5 AND 14 AND content IS NULL");
        assertThat(expected).isEqualTo(2);
        assertThat(browser.text("#total")).isEqualTo(expected + " rows");
        assertThat(browser.all("#grid tbody tr[data-key] td[data-field=id]")).extracting(WebElement::getText).containsExactly("5", "10");
        browser.click("#filter-toggle");
        browser.andWaitForRows(() -> browser.driver.get(back));
    }

    @Test
    @Order(5)
    void followsAForeignKeyAndAListRelation() throws Exception {
        String firstTitle = browser.text("#grid tbody tr[data-key] td[data-field=title]");
        long authorId = dbLong("SELECT authorId FROM \"Post\" WHERE title = '" + firstTitle + "'");
        browser.andWaitForRows(() -> browser.find("#grid tbody tr[data-key] td[data-field=author] a").click());
        assertThat(browser.text("#title")).isEqualTo("User");
        assertThat(browser.text("#total")).isEqualTo("1 row");
        assertThat(browser.text("#grid tbody tr[data-key] td[data-field=id]")).isEqualTo(String.valueOf(authorId));
        assertThat(browser.text("#grid tbody tr[data-key] td[data-field=email]")).isEqualTo(db("SELECT email FROM \"User\" WHERE id = " + authorId));
        long posts = dbLong("SELECT COUNT(*) FROM \"Post\" WHERE authorId = " + authorId);
        WebElement link = browser.find("#grid tbody tr[data-key] td[data-field=posts] a");
        assertThat(link.getText()).isEqualTo(posts + " Post →");
        browser.screenshot("author");
        browser.andWaitForRows(link::click);
        assertThat(browser.text("#title")).isEqualTo("Post");
        assertThat(browser.text("#total")).isEqualTo(posts + " rows");
        assertThat(browser.all("#chips .chip")).hasSize(1);
        assertThat(browser.text("#chips .chip")).contains("authorId");
    }

    @Test
    @Order(6)
    void editsAValueAndSavesIt() throws Exception {
        open("User");
        browser.andWaitForRows(() -> browser.driver.get(studio.url() + "#/User?order=id:asc"));
        WebElement cell = browser.find("#grid tr[data-key='[2]'] td[data-field=name]");
        cell.click();
        WebElement input = browser.find("#editor-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Renamed in Studio");
        browser.click("#editor-ok");
        assertThat(browser.find("#grid tr[data-key='[2]'] td[data-field=name]").getDomAttribute("class")).contains("dirty");
        assertThat(browser.text("#changes-count")).startsWith("1 unsaved change");
        assertThat(db("SELECT name FROM \"User\" WHERE id = 2")).as("staged, not saved yet").isEqualTo("User 02");
        browser.screenshot("edit-staged");
        save();
        assertThat(db("SELECT name FROM \"User\" WHERE id = 2")).isEqualTo("Renamed in Studio");
        assertThat(browser.find("#changes-bar").isDisplayed()).isFalse();
        assertThat(browser.text("#grid tr[data-key='[2]'] td[data-field=name]")).isEqualTo("Renamed in Studio");

        // an enum with a select, a boolean, a DateTime: staged together and discarded
        browser.find("#grid tr[data-key='[2]'] td[data-field=role]").click();
        new Select(browser.find("#editor-input")).selectByVisibleText("ADMIN");
        browser.click("#editor-ok");
        browser.find("#grid tr[data-key='[2]'] td[data-field=createdAt]").click();
        assertThat(browser.find("#editor-input").getDomAttribute("type")).isEqualTo("datetime-local");
        browser.click("#editor-cancel");
        browser.click("#discard");
        assertThat(browser.text("#grid tr[data-key='[2]'] td[data-field=role]")).isEqualTo("USER");
        assertThat(db("SELECT role FROM \"User\" WHERE id = 2")).isEqualTo("USER");
    }

    @Test
    @Order(7)
    void addsARecordWithDefaultsAndRequiredFieldsMarked() throws Exception {
        open("Category");
        browser.click("#add-record");
        assertThat(browser.find("#create-fields [name=id]").getDomAttribute("placeholder")).isEqualTo("autoincrement()");
        assertThat(browser.find("#create-fields [name=name]").getDomAttribute("required")).isNotNull();
        browser.click("#create-ok");
        assertThat(browser.text("#create-error")).contains("name is required");
        browser.find("#create-fields [name=name]").sendKeys("added-in-studio");
        browser.screenshot("add-record");
        browser.click("#create-ok");
        assertThat(browser.all("#grid tr.new")).hasSize(1);
        assertThat(dbLong("SELECT COUNT(*) FROM \"Category\" WHERE name = 'added-in-studio'")).isZero();
        save();
        browser.until(() -> browser.text("#total").equals("3 rows"), "the new row");
        assertThat(dbLong("SELECT COUNT(*) FROM \"Category\" WHERE name = 'added-in-studio'")).isEqualTo(1);
        assertThat(browser.text("#models a[data-model=Category] .count")).isEqualTo("3");

        // defaults are pre-filled: a User's role
        open("User");
        browser.click("#add-record");
        assertThat(new Select(browser.find("#create-fields [name=role]")).getFirstSelectedOption().getText()).isEqualTo("USER");
        assertThat(browser.find("#create-fields [name=email]").getDomAttribute("required")).isNotNull();
        assertThat(browser.find("#create-fields [name=name]").getDomAttribute("required")).isNull();
        browser.click("#create-cancel");
    }

    @Test
    @Order(8)
    void deletesSelectedRecordsAfterConfirmation() throws Exception {
        open("Category");
        long id = dbLong("SELECT id FROM \"Category\" WHERE name = 'added-in-studio'");
        browser.find("#grid tr[data-key='[" + id + "]'] input.select").click();
        browser.click("#delete-selected");
        assertThat(browser.text("#confirm-text")).startsWith("Delete 1 Category record?");
        browser.screenshot("delete-confirm");
        browser.click("#confirm-ok");
        assertThat(browser.find("#grid tr[data-key='[" + id + "]']").getDomAttribute("class")).contains("deleted");
        assertThat(dbLong("SELECT COUNT(*) FROM \"Category\" WHERE id = " + id)).isEqualTo(1);
        save();
        browser.until(() -> browser.text("#total").equals("2 rows"), "the row to go");
        assertThat(dbLong("SELECT COUNT(*) FROM \"Category\" WHERE id = " + id)).isZero();
    }

    @Test
    @Order(9)
    void aUniqueViolationIsShownNextToTheRowAndNothingIsSaved() throws Exception {
        open("Category");
        browser.click("#add-record");
        browser.find("#create-fields [name=name]").sendKeys("half-saved");
        browser.click("#create-ok");
        browser.find("#grid tr[data-key='[2]'] td[data-field=name]").click();
        browser.find("#editor-input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "news", Keys.ENTER);
        assertThat(browser.text("#changes-count")).startsWith("2 unsaved changes");
        save();
        browser.until(() -> !browser.all("#grid tr.row-error").isEmpty(), "the error row");
        String error = browser.text("#grid tr.row-error");
        assertThat(error).contains("Another Category already has this field name. It must be unique").contains("P2002");
        assertThat(browser.find("#grid tr[data-key='[2]']").getDomAttribute("class")).contains("failed");
        assertThat(browser.text("#banner")).startsWith("Nothing was saved");
        Path shot = browser.screenshot("unique-violation");
        assertThat(shot).exists();
        assertThat(db("SELECT name FROM \"Category\" WHERE id = 2")).isEqualTo("tech");
        assertThat(dbLong("SELECT COUNT(*) FROM \"Category\" WHERE name = 'half-saved'")).isZero();
        assertThat(browser.text("#changes-count")).as("the changes stay staged").startsWith("2 unsaved changes");
        browser.click("#discard");
        assertThat(browser.all("#grid tr.row-error")).isEmpty();
    }
}
