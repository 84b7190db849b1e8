package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build writing the same output folder waits for the first, in another JVM, instead of interleaving. */
class BuildLockTest {

    @TempDir
    Path dir;

    /** The other build: holds the output folder's lock for a while, as a running generate does. */
    public static void main(String[] args) throws Exception {
        try (BuildLock lock = BuildLock.output(Path.of(args[0]), line -> { })) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1]));
        }
    }

    @Test
    void a_second_build_waits_for_the_first_and_says_so() throws Exception {
        Path out = dir.resolve("out");
        Path workspace = Files.copy(Path.of("src/test/resources/samples/checkout.dsl"), dir.resolve("checkout.dsl"));
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BuildLockTest.class.getName(), out.toString(), "3000")
                .redirectErrorStream(true).start();
        try (BufferedReader from = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(from.readLine()).isEqualTo("locked");
            long locked = System.nanoTime();
            List<String> console = new ArrayList<>();
            GenerateOptions options = GenerateOptions.parse(new String[] {"--out", out.toString(), "--formats", "puml,mmd",
                    "--cache", dir.resolve("tools").toString(), workspace.toString()});

            int exit = new Generation(options, console::add, new DefaultRenderers()).run();
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - locked);

            assertThat(exit).isZero();
            assertThat(console).contains("[WARNING] another Plumbline build is writing " + out
                    + "; waiting for it to finish");
            // it could finish only once the first had let go, three seconds after taking the lock
            assertThat(waited).isGreaterThanOrEqualTo(2_500);
            assertThat(out.resolve("checkout/shop-containers.mmd")).isRegularFile();
        } finally {
            first.destroyForcibly();
        }
    }
}
