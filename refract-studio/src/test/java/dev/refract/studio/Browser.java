package dev.refract.studio;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both at fixed paths: Selenium
 * Manager never runs (the driver path is explicit), nothing is downloaded. Without them the
 * end-to-end tests are skipped, loudly; under {@code CI=true} they fail instead.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;
    private final Path artefacts;
    private int shots;

    private Browser(WebDriver driver, Path profile, Path artefacts) {
        this.driver = driver;
        this.profile = profile;
        this.artefacts = artefacts;
    }

    /** Starts Chromium for {@code test} (screenshots go to a folder of its name), or skips (fails under CI=true) when it is not installed. */
    static Browser start(Class<?> test) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Studio end-to-end tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium, chromium-driver; .ci/install-packages installs them)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": missing under CI=true");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("refract-studio-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1360,820", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Path artefacts = Path.of(System.getProperty("studio.artefacts", "target/studio-e2e")).resolve(test.getSimpleName());
        Files.createDirectories(artefacts);
        try (var old = Files.newDirectoryStream(artefacts, "*.png")) {
            for (Path png : old) {
                Files.delete(png);
            }
        }
        return new Browser(driver, profile, artefacts);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void click(String css) {
        find(css).click();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    String loaded() {
        return String.valueOf(js("return document.body.dataset.loaded || ''"));
    }

    /** Runs {@code action} and waits until the page has loaded rows again. */
    void andWaitForRows(Runnable action) {
        String before = loaded();
        action.run();
        until(() -> !loaded().equals(before) && !loaded().isEmpty(), "rows to load");
    }

    void until(java.util.function.BooleanSupplier condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage("waiting for " + what)
                .until(d -> condition.getAsBoolean());
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Saves a screenshot as NN-name.png among the test artefacts and returns its path. */
    Path screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path file = artefacts.resolve(String.format("%02d-%s.png", ++shots, name));
        Files.write(file, png);
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
