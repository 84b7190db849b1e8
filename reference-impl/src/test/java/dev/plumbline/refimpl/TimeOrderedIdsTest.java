package dev.plumbline.refimpl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.refimpl.storage.TimeOrderedIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void ids_are_version_7_uuids_carrying_the_millisecond_they_were_made() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T03:00:00.123Z"), ZoneOffset.UTC);
        UUID id = UUID.fromString(new TimeOrderedIds(clock).next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
    }

    @Test
    void ids_made_later_sort_after_earlier_ones_as_the_database_compares_them() {
        Instant start = Instant.parse("2026-12-02T03:00:00Z");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Clock clock = Clock.fixed(start.plusMillis(i), ZoneOffset.UTC);
            made.add(new TimeOrderedIds(clock).next());
        }

        assertThat(made).isSorted();
    }

    @Test
    void ids_made_in_the_same_millisecond_still_differ() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC));
        HashSet<String> made = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).hasSize(10_000);
    }
}
