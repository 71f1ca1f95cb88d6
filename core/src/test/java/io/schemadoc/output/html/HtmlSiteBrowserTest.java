package io.schemadoc.output.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.schemadoc.config.Config;
import io.schemadoc.model.Schema;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.svg.SchemaFixtures;
import io.schemadoc.output.svg.SvgRenderer;
import io.schemadoc.testing.TestDatabases;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated sites in headless Chromium from {@code file://}, as a reader would: search, follow links,
 * look at diagrams, keyboard, phone width, dark mode. Screenshots go to {@code target/screenshots/} for review.
 */
class HtmlSiteBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    static ChromeDriver driver;
    static Path userData;

    static final String HOSTILE_SQL = """
        CREATE SCHEMA "odd</script>";
        CREATE TABLE "odd</script>"."we""ird<b>" (id bigint PRIMARY KEY, "<img src=x onerror=window.__pwned=3>" text);
        CREATE TABLE public.notes (id bigint PRIMARY KEY, body text, owner bigint REFERENCES "odd</script>"."we""ird<b>"(id));
        COMMENT ON TABLE public.notes IS '<script>window.__pwned=1;document.title="pwned"</script><!-- \u2028 \u2029 -->';
        COMMENT ON COLUMN public.notes.body IS 'body </script><script>window.__pwned=2</script> <img src=x onerror="window.__pwned=4">';
        CREATE FUNCTION public.evil() RETURNS int LANGUAGE sql AS $$ SELECT 1 /* </script><script>window.__pwned=5</script> */ $$;
        COMMENT ON FUNCTION public.evil() IS '<script>window.__pwned=6</script>';
        """;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "/usr/bin/chromium is not installed: install Debian's chromium and chromium-driver to run the browser tests");
        userData = Files.createTempDirectory("schemadoc-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + userData, "--window-size=1280,900");
        driver = new ChromeDriver(options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (userData != null) {
            try (var walk = Files.walk(userData)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        emulateDark(false);
    }

    private static Path site(String name, Schema schema) {
        Path dir = Path.of("target", "browser-sites", name).toAbsolutePath();
        HtmlSite.write(schema, Config.DEFAULT, dir);
        return dir;
    }

    private static void open(Path file) {
        driver.get(file.toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void shot(String name) throws IOException {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void emulateDark(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    @Test
    void searchAColumnFollowItToItsTableAndSeeTheDiagram() throws IOException {
        Path dir = site("chat-app", TestDatabases.example("chat-app", 18));
        open(dir.resolve("index.html"));
        shot("chat-app-index");
        new Actions(driver).sendKeys("/").perform();
        WebElement q = driver.switchTo().activeElement();
        assertThat(q.getAttribute("id")).isEqualTo("q");
        q.sendKeys("last_active");
        WebElement hit = waiting().until(ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//ol[@id='search-results']//a[contains(., 'public.profiles.last_active')]")));
        shot("chat-app-search");
        hit.click();
        waiting().until(ExpectedConditions.urlContains("public.profiles.html#c-last_active"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("public.profiles");
        assertThat(driver.findElement(By.id("c-last_active")).getText()).contains("Last sign-in");

        WebElement er = driver.findElement(By.cssSelector("#relations object.er-svg"));
        js("arguments[0].scrollIntoView()", er);
        assertThat(er.isDisplayed()).isTrue();
        assertThat(er.getSize().getWidth()).isGreaterThan(100);
        assertThat(er.getSize().getHeight()).isGreaterThan(50);
        shot("chat-app-table");

        // The diagram on its own: boxes link through to the pages.
        open(dir.resolve("er/public.profiles.svg"));
        List<WebElement> boxes = driver.findElements(By.cssSelector("g.box"));
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(2);
        shot("chat-app-er");
        driver.findElement(By.xpath("//*[local-name()='a'][contains(@href, 'auth.users.html')]")).click();
        waiting().until(ExpectedConditions.urlContains("auth.users.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("auth.users");
    }

    @Test
    void scriptsInCommentsAndNamesNeverRun() throws IOException {
        Path dir = site("hostile", TestDatabases.schemaOf(18, HOSTILE_SQL));
        for (String page : List.of("index.html", "public.notes.html", "public.evil.html", "schemas/odd~3C~2Fscript~3E.html")) {
            open(dir.resolve(page));
            assertThat(driver.getTitle()).as(page).doesNotContain("pwned");
            assertThat(js("return window.__pwned === undefined")).as(page).isEqualTo(true);
        }
        open(dir.resolve("public.notes.html"));
        assertThat(driver.findElement(By.cssSelector("#description p.comment")).getText()).contains("<script>window.__pwned=1");
        driver.findElement(By.id("q")).sendKeys("pwned");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results a")));
        assertThat(driver.findElements(By.cssSelector("#search-results a"))).hasSizeGreaterThanOrEqualTo(3);
        shot("hostile-search");
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(driver.getTitle()).doesNotContain("pwned");
        // the odd table is reachable through its escaped name
        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys("we\"ird");
        WebElement odd = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//ol[@id='search-results']//a[contains(., 'ird<b>')]")));
        odd.click();
        waiting().until(ExpectedConditions.urlContains("odd~3C~2Fscript~3E.we~22ird~3Cb~3E.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("odd</script>.we\"ird<b>");
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
        shot("hostile-table");
    }

    @Test
    void aServedPageReloadsWhenTheSchemaChangesAndSaysSoWhenARereadFails() throws Exception {
        OutputTree v1 = new OutputTree();
        new HtmlRenderer(new SvgRenderer(), "v1").render(DocInput.of(SchemaFixtures.chat(), Config.DEFAULT), v1);
        try (SiteServer server = new SiteServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), v1, "v1")) {
            String base = "http://127.0.0.1:" + server.port() + "/";
            driver.get(base + "public.users.html");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("public.users");
            js("window.__marker = 'still the first load'");
            server.failed("connection refused <script>window.__pwned=7</script>");
            WebElement banner = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("live-banner")));
            assertThat(banner.getText()).contains("could not be re-read", "connection refused <script>", "last good version");
            assertThat(js("return window.__pwned === undefined && window.__marker")).isEqualTo("still the first load");
            shot("live-banner");
            server.recovered();
            waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("live-banner")));

            OutputTree v2 = new OutputTree();
            Schema changed = SchemaFixtures.synthetic(2, 1);
            new HtmlRenderer(new SvgRenderer(), "v2").render(DocInput.of(changed, Config.DEFAULT), v2);
            server.publish(v2, "v2");
            waiting().until(d -> js("return window.__marker === undefined").equals(Boolean.TRUE));
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("not found: public.users.html");
            driver.get(base);
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("s0.t00001");
        }
    }

    @Test
    void keyboardPhoneWidthAndDarkMode() throws IOException {
        Path dir = site("chat-app", TestDatabases.example("chat-app", 18));
        open(dir.resolve("public.profiles.html"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.isDisplayed()).isTrue();
        shot("keyboard-skip-link");
        skip.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("#main"));

        driver.manage().window().setSize(new Dimension(390, 844));
        open(dir.resolve("public.profiles.html"));
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("page wider than a 390px phone").isLessThanOrEqualTo(0);
        shot("phone-table");
        open(dir.resolve("index.html"));
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0);
        shot("phone-index");

        driver.manage().window().setSize(new Dimension(1280, 900));
        emulateDark(true);
        open(dir.resolve("public.profiles.html"));
        assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(13, 17, 23)");
        shot("dark-table");
        js("document.getElementById('relations').scrollIntoView()");
        shot("dark-diagram");
        emulateDark(false);
        open(dir.resolve("public.profiles.html"));
        assertThat(js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    }
}
