package dev.plumbline.diagrams.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render cache is verified, not trusted: a damaged or tampered entry is discarded with one warning. */
class RenderCacheTest {

    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>ok</text></svg>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<String> console = new ArrayList<>();
    private RenderCache cache;
    private String key;

    @BeforeEach
    void fill() {
        cache = new RenderCache(dir, console::add);
        key = RenderCache.key("renderer", "options", "source");
        cache.put(key, "svg", SVG);
    }

    @Test
    void an_intact_entry_comes_back_as_it_went_in() {
        assertThat(cache.get(key, "svg")).hasValue(SVG);
        assertThat(console).isEmpty();
    }

    @Test
    void an_emptied_entry_is_discarded_with_one_warning() throws Exception {
        Files.write(cache.file(key, "svg"), new byte[0]);

        assertThat(cache.get(key, "svg")).isEmpty();
        assertThat(console).singleElement().asString().startsWith("[WARNING] the render cache entry ")
                .contains("was damaged (it has no valid header)");
        assertThat(cache.file(key, "svg")).doesNotExist();
    }

    @Test
    void a_truncated_entry_is_discarded() throws Exception {
        byte[] entry = Files.readAllBytes(cache.file(key, "svg"));
        Files.write(cache.file(key, "svg"), java.util.Arrays.copyOf(entry, entry.length - 10));

        assertThat(cache.get(key, "svg")).isEmpty();
        assertThat(console).singleElement().asString().contains("its length is not the one recorded");
    }

    @Test
    void an_entry_with_other_bytes_of_the_same_length_is_discarded() throws Exception {
        String entry = Files.readString(cache.file(key, "svg"));
        Files.writeString(cache.file(key, "svg"), entry.replace(">ok<", ">no<"));

        assertThat(cache.get(key, "svg")).isEmpty();
        assertThat(console).singleElement().asString().contains("its content does not match its hash");
    }

    @Test
    void an_injected_script_with_a_matching_header_fails_the_svg_check() throws Exception {
        byte[] evil = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(evil));
        Files.writeString(cache.file(key, "svg"), "plumbline-render-cache 2 " + evil.length + " " + sha + "\n"
                + new String(evil, StandardCharsets.UTF_8));

        assertThat(cache.get(key, "svg")).isEmpty();
        assertThat(console).singleElement().asString().contains("it fails the SVG safety check");
    }
}
